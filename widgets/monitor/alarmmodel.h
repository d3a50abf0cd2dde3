// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/alarmlog.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <array>

namespace ea {

/**
 * The alarm list of an AlarmLog (engine/monitor), newest first. A view: it keeps no alarms and follows the
 * log's signals. Columns: time, target, kind, message.
 */
class AlarmModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TargetColumn, KindColumn, MessageColumn, ColumnCount };
    /** Views log, which must outlive the model. */
    explicit AlarmModel(const AlarmLog *log, QObject *parent = nullptr);

    static QString kindLabel(Alarm::Kind kind);
    /** The coloured dot of a kind (the alarm list and the grouped summary share it). */
    static QIcon kindIcon(Alarm::Kind kind);

    const AlarmLog *log() const { return m_log; }
    const Alarm &alarm(int row) const { return m_log->at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const AlarmLog *m_log;
    std::array<QIcon, 4> m_icons;
};

} // namespace ea
