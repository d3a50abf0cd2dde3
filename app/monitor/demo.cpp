// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/monitor/demo.h"

#include "app/document.h"
#include "app/mainwindow.h"
#include "app/monitor/fleetdemo.h"
#include "app/monitor/fleetpanel.h"
#include "app/monitor/fleetsession.h"
#include "app/monitor/monitorpage.h"

#include <QCoreApplication>
#include <QStackedWidget>

#include <algorithm>

namespace ea {

DemoRequest takeDemoArguments(QStringList &args)
{
    DemoRequest r;
    r.simulate = args.removeAll(QStringLiteral("--simulate")) > 0;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--simulate-fleet") && i + 1 < args.size()) {
            r.fleet = std::clamp(args[i + 1].toInt(), 0, MaxSimulatedFleet);
            args.remove(i, 2);
            break;
        }
        if (a.startsWith(QLatin1String("--simulate-fleet="))) {
            r.fleet = std::clamp(a.section(QLatin1Char('='), 1).toInt(), 0, MaxSimulatedFleet);
            args.remove(i);
            break;
        }
    }
    return r;
}

bool startDemo(QWidget *window, const DemoRequest &request, QString *error)
{
    if (!request.simulate && request.fleet <= 0)
        return true;
    auto *page = window ? window->findChild<MonitorPage *>() : nullptr;
    if (!page) {
        if (error)
            *error = QCoreApplication::translate("ea::Demo", "the main window has no Monitor page");
        return false;
    }
    if (request.fleet > 0) {
        page->setSimulateOnFirstShow(false);
        auto *demo = new FleetDemo(page);
        demo->setObjectName(QStringLiteral("fleetDemo"));
        FleetDemoOptions options;
        options.vantages = request.fleet;
        options.program = request.program;
        const int n = request.fleet;
        QObject::connect(demo, &FleetDemo::progress, page, [page](const QString &text) {
            page->fleetPanel()->setNote(QCoreApplication::translate("ea::Demo", "Simulation: %1").arg(text));
        });
        QObject::connect(demo, &FleetDemo::ready, page, [page, n](const QString &url) {
            page->fleet()->setRefreshMs(2000);
            page->fleet()->setStaleAfterMs(5000); // three scrapes of one second, and some slack
            page->fleet()->setWindowS(60);
            QString why;
            if (!page->connectFleet(
                    url, {},
                    QCoreApplication::translate("ea::Demo",
                                                "SIMULATION — %n simulated probe agent(s) on this computer, "
                                                "answering with the model's delays; not real measurements",
                                                nullptr, n),
                    &why))
                qWarning("edgeatlas --simulate-fleet: %s", qPrintable(why));
        });
        QObject::connect(demo, &FleetDemo::failed, page, [](const QString &message) {
            qWarning("edgeatlas --simulate-fleet: %s", qPrintable(message));
        });
        auto *main = qobject_cast<MainWindow *>(window);
        const auto scenario = main ? main->document()->scenario() : nullptr;
        if (!demo->start(scenario, options, error)) {
            page->fleetPanel()->setNote({});
            return false;
        }
        // The Monitor shows the fleet as it comes up.
        if (auto *stack = qobject_cast<QStackedWidget *>(page->parentWidget()); main && stack)
            main->setMode(stack->indexOf(page));
    }
    if (!request.simulate)
        return true;
    if (!page->startSimulatedDeployment(request.nodes)) {
        if (error)
            *error = QCoreApplication::translate("ea::Demo", "the simulated deployment did not start");
        return false;
    }
    return true;
}

} // namespace ea
