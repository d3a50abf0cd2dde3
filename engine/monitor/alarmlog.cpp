// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/alarmlog.h"

namespace ea {

AlarmLog::AlarmLog(QObject *parent) : QObject(parent) {}

void AlarmLog::add(Alarm alarm)
{
    ++m_total;
    if (int(m_alarms.size()) >= MaxAlarms) {
        emit oldestAboutToBeDropped();
        m_alarms.pop_back();
        emit oldestDropped();
    }
    emit alarmAboutToBeAdded();
    m_alarms.push_front(std::move(alarm));
    emit alarmAdded(m_alarms.front());
}

void AlarmLog::clear()
{
    if (m_alarms.empty())
        return;
    emit aboutToBeCleared();
    m_alarms.clear();
    emit cleared();
}

} // namespace ea
