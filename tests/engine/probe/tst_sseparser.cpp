// SPDX-License-Identifier: GPL-3.0-or-later
// The incremental event-stream parser: any split of the bytes gives the same tokens; malformed input is
// named.
#include "engine/probe/chatstream.h"
#include "engine/probe/sseparser.h"
#include "engine/stats/quantile.h"

#include <QTest>

using namespace ea;

namespace {
QByteArray stream(int tokens, const QByteArray &newline = "\n")
{
    QByteArray s = ": keep-alive comment" + newline + "event: message" + newline;
    s += chatChunkEvent("id1", QStringLiteral("m"), QString(), true); // role chunk, no token
    for (int i = 0; i < tokens; ++i)
        s += chatChunkEvent("id1", QStringLiteral("m"), scriptedTokenText(i), false);
    s += chatChunkEvent("id1", QStringLiteral("m"), QString(), false, "stop");
    s += R"(data: {"choices":[],"usage":{"completion_tokens":3}})" + newline + newline;
    s += "data: [DONE]" + newline + newline;
    if (newline != "\n")
        s.replace("\n\n", newline + newline);
    return s;
}
} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void wholeStream()
    {
        SseParser p;
        const QByteArray s = stream(3);
        QVERIFY(p.feed(s.constData(), size_t(s.size()), 7.0));
        QVERIFY(p.done());
        QCOMPARE(p.tokens(), 3);
        QCOMPARE(p.firstTokenMs(), 7.0);
    }

    void everySplitGivesTheSameResult()
    {
        const QByteArray s = stream(4);
        for (qsizetype cut = 1; cut < s.size(); cut += 7) {
            SseParser p;
            QVERIFY(p.feed(s.constData(), size_t(cut), 1.0));
            QVERIFY(p.feed(s.constData() + cut, size_t(s.size() - cut), 2.0));
            QVERIFY2(p.done() && p.tokens() == 4, qPrintable(QString::number(cut)));
        }
        SseParser bytewise; // one byte at a time, each at its own time
        for (qsizetype i = 0; i < s.size(); ++i)
            QVERIFY(bytewise.feed(s.constData() + i, 1, double(i)));
        QVERIFY(bytewise.done());
        QCOMPARE(bytewise.tokens(), 4);
        QCOMPARE(bytewise.interTokenGaps().size(), size_t(3));
        QVERIFY(bytewise.tokensPerSecond() > 0);
    }

    void crlfAndCrLineEnds()
    {
        for (const QByteArray &nl : {QByteArray("\r\n"), QByteArray("\r")}) {
            const QByteArray s = stream(2, nl);
            SseParser p;
            for (qsizetype i = 0; i < s.size(); i += 5) // splits between CR and LF too
                QVERIFY(p.feed(s.constData() + i, size_t(std::min<qsizetype>(5, s.size() - i)), 0));
            QVERIFY(p.done());
            QCOMPARE(p.tokens(), 2);
        }
    }

    void timing()
    {
        SseParser p;
        const QByteArray a = chatChunkEvent("x", QStringLiteral("m"), QStringLiteral("a"), false);
        const double at[] = {100, 110, 120, 140};
        for (double t : at)
            QVERIFY(p.feed(a.constData(), size_t(a.size()), t));
        QCOMPARE(p.firstTokenMs(), 100.0);
        QCOMPARE(p.lastTokenMs(), 140.0);
        std::vector<double> gaps = p.interTokenGaps();
        QCOMPARE(stats::median(gaps), 10.0);
        QCOMPARE(p.tokensPerSecond(), 3 * 1000.0 / 40.0);
        QVERIFY(!p.done());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("not JSON") << QByteArray("data: {\"choices\": [\n\n") << "not a JSON object";
        QTest::newRow("no choices") << QByteArray("data: {\"id\": 1}\n\n") << "no \"choices\"";
        QTest::newRow("error event") << QByteArray("data: {\"error\": {\"message\": \"rate limited\"}}\n\n")
                                     << "rate limited";
        QTest::newRow("huge line") << QByteArray("data: ") +
                                          QByteArray(int(SseParser::kMaxLineBytes) + 10, 'x')
                                   << "longer than";
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        SseParser p;
        QVERIFY(!p.feed(bytes.constData(), size_t(bytes.size()), 0));
        QVERIFY(p.malformed());
        QVERIFY2(p.error().contains(text), qPrintable(p.error()));
        const QByteArray more = chatChunkEvent("x", QStringLiteral("m"), QStringLiteral("a"), false);
        QVERIFY(!p.feed(more.constData(), size_t(more.size()), 1)); // stays malformed, ignores the rest
        QCOMPARE(p.tokens(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
