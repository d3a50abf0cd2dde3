// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

namespace ea {

/** What a probe target speaks. */
enum class ProbeKind {
    Http,      // any URL: GET, timing breakdown, status and bytes
    ChatStream // OpenAI-compatible chat completions with "stream": true (POST, server-sent events)
};

/** One endpoint to probe. */
struct ProbeTarget
{
    QString id;  // stable name in results (a scenario node id, or the URL for ad-hoc targets)
    QString url; // full URL; for ChatStream the chat completions URL (…/v1/chat/completions)
    ProbeKind kind = ProbeKind::Http;
    QString model = QStringLiteral("default"); // ChatStream: the "model" of the request
    QString prompt = QStringLiteral("Reply with a short greeting.");
    int maxTokens = 32;
    /**
     * Name of the environment variable holding the API key ("" = send no key). The key itself is read
     * at request time only, put into the Authorization header and never copied anywhere else.
     */
    QString apiKeyEnv;
};

/** How the prober runs. Times in ms. */
struct ProbeSettings
{
    int intervalMs = 1000; // per target, start to start
    int timeoutMs = 10000; // connect + first byte must happen within this
    int stallMs = 5000; // largest allowed time without progress once the response has started (silence, or a
                        // trickle: no complete line nor 256 body bytes)
    int maxTotalMs = 60000;       // the whole transfer, whatever arrives (a Timeout beyond)
    int concurrency = 64;         // transfers in flight at once (also the connection pool size)
    bool reuseConnections = true; // false: a fresh connection per probe, closed afterwards
    bool verifyTls = true;        // certificate and host name verification
    bool useSystemProxy =
        false; // false: connect directly, ignoring http(s)_proxy (the path is what's measured)
};

/** Outcome of one probe. Every state other than Ok names a distinct failure with its text. */
enum class ProbeState {
    Ok,
    DnsFailure,        // the host name did not resolve
    ConnectionRefused, // nothing listens on the port
    ConnectFailed,     // other connect errors (unreachable network, …)
    Timeout,           // no answer within timeoutMs (or the transfer exceeded maxTotalMs)
    TlsFailure,        // handshake or certificate verification failed
    HttpError,         // HTTP status 4xx/5xx
    MalformedStream, // the answer cannot be read: not HTTP, or an event stream that is not OpenAI-compatible
                     // SSE (or comes compressed though that was not asked for)
    Stalled,         // the response started, then made no progress for stallMs (silent, or trickling)
    ClosedEarly,     // the server closed before the response (or the [DONE] event) was complete
    ConfigError,     // not sent: bad URL, missing API key variable, …
    OtherError       // any other transport error (text from libcurl)
};
inline constexpr int ProbeStateCount = 12;

/** Stable machine id, e.g. "dns_failure". */
QString probeStateId(ProbeState s);
/** Translated short label for people, e.g. "DNS failure". */
QString probeStateLabel(ProbeState s);

/**
 * One probe's measurements. Phase durations: dnsMs (name lookup), connectMs (TCP, after DNS), tlsMs
 * (TLS handshake, 0 without TLS). Cumulative from the start of the transfer: firstByteMs (first byte of
 * the response, as curl's time_starttransfer), ttftMs (first non-empty token), totalMs. A value that was
 * not reached is negative (-1). On a reused connection dns/connect/tls are about 0.
 */
struct ProbeResult
{
    QString targetId;
    QString url;
    qint64 timestampMs = 0; // wall clock at the start, ms since the Unix epoch (UTC)
    quint64 sequence = 0;   // per prober, increasing
    ProbeState state = ProbeState::OtherError;
    QString errorText; // empty when Ok
    int httpStatus = 0;
    qint64 bytes = 0; // response body bytes received
    bool reusedConnection = false;
    double dnsMs = -1, connectMs = -1, tlsMs = -1, firstByteMs = -1, totalMs = -1;
    // ChatStream only
    double ttftMs = -1, itlP50Ms = -1, itlP95Ms = -1, tokensPerSecond = -1;
    int tokens = 0; // chunks with non-empty delta content

    bool ok() const { return state == ProbeState::Ok; }
};

QJsonObject probeResultToJson(const ProbeResult &r);

/** Counters of a running prober (monotonic except inFlight). */
struct ProbeStats
{
    quint64 started = 0, completed = 0, failed = 0;
    quint64 missedIntervals = 0; // a probe was due while the target's previous one still ran or waited
    int inFlight = 0;
    int queued = 0;              // due, waiting for a free concurrency slot
    double threadCpuSeconds = 0; // CPU time of the prober thread so far
};

} // namespace ea

Q_DECLARE_METATYPE(ea::ProbeResult)
