// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/monitor/monitortarget.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <array>
#include <optional>
#include <vector>

namespace ea {

/**
 * The probed targets, one row each: the newest result (state with its text, first byte, TTFT, ITL), the
 * model's RTT with its band, the residual, and window statistics. Results update their row at once;
 * statistics arrive through setStats() (the monitor recomputes them a few times a second at most).
 * Qt::UserRole gives a sortable value.
 */
class ProbeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TargetColumn,
        NodeColumn,
        StateColumn,
        FirstByteColumn,
        TtftColumn,
        ItlColumn,
        ModeledColumn,
        ResidualColumn,
        RttP50Column,
        RttP95Column,
        SloColumn,
        BudgetColumn,
        ColumnCount
    };

    explicit ProbeTableModel(QObject *parent = nullptr);

    void setTargets(std::vector<MonitorTarget> targets);
    /** New predictions for the same targets (same ids, same order): keeps results and statistics. */
    void updateTargets(std::vector<MonitorTarget> targets);
    const std::vector<MonitorTarget> &targets() const { return m_targets; }
    const MonitorTarget &target(int row) const { return m_targets[size_t(row)]; }
    int rowOf(const QString &targetId) const;

    /** The newest result of a target (ignored when older than the one shown). */
    void setResult(int row, const ProbeResult &result);
    void setStats(int row, const TargetStats &stats);
    const std::optional<ProbeResult> &lastResult(int row) const { return m_rows[size_t(row)].last; }
    const TargetStats &stats(int row) const { return m_rows[size_t(row)].stats; }
    /** True when the window's median RTT lies outside the model's band. */
    bool outsideBand(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        std::optional<ProbeResult> last;
        TargetStats stats;
    };
    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    QString toolTip(int row, int column) const;

    std::vector<MonitorTarget> m_targets;
    std::vector<Row> m_rows;
    std::array<QIcon, ProbeStateCount> m_stateIcons;
    QIcon m_pendingIcon;
};

} // namespace ea
