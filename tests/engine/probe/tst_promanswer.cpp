// SPDX-License-Identifier: GPL-3.0-or-later
// PromAnswer: the streaming (RapidJSON SAX) parse of Prometheus answers gives exactly what the full parse
// through Qt's JSON reader (PrometheusClient::parseResponse) gives — the same series, labels, points and
// errors — on ordinary answers, unusual but valid ones, broken ones and thousands of random mutations; and
// it takes Prometheus' own answers itself (no second parse).
#include "engine/probe/promanswer.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace ea;

namespace {

bool samePoint(const std::pair<qint64, double> &a, const std::pair<qint64, double> &b)
{
    return a.first == b.first && (a.second == b.second || (std::isnan(a.second) && std::isnan(b.second)));
}

/** "" when the streaming parse agrees with the full one on body, else what differs. */
QString disagreement(const QByteArray &body, long status)
{
    QString fullError, fastError;
    const auto full = PrometheusClient::parseResponse(body, status, &fullError);
    const auto fast = PromAnswer::parse(body, status, &fastError);
    if (full.has_value() != fast.has_value())
        return QStringLiteral("full %1, streaming %2").arg(full ? "ok" : "failed", fast ? "ok" : "failed");
    if (!full)
        return fullError == fastError ? QString()
                                      : QStringLiteral("errors %1 / %2").arg(fullError, fastError);
    const std::vector<PromSeries> series = fast->toSeries();
    if (series.size() != full->size())
        return QStringLiteral("%1 series, full %2").arg(series.size()).arg(full->size());
    for (size_t i = 0; i < series.size(); ++i) {
        if (series[i].labels != full->at(i).labels)
            return QStringLiteral("labels of series %1").arg(i);
        if (series[i].points.size() != full->at(i).points.size())
            return QStringLiteral("points of series %1").arg(i);
        for (size_t p = 0; p < series[i].points.size(); ++p)
            if (!samePoint(series[i].points[p], full->at(i).points[p]))
                return QStringLiteral("point %1 of series %2").arg(p).arg(i);
        for (auto it = full->at(i).labels.begin(); it != full->at(i).labels.end(); ++it)
            if (fast->labelString(i, it.key().toStdString()) != it.value())
                return QStringLiteral("label %1 of series %2 by name").arg(it.key()).arg(i);
    }
    return {};
}

QByteArray vectorAnswer(int series)
{
    QByteArray out = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[";
    for (int i = 0; i < series; ++i) {
        if (i)
            out += ',';
        out += "{\"metric\":{\"vantage\":\"v" + QByteArray::number(i / 200) + "\",\"vantage_lat\":\"48.8" +
               QByteArray::number(i % 7) + "\",\"node\":\"n-" + QByteArray::number(i % 200) +
               "\",\"state\":\"ok\"},\"value\":[1765000000." + QByteArray::number(i % 1000) + ",\"" +
               QByteArray::number(0.1 + i * 1.37, 'g', 17) + "\"]}";
    }
    return out + "]}}";
}

} // namespace

class TestPromAnswer : public QObject
{
    Q_OBJECT
private slots:
    void agreesWithTheFullParse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("streamed"); // the streaming pass takes it alone
        const QByteArray ok = "{\"status\":\"success\",\"data\":{\"resultType\":";
        QTest::newRow("vector") << QByteArray(ok + "\"vector\",\"result\":[{\"metric\":{\"a\":\"x\",\"b\":"
                                                   "\"y\"},\"value\":[1700000000.25,\"1.5\"]}]}}")
                                << 200 << true;
        QTest::newRow("matrix, special values")
            << QByteArray(ok + "\"matrix\",\"result\":[{\"metric\":{\"le\":\"+Inf\"},\"values\":[[1700000000,"
                               "\"12.5\"],[1700000001.5,\"NaN\"],[1700000003,\"+Inf\"],[1700000004,\"-Inf\"],"
                               "[1700000005,\"-1.25e-3\"]]},{\"metric\":{},\"values\":[]}]}}")
            << 200 << true;
        QTest::newRow("escapes and unicode in labels")
            << QByteArray(ok + "\"vector\",\"result\":[{\"metric\":{\"v\":\"Par\\u00eds \\\"q\\\" \\\\ "
                               "\\ud83d\\ude00 \xc3\xa9\xe2\x86\x92\"},\"value\":[1,\"2\"]}]}}")
            << 200 << true;
        QTest::newRow("warnings and extra keys skipped")
            << QByteArray(
                   "{\"status\":\"success\",\"warnings\":[\"x\",{\"a\":[1,2,{}]}],\"data\":{\"x\":null,"
                   "\"resultType\":\"vector\",\"result\":[{\"metric\":{\"a\":\"b\"},\"extra\":[[true]],"
                   "\"value\":[1,\"3\"],\"values\":5}],\"stats\":{}},\"infos\":[]}")
            << 200 << true;
        QTest::newRow("status last") << QByteArray("{\"data\":{\"resultType\":\"vector\",\"result\":[]},"
                                                   "\"status\":\"success\"}")
                                     << 200 << true;
        QTest::newRow("empty result") << QByteArray(ok + "\"vector\",\"result\":[]}}") << 200 << true;
        QTest::newRow("result before its type")
            << QByteArray("{\"status\":\"success\",\"data\":{\"result\":[{\"metric\":{\"a\":\"b\"},\"value\":"
                          "[1,\"3\"]}],\"resultType\":\"vector\"}}")
            << 200 << false;
        QTest::newRow("scalar") << QByteArray(ok + "\"scalar\",\"result\":[1700000000,\"3.5\"]}}") << 200
                                << false;
        QTest::newRow("prometheus error")
            << QByteArray("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"1:5: parse error\"}")
            << 400 << false;
        QTest::newRow("http 503") << QByteArray("Service Unavailable") << 503 << false;
        QTest::newRow("truncated") << QByteArray(ok) << 200 << false;
        QTest::newRow("trailing garbage") << QByteArray(ok + "\"vector\",\"result\":[]}} x") << 200 << false;
        QTest::newRow("embedded NUL")
            << QByteArray(ok + "\"vector\",\"result\":[]}}\0x", int(ok.size()) + 28) << 200 << false;
        QTest::newRow("bad sample") << QByteArray(ok + "\"matrix\",\"result\":[{\"metric\":{},\"values\":[["
                                                       "\"x\",1]]}]}}")
                                    << 200 << false;
        QTest::newRow("lenient value text")
            << QByteArray(ok + "\"vector\",\"result\":[{\"metric\":{},\"value\":[1,\" 2 \"]}]}}") << 200
            << false;
        QTest::newRow("vector without sample")
            << QByteArray(ok + "\"vector\",\"result\":[{\"metric\":{\"a\":\"b\"}}]}}") << 200 << false;
        QTest::newRow("matrix without values")
            << QByteArray(ok + "\"matrix\",\"result\":[{\"metric\":{\"a\":\"b\"}}]}}") << 200 << true;
        QTest::newRow("label not a string")
            << QByteArray(ok + "\"vector\",\"result\":[{\"metric\":{\"a\":1},\"value\":[1,\"2\"]}]}}") << 200
            << false;
        QTest::newRow("duplicate label")
            << QByteArray(ok + "\"vector\",\"result\":[{\"metric\":{\"a\":\"1\",\"a\":\"2\"},\"value\":[1,"
                               "\"2\"]}]}}")
            << 200 << false;
        QTest::newRow("series not an object")
            << QByteArray(ok + "\"matrix\",\"result\":[7]}}") << 200 << false;
        QTest::newRow("invalid utf-8")
            << QByteArray(ok + "\"vector\",\"result\":[{\"metric\":{\"a\":\"\xff\"},"
                               "\"value\":[1,\"2\"]}]}}")
            << 200 << false;
        QTest::newRow("deep nesting skipped")
            << QByteArray("{\"status\":\"success\",\"x\":" + QByteArray(2000, '[') + QByteArray(2000, ']') +
                          ",\"data\":{\"resultType\":\"vector\",\"result\":[]}}")
            << 200 << false;
        QTest::newRow("status not success")
            << QByteArray("{\"status\":\"pending\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}")
            << 200 << false;
        QTest::newRow("not an object") << QByteArray("[1,2]") << 200 << false;
    }

