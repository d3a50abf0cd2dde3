// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/monitor/alarmsummarymodel.h"

#include "widgets/monitor/alarmmodel.h"

#include <QDateTime>
#include <QLocale>

namespace ea {

namespace {
constexpr int kLabelsInToolTip = 20;

bool sameShown(const AlarmGroup &a, const AlarmGroup &b)
{
    return a.kind == b.kind && a.rows == b.rows && a.sinceMs == b.sinceMs && a.summary == b.summary &&
           a.labels == b.labels;
}
} // namespace

AlarmSummaryModel::AlarmSummaryModel(QObject *parent) : QAbstractTableModel(parent)
{
    for (auto k :
         {Alarm::Kind::SloBreach, Alarm::Kind::OutsideBand, Alarm::Kind::Fault, Alarm::Kind::Recovered})
        m_icons[size_t(k)] = AlarmModel::kindIcon(k);
}

bool AlarmSummaryModel::setGroups(std::vector<AlarmGroup> groups)
{
    if (groups.size() == m_groups.size() &&
        std::equal(groups.begin(), groups.end(), m_groups.begin(), sameShown))
        return false;
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
    return true;
}

int AlarmSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int AlarmSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlarmSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlarmGroup &g = m_groups[size_t(index.row())];
    const QDateTime since = QDateTime::fromMSecsSinceEpoch(g.sinceMs).toLocalTime();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return QVariant(); // the coloured dot; the kind is in the tool-tip and the summary says it
        case SinceColumn:
            return g.sinceMs > 0 ? QLocale().toString(since, QStringLiteral("HH:mm:ss")) : QString();
        case SummaryColumn:
            return g.summary;
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == KindColumn)
            return AlarmModel::kindLabel(g.kind);
        break;
    case Qt::ToolTipRole: {
        if (index.column() == KindColumn)
            return AlarmModel::kindLabel(g.kind);
        QStringList shown = g.labels.mid(0, kLabelsInToolTip);
        if (g.labels.size() > kLabelsInToolTip)
            shown << tr("… and %n more", nullptr, int(g.labels.size() - kLabelsInToolTip));
        return QStringLiteral("<p>%1</p><p>%2</p>")
            .arg(g.summary.toHtmlEscaped(), shown.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return m_icons[size_t(g.kind)];
        break;
    default:
        break;
    }
    return {};
}

QVariant AlarmSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        //: Column header: the kind of alarm (SLO breach, fault, …)
        return tr("Kind");
    case SinceColumn:
        //: Column header: when the earliest alarm of the group was raised
        return tr("Since");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

} // namespace ea
