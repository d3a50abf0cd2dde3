// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/monitor/probetablemodel.h"

#include "engine/model/units.h"
#include "widgets/monitor/probestatestyle.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace ea {

namespace {
QString msOrDash(double v)
{
    return v >= 0 ? units::ms(v) : QStringLiteral("\u2013");
}

QString signedMs(double v)
{
    return (v >= 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + units::ms(std::abs(v));
}

const QColor kOutside(0xd7, 0x30, 0x27);
} // namespace

ProbeTableModel::ProbeTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    for (int s = 0; s < ProbeStateCount; ++s)
        m_stateIcons[size_t(s)] = ProbeStateStyle::icon(static_cast<ProbeState>(s));
    m_pendingIcon = ProbeStateStyle::pendingIcon();
}

void ProbeTableModel::setTargets(std::vector<MonitorTarget> targets)
{
    beginResetModel();
    m_targets = std::move(targets);
    m_rows.assign(m_targets.size(), Row());
    endResetModel();
}

void ProbeTableModel::updateTargets(std::vector<MonitorTarget> targets)
{
    bool same = targets.size() == m_targets.size();
    for (size_t i = 0; same && i < targets.size(); ++i)
        same = targets[i].probe.id == m_targets[i].probe.id;
    if (!same) {
        setTargets(std::move(targets));
        return;
    }
    m_targets = std::move(targets);
    if (!m_targets.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProbeTableModel::rowOf(const QString &targetId) const
{
    for (size_t i = 0; i < m_targets.size(); ++i) {
        if (m_targets[i].probe.id == targetId)
            return int(i);
    }
    return -1;
}

void ProbeTableModel::setResult(int row, const ProbeResult &result)
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return;
    std::optional<ProbeResult> &last = m_rows[size_t(row)].last;
    if (last && last->timestampMs > result.timestampMs)
        return;
    last = result;
    emit dataChanged(index(row, StateColumn), index(row, ItlColumn));
}

void ProbeTableModel::setStats(int row, const TargetStats &stats)
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return;
    m_rows[size_t(row)].stats = stats;
    emit dataChanged(index(row, ResidualColumn), index(row, SloColumn));
}

bool ProbeTableModel::outsideBand(int row) const
{
    const MonitorTarget &t = m_targets[size_t(row)];
    const double m = m_rows[size_t(row)].stats.rttP50Ms;
    return t.hasModel() && m >= 0 && (m < t.bandLowMs || m > t.bandHighMs);
}

int ProbeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int ProbeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProbeTableModel::display(int row, int column) const
{
    const MonitorTarget &t = m_targets[size_t(row)];
    const Row &r = m_rows[size_t(row)];
    switch (column) {
    case TargetColumn:
        return t.probe.id;
    case NodeColumn:
        return t.node >= 0 ? QStringLiteral("%1 (%2)").arg(t.label, tierLabel(t.tier)) : t.label;
    case StateColumn:
        if (!r.last)
            return tr("Waiting");
        if (r.last->state == ProbeState::HttpError)
            return tr("HTTP %1").arg(r.last->httpStatus);
        return probeStateLabel(r.last->state);
    case FirstByteColumn:
        return msOrDash(r.last ? r.last->firstByteMs : -1);
    case TtftColumn:
        return msOrDash(r.last ? r.last->ttftMs : -1);
    case ItlColumn:
        return msOrDash(r.last ? r.last->itlP50Ms : -1);
    case ModeledColumn:
        return t.hasModel() ? units::ms(t.modeledRttMs) : QStringLiteral("\u2013");
    case ResidualColumn:
        if (!t.hasModel() || r.stats.rttP50Ms < 0)
            return QStringLiteral("\u2013");
        return signedMs(r.stats.rttP50Ms - t.modeledRttMs);
    case RttP50Column:
        return msOrDash(r.stats.rttP50Ms);
    case RttP95Column:
        return msOrDash(r.stats.rttP95Ms);
    case SloColumn:
        return msOrDash(r.stats.sloValueMs);
    case BudgetColumn:
        return t.hasBudget() ? units::slo(t.slo) : QStringLiteral("\u2013");
    }
    return {};
}

QVariant ProbeTableModel::sortValue(int row, int column) const
{
    const MonitorTarget &t = m_targets[size_t(row)];
    const Row &r = m_rows[size_t(row)];
    switch (column) {
    case TargetColumn:
    case NodeColumn:
        return display(row, column);
    case StateColumn:
        return r.last ? int(r.last->state) : -1;
    case FirstByteColumn:
        return r.last ? r.last->firstByteMs : -1.0;
    case TtftColumn:
        return r.last ? r.last->ttftMs : -1.0;
    case ItlColumn:
        return r.last ? r.last->itlP50Ms : -1.0;
    case ModeledColumn:
        return t.modeledRttMs;
    case ResidualColumn:
        return t.hasModel() && r.stats.rttP50Ms >= 0 ? r.stats.rttP50Ms - t.modeledRttMs : -1e9;
    case RttP50Column:
        return r.stats.rttP50Ms;
    case RttP95Column:
        return r.stats.rttP95Ms;
    case SloColumn:
        return r.stats.sloValueMs;
    case BudgetColumn:
        return t.budgetMs;
    }
    return {};
}

