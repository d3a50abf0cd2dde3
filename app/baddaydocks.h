// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace ea {

class Document;
class MapWidget;
class ResiliencePanel;
class WhatIfPanel;

/**
 * The "bad day" tools of the Plan mode (issue 19) in a main window: the What-If dock (WhatIfPanel) and
 * the Resilience dock (ResiliencePanel), their Plan menu entries (What-If Conditions, Check Resilience…)
 * and the Plan map's damage layer, fed from the resilience result and the failure picked in its list.
 * The docks start hidden; the menu entries show them.
 */
class BadDayDocks : public QObject
{
    Q_OBJECT
public:
    static constexpr int MinDockWidth = 480;
    BadDayDocks(QMainWindow *window, Document *document, MapWidget *planMap, QMenu *planMenu);

    WhatIfPanel *whatIfPanel() const { return m_whatIf; }
    ResiliencePanel *resiliencePanel() const { return m_resilience; }
    QDockWidget *whatIfDock() const { return m_whatIfDock; }
    QDockWidget *resilienceDock() const { return m_resilienceDock; }
    QAction *checkResilienceAction() const { return m_check; }

    /** Shows the Resilience dock and starts the check. */
    void checkResilience();

private:
    QMainWindow *m_window;
    Document *m_document;
    MapWidget *m_map;
    WhatIfPanel *m_whatIf;
    ResiliencePanel *m_resilience;
    QDockWidget *m_whatIfDock, *m_resilienceDock;
    QAction *m_check;
};

} // namespace ea
