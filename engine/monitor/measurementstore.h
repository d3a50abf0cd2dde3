// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/probe/probetypes.h"

#include <QHash>

#include <deque>
#include <vector>

namespace ea {

/**
 * Where the live monitor keeps probe results and reads its windows back from. The monitor appends
 * every result as it arrives (GUI thread) and queries one target's time range for the tables, charts and
 * alarms. The in-memory store below is the default; a persistent history (SQLite) plugs in through the
 * same two calls. Times are ProbeResult::timestampMs (ms since the Unix epoch, UTC).
 */
class MeasurementStore
{
public:
    virtual ~MeasurementStore() = default;
    virtual void append(const ProbeResult &result) = 0;
    /** Results of one target with fromMs <= timestampMs <= toMs, oldest first. */
    virtual std::vector<ProbeResult> query(const QString &targetId, qint64 fromMs, qint64 toMs) const = 0;
    /** Forgets what the store holds for the live view (a persistent store may keep its files). */
    virtual void clear() = 0;
};

/**
 * Results in memory, bounded: per target a buffer of at most `capacity` results no older than `maxAgeMs`
 * behind the newest one (the default: 10,000 results or two hours, whichever is less). Results are kept
 * in a compact form of their numbers; the error text is kept for the newest failure of each target only.
 */
class MemoryMeasurementStore : public MeasurementStore
{
public:
    static constexpr int DefaultCapacity = 10000;
    static constexpr qint64 DefaultMaxAgeMs = 2 * 3600 * 1000;

    explicit MemoryMeasurementStore(int capacity = DefaultCapacity, qint64 maxAgeMs = DefaultMaxAgeMs);

    void append(const ProbeResult &result) override;
    std::vector<ProbeResult> query(const QString &targetId, qint64 fromMs, qint64 toMs) const override;
    void clear() override;

    int capacity() const { return m_capacity; }
    qint64 maxAgeMs() const { return m_maxAgeMs; }
    /** Results held for a target (≤ capacity), and in all. */
    int size(const QString &targetId) const;
    qint64 totalSize() const;

private:
    struct Sample
    {
        qint64 timestampMs = 0;
        quint64 sequence = 0;
        qint64 bytes = 0;
        float dnsMs, connectMs, tlsMs, firstByteMs, totalMs, ttftMs, itlP50Ms, itlP95Ms, tokensPerSecond;
        qint32 httpStatus = 0, tokens = 0;
        quint8 state = 0;
        bool reused = false;
    };
    struct Series
    {
        QString url;
        std::deque<Sample> samples; // by timestampMs, ascending
        quint64 lastErrorSequence = 0;
        QString lastError;
    };
    ProbeResult expand(const QString &targetId, const Series &s, const Sample &x) const;

    int m_capacity;
    qint64 m_maxAgeMs;
    QHash<QString, Series> m_series;
};

} // namespace ea