QString ProbeTableModel::toolTip(int row, int column) const
{
    const MonitorTarget &t = m_targets[size_t(row)];
    const Row &r = m_rows[size_t(row)];
    switch (column) {
    case TargetColumn:
        return t.probe.url;
    case StateColumn:
        if (!r.last)
            return tr("No result yet");
        return QStringLiteral("%1 — %2\n%3")
            .arg(probeStateLabel(r.last->state),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.last->timestampMs).toLocalTime(),
                                    QStringLiteral("HH:mm:ss.zzz")),
                 !r.last->ok() ? r.last->errorText
                 : r.last->reusedConnection
                     ? tr("%1 bytes, %n token(s), reused connection", nullptr, r.last->tokens)
                           .arg(QLocale().toString(r.last->bytes))
                     : tr("%1 bytes, %n token(s), new connection", nullptr, r.last->tokens)
                           .arg(QLocale().toString(r.last->bytes)));
    case ModeledColumn:
        return t.hasModel() ? tr("The model's network RTT from the vantage point; prediction band %1 – %2")
                                  .arg(units::ms(t.bandLowMs), units::ms(t.bandHighMs))
                            : tr("Not a scenario node: no model prediction");
    case ResidualColumn:
        return tr("Measured request RTT (median over the window) minus the model's");
    case RttP50Column:
    case RttP95Column:
        return tr("Request RTT over the window (first byte minus DNS, connect and TLS set-up); %n sample(s), "
                  "%1 failed",
                  nullptr, r.stats.samples)
            .arg(r.stats.failures);
    case SloColumn:
        if (!t.hasBudget())
            return tr("No interactive workload in this node's tier");
        return (t.slo.metric == SloMetric::Ttft
                    ? tr("The SLO's percentile of the measured TTFT over the window, against %1 of %2")
                    : tr("The SLO's percentile of the measured end-to-end estimate over the window, against "
                         "%1 of %2"))
            .arg(units::slo(t.slo), t.workloadName);
    case BudgetColumn:
        return t.hasBudget()
                   ? tr("The tightest SLO of the plan's workloads in this tier: %1").arg(t.workloadName)
                   : QString();
    default:
        return display(row, column).toString();
    }
}

QVariant ProbeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row(), column = index.column();
    const Row &r = m_rows[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::UserRole:
        return sortValue(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::DecorationRole:
        if (column == StateColumn)
            return r.last ? m_stateIcons[size_t(r.last->state)] : m_pendingIcon;
        break;
    case Qt::ForegroundRole:
        if (column == StateColumn && r.last)
            return ProbeStateStyle::colour(r.last->state);
        if (column == ResidualColumn && outsideBand(row))
            return kOutside;
        if (column == SloColumn && m_targets[size_t(row)].hasBudget() &&
            r.stats.sloValueMs > m_targets[size_t(row)].budgetMs)
            return kOutside;
        break;
    case Qt::TextAlignmentRole:
        return column <= StateColumn || column == BudgetColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant ProbeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn:
        //: Column header: the probed endpoint (its id)
        return tr("Target");
    case NodeColumn:
        //: Column header: the scenario node the target is
        return tr("Node");
    case StateColumn:
        //: Column header: the outcome of the newest probe
        return tr("State");
    case FirstByteColumn:
        return role == Qt::ToolTipRole ? tr("Time to the first byte of the newest probe") : tr("First byte");
    case TtftColumn:
        return role == Qt::ToolTipRole ? tr("Time to the first token of the newest probe") : tr("TTFT");
    case ItlColumn:
        return role == Qt::ToolTipRole ? tr("Median inter-token latency of the newest probe") : tr("ITL p50");
    case ModeledColumn:
        return tr("Modeled RTT");
    case ResidualColumn:
        //: Column header: measured RTT minus modeled RTT
        return tr("Residual");
    case RttP50Column:
        //: Column header: median request round-trip time over the window
        return tr("RTT p50");
    case RttP95Column:
        //: Column header: 95th percentile of the request round-trip time
        return tr("RTT p95");
    case SloColumn:
        //: Column header: the measured value the SLO is checked against
        return tr("SLO value");
    case BudgetColumn:
        //: Column header: the service level objective (e.g. TTFT p95 < 200 ms)
        return tr("SLO");
    }
    return {};
}

} // namespace ea
