// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ea {

class FleetSession;

/**
 * Monitor → Connect to Prometheus…: the server's URL (remembered) and, optionally, the NAME of an
 * environment variable holding a bearer token (the token itself is never stored, nor shown). TLS
 * certificates are always verified. On OK it connects the fleet session; a bad field keeps the dialog open
 * with the reason.
 */
class FleetConnectDialog : public QDialog
{
    Q_OBJECT
public:
    FleetConnectDialog(FleetSession *session, QWidget *parent = nullptr);

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *tokenVariableEdit() const { return m_token; }
    QString errorText() const;

    void accept() override;

private:
    FleetSession *m_session;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QLabel *m_error;
};

} // namespace ea
