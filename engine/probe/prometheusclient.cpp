// SPDX-License-Identifier: GPL-3.0-or-later
// PrometheusClient (declared in prometheus.h): Prometheus' HTTP API through libcurl.
#include "engine/probe/prometheus.h"

#include "engine/model/printable.h"
#include "engine/probe/promanswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <curl/curl.h>

#include <cmath>
#include <mutex>

namespace ea {

namespace {
constexpr qsizetype kMaxAnswerBytes = 256 << 20;

struct Sink
{
    QByteArray body;
    bool tooLarge = false;
};

size_t writeBody(char *data, size_t size, size_t count, void *user)
{
    auto *sink = static_cast<Sink *>(user);
    const size_t n = size * count;
    if (sink->body.size() + static_cast<qsizetype>(n) > kMaxAnswerBytes) {
        sink->tooLarge = true;
        return 0; // aborts the transfer
    }
    sink->body.append(data, static_cast<qsizetype>(n));
    return n;
}

QString secondsText(qint64 ms)
{
    return QString::number(static_cast<double>(ms) / 1000.0, 'f', 3);
}

std::optional<std::pair<qint64, double>> point(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 2 || !a[0].isDouble() || !a[1].isString())
        return std::nullopt;
    const QString text = a[1].toString();
    double value = 0;
    if (text == QLatin1String("NaN")) {
        value = NAN;
    } else if (text == QLatin1String("+Inf")) {
        value = INFINITY;
    } else if (text == QLatin1String("-Inf")) {
        value = -INFINITY;
    } else {
        bool ok = false;
        value = text.toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    return std::pair{static_cast<qint64>(std::llround(a[0].toDouble() * 1000.0)), value};
}
} // namespace

PrometheusClient::PrometheusClient(int timeoutMs) : m_timeoutMs(std::max(1, timeoutMs)) {}

std::optional<std::vector<PromSeries>> PrometheusClient::parseResponse(const QByteArray &body,
                                                                       long httpStatus, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = printable(why); // it quotes the server: no escape sequence reaches a terminal
        return std::nullopt;
    };
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonObject o = doc.object();
    const QString status = o.value(QLatin1String("status")).toString();
    if (status == QLatin1String("error"))
        return fail(tr("Prometheus answered %1 (HTTP %2): %3")
                        .arg(o.value(QLatin1String("errorType")).toString(QStringLiteral("error")))
                        .arg(httpStatus)
                        .arg(o.value(QLatin1String("error")).toString()));
    if (httpStatus >= 400 || (httpStatus != 0 && httpStatus < 200))
        return fail(tr("HTTP %1 from the Prometheus server: %2")
                        .arg(httpStatus)
                        .arg(QString::fromUtf8(body.left(200)).simplified()));
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("malformed answer from the Prometheus server (not JSON: %1)").arg(pe.errorString()));
    if (status != QLatin1String("success"))
        return fail(tr("malformed answer from the Prometheus server (status \"%1\")").arg(status));
    const QJsonObject data = o.value(QLatin1String("data")).toObject();
    const QString type = data.value(QLatin1String("resultType")).toString();
    const QJsonValue result = data.value(QLatin1String("result"));
    std::vector<PromSeries> out;
    if (type == QLatin1String("scalar")) {
        const auto p = point(result);
        if (!p)
            return fail(tr("malformed answer from the Prometheus server (scalar result)"));
        out.push_back({{}, {*p}});
        return out;
    }
    if ((type != QLatin1String("matrix") && type != QLatin1String("vector")) || !result.isArray())
        return fail(tr("malformed answer from the Prometheus server (result type \"%1\")").arg(type));
    const bool matrix = type == QLatin1String("matrix");
    for (const QJsonValue &sv : result.toArray()) {
        const QJsonObject so = sv.toObject();
        PromSeries s;
        const QJsonObject metric = so.value(QLatin1String("metric")).toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it)
            s.labels.insert(it.key(), it.value().toString());
        if (matrix) {
            const QJsonArray values = so.value(QLatin1String("values")).toArray();
            s.points.reserve(static_cast<size_t>(values.size()));
            for (const QJsonValue &v : values) {
                const auto p = point(v);
                if (!p)
                    return fail(tr("malformed answer from the Prometheus server (a sample of a series)"));
                s.points.push_back(*p);
            }
        } else {
            const auto p = point(so.value(QLatin1String("value")));
            if (!p)
                return fail(tr("malformed answer from the Prometheus server (a sample of a series)"));
            s.points.push_back(*p);
        }
        out.push_back(std::move(s));
    }
    return out;
}

