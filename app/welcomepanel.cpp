// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/welcomepanel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ea {

namespace {
const QString kDismissedKey = QStringLiteral("welcome/dismissed");
} // namespace

WelcomePanel::WelcomePanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("welcomePanel"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Welcome"));
    setStyleSheet(QStringLiteral("#welcomePanel { background: #e8f1fb; border-bottom: 1px solid #9dbbe0; } "
                                 "#welcomePanel QLabel { color: #12304f; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_text->setText(
        tr("<b>Welcome to EdgeAtlas</b> — where should AI inference run: edge sites, regional clouds, "
           "central "
           "AI campuses or on-premises, at what cost and with what latency for users?") +
        QStringLiteral("<br>") +
        tr("<b>The default world</b> holds real cloud regions and AI campuses (from public price and "
           "location "
           "pages), a <i>synthetic</i> grid of 4,400 edge sites placed by a documented rule, demand regions "
           "from GeoNames cities, and workloads across the taxonomy, from interactive (code completion, "
           "conversation, video inspection, control loops) to batch.") +
        QStringLiteral("<br>") +
        tr("<b>Try first:</b> drag a card on the planner board to another tier; <a href=\"suggest\">Suggest "
           "Placement</a>; open the <a href=\"monitor\">Monitor's simulated deployment</a>; <a "
           "href=\"trials\">run a trial</a>; <a href=\"report\">export a report</a>.") +
        QStringLiteral("<br>") +
        tr("<b>Synthetic, not measured:</b> the edge grid, the Monitor's deployment (served from this "
           "computer with the model's delays) and the trials' model weights. Latencies are modelled, fitted "
           "to "
           "published measurements."));
    connect(m_text, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("suggest"))
            emit actionRequested(Action::SuggestPlacement);
        else if (link == QLatin1String("monitor"))
            emit actionRequested(Action::OpenMonitor);
        else if (link == QLatin1String("trials"))
            emit actionRequested(Action::RunTrial);
        else if (link == QLatin1String("report"))
            emit actionRequested(Action::ExportReport);
    });
    layout->addWidget(m_text, 1);
    auto *buttons = new QVBoxLayout;
    auto *close = new QPushButton(tr("Got It"), this);
    close->setObjectName(QStringLiteral("welcomeClose"));
    close->setToolTip(tr("Hide this panel; Help → Welcome shows it again (Escape)"));
    connect(close, &QPushButton::clicked, this, &WelcomePanel::dismiss);
    buttons->addWidget(close);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

bool WelcomePanel::shouldShowAtStart()
{
    return !QSettings().value(kDismissedKey, false).toBool();
}

void WelcomePanel::showPanel()
{
    show();
    setFocus(Qt::OtherFocusReason);
}

void WelcomePanel::dismiss()
{
    hide();
    QSettings().setValue(kDismissedKey, true);
}

void WelcomePanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace ea
