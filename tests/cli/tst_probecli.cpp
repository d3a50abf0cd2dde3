// SPDX-License-Identifier: GPL-3.0-or-later
// `edgeatlas simulate` and `edgeatlas probe` as a user runs them: the real executable, end to end.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_ProbeCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };
    static QString exe() { return QStringLiteral(EA_BIN_DIR "/edgeatlas"); }
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(exe(), args);
        if (!p.waitForFinished(60000))
            qFatal("edgeatlas did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

private slots:
    void badUsage()
    {
        QCOMPARE(run({QStringLiteral("probe")}).code, 2);
        QCOMPARE(run({QStringLiteral("probe"), QStringLiteral("http://127.0.0.1:1/"),
                      QStringLiteral("--format"), QStringLiteral("xml")})
                     .code,
                 2);
        QCOMPARE(run({QStringLiteral("probe"), QStringLiteral("http://127.0.0.1:1/"),
                      QStringLiteral("--fresh"), QStringLiteral("--reuse")})
                     .code,
                 2);
        const Run r =
            run({QStringLiteral("simulate"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("loopback"));
        QCOMPARE(run({QStringLiteral("probe"), QStringLiteral("--help")}).code, 0);
    }

    void failuresAreStatesNotExitCodes()
    {
        const Run r = run({QStringLiteral("probe"), QStringLiteral("http://127.0.0.1:1/"),
                           QStringLiteral("http://edgeatlas-cli-test.invalid/"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QStringList states;
        for (const QByteArray &l : lines)
            states << QJsonDocument::fromJson(l).object().value(QLatin1String("state")).toString();
        states.sort();
        QCOMPARE(states, (QStringList{QStringLiteral("connection_refused"), QStringLiteral("dns_failure")}));
    }

    void simulateThenProbeTheScenarioCopy()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("sim.json"));
        QProcess sim;
        sim.start(exe(),
                  {QStringLiteral("simulate"), QStringLiteral("--count"), QStringLiteral("4"),
                   QStringLiteral("--from"), QStringLiteral("48.85,2.35"), QStringLiteral("--time-scale"),
                   QStringLiteral("0.1"), QStringLiteral("--write-scenario"), copy,
                   QStringLiteral("--duration"), QStringLiteral("20")});
        QVERIFY(sim.waitForStarted());
        QElapsedTimer t;
        t.start();
        while (!QFile::exists(copy) && t.elapsed() < 20000) // written once the simulator listens
            sim.waitForReadyRead(100);
        QVERIFY2(QFile::exists(copy), "simulate did not write the scenario copy");
        const Run r =
            run({QStringLiteral("probe"), QStringLiteral("--scenario"), copy, QStringLiteral("--max-tokens"),
                 QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json")});
        sim.terminate(); // SIGTERM: the simulator stops cleanly
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 0);
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        int streamed = 0;
        for (const QByteArray &l : lines) {
            const QJsonObject o = QJsonDocument::fromJson(l).object();
            const QString state = o.value(QLatin1String("state")).toString();
            QVERIFY2(state == QLatin1String("ok") || o.value(QLatin1String("httpStatus")).toInt() == 503,
                     l.constData());
            if (state == QLatin1String("ok")) {
                QCOMPARE(o.value(QLatin1String("tokens")).toInt(), 3);
                QVERIFY(o.value(QLatin1String("ttftMs")).toDouble() >=
                        o.value(QLatin1String("firstByteMs")).toDouble());
                ++streamed;
            }
        }
        QVERIFY(streamed >= 2);
    }
};

QTEST_GUILESS_MAIN(tst_ProbeCli)
#include "tst_probecli.moc"
