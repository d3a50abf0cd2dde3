// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/monitor/demo.h"

#include "app/monitor/monitorpage.h"

#include <QCoreApplication>

namespace ea {

DemoRequest takeDemoArguments(QStringList &args)
{
    DemoRequest r;
    r.simulate = args.removeAll(QStringLiteral("--simulate")) > 0;
    return r;
}

bool startDemo(QWidget *window, const DemoRequest &request, QString *error)
{
    if (!request.simulate)
        return true;
    auto *page = window ? window->findChild<MonitorPage *>() : nullptr;
    if (!page) {
        if (error)
            *error = QCoreApplication::translate("ea::Demo", "the main window has no Monitor page");
        return false;
    }
    if (!page->startSimulatedDeployment(request.nodes)) {
        if (error)
            *error = QCoreApplication::translate("ea::Demo", "the simulated deployment did not start");
        return false;
    }
    return true;
}

} // namespace ea
