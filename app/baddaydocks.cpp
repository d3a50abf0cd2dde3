// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/baddaydocks.h"

#include "app/document.h"
#include "app/resiliencepanel.h"
#include "app/whatifpanel.h"
#include "widgets/map/damagelayer.h"
#include "widgets/map/mapwidget.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace ea {

BadDayDocks::BadDayDocks(QMainWindow *window, Document *document, MapWidget *planMap, QMenu *planMenu)
    : QObject(window), m_window(window), m_document(document), m_map(planMap),
      m_whatIf(new WhatIfPanel(document)), m_resilience(new ResiliencePanel(document)),
      m_whatIfDock(new QDockWidget(tr("What-If Conditions"), window)),
      m_resilienceDock(new QDockWidget(tr("Resilience (N+1)"), window))
{
    m_whatIfDock->setObjectName(QStringLiteral("whatIfDock"));
    m_whatIfDock->setWidget(m_whatIf);
    m_resilienceDock->setObjectName(QStringLiteral("resilienceDock"));
    m_resilienceDock->setWidget(m_resilience);
    for (QDockWidget *dock : {m_whatIfDock, m_resilienceDock}) {
        window->addDockWidget(Qt::RightDockWidgetArea, dock);
        dock->hide();
    }
    window->tabifyDockWidget(m_whatIfDock, m_resilienceDock);
    // Wide enough for the before → after figures and the failure list the first time they are shown.
    for (QDockWidget *dock : {m_whatIfDock, m_resilienceDock})
        connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
            if (visible && dock->width() < MinDockWidth && !dock->isFloating())
                m_window->resizeDocks({dock}, {MinDockWidth}, Qt::Horizontal);
        });

    planMenu->addSeparator();
    QAction *toggle = m_whatIfDock->toggleViewAction();
    toggle->setText(tr("&What-If Conditions"));
    toggle->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_W);
    toggle->setStatusTip(tr("Sites down, demand surges, price changes and latency penalties, and the plan "
                            "before → after them"));
    toggle->setToolTip(tr("Show the what-if conditions (Ctrl+Shift+W)"));
    planMenu->addAction(toggle);
    m_check = planMenu->addAction(tr("Check &Resilience…"), this, &BadDayDocks::checkResilience);
    m_check->setObjectName(QStringLiteral("checkResilienceAction"));
    m_check->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_check->setStatusTip(tr("Evaluate the plan under every single site failure and list, worst first, the "
                             "failures that break an SLO"));
    m_check->setToolTip(tr("Check the plan against every single failure (Ctrl+Shift+N)"));

    // The map colours each site by the damage its loss does, and marks the failure picked in the list.
    connect(m_resilience, &ResiliencePanel::resultChanged, this, [this](ResilienceResultPtr result) {
        if (!result) {
            m_map->setDamage(nullptr);
            return;
        }
        auto o = std::make_shared<DamageOverlay>();
        o->damage = result->damage;
        m_map->setDamage(std::move(o));
    });
    connect(m_resilience, &ResiliencePanel::failurePicked, this,
            [this](const QList<int> &nodes, const QList<int> &regions) {
                const auto shown = m_map->context().damage;
                if (!shown)
                    return;
                auto o = std::make_shared<DamageOverlay>(*shown);
                o->failedNodes = nodes;
                o->affectedRegions = regions;
                m_map->setDamage(std::move(o));
            });
}

void BadDayDocks::checkResilience()
{
    m_resilienceDock->show();
    m_resilienceDock->raise();
    m_resilience->run();
}

} // namespace ea
