// SPDX-License-Identifier: GPL-3.0-or-later
// `edgeatlas --simulate-fleet N` end to end, in process as the GUI runs it: N `edgeatlas simulate`
// deployments and N `edgeatlas probe --serve --vantage` agents on loopback, a real Prometheus (Debian package
// prometheus) scraping them, the Monitor's fleet mode reading every vantage's routes back, labelled as a
// simulation; closing the window stops every process and removes the temporary folder.
#include "app/document.h"
#include "app/mainwindow.h"
#include "app/monitor/demo.h"
#include "app/monitor/fleetdemo.h"
#include "app/monitor/fleetpanel.h"
#include "app/monitor/fleetsession.h"
#include "app/monitor/monitorpage.h"
#include "widgets/map/mapwidget.h"

#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/common/testsupport.h"

#include <cerrno>
#include <signal.h>

using namespace ea;

class tst_FleetDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("EdgeAtlasTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_FleetDemo"));
    }

    void arguments()
    {
        QStringList args{QStringLiteral("edgeatlas"), QStringLiteral("--simulate-fleet"), QStringLiteral("5"),
                         QStringLiteral("plan.json")};
        DemoRequest r = takeDemoArguments(args);
        QCOMPARE(r.fleet, 5);
        QCOMPARE(args, (QStringList{QStringLiteral("edgeatlas"), QStringLiteral("plan.json")}));
        args = {QStringLiteral("edgeatlas"), QStringLiteral("--simulate-fleet=3")};
        QCOMPARE(takeDemoArguments(args).fleet, 3);
        QCOMPARE(args.size(), 1);
        // The command line checks the number before any window opens.
        const test::CliRun bad =
            test::runEdgeAtlas({QStringLiteral("--simulate-fleet"), QStringLiteral("zero")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("--simulate-fleet"), bad.err.constData());
        const test::CliRun help = test::runEdgeAtlas({QStringLiteral("--help")});
        QVERIFY(help.out.contains("--simulate-fleet N"));
    }

    void spreadOverTheWorld()
    {
        MainWindow window;
        QVERIFY(window.openInitial({}));
        const auto s = window.document()->scenario();
        const std::vector<int> picked = FleetDemo::spreadRegions(*s, 8);
        QCOMPARE(picked.size(), size_t(8));
        QCOMPARE(QSet<int>(picked.begin(), picked.end()).size(), 8);
        // Several continents: both hemispheres in longitude, and some south of 15°N.
        int west = 0, east = 0, south = 0;
        for (int r : picked) {
            west += s->regions[size_t(r)].lon < -30;
            east += s->regions[size_t(r)].lon > 30;
            south += s->regions[size_t(r)].lat < 15;
        }
        QVERIFY(west >= 1 && east >= 2 && south >= 1);
    }

    void simulatedFleetEndToEnd()
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        EA_REQUIRE(!prometheus.isEmpty(),
                   "the prometheus binary (Debian package prometheus, packaging/install-deps.sh)");
        constexpr int kAgents = 4;
        QString folder;
        QList<qint64> pids;
        {
            MainWindow window;
            QVERIFY(window.openInitial({}));
            window.resize(1600, 1000);
            window.show();
            MonitorPage *page = window.monitorPage();
            QVERIFY(page);
            DemoRequest request;
            request.fleet = kAgents;
            request.program = QStringLiteral(EA_BIN_DIR "/edgeatlas");
            QString error;
            QVERIFY2(startDemo(&window, request, &error), qPrintable(error));
            auto *demo = page->findChild<FleetDemo *>();
            QVERIFY(demo);
            QString failure;
            connect(demo, &FleetDemo::failed, this, [&](const QString &m) { failure = m; });
            QVERIFY2(QTest::qWaitFor([&] { return demo->isReady() || !failure.isEmpty(); }, 120000),
                     "the simulated fleet came up");
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            folder = demo->folder();
            pids = demo->processIds();
            QCOMPARE(pids.size(), 2 * kAgents + 1);
            QVERIFY(QDir(folder).exists());
            QCOMPARE(demo->runningProcesses(), 2 * kAgents + 1);
            // The Monitor is in fleet mode on it, and says it is a simulation.
            FleetSession *fleet = page->fleet();
            QVERIFY(fleet->isConnected());
            QCOMPARE(fleet->url(), demo->prometheusUrl());
            QVERIFY(!page->fleetPanel()->isHidden());
            QVERIFY(page->fleetPanel()
                        ->findChild<QLabel *>(QStringLiteral("fleetNote"))
                        ->text()
                        .contains(QLatin1String("SIMULATION")));
            // Every vantage's routes come in with measured latency, joined to the model.
            const auto everyVantageMeasured = [&] {
                const FleetSnapshotPtr f = fleet->snapshot();
                if (!f || int(f->vantages.size()) < kAgents)
                    return false;
                for (const FleetVantage &v : f->vantages)
                    if (!v.placed || v.medianMs < 0 || v.stale)
                        return false;
                return true;
            };
            QVERIFY2(QTest::qWaitFor(everyVantageMeasured, 90000), qPrintable(fleet->statusText()));
            const FleetSnapshotPtr f = fleet->snapshot();
            QStringList names;
            for (const FleetVantage &v : f->vantages)
                names << v.name;
            names.sort();
            QStringList expected = demo->vantages();
            expected.sort();
            QCOMPARE(names, expected);
            // The simulators answer with the model's delays from each vantage: the measured medians lie near
            // the model (the histogram's buckets and the jitter apart).
            int near = 0, measured = 0;
            for (const FleetRoute &r : f->reading.routes) {
                if (r.p50Ms < 0 || !r.target.hasModel())
                    continue;
                ++measured;
                near +=
                    r.p50Ms > 0.5 * r.target.modeledRttMs - 2 && r.p50Ms < 2.0 * r.target.modeledRttMs + 10;
            }
            QVERIFY(measured >= kAgents);
            QVERIFY2(near >= measured * 9 / 10,
                     qPrintable(QStringLiteral("%1 of %2").arg(near).arg(measured)));
            // On the map.
            QCOMPARE(page->map()->context().fleet, fleet->snapshot());
        }
        // The window is gone: so are the processes and the folder.
        for (qint64 pid : pids) {
            errno = 0;
            const int rc = ::kill(pid_t(pid), 0);
            QVERIFY2(rc != 0 && errno == ESRCH,
                     qPrintable(QStringLiteral("process %1 still there").arg(pid)));
        }
        QVERIFY2(!QDir(folder).exists(), qPrintable(folder));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(tst_FleetDemo)
#include "tst_fleetdemo.moc"
