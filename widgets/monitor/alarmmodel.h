// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QIcon>

#include <array>
#include <deque>

namespace ea {

/** One alarm of the live monitor. */
struct Alarm
{
    enum class Kind { SloBreach, OutsideBand, Fault, Recovered };
    qint64 timestampMs = 0; // ms since the Unix epoch, UTC
    QString targetId;
    Kind kind = Kind::Fault;
    QString message;
};

/**
 * The alarm list: newest first, at most MaxAlarms (the oldest fall off). Columns: time, target, kind,
 * message.
 */
class AlarmModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TargetColumn, KindColumn, MessageColumn, ColumnCount };
    static constexpr int MaxAlarms = 500;

    explicit AlarmModel(QObject *parent = nullptr);

    static QString kindLabel(Alarm::Kind kind);

    void add(Alarm alarm);
    void clear();
    const Alarm &alarm(int row) const { return m_alarms[size_t(row)]; }
    /** Alarms ever added (including those that fell off). */
    quint64 totalAdded() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::deque<Alarm> m_alarms; // newest first
    quint64 m_total = 0;
    std::array<QIcon, 4> m_icons;
};

} // namespace ea