bool PrometheusClient::fetch(const QString &url, QByteArray *body, long *httpStatus, QString *error) const
{
    static std::once_flag once;
    static bool curlOk = false;
    std::call_once(once, [] { curlOk = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; });
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!curlOk)
        return fail(tr("libcurl could not be initialised"));
    CURL *curl = curl_easy_init();
    if (!curl)
        return fail(tr("libcurl could not be initialised"));
    Sink sink;
    char curlError[CURL_ERROR_SIZE] = {};
    const QByteArray u = url.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, u.constData());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curlError);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(m_timeoutMs));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(std::min(m_timeoutMs, 5000)));
    curl_easy_setopt(curl, CURLOPT_NOPROXY, "localhost,127.0.0.1,::1"); // a local server never via a proxy
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");                // gzip if the server offers it
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    struct curl_slist *headers = nullptr;
    if (!m_bearer.isEmpty()) {
        const QByteArray line = "Authorization: Bearer " + m_bearer;
        headers = curl_slist_append(headers, line.constData());
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    }
    const CURLcode rc = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_cleanup(curl);
    curl_slist_free_all(headers);
    if (sink.tooLarge)
        return fail(tr("%1: the answer is larger than %2 MiB").arg(url).arg(kMaxAnswerBytes >> 20));
    if (rc != CURLE_OK)
        return fail(tr("cannot reach the Prometheus server at %1: %2")
                        .arg(url.section(QLatin1Char('?'), 0, 0),
                             QString::fromUtf8(curlError[0] ? curlError : curl_easy_strerror(rc))));
    *body = std::move(sink.body);
    *httpStatus = status;
    return true;
}

std::optional<std::vector<PromSeries>> PrometheusClient::get(const QString &url, QString *error) const
{
    QByteArray body;
    long status = 0;
    if (!fetch(url, &body, &status, error))
        return std::nullopt;
    return parseResponse(body, status, error);
}

std::optional<QString> PrometheusClient::rangeUrl(const QString &baseUrl, const QString &promql,
                                                  qint64 startMs, qint64 endMs, double stepS, QString *error)
{
    if (!(stepS > 0) || !std::isfinite(stepS) || endMs < startMs) {
        if (error)
            *error = tr("query_range needs start <= end and a step > 0");
        return std::nullopt;
    }
    QString base = baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QStringLiteral("%1/api/v1/query_range?query=%2&start=%3&end=%4&step=%5")
        .arg(base, QString::fromLatin1(QUrl::toPercentEncoding(promql)), secondsText(startMs),
             secondsText(endMs), QString::number(stepS, 'g', 12));
}

QString PrometheusClient::instantUrl(const QString &baseUrl, const QString &promql, qint64 timeMs)
{
    QString base = baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QStringLiteral("%1/api/v1/query?query=%2&time=%3")
        .arg(base, QString::fromLatin1(QUrl::toPercentEncoding(promql)), secondsText(timeMs));
}

std::optional<std::vector<PromSeries>> PrometheusClient::queryRange(const QString &baseUrl,
                                                                    const QString &promql, qint64 startMs,
                                                                    qint64 endMs, double stepS,
                                                                    QString *error) const
{
    const auto url = rangeUrl(baseUrl, promql, startMs, endMs, stepS, error);
    if (!url)
        return std::nullopt;
    return get(*url, error);
}

std::optional<std::vector<PromSeries>> PrometheusClient::query(const QString &baseUrl, const QString &promql,
                                                               qint64 timeMs, QString *error) const
{
    return get(instantUrl(baseUrl, promql, timeMs), error);
}

std::optional<PromAnswer> PrometheusClient::queryAnswer(const QString &baseUrl, const QString &promql,
                                                        qint64 timeMs, QString *error) const
{
    QByteArray body;
    long status = 0;
    if (!fetch(instantUrl(baseUrl, promql, timeMs), &body, &status, error))
        return std::nullopt;
    return PromAnswer::parse(body, status, error);
}

std::optional<PromAnswer> PrometheusClient::queryRangeAnswer(const QString &baseUrl, const QString &promql,
                                                             qint64 startMs, qint64 endMs, double stepS,
                                                             QString *error) const
{
    const auto url = rangeUrl(baseUrl, promql, startMs, endMs, stepS, error);
    if (!url)
        return std::nullopt;
    QByteArray body;
    long status = 0;
    if (!fetch(*url, &body, &status, error))
        return std::nullopt;
    return PromAnswer::parse(body, status, error);
}

} // namespace ea
