// SPDX-License-Identifier: GPL-3.0-or-later
// `edgeatlas simulate` and `edgeatlas probe` as a user runs them: the real executable, end to end.
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
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

    /**
     * Starts `edgeatlas simulate` with a count of nodes at a time scale, and waits until it has written its
     * scenario copy (whose nodes' endpoints are its own) to copy.
     */
    static bool startSimulator(QProcess &sim, const QString &copy, int count, double timeScale, int durationS)
    {
        sim.start(exe(),
                  {QStringLiteral("simulate"), QStringLiteral("--count"), QString::number(count),
                   QStringLiteral("--from"), QStringLiteral("48.85,2.35"), QStringLiteral("--time-scale"),
                   QString::number(timeScale), QStringLiteral("--write-scenario"), copy,
                   QStringLiteral("--duration"), QString::number(durationS)});
        if (!sim.waitForStarted())
            return false;
        QElapsedTimer t;
        t.start();
        while (!QFile::exists(copy) && t.elapsed() < 20000) // written once the simulator listens
            sim.waitForReadyRead(100);
        return QFile::exists(copy);
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
        QVERIFY2(startSimulator(sim, copy, 4, 0.1, 20), "simulate did not write the scenario copy");
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

    void agentRaisesTheMonitorsAlarms()
    {
        // The headless agent judges its targets with the Monitor's rules (engine/monitor): a scenario copy
        // whose every SLO budget is 1 ms, which no answer meets, probed as the agent on loopback.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("sim.json"));
        QProcess sim;
        QVERIFY2(startSimulator(sim, copy, 3, 0.2, 40), "simulate did not write the scenario copy");
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject scenario = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray workloads = scenario.value(QLatin1String("workloads")).toArray();
        for (QJsonValueRef w : workloads) {
            QJsonObject o = w.toObject();
            QJsonObject slo = o.value(QLatin1String("slo")).toObject();
            slo.insert(QStringLiteral("budgetMs"), 1);
            o.insert(QStringLiteral("slo"), slo);
            w = o;
        }
        scenario.insert(QStringLiteral("workloads"), workloads);
        const QString tight = dir.filePath(QStringLiteral("tight.json"));
        QFile out(tight);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(scenario).toJson());
        out.close();
        const Run r =
            run({QStringLiteral("probe"), QStringLiteral("--scenario"), tight, QStringLiteral("--serve"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--duration"), QStringLiteral("4"),
                 QStringLiteral("--interval"), QStringLiteral("0.2"), QStringLiteral("--max-tokens"),
                 QStringLiteral("3"), QStringLiteral("--at"), QStringLiteral("48.85,2.35")});
        sim.terminate();
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("# alarms judged from 48.85,2.35"), r.out.constData());
        // Every alarm line: alarm TIME TARGET KIND MESSAGE, with a known kind; SLO breaches among them.
        int breaches = 0, alarms = 0;
        for (const QByteArray &line : r.out.split('\n')) {
            if (!line.startsWith("alarm "))
                continue;
            ++alarms;
            const QList<QByteArray> f = line.split(' ');
            QVERIFY2(f.size() >= 5, line.constData());
            QVERIFY2(QDateTime::fromString(QString::fromLatin1(f[1]), Qt::ISODateWithMs).isValid(),
                     line.constData());
            QVERIFY2(QList<QByteArray>({"fault", "outside_band", "slo_breach", "recovered"}).contains(f[3]),
                     line.constData());
            if (f[3] == "slo_breach") {
                ++breaches;
                QVERIFY2(line.contains("misses"), line.constData());
            }
        }
        QVERIFY2(breaches >= 1, r.out.constData());
        QVERIFY2(r.out.contains(QStringLiteral("# %1 alarms raised").arg(alarms).toUtf8()),
                 r.out.constData());

        // URL targets carry no prediction: a refused connection is one fault alarm, not one per probe.
        const Run refused =
            run({QStringLiteral("probe"), QStringLiteral("http://127.0.0.1:1/"), QStringLiteral("--serve"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--duration"), QStringLiteral("1.5"),
                 QStringLiteral("--interval"), QStringLiteral("0.1")});
        QCOMPARE(refused.code, 0);
        QCOMPARE(refused.out.count("alarm "), 1);
        QVERIFY2(refused.out.contains(" http://127.0.0.1:1/ fault "), refused.out.constData());
        QCOMPARE(
            run({QStringLiteral("probe"), QStringLiteral("http://127.0.0.1:1/"), QStringLiteral("--serve"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--at"), QStringLiteral("1,2")})
                .code,
            2); // --at places a scenario's predictions
    }
};

QTEST_GUILESS_MAIN(tst_ProbeCli)
#include "tst_probecli.moc"
