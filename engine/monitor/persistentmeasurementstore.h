// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/measurementstore.h"
#include "engine/probe/history.h"

#include <QString>

#include <memory>
#include <vector>

namespace ea {

/**
 * The Monitor's store with a memory: results go to the bounded in-memory store the views read and, in
 * batches (at most a second late), to the SQLite history (engine/probe/history.h), which keeps them
 * across restarts for the retention period. Opening preloads the last two hours, so the views show what
 * was measured before the restart. When the history file cannot be opened the store works in memory
 * only and error() says why. One thread (the Monitor's GUI thread, the probe agent's main thread).
 */
class PersistentMeasurementStore : public MeasurementStore
{
public:
    PersistentMeasurementStore(const QString &path, int retentionDays);
    ~PersistentMeasurementStore() override;

    void append(const ProbeResult &result) override;
    std::vector<ProbeResult> query(const QString &targetId, qint64 fromMs, qint64 toMs) const override;
    void clear() override;

    /** Empty when the history is open. */
    QString error() const { return m_error; }
    bool isPersistent() const { return m_history != nullptr; }
    /** Writes what is pending now (also on destruction). */
    void flush();
    /** The default file: AppDataLocation/probe-history.sqlite. */
    static QString defaultPath();

private:
    MemoryMeasurementStore m_memory;
    std::unique_ptr<ProbeHistory> m_history;
    std::vector<ProbeResult> m_pending;
    qint64 m_lastFlushMs = 0;
    qint64 m_lastPurgeMs = 0;
    qint64 m_retentionMs = 0;
    QString m_error;
};

} // namespace ea
