// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/monitorstate.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <array>
#include <optional>
#include <vector>

namespace ea {

/**
 * The probed targets of a MonitorState, one row each: the newest result (state with its text, first byte,
 * TTFT, ITL), the model's RTT with its band, the residual, and window statistics. A view: it keeps no data
 * and follows the state's signals (a result updates its row at once, statistics as the state refreshes
 * them). Qt::UserRole gives a sortable value.
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

    /** Views state, which must outlive the model. */
    explicit ProbeTableModel(const MonitorState *state, QObject *parent = nullptr);

    const MonitorState *state() const { return m_state; }
    const std::vector<MonitorTarget> &targets() const { return m_state->targets(); }
    const MonitorTarget &target(int row) const { return m_state->target(row); }
    int rowOf(const QString &targetId) const { return m_state->rowOf(targetId); }
    const std::optional<ProbeResult> &lastResult(int row) const { return m_state->lastResult(row); }
    const TargetStats &stats(int row) const { return m_state->stats(row); }
    /** True when the window's median RTT lies outside the model's band. */
    bool outsideBand(int row) const { return m_state->outsideBand(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    QString toolTip(int row, int column) const;

    const MonitorState *m_state;
    std::array<QIcon, ProbeStateCount> m_stateIcons;
    QIcon m_pendingIcon;
};

} // namespace ea
