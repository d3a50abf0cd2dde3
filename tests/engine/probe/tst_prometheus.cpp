// SPDX-License-Identifier: GPL-3.0-or-later
// Prometheus exposition (parsed back: buckets, +Inf = count, sum, escaping, bounds) and the query client
// against a small local fake server (answers, Prometheus errors, HTTP errors, bad JSON, no server).
#include "engine/probe/loopbackserver.h"
#include "engine/probe/prometheus.h"

#include <QTest>

#include <cmath>
#include <map>
#include <mutex>

using namespace ea;

namespace {
ProbeResult result(const QString &target, const QString &url, ProbeState state, double firstByte, double ttft,
                   double total)
{
    ProbeResult r;
    r.targetId = target;
    r.url = url;
    r.state = state;
    r.timestampMs = 1'700'000'000'000LL;
    r.firstByteMs = firstByte;
    r.ttftMs = ttft;
    r.totalMs = total;
    return r;
}

/** The samples of one metric name and target, keyed by their le label (or "" without one). */
std::map<QString, double> series(const std::vector<PromTextSample> &samples, const QString &name,
                                 const QString &target)
{
    std::map<QString, double> out;
    for (const PromTextSample &s : samples)
        if (s.name == name && s.labels.value(QStringLiteral("target")) == target)
            out[s.labels.value(QStringLiteral("le"))] = s.value;
    return out;
}

double leValue(const QString &le)
{
    return le == QLatin1String("+Inf") ? INFINITY : le.toDouble();
}
} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void expositionParsesBack()
    {
        ProbeMetrics m;
        const QString odd = QStringLiteral("node \"a\"\\b\nc ✓"); // every character the format escapes
        const QString oddUrl = QStringLiteral("http://x/\"q\"?a=\\n");
        const std::vector<double> firstBytes{0.5, 10, 10.0001, 42, 99.5, 12000};
        double sum = 0;
        for (double v : firstBytes) {
            m.record(result(odd, oddUrl, ProbeState::Ok, v, v + 100, v + 200));
            sum += v;
        }
        m.record(result(odd, oddUrl, ProbeState::Timeout, 9999, -1, -1)); // failures: counted, not timed
        m.record(result(odd, oddUrl, ProbeState::HttpError, 3, -1, 4));
        m.record(result(QStringLiteral("plain"), QStringLiteral("http://p/"), ProbeState::Ok, 7, -1, 8));
        QCOMPARE(m.targetCount(), 2);

        const QByteArray text = m.exposition();
        QVERIFY(text.endsWith('\n'));
        QString error;
        const auto parsed = parsePromText(text, &error);
        QVERIFY2(parsed, qPrintable(error));

        for (const char *name :
             {"edgeatlas_probe_first_byte_ms", "edgeatlas_probe_ttft_ms", "edgeatlas_probe_total_ms"}) {
            QCOMPARE(text.count(QByteArray("# TYPE ") + name + " histogram\n"), qsizetype(1));
            QCOMPARE(text.count(QByteArray("# HELP ") + name + ' '), qsizetype(1));
            for (const QString &target : {odd, QStringLiteral("plain")}) {
                const auto buckets = series(*parsed, QLatin1String(name) + QLatin1String("_bucket"), target);
                QCOMPARE(buckets.size(), m.bucketsMs().size() + 1);
                std::vector<std::pair<double, double>> ordered;
                for (const auto &[le, v] : buckets)
                    ordered.emplace_back(leValue(le), v);
                std::sort(ordered.begin(), ordered.end());
                for (size_t i = 1; i < ordered.size(); ++i)
                    QVERIFY2(ordered[i].second >= ordered[i - 1].second, name); // cumulative
                QVERIFY(std::isinf(ordered.back().first));
                const auto count = series(*parsed, QLatin1String(name) + QLatin1String("_count"), target);
                QCOMPARE(count.size(), size_t(1));
                QCOMPARE(ordered.back().second, count.begin()->second); // +Inf = count
            }
        }
        // Exact content for the odd target's first byte.
        const auto fb = series(*parsed, QStringLiteral("edgeatlas_probe_first_byte_ms_bucket"), odd);
        QCOMPARE(fb.at(QStringLiteral("1")), 1.0);     // 0.5
        QCOMPARE(fb.at(QStringLiteral("10")), 2.0);    // le is inclusive: 10 counts
        QCOMPARE(fb.at(QStringLiteral("15")), 3.0);    // 10.0001
        QCOMPARE(fb.at(QStringLiteral("50")), 4.0);    // 42
        QCOMPARE(fb.at(QStringLiteral("100")), 5.0);   // 99.5
        QCOMPARE(fb.at(QStringLiteral("10000")), 5.0); // 12000 is beyond the last bound
        QCOMPARE(fb.at(QStringLiteral("+Inf")), 6.0);
        QCOMPARE(fb.at(QStringLiteral("2.5")), 1.0); // fractional bounds print as such
        const auto fbSum = series(*parsed, QStringLiteral("edgeatlas_probe_first_byte_ms_sum"), odd);
        QCOMPARE(fbSum.begin()->second, sum); // shortest round-trip formatting: exact
        QCOMPARE(series(*parsed, QStringLiteral("edgeatlas_probe_ttft_ms_count"), QStringLiteral("plain"))
                     .begin()
                     ->second,
                 0.0); // no token time: not observed

        // Labels survive escaping; states are counted.
        std::map<QString, double> states;
        for (const PromTextSample &s : *parsed) {
            if (s.name != QLatin1String("edgeatlas_probe_total") ||
                s.labels.value(QStringLiteral("target")) != odd)
                continue;
            QCOMPARE(s.labels.value(QStringLiteral("url")), oddUrl);
            states[s.labels.value(QStringLiteral("state"))] = s.value;
        }
        QCOMPARE(states.at(QStringLiteral("ok")), 6.0);
        QCOMPARE(states.at(QStringLiteral("timeout")), 1.0);
        QCOMPARE(states.at(QStringLiteral("http_error")), 1.0);
        QCOMPARE(states.size(), size_t(3));
        QVERIFY(text.contains("target=\"node \\\"a\\\"\\\\b\\nc ✓\""));
        const auto last = series(*parsed, QStringLiteral("edgeatlas_probe_last_first_byte_ms"), odd);
        QCOMPARE(last.begin()->second, 12000.0);

        // With the prober's stats.
        ProbeStats st;
        st.started = 9;
        st.threadCpuSeconds = 0.25;
        const auto withStats = parsePromText(m.exposition(&st), &error);
        QVERIFY(withStats);
        bool found = false;
        for (const PromTextSample &s : *withStats)
            found = found || (s.name == QLatin1String("edgeatlas_prober_started_total") && s.value == 9);
        QVERIFY(found);
    }

    void memoryIsBounded()
    {
        ProbeMetrics m(ProbeMetrics::defaultBucketsMs(), 2);
        for (int i = 0; i < 1000; ++i)
            m.record(result(QStringLiteral("t%1").arg(i % 5), QStringLiteral("u"), ProbeState::Ok, i, -1, i));
        QCOMPARE(m.targetCount(), 2);
        const QByteArray text = m.exposition();
        QVERIFY(text.contains("edgeatlas_probe_dropped_results_total 600\n"));
        const qsizetype size = text.size();
        for (int i = 0; i < 10000; ++i)
            m.record(result(QStringLiteral("t0"), QStringLiteral("u"), ProbeState::Ok, i % 300, -1, i));
        QVERIFY(m.exposition().size() < size + 200); // only the numbers grow
    }

    void vantageAndNodeLabelsOnEverySeries()
    {
        ProbeMetrics m;
        const QString odd = QStringLiteral("S\u00e3o \"Paulo\"\\1");
        m.setCommonLabels(
            {{QStringLiteral("vantage"), odd}, {QStringLiteral("vantage_lat"), QStringLiteral("-23.5500")}});
        m.setTargetLabels(QStringLiteral("n1"), {{QStringLiteral("node"), QStringLiteral("edge-0001")}});
        ProbeDerivedValues derived;
        derived.requestRttMs = 42;
        derived.sloMs = 140;
        m.record(result(QStringLiteral("n1"), QStringLiteral("http://a/"), ProbeState::Ok, 45, 140, 150),
                 derived);
        m.record(result(QStringLiteral("http://b/"), QStringLiteral("http://b/"), ProbeState::Ok, 7, -1, 8));
        ProbeStats st;
        st.started = 2;
        QString error;
        const auto parsed = parsePromText(m.exposition(&st), &error);
        QVERIFY2(parsed, qPrintable(error));
        int samples = 0;
        for (const PromTextSample &s : *parsed) {
            ++samples;
            QCOMPARE(s.labels.value(QStringLiteral("vantage")), odd); // every series, the prober's own too
            QCOMPARE(s.labels.value(QStringLiteral("vantage_lat")), QStringLiteral("-23.5500"));
            const QString target = s.labels.value(QStringLiteral("target"));
            QCOMPARE(s.labels.value(QStringLiteral("node")),
                     target == QLatin1String("n1") ? QStringLiteral("edge-0001") : QString());
        }
        QVERIFY(samples > 100);
        // The derived values have histograms of their own; a target without them observes nothing there.
        QCOMPARE(series(*parsed, QStringLiteral("edgeatlas_probe_request_rtt_ms_sum"), QStringLiteral("n1"))
                     .begin()
                     ->second,
                 42.0);
        QCOMPARE(
            series(*parsed, QStringLiteral("edgeatlas_probe_request_rtt_ms_bucket"), QStringLiteral("n1"))
                .at(QStringLiteral("50")),
            1.0);
        QCOMPARE(
            series(*parsed, QStringLiteral("edgeatlas_probe_request_rtt_ms_bucket"), QStringLiteral("n1"))
                .at(QStringLiteral("35")),
            0.0);
        QCOMPARE(series(*parsed, QStringLiteral("edgeatlas_probe_slo_ms_sum"), QStringLiteral("n1"))
                     .begin()
                     ->second,
                 140.0);
        QCOMPARE(series(*parsed, QStringLiteral("edgeatlas_probe_slo_ms_count"), QStringLiteral("http://b/"))
                     .begin()
                     ->second,
                 0.0);
    }

    void parserRejectsBadText()
    {
        QString error;
        QVERIFY(!parsePromText("metric{a=\"x} 1\n", &error));
        QVERIFY(error.startsWith(QLatin1String("line 1")));
        QVERIFY(!parsePromText("# ok\nmetric{a=\"\\q\"} 1\n", &error));
        QVERIFY(error.startsWith(QLatin1String("line 2")));
        QVERIFY(!parsePromText("metric one\n", &error));
        QVERIFY(!parsePromText("{a=\"b\"} 1\n", &error));
        const auto ok = parsePromText("m{a=\"b\",} +Inf 123\nn NaN\n", &error);
        QVERIFY(ok);
        QCOMPARE(ok->size(), size_t(2));
        QVERIFY(std::isinf(ok->at(0).value));
        QVERIFY(std::isnan(ok->at(1).value));
    }

    void clientReadsAnswersAndErrors()
    {
        std::mutex m;
        QByteArray lastPath;
        LoopbackServer fake([&](const HttpRequest &req) {
            {
                std::lock_guard lock(m);
                lastPath = req.path;
            }
            const QByteArray p = req.path;
            if (p.startsWith("/ok/api/v1/query_range"))
                return ResponsePlan::fixed(
                    200, "application/json",
                    "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
                    "{\"metric\":{\"target\":\"edge-1\",\"le\":\"+Inf\"},\"values\":[[1700000000,\"12.5\"],["
                    "1700000001.5,\"NaN\"],[1700000003,\"+Inf\"]]},"
                    "{\"metric\":{\"target\":\"edge-2\"},\"values\":[]}]}}");
            if (p.startsWith("/vector/api/v1/query"))
                return ResponsePlan::fixed(
                    200, "application/json",
                    "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                    "{\"metric\":{\"__name__\":\"up\",\"job\":\"a\"},\"value\":[1700000000.25,\"1\"]}]}}");
            if (p.startsWith("/scalar/api/v1/query"))
                return ResponsePlan::fixed(200, "application/json",
                                           "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\","
                                           "\"result\":[1700000000,\"3.5\"]}}");
            if (p.startsWith("/promerror/"))
                return ResponsePlan::fixed(400, "application/json",
                                           "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"1:5:"
                                           " parse error: unexpected \\\")\\\"\"}");
            if (p.startsWith("/http503/"))
                return ResponsePlan::fixed(503, "text/plain", "Service Unavailable: the TSDB is starting");
            if (p.startsWith("/badjson/"))
                return ResponsePlan::fixed(200, "application/json",
                                           "{\"status\":\"success\",\"data\":{\"resultType\":");
            if (p.startsWith("/wrongshape/"))
                return ResponsePlan::fixed(200, "application/json",
                                           "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\","
                                           "\"result\":[{\"metric\":{},\"values\":[[\"x\",1]]}]}}");
            ResponsePlan hold; // /silent/: never answers
            hold.end = ResponsePlan::End::Hold;
            return hold;
        });
        QString error;
        QVERIFY2(fake.listen(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(fake.port());
        PrometheusClient client(1500);

        const QString promql =
            QStringLiteral("histogram_quantile(0.5, sum by (le) (rate(x_bucket{a=\"b c\"}[5s])))");
        auto r = client.queryRange(base + QStringLiteral("/ok/"), promql, 1'700'000'000'000LL,
                                   1'700'000'010'500LL, 0.5, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->size(), size_t(2));
        QCOMPARE(r->at(0).labels.value(QStringLiteral("target")), QStringLiteral("edge-1"));
        QCOMPARE(r->at(0).labels.value(QStringLiteral("le")), QStringLiteral("+Inf"));
        QCOMPARE(r->at(0).points.size(), size_t(3));
        QCOMPARE(r->at(0).points[0], (std::pair<qint64, double>{1'700'000'000'000LL, 12.5}));
        QCOMPARE(r->at(0).points[1].first, 1'700'000'001'500LL);
        QVERIFY(std::isnan(r->at(0).points[1].second));
        QVERIFY(std::isinf(r->at(0).points[2].second));
        QVERIFY(r->at(1).points.empty());
        {
            std::lock_guard lock(m);
            QVERIFY2(lastPath.startsWith("/ok/api/v1/query_range?query=histogram_quantile%280.5%2C"),
                     lastPath.constData());
            QVERIFY(lastPath.contains("%22b%20c%22"));
            QVERIFY(lastPath.contains("&start=1700000000.000&end=1700000010.500&step=0.5"));
        }

        r = client.query(base + QStringLiteral("/vector"), QStringLiteral("up"), 1'700'000'000'000LL, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->size(), size_t(1));
        QCOMPARE(r->at(0).labels.value(QStringLiteral("job")), QStringLiteral("a"));
        QCOMPARE(r->at(0).points.at(0), (std::pair<qint64, double>{1'700'000'000'250LL, 1.0}));
        r = client.query(base + QStringLiteral("/scalar"), QStringLiteral("3.5"), 0, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->at(0).points.at(0).second, 3.5);

        const auto fails = [&](const QString &prefix, const QString &expected) {
            QString why;
            const auto res = client.queryRange(base + prefix, QStringLiteral("up"), 0, 1000, 1, &why);
            if (res)
                return QStringLiteral("%1: no error").arg(prefix);
            return why.contains(expected) ? QString() : QStringLiteral("%1: %2").arg(prefix, why);
        };
        QString f = fails(QStringLiteral("/promerror"), QStringLiteral("bad_data"));
        QVERIFY2(f.isEmpty(), qPrintable(f));
        f = fails(QStringLiteral("/promerror"), QStringLiteral("parse error: unexpected \")\""));
        QVERIFY2(f.isEmpty(), qPrintable(f));
        f = fails(QStringLiteral("/http503"), QStringLiteral("HTTP 503"));
        QVERIFY2(f.isEmpty(), qPrintable(f));
        f = fails(QStringLiteral("/badjson"), QStringLiteral("malformed"));
        QVERIFY2(f.isEmpty(), qPrintable(f));
        f = fails(QStringLiteral("/wrongshape"), QStringLiteral("malformed"));
        QVERIFY2(f.isEmpty(), qPrintable(f));
        f = fails(QStringLiteral("/silent"), QStringLiteral("cannot reach"));
        QVERIFY2(f.isEmpty(), qPrintable(f));
        QVERIFY(!client.queryRange(base, QStringLiteral("up"), 10, 0, 1, &error)); // end before start
        QVERIFY(!client.queryRange(base, QStringLiteral("up"), 0, 10, 0, &error)); // no step

        const quint16 port = fake.port();
        fake.stop(); // nothing listens there now
        QVERIFY(!client.queryRange(QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("up"), 0,
                                   1000, 1, &error));
        QVERIFY2(error.contains(QLatin1String("cannot reach")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
