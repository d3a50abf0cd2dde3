// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/probe/probetypes.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace ea {

namespace {
// The labels of the probe states, shown in the Monitor.
struct ProbeStateText
{
    Q_DECLARE_TR_FUNCTIONS(ea::ProbeState)
};

QJsonValue ms(double v)
{
    return v < 0 ? QJsonValue() : QJsonValue(std::round(v * 1000.0) / 1000.0);
}
} // namespace

QString probeStateId(ProbeState s)
{
    switch (s) {
    case ProbeState::Ok:
        return QStringLiteral("ok");
    case ProbeState::DnsFailure:
        return QStringLiteral("dns_failure");
    case ProbeState::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case ProbeState::ConnectFailed:
        return QStringLiteral("connect_failed");
    case ProbeState::Timeout:
        return QStringLiteral("timeout");
    case ProbeState::TlsFailure:
        return QStringLiteral("tls_failure");
    case ProbeState::HttpError:
        return QStringLiteral("http_error");
    case ProbeState::MalformedStream:
        return QStringLiteral("malformed_stream");
    case ProbeState::Stalled:
        return QStringLiteral("stalled");
    case ProbeState::ClosedEarly:
        return QStringLiteral("closed_early");
    case ProbeState::ConfigError:
        return QStringLiteral("config_error");
    case ProbeState::OtherError:
        break;
    }
    return QStringLiteral("error");
}

QString probeStateLabel(ProbeState s)
{
    switch (s) {
    case ProbeState::Ok:
        return ProbeStateText::tr("OK");
    case ProbeState::DnsFailure:
        return ProbeStateText::tr("DNS failure");
    case ProbeState::ConnectionRefused:
        return ProbeStateText::tr("Connection refused");
    case ProbeState::ConnectFailed:
        return ProbeStateText::tr("Connect failed");
    case ProbeState::Timeout:
        return ProbeStateText::tr("Timeout");
    case ProbeState::TlsFailure:
        return ProbeStateText::tr("TLS failure");
    case ProbeState::HttpError:
        return ProbeStateText::tr("HTTP error");
    case ProbeState::MalformedStream:
        return ProbeStateText::tr("Malformed stream");
    case ProbeState::Stalled:
        return ProbeStateText::tr("Stalled");
    case ProbeState::ClosedEarly:
        return ProbeStateText::tr("Closed early");
    case ProbeState::ConfigError:
        return ProbeStateText::tr("Configuration error");
    case ProbeState::OtherError:
        break;
    }
    return ProbeStateText::tr("Error");
}

QJsonObject probeResultToJson(const ProbeResult &r)
{
    QJsonObject o{
        {QStringLiteral("target"), r.targetId},
        {QStringLiteral("url"), r.url},
        {QStringLiteral("time"),
         QDateTime::fromMSecsSinceEpoch(r.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("state"), probeStateId(r.state)},
        {QStringLiteral("httpStatus"), r.httpStatus},
        {QStringLiteral("bytes"), r.bytes},
        {QStringLiteral("reusedConnection"), r.reusedConnection},
        {QStringLiteral("dnsMs"), ms(r.dnsMs)},
        {QStringLiteral("connectMs"), ms(r.connectMs)},
        {QStringLiteral("tlsMs"), ms(r.tlsMs)},
        {QStringLiteral("firstByteMs"), ms(r.firstByteMs)},
        {QStringLiteral("totalMs"), ms(r.totalMs)},
    };
    if (!r.errorText.isEmpty())
        o.insert(QStringLiteral("error"), r.errorText);
    if (r.ttftMs >= 0 || r.tokens > 0) {
        o.insert(QStringLiteral("ttftMs"), ms(r.ttftMs));
        o.insert(QStringLiteral("itlP50Ms"), ms(r.itlP50Ms));
        o.insert(QStringLiteral("itlP95Ms"), ms(r.itlP95Ms));
        o.insert(QStringLiteral("tokensPerSecond"), ms(r.tokensPerSecond));
        o.insert(QStringLiteral("tokens"), r.tokens);
    }
    return o;
}

} // namespace ea
