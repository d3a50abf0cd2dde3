// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/alarmrules.h"

#include <QObject>

#include <deque>

namespace ea {

/**
 * The alarms raised so far: newest first, at most MaxAlarms (the oldest fall off). The signals come in the
 * pairs an item model needs around each change (AlarmModel views this log). One thread.
 */
class AlarmLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxAlarms = 500;

    explicit AlarmLog(QObject *parent = nullptr);

    void add(Alarm alarm);
    void clear();
    int size() const { return int(m_alarms.size()); }
    /** Row 0 is the newest. */
    const Alarm &at(int row) const { return m_alarms[size_t(row)]; }
    /** Alarms ever added (including those that fell off). */
    quint64 totalAdded() const { return m_total; }

signals:
    void oldestAboutToBeDropped();
    void oldestDropped();
    void alarmAboutToBeAdded();
    void alarmAdded(const ea::Alarm &alarm);
    void aboutToBeCleared();
    void cleared();

private:
    std::deque<Alarm> m_alarms; // newest first
    quint64 m_total = 0;
};

} // namespace ea
