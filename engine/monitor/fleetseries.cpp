// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/fleetseries.h"

#include "engine/probe/promanswer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ea {

namespace {
/** A PromQL string literal's content: backslash, double quote and line feed escaped. */
QString promString(const QString &v)
{
    QString out;
    out.reserve(v.size());
    for (const QChar c : v) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

double fleetSeriesStepS(qint64 windowS)
{
    return std::max(1.0, std::round(double(std::max<qint64>(1, windowS)) / 60.0));
}

QString fleetSeriesQuery(const FleetQuery &query, const QString &vantage, const QString &nodeId, double q)
{
    QStringList matchers{QStringLiteral("node!=\"\"")};
    if (!vantage.isEmpty())
        matchers << QStringLiteral("vantage=\"%1\"").arg(promString(vantage));
    if (!nodeId.isEmpty())
        matchers << QStringLiteral("node=\"%1\"").arg(promString(nodeId));
    if (!query.match.trimmed().isEmpty())
        matchers << query.match.trimmed();
    const qint64 rangeS = std::max<qint64>(30, qint64(4 * fleetSeriesStepS(query.windowS)));
    return QStringLiteral(
               "histogram_quantile(%1, sum by (le) (rate(edgeatlas_probe_request_rtt_ms_bucket{%2}[%3s])))")
        .arg(QString::number(q, 'g', 6), matchers.join(QStringLiteral(", ")))
        .arg(rangeS);
}

FleetSeries readFleetSeries(const FleetQuery &query, const QString &vantage, const QString &nodeId,
                            qint64 nowMs, const std::atomic<bool> *cancel)
{
    FleetSeries s;
    s.vantage = vantage;
    s.nodeId = nodeId;
    s.percentile = query.percentile;
    s.stepS = fleetSeriesStepS(query.windowS);
    s.toMs = nowMs;
    s.fromMs = nowMs - std::max<qint64>(1, query.windowS) * 1000;
    PrometheusClient client(query.timeoutMs);
    client.setBearerToken(query.bearerToken);
    const auto points = [&](double q, std::vector<std::pair<qint64, double>> *out) {
        if (cancel && cancel->load()) {
            s.error = QCoreApplication::translate("ea::FleetSeries", "cancelled");
            return false;
        }
        const auto answer = client.queryRangeAnswer(
            query.baseUrl, fleetSeriesQuery(query, vantage, nodeId, q), s.fromMs, s.toMs, s.stepS, &s.error);
        if (!answer)
            return false;
        // One series (the pick pooled); more only with a match that splits it: the first is shown.
        if (!answer->empty())
            for (const auto &[t, v] : answer->points(0))
                if (std::isfinite(v))
                    out->emplace_back(t, v);
        return true;
    };
    if (!points(0.5, &s.p50) || !points(query.percentile, &s.upper))
        return s;
    if (s.p50.empty() && s.upper.empty()) {
        s.status = FleetSeries::Status::Empty;
        s.error = QCoreApplication::translate("ea::FleetSeries",
                                              "no measured request RTT in the window for this pick");
        return s;
    }
    s.status = FleetSeries::Status::Ok;
    return s;
}

} // namespace ea
