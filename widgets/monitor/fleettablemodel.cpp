// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/monitor/fleettablemodel.h"

#include "engine/model/units.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

#include <cmath>

namespace ea {

FleetTableModel::FleetTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void FleetTableModel::setSnapshot(FleetSnapshotPtr fleet)
{
    beginResetModel();
    m_fleet = std::move(fleet);
    rebuild();
    endResetModel();
}

void FleetTableModel::setFilter(const QString &vantage, int node)
{
    if (vantage == m_vantage && node == m_node)
        return;
    beginResetModel();
    m_vantage = vantage;
    m_node = node;
    rebuild();
    endResetModel();
}

void FleetTableModel::rebuild()
{
    m_rows.clear();
    if (!m_fleet)
        return;
    for (size_t i = 0; i < m_fleet->reading.routes.size(); ++i)
        if (m_fleet->routeMatches(i, m_vantage, m_node))
            m_rows.push_back(int(i));
    applySort();
}

int FleetTableModel::rowOf(int route) const
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), route);
    return it != m_rows.end() ? int(it - m_rows.begin()) : -1;
}

void FleetTableModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> routes;
    for (const QModelIndex &i : before)
        routes.push_back(routeAt(i.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (size_t k = 0; k < routes.size(); ++k) {
        const int row = rowOf(routes[k]);
        after << (row >= 0 ? index(row, before[int(k)].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void FleetTableModel::applySort()
{
    if (!m_fleet || m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    const auto &routes = m_fleet->reading.routes;
    const auto number = [&](int route) -> double {
        const FleetRoute &r = routes[size_t(route)];
        switch (m_sortColumn) {
        case P50Column:
            return r.p50Ms;
        case UpperColumn:
            return r.upperMs;
        case ModeledColumn:
            return r.target.modeledRttMs;
        case ResidualColumn:
            return std::isfinite(r.residualMs()) ? r.residualMs() : -1e300;
        case ProbesColumn:
            return r.okProbes + r.failedProbes;
        default:
            return 0;
        }
    };
    const bool text =
        m_sortColumn == VantageColumn || m_sortColumn == NodeColumn || m_sortColumn == StateColumn;
    std::vector<std::pair<QString, double>> keys(routes.size());
    for (int route : m_rows) {
        const FleetRoute &r = routes[size_t(route)];
        keys[size_t(route)] =
            text ? std::pair<QString, double>{m_sortColumn == VantageColumn ? r.vantage + QChar(1) + r.nodeId
                                              : m_sortColumn == NodeColumn
                                                  ? r.nodeId + QChar(1) + r.vantage
                                                  : statesOf(size_t(route)).join(QLatin1Char(',')),
                                              0.0}
                 : std::pair<QString, double>{QString(), number(route)};
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) {
        return m_sortOrder == Qt::AscendingOrder ? keys[size_t(a)] < keys[size_t(b)]
                                                 : keys[size_t(b)] < keys[size_t(a)];
    });
}

QString FleetTableModel::stateLabel(const QString &id)
{
    if (id == QLatin1String("ok"))
        return tr("OK");
    if (id == QLatin1String("fault"))
        return tr("Fault");
    if (id == QLatin1String("outside_band"))
        return tr("Outside the model's band");
    if (id == QLatin1String("slo_breach"))
        return tr("SLO breach");
    if (id == QLatin1String("no_data"))
        return tr("Too few probes");
    if (id == QLatin1String("unknown_node"))
        return tr("Not a node of the scenario");
    if (id == QLatin1String("stale"))
        return tr("Stale (agent stopped reporting)");
    return id;
}

QStringList FleetTableModel::statesOf(size_t route) const
{
    QStringList states = m_fleet->reading.routes[route].states();
    const int v = m_fleet->routeVantage[route];
    if (v >= 0 && m_fleet->vantages[size_t(v)].stale)
        states.prepend(QStringLiteral("stale"));
    return states;
}

int FleetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_fleet || size_t(index.row()) >= m_rows.size())
        return {};
    const size_t i = size_t(m_rows[size_t(index.row())]);
    const FleetRoute &r = m_fleet->reading.routes[i];
    const auto ms = [&](double v) -> QVariant {
        if (role == Qt::UserRole)
            return v >= 0 ? v : -1e300;
        return v >= 0 ? units::ms(v) : QStringLiteral("—");
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() >= P50Column && index.column() <= ProbesColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        const QStringList s = statesOf(i);
        if (s.contains(QLatin1String("fault")) || s.contains(QLatin1String("slo_breach")) ||
            s.contains(QLatin1String("outside_band")))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (s.contains(QLatin1String("stale")))
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case VantageColumn:
        if (role == Qt::ToolTipRole)
            return r.vantageRegion.isEmpty() ? tr("%1 at %2, %3")
                                                   .arg(r.vantage)
                                                   .arg(r.vantageLat, 0, 'f', 2)
                                                   .arg(r.vantageLon, 0, 'f', 2)
                                             : tr("%1 in demand region %2").arg(r.vantage, r.vantageRegion);
        return r.vantage;
    case NodeColumn:
        return r.nodeId;
    case P50Column:
        return role == Qt::ToolTipRole ? tr("Measured median request RTT over the window") : ms(r.p50Ms);
    case UpperColumn:
        return role == Qt::ToolTipRole ? tr("Measured request RTT at the chosen percentile over the window")
                                       : ms(r.upperMs);
    case ModeledColumn:
        return role == Qt::ToolTipRole ? tr("The model's network RTT from this vantage")
                                       : ms(r.target.modeledRttMs);
    case ResidualColumn: {
        const double res = r.residualMs();
        if (role == Qt::UserRole)
            return std::isfinite(res) ? res : -1e300;
        if (role == Qt::ToolTipRole)
            return tr("Measured median minus the model");
        return std::isfinite(res)
                   ? QStringLiteral("%1%2").arg(res >= 0 ? QStringLiteral("+") : QString(), units::ms(res))
                   : QStringLiteral("—");
    }
    case ProbesColumn: {
        const double n = r.okProbes + r.failedProbes;
        if (role == Qt::UserRole)
            return n;
        if (role == Qt::ToolTipRole)
            return tr("%1 successful, %2 failed in the window")
                .arg(QLocale().toString(std::lround(r.okProbes)),
                     QLocale().toString(std::lround(r.failedProbes)));
        return QLocale().toString(std::lround(n));
    }
    case StateColumn: {
        QStringList labels;
        for (const QString &s : statesOf(i))
            labels << stateLabel(s);
        return labels.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString pct = m_fleet ? QString::number(m_fleet->percentile * 100, 'g', 3) : QStringLiteral("95");
    switch (section) {
    case VantageColumn:
        return tr("Vantage");
    case NodeColumn:
        return tr("Node");
    case P50Column:
        return tr("P50");
    case UpperColumn:
        return tr("P%1").arg(pct);
    case ModeledColumn:
        return tr("Model");
    case ResidualColumn:
        return tr("Residual");
    case ProbesColumn:
        return tr("Probes");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace ea
