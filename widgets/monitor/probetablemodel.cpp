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

ProbeTableModel::ProbeTableModel(const MonitorState *state, QObject *parent)
    : QAbstractTableModel(parent), m_state(state)
{
    for (int s = 0; s < ProbeStateCount; ++s)
        m_stateIcons[size_t(s)] = ProbeStateStyle::icon(static_cast<ProbeState>(s));
    m_pendingIcon = ProbeStateStyle::pendingIcon();
    connect(state, &MonitorState::targetsAboutToBeReset, this, &ProbeTableModel::beginResetModel);
    connect(state, &MonitorState::targetsReset, this, &ProbeTableModel::endResetModel);
    connect(state, &MonitorState::predictionsChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    connect(state, &MonitorState::resultChanged, this,
            [this](int row) { emit dataChanged(index(row, StateColumn), index(row, ItlColumn)); });
    connect(state, &MonitorState::statsChanged, this,
            [this](int row) { emit dataChanged(index(row, ResidualColumn), index(row, SloColumn)); });
}

int ProbeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_state->size();
}

int ProbeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProbeTableModel::display(int row, int column) const
{
    const MonitorTarget &t = m_state->target(row);
    const std::optional<ProbeResult> &last = m_state->lastResult(row);
    const TargetStats &stats = m_state->stats(row);
    switch (column) {
    case TargetColumn:
        return t.probe.id;
    case NodeColumn:
        return t.node >= 0 ? QStringLiteral("%1 (%2)").arg(t.label, tierLabel(t.tier)) : t.label;
    case StateColumn:
        if (!last)
            return tr("Waiting");
        if (last->state == ProbeState::HttpError)
            return tr("HTTP %1").arg(last->httpStatus);
        return probeStateLabel(last->state);
    case FirstByteColumn:
        return msOrDash(last ? last->firstByteMs : -1);
    case TtftColumn:
        return msOrDash(last ? last->ttftMs : -1);
    case ItlColumn:
        return msOrDash(last ? last->itlP50Ms : -1);
    case ModeledColumn:
        return t.hasModel() ? units::ms(t.modeledRttMs) : QStringLiteral("\u2013");
    case ResidualColumn:
        if (!t.hasModel() || stats.rttP50Ms < 0)
            return QStringLiteral("\u2013");
        return signedMs(stats.rttP50Ms - t.modeledRttMs);
    case RttP50Column:
        return msOrDash(stats.rttP50Ms);
    case RttP95Column:
        return msOrDash(stats.rttP95Ms);
    case SloColumn:
        return msOrDash(stats.sloValueMs);
    case BudgetColumn:
        return t.hasBudget() ? units::slo(t.slo) : QStringLiteral("\u2013");
    }
    return {};
}

QVariant ProbeTableModel::sortValue(int row, int column) const
{
    const MonitorTarget &t = m_state->target(row);
    const std::optional<ProbeResult> &last = m_state->lastResult(row);
    const TargetStats &stats = m_state->stats(row);
    switch (column) {
    case TargetColumn:
    case NodeColumn:
        return display(row, column);
    case StateColumn:
        return last ? int(last->state) : -1;
    case FirstByteColumn:
        return last ? last->firstByteMs : -1.0;
    case TtftColumn:
        return last ? last->ttftMs : -1.0;
    case ItlColumn:
        return last ? last->itlP50Ms : -1.0;
    case ModeledColumn:
        return t.modeledRttMs;
    case ResidualColumn:
        return t.hasModel() && stats.rttP50Ms >= 0 ? stats.rttP50Ms - t.modeledRttMs : -1e9;
    case RttP50Column:
        return stats.rttP50Ms;
    case RttP95Column:
        return stats.rttP95Ms;
    case SloColumn:
        return stats.sloValueMs;
    case BudgetColumn:
        return t.budgetMs;
    }
    return {};
}

QString ProbeTableModel::toolTip(int row, int column) const
{
    const MonitorTarget &t = m_state->target(row);
    const std::optional<ProbeResult> &last = m_state->lastResult(row);
    const TargetStats &stats = m_state->stats(row);
    switch (column) {
    case TargetColumn:
        return t.probe.url;
    case StateColumn:
        if (!last)
            return tr("No result yet");
        return QStringLiteral("%1 — %2\n%3")
            .arg(probeStateLabel(last->state),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(last->timestampMs).toLocalTime(),
                                    QStringLiteral("HH:mm:ss.zzz")),
                 !last->ok() ? last->errorText
                 : last->reusedConnection
                     ? tr("%1 bytes, %n token(s), reused connection", nullptr, last->tokens)
                           .arg(QLocale().toString(last->bytes))
                     : tr("%1 bytes, %n token(s), new connection", nullptr, last->tokens)
                           .arg(QLocale().toString(last->bytes)));
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
                  nullptr, stats.samples)
            .arg(stats.failures);
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
    const std::optional<ProbeResult> &last = m_state->lastResult(row);
    const TargetStats &stats = m_state->stats(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::UserRole:
        return sortValue(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::DecorationRole:
        if (column == StateColumn)
            return last ? m_stateIcons[size_t(last->state)] : m_pendingIcon;
        break;
    case Qt::ForegroundRole:
        if (column == StateColumn && last)
            return ProbeStateStyle::colour(last->state);
        if (column == ResidualColumn && outsideBand(row))
            return kOutside;
        if (column == SloColumn && m_state->target(row).hasBudget() &&
            stats.sloValueMs > m_state->target(row).budgetMs)
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
