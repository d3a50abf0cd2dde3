// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/monitor/fleetconnectdialog.h"

#include "app/monitor/fleetsession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ea {

namespace {
const char *const kUrlKey = "monitor/fleetUrl";
const char *const kTokenVariableKey = "monitor/fleetTokenVariable"; // a variable's name, never a token
} // namespace

FleetConnectDialog::FleetConnectDialog(FleetSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Connect to Prometheus"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Read every probe agent's routes (edgeatlas probe --serve --vantage NAME) "
                                "from the Prometheus server that scrapes them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const QSettings settings;
    m_url = new QLineEdit(
        settings.value(QLatin1String(kUrlKey), QStringLiteral("http://127.0.0.1:9090")).toString(), this);
    m_url->setToolTip(
        tr("The Prometheus server's base URL, http:// or https:// (certificates are verified)"));
    form->addRow(tr("Server &URL:"), m_url);
    m_token = new QLineEdit(settings.value(QLatin1String(kTokenVariableKey)).toString(), this);
    m_token->setPlaceholderText(tr("e.g. PROMETHEUS_TOKEN (optional)"));
    m_token->setToolTip(tr("The name of an environment variable that holds a bearer token; the token itself "
                           "is never stored"));
    form->addRow(tr("Bearer token &variable:"), m_token);
    layout->addLayout(form);
    auto *tls = new QLabel(tr("TLS certificates are always verified."), this);
    tls->setEnabled(false);
    layout->addWidget(tls);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fleetConnectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FleetConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FleetConnectDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString FleetConnectDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FleetConnectDialog::accept()
{
    QString error;
    m_error->setVisible(false);
    if (!m_session->connectTo(m_url->text(), m_token->text(), &error)) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    QSettings settings;
    settings.setValue(QLatin1String(kUrlKey), m_url->text().trimmed());
    settings.setValue(QLatin1String(kTokenVariableKey), m_token->text().trimmed());
    QDialog::accept();
}

} // namespace ea
