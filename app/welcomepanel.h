// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace ea {

/**
 * The first-run panel above the modes: in a few sentences what the default world is, what to try first
 * (with links that do it) and what is synthetic. Shown once (the "welcome/dismissed" setting records that
 * it was closed), and again from Help → Welcome.
 */
class WelcomePanel : public QFrame
{
    Q_OBJECT
public:
    /** What a link in the panel asks for. */
    enum class Action { SuggestPlacement, OpenMonitor, RunTrial, ExportReport };
    Q_ENUM(Action)

    explicit WelcomePanel(QWidget *parent = nullptr);

    /** True until the user has closed the panel once (the setting is per user). */
    static bool shouldShowAtStart();
    /** Shows the panel (and gives it focus, so Escape closes it again). */
    void showPanel();
    /** Hides it and records that it was seen, so it does not open by itself again. */
    void dismiss();
    QLabel *textLabel() const { return m_text; }

signals:
    void actionRequested(ea::WelcomePanel::Action action);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_text = nullptr;
};

} // namespace ea
