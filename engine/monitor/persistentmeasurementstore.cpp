// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/persistentmeasurementstore.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

namespace ea {

namespace {
constexpr qint64 kFlushEveryMs = 1000;
constexpr size_t kFlushAtCount = 500;
constexpr qint64 kPurgeEveryMs = 3600 * 1000;
constexpr qint64 kPreloadMs = 2 * 3600 * 1000;
} // namespace

QString PersistentMeasurementStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("probe-history.sqlite"));
}

PersistentMeasurementStore::PersistentMeasurementStore(const QString &path, int retentionDays)
    : m_retentionMs(qint64(retentionDays) * 24 * 3600 * 1000)
{
    auto history = std::make_unique<ProbeHistory>(path);
    if (!history->open(&m_error))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    history->purgeOlderThan(now - m_retentionMs);
    m_lastPurgeMs = m_lastFlushMs = now;
    for (const ProbeResult &r : history->query(QString(), now - kPreloadMs, now))
        m_memory.append(r);
    m_history = std::move(history);
}

PersistentMeasurementStore::~PersistentMeasurementStore()
{
    flush();
}

void PersistentMeasurementStore::append(const ProbeResult &result)
{
    m_memory.append(result);
    if (!m_history)
        return;
    m_pending.push_back(result);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_pending.size() >= kFlushAtCount || now - m_lastFlushMs >= kFlushEveryMs)
        flush();
    if (now - m_lastPurgeMs >= kPurgeEveryMs) {
        m_history->purgeOlderThan(now - m_retentionMs);
        m_lastPurgeMs = now;
    }
}

void PersistentMeasurementStore::flush()
{
    m_lastFlushMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_history || m_pending.empty())
        return;
    QString error;
    if (!m_history->append(m_pending, &error))
        m_error = error; // kept in memory regardless; the views go on
    m_pending.clear();
}

std::vector<ProbeResult> PersistentMeasurementStore::query(const QString &targetId, qint64 fromMs,
                                                           qint64 toMs) const
{
    return m_memory.query(targetId, fromMs, toMs);
}

void PersistentMeasurementStore::clear()
{
    flush();
    m_memory.clear();
}

} // namespace ea
