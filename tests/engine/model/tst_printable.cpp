// SPDX-License-Identifier: GPL-3.0-or-later
// Text from servers and files made safe for terminals, and API keys redacted from it.
#include "engine/model/printable.h"

#include <QTest>

using namespace ea;

class TestPrintable : public QObject
{
    Q_OBJECT

private slots:
    void escapesControlsAndHiddenFormatting_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("HTTP 503: overloaded, retry — später")
                               << QStringLiteral("HTTP 503: overloaded, retry — später");
        QTest::newRow("ansi colour") << QStringLiteral("\x1b[31mred\x1b[0m")
                                     << QStringLiteral("\\x1b[31mred\\x1b[0m");
        QTest::newRow("title change, bell")
            << QStringLiteral("\x1b]0;owned\x07") << QStringLiteral("\\x1b]0;owned\\x07");
        QTest::newRow("line breaks") << QStringLiteral("a\r\nb\tc") << QStringLiteral("a\\x0d\\x0ab\\x09c");
        QTest::newRow("C1 CSI, DEL") << QString(QChar(0x9b)) + QStringLiteral("2J\x7f")
                                     << QStringLiteral("\\x9b2J\\x7f");
        QTest::newRow("bidi override")
            << QStringLiteral("key\u202Eexe.txt") << QStringLiteral("key\\u202eexe.txt");
        QTest::newRow("zero width, separator")
            << QStringLiteral("a\u200Bb\u2028c") << QStringLiteral("a\\u200bb\\u2028c");
        QTest::newRow("emoji kept") << QStringLiteral("ok \U0001F600") << QStringLiteral("ok \U0001F600");
    }
    void escapesControlsAndHiddenFormatting()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(printable(in), out);
        QCOMPARE(hasUnprintable(in), in != out);
    }

    void redactsTheKey_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("whole") << QStringLiteral("bad key sk-abcdefghij123 given")
                               << QStringLiteral("bad key [redacted] given");
        QTest::newRow("twice") << QStringLiteral("sk-abcdefghij123/sk-abcdefghij123")
                               << QStringLiteral("[redacted]/[redacted]");
        QTest::newRow("cut short") << QStringLiteral("your key sk-abcde…")
                                   << QStringLiteral("your key [redacted]…");
        QTest::newRow("too short a piece") << QStringLiteral("sk-ab") << QStringLiteral("sk-ab");
        QTest::newRow("echoed header, other key") << QStringLiteral("{\"auth\":\"Bearer other-token-42\"}")
                                                  << QStringLiteral("{\"auth\":\"Bearer [redacted]\"}");
        QTest::newRow("nothing to hide")
            << QStringLiteral("HTTP 401: unauthorized") << QStringLiteral("HTTP 401: unauthorized");
    }
    void redactsTheKey()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(redacted(in, "sk-abcdefghij123"), out);
    }
};

QTEST_GUILESS_MAIN(TestPrintable)
#include "tst_printable.moc"
