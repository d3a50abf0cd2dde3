// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/measurementstore.h"

#include <algorithm>

namespace ea {

MemoryMeasurementStore::MemoryMeasurementStore(int capacity, qint64 maxAgeMs)
    : m_capacity(std::max(1, capacity)), m_maxAgeMs(std::max<qint64>(1, maxAgeMs))
{
}

void MemoryMeasurementStore::append(const ProbeResult &r)
{
    Series &s = m_series[r.targetId];
    if (s.url != r.url)
        s.url = r.url;
    Sample x;
    x.timestampMs = r.timestampMs;
    x.sequence = r.sequence;
    x.bytes = r.bytes;
    x.dnsMs = float(r.dnsMs);
    x.connectMs = float(r.connectMs);
    x.tlsMs = float(r.tlsMs);
    x.firstByteMs = float(r.firstByteMs);
    x.totalMs = float(r.totalMs);
    x.ttftMs = float(r.ttftMs);
    x.itlP50Ms = float(r.itlP50Ms);
    x.itlP95Ms = float(r.itlP95Ms);
    x.tokensPerSecond = float(r.tokensPerSecond);
    x.httpStatus = r.httpStatus;
    x.tokens = r.tokens;
    x.state = quint8(r.state);
    x.reused = r.reusedConnection;
    if (!r.ok() && r.sequence >= s.lastErrorSequence) {
        s.lastErrorSequence = r.sequence;
        s.lastError = r.errorText;
    }
    // Results arrive in completion order, which differs a little from their start order.
    auto at = s.samples.end();
    while (at != s.samples.begin() && std::prev(at)->timestampMs > x.timestampMs)
        --at;
    s.samples.insert(at, x);
    const qint64 oldest = s.samples.back().timestampMs - m_maxAgeMs;
    while (!s.samples.empty() &&
           (int(s.samples.size()) > m_capacity || s.samples.front().timestampMs < oldest))
        s.samples.pop_front();
}

ProbeResult MemoryMeasurementStore::expand(const QString &targetId, const Series &s, const Sample &x) const
{
    ProbeResult r;
    r.targetId = targetId;
    r.url = s.url;
    r.timestampMs = x.timestampMs;
    r.sequence = x.sequence;
    r.state = static_cast<ProbeState>(x.state);
    if (!r.ok())
        r.errorText = x.sequence == s.lastErrorSequence ? s.lastError : probeStateLabel(r.state);
    r.httpStatus = x.httpStatus;
    r.bytes = x.bytes;
    r.reusedConnection = x.reused;
    r.dnsMs = x.dnsMs;
    r.connectMs = x.connectMs;
    r.tlsMs = x.tlsMs;
    r.firstByteMs = x.firstByteMs;
    r.totalMs = x.totalMs;
    r.ttftMs = x.ttftMs;
    r.itlP50Ms = x.itlP50Ms;
    r.itlP95Ms = x.itlP95Ms;
    r.tokensPerSecond = x.tokensPerSecond;
    r.tokens = x.tokens;
    return r;
}

std::vector<ProbeResult> MemoryMeasurementStore::query(const QString &targetId, qint64 fromMs,
                                                       qint64 toMs) const
{
    std::vector<ProbeResult> out;
    const auto it = m_series.constFind(targetId);
    if (it == m_series.constEnd())
        return out;
    const auto &v = it->samples;
    auto first = std::lower_bound(v.begin(), v.end(), fromMs,
                                  [](const Sample &x, qint64 t) { return x.timestampMs < t; });
    for (; first != v.end() && first->timestampMs <= toMs; ++first)
        out.push_back(expand(targetId, *it, *first));
    return out;
}

void MemoryMeasurementStore::clear()
{
    m_series.clear();
}

int MemoryMeasurementStore::size(const QString &targetId) const
{
    const auto it = m_series.constFind(targetId);
    return it == m_series.constEnd() ? 0 : int(it->samples.size());
}

qint64 MemoryMeasurementStore::totalSize() const
{
    qint64 n = 0;
    for (const Series &s : m_series)
        n += qint64(s.samples.size());
    return n;
}

} // namespace ea