    void agreesWithTheFullParse()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(bool, streamed);
        const QString why = disagreement(body, status);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(PromAnswer::parseFast(body, status).has_value(), streamed);
    }

    void largeAnswer()
    {
        const QByteArray body = vectorAnswer(10000);
        const auto fast = PromAnswer::parseFast(body, 200);
        QVERIFY(fast);
        QCOMPARE(fast->size(), size_t(10000));
        QCOMPARE(fast->label(4321, "node"), std::string_view("n-121"));
        QCOMPARE(fast->label(4321, "missing"), std::string_view());
        QCOMPARE(fast->newestFinite(4321), 0.1 + 4321 * 1.37);
        QCOMPARE(fast->points(4321)[0].first, 1'765'000'000'321LL);
        const QString why = disagreement(body, 200);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void randomMutationsAgree()
    {
        // Mutations of a valid answer: flipped, inserted and deleted bytes, the full parse the oracle.
        const QByteArray base =
            vectorAnswer(6) + QByteArray(); // small, so every mutation lands near structure
        QRandomGenerator rng(20261207);
        const QByteArray alphabet = "{}[]\",:\\0123456789.eE+-aNnIfu \x01\xc3\xa9\xff";
        int streamed = 0;
        for (int round = 0; round < 4000; ++round) {
            QByteArray body = base;
            const int edits = 1 + int(rng.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const int at = int(rng.bounded(quint32(body.size())));
                const char c = alphabet[int(rng.bounded(quint32(alphabet.size())))];
                switch (rng.bounded(3)) {
                case 0:
                    body[at] = c;
                    break;
                case 1:
                    body.insert(at, c);
                    break;
                default:
                    body.remove(at, 1);
                    break;
                }
            }
            const QString why = disagreement(body, 200);
            QVERIFY2(why.isEmpty(),
                     qPrintable(QStringLiteral("%1 on %2").arg(why, QString::fromLatin1(body))));
            streamed += PromAnswer::parseFast(body, 200) ? 1 : 0;
        }
        QVERIFY2(streamed > 100, qPrintable(QString::number(streamed))); // mutations that stay valid
    }

    void fromSeriesRoundTrips()
    {
        PromSeries s;
        s.labels.insert(QStringLiteral("vantage"), QStringLiteral("Zürich"));
        s.labels.insert(QStringLiteral("node"), QStringLiteral("n1"));
        s.points = {{1000, 2.5}, {2000, NAN}};
        const PromAnswer a = PromAnswer::fromSeries({s, PromSeries{}});
        QCOMPARE(a.size(), size_t(2));
        QCOMPARE(a.labelString(0, "vantage"), QStringLiteral("Zürich"));
        QCOMPARE(a.newestFinite(0), 2.5);
        QCOMPARE(a.newestFinite(1), -1.0);
        const auto back = a.toSeries();
        QCOMPARE(back.at(0).labels, s.labels);
        QCOMPARE(back.at(0).points.size(), size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestPromAnswer)
#include "tst_promanswer.moc"
