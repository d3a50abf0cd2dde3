// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/monitor/alarmmodel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace ea {

namespace {
QColor kindColour(Alarm::Kind k)
{
    switch (k) {
    case Alarm::Kind::SloBreach:
        return QColor(0xd7, 0x30, 0x27);
    case Alarm::Kind::OutsideBand:
        return QColor(0xf0, 0x9a, 0x00);
    case Alarm::Kind::Fault:
        return QColor(0x8e, 0x44, 0xad);
    case Alarm::Kind::Recovered:
        break;
    }
    return QColor(0x1a, 0x98, 0x50);
}

QIcon dot(const QColor &c)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(QRectF(2, 2, 10, 10));
    return QIcon(pm);
}
} // namespace

AlarmModel::AlarmModel(const AlarmLog *log, QObject *parent) : QAbstractTableModel(parent), m_log(log)
{
    for (auto k :
         {Alarm::Kind::SloBreach, Alarm::Kind::OutsideBand, Alarm::Kind::Fault, Alarm::Kind::Recovered})
        m_icons[size_t(k)] = kindIcon(k);
    // The log falls off at its end and grows at the top (newest first).
    connect(log, &AlarmLog::oldestAboutToBeDropped, this, [this] {
        const int last = m_log->size() - 1;
        beginRemoveRows({}, last, last);
    });
    connect(log, &AlarmLog::oldestDropped, this, &AlarmModel::endRemoveRows);
    connect(log, &AlarmLog::alarmAboutToBeAdded, this, [this] { beginInsertRows({}, 0, 0); });
    connect(log, &AlarmLog::alarmAdded, this, &AlarmModel::endInsertRows);
    connect(log, &AlarmLog::aboutToBeCleared, this, &AlarmModel::beginResetModel);
    connect(log, &AlarmLog::cleared, this, &AlarmModel::endResetModel);
}

QIcon AlarmModel::kindIcon(Alarm::Kind kind)
{
    return dot(kindColour(kind));
}

QString AlarmModel::kindLabel(Alarm::Kind kind)
{
    switch (kind) {
    case Alarm::Kind::SloBreach:
        return tr("SLO breach");
    case Alarm::Kind::OutsideBand:
        return tr("Outside prediction band");
    case Alarm::Kind::Fault:
        return tr("Fault");
    case Alarm::Kind::Recovered:
        break;
    }
    return tr("Recovered");
}

int AlarmModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_log->size();
}

int AlarmModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlarmModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alarm &a = m_log->at(index.row());
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(a.timestampMs).toLocalTime();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(time, QStringLiteral("HH:mm:ss")); // the locale's digits
        case TargetColumn:
            return a.targetId;
        case KindColumn:
            return kindLabel(a.kind);
        case MessageColumn:
            return a.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(time, QLocale::LongFormat);
        return a.message;
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return m_icons[size_t(a.kind)];
        break;
    case Qt::UserRole:
        return index.column() == TimeColumn ? QVariant(a.timestampMs) : data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant AlarmModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        //: Column header: when the alarm was raised
        return tr("Time");
    case TargetColumn:
        //: Column header: the probed endpoint the alarm is about
        return tr("Target");
    case KindColumn:
        //: Column header: the kind of alarm (SLO breach, fault, …)
        return tr("Kind");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace ea
