// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/monitor/probestatestyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace ea::ProbeStateStyle {

namespace {
// The marks are painted into the badges: a translator may pick the initial of the state's name.
struct ProbeStateMark
{
    Q_DECLARE_TR_FUNCTIONS(ea::ProbeStateMark)
};

QIcon badge(const QColor &fill, const QString &text)
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 4.0, size / 4.0);
        QFont f;
        f.setBold(true);
        f.setPixelSize(int(size * 0.7));
        p.setFont(f);
        p.setPen(fill.lightnessF() > 0.6 ? Qt::black : Qt::white);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, text);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}
} // namespace

QColor colour(ProbeState s)
{
    switch (s) {
    case ProbeState::Ok:
        return QColor(0x1a, 0x98, 0x50);
    case ProbeState::DnsFailure:
        return QColor(0x8e, 0x44, 0xad);
    case ProbeState::ConnectionRefused:
        return QColor(0xc0, 0x39, 0x2b);
    case ProbeState::ConnectFailed:
        return QColor(0x96, 0x28, 0x1b);
    case ProbeState::Timeout:
        return QColor(0xd3, 0x54, 0x00);
    case ProbeState::TlsFailure:
        return QColor(0x6c, 0x34, 0x83);
    case ProbeState::HttpError:
        return QColor(0xe6, 0x7e, 0x22);
    case ProbeState::MalformedStream:
        return QColor(0xb7, 0x95, 0x0b);
    case ProbeState::Stalled:
        return QColor(0x2e, 0x86, 0xc1);
    case ProbeState::ClosedEarly:
        return QColor(0x1f, 0x61, 0x8d);
    case ProbeState::ConfigError:
        return QColor(0x5d, 0x6d, 0x7e);
    case ProbeState::OtherError:
        break;
    }
    return QColor(0x34, 0x49, 0x5e);
}

QString mark(ProbeState s)
{
    switch (s) {
    case ProbeState::Ok:
        return QStringLiteral("\u2713");
    case ProbeState::DnsFailure:
        return ProbeStateMark::tr("D", "badge mark of the probe state: DNS failure");
    case ProbeState::ConnectionRefused:
        return ProbeStateMark::tr("R", "badge mark of the probe state: Connection refused");
    case ProbeState::ConnectFailed:
        return ProbeStateMark::tr("C", "badge mark of the probe state: Connect failed");
    case ProbeState::Timeout:
        return ProbeStateMark::tr("T", "badge mark of the probe state: Timeout");
    case ProbeState::TlsFailure:
        return ProbeStateMark::tr("L", "badge mark of the probe state: TLS failure");
    case ProbeState::HttpError:
        return ProbeStateMark::tr("H", "badge mark of the probe state: HTTP error");
    case ProbeState::MalformedStream:
        return ProbeStateMark::tr("M", "badge mark of the probe state: Malformed stream");
    case ProbeState::Stalled:
        return ProbeStateMark::tr("S", "badge mark of the probe state: Stalled");
    case ProbeState::ClosedEarly:
        return ProbeStateMark::tr("E", "badge mark of the probe state: Closed early");
    case ProbeState::ConfigError:
        return QStringLiteral("!");
    case ProbeState::OtherError:
        break;
    }
    return QStringLiteral("?");
}

QIcon icon(ProbeState s)
{
    return badge(colour(s), mark(s));
}

QIcon pendingIcon()
{
    return badge(QColor(0xbd, 0xc3, 0xc7), QStringLiteral("\u2026"));
}

} // namespace ea::ProbeStateStyle
