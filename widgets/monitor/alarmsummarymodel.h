// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/alarmgroups.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <array>

namespace ea {

/**
 * The standing alarms of the live monitor as groups (AlarmGroups, engine/monitor), one row per group: its
 * kind, since when, and its summary (which says how many targets); the tool-tip lists the targets. A view:
 * the groups are made by the engine and set here as a whole; a set that equals the shown one changes nothing.
 */
class AlarmSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, SinceColumn, SummaryColumn, ColumnCount };

    explicit AlarmSummaryModel(QObject *parent = nullptr);

    /** Shows groups; returns false (and changes nothing) when they equal those shown. */
    bool setGroups(std::vector<AlarmGroup> groups);
    const std::vector<AlarmGroup> &groups() const { return m_groups; }
    const AlarmGroup &group(int row) const { return m_groups[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AlarmGroup> m_groups;
    std::array<QIcon, 4> m_icons;
};

} // namespace ea
