// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/planner/workloadtablemodel.h"
#include "widgets/charts/modeluncertaintytext.h"

#include "engine/model/units.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QPalette>

#include <algorithm>

namespace ea {

namespace {

QString row2(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

bool isNumberColumn(int column)
{
    return column >= WorkloadTableModel::P50Column && column <= WorkloadTableModel::CostPerMTokColumn;
}

const QColor kProblemColour(0xc6, 0x28, 0x28);

} // namespace

WorkloadTableModel::WorkloadTableModel(QObject *parent) : QAbstractTableModel(parent) {}

WorkloadTableModel::~WorkloadTableModel() = default;

void WorkloadTableModel::setSnapshot(PlanSnapshotPtr snapshot)
{
    const PlanSnapshot::Changes changes = snapshot->changesSince(m_plan.get());
    if (changes.content) {
        beginResetModel();
        m_plan = std::move(snapshot);
        m_assignable.clear();
        for (size_t w = 0; w < m_plan->scenario->workloads.size(); ++w)
            m_assignable.push_back(m_plan->scenario->assignableTiers(static_cast<int>(w)));
        endResetModel();
        return;
    }
    m_plan = std::move(snapshot);
    for (int row : changes.movedWorkloads)
        emit dataChanged(index(row, TierColumn), index(row, TierColumn));
    if (changes.outcome || changes.pending || changes.whatIf)
        emitNumbersChanged();
    else
        for (int row : changes.movedWorkloads)
            emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

void WorkloadTableModel::refreshNumbers()
{
    emitNumbersChanged();
}

void WorkloadTableModel::emitNumbersChanged(int role)
{
    if (placement().empty())
        return;
    const int last = rowCount() - 1;
    const QList<int> roles = role < 0 ? QList<int>{} : QList<int>{role};
    // The number columns and the status after them, in one signal: every view redraws once.
    static_assert(StatusColumn == CostPerMTokColumn + 1);
    emit dataChanged(index(0, P50Column), index(last, StatusColumn), roles);
}

int WorkloadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(placement().size());
}

int WorkloadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const WorkloadOutcome *WorkloadTableModel::outcomeAt(int row) const
{
    return m_plan->outcome ? &m_plan->outcome->workloads[row] : nullptr;
}

QVariant WorkloadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
        return column == TierColumn ? QVariant(static_cast<int>(m_plan->placement[row]))
                                    : display(row, column);
    case RawValueRole:
        return rawValue(row, column);
    case AllowedTiersRole: {
        QVariantList tiers;
        for (Tier t : m_assignable[row])
            tiers << static_cast<int>(t);
        return tiers;
    }
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::ForegroundRole:
        return foreground(row, column);
    case Qt::TextAlignmentRole:
        if (isNumberColumn(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant WorkloadTableModel::display(int row, int column) const
{
    const Workload &w = m_plan->scenario->workloads[row];
    switch (column) {
    case NameColumn:
        return w.name;
    case CategoryColumn:
        return w.category == WorkloadCategory::Interactive ? tr("Interactive") : tr("Batch");
    case SloColumn:
        return units::slo(w.slo);
    case TierColumn:
        return tierLabel(m_plan->placement[row]);
    case StatusColumn:
        return statusText(row);
    default:
        break;
    }
    const WorkloadOutcome *o = outcomeAt(row);
    if (!o)
        return {};
    if (!o->feasible)
        return QStringLiteral("—");
    switch (column) {
    case P50Column:
        return units::ms(o->p50Ms);
    case P95Column:
        return units::ms(o->p95Ms);
    case P99Column:
        return units::ms(o->p99Ms);
    case AttainmentColumn:
        return units::percent(o->attainmentPct);
    case GpusColumn:
        return o->billing == Billing::Api ? tr("per token") : units::count(o->gpus);
    case SitesColumn:
        return units::count(o->sites);
    case CostColumn:
        return units::usd(o->usdPerMonth());
    case CostPerMTokColumn:
        return units::usdPrecise(o->usdPerMTok());
    default:
        return {};
    }
}

QVariant WorkloadTableModel::rawValue(int row, int column) const
{
    const Workload &w = m_plan->scenario->workloads[row];
    switch (column) {
    case NameColumn:
        return w.name;
    case CategoryColumn:
        return static_cast<int>(w.category);
    case SloColumn:
        return w.slo.budgetMs;
    case TierColumn:
        return static_cast<int>(m_plan->placement[row]);
    case StatusColumn:
        return statusText(row);
    default:
        break;
    }
    const WorkloadOutcome *o = outcomeAt(row);
    if (!o)
        return {};
    switch (column) {
    case P50Column:
        return o->p50Ms;
    case P95Column:
        return o->p95Ms;
    case P99Column:
        return o->p99Ms;
    case AttainmentColumn:
        return o->attainmentPct;
    case GpusColumn:
        return o->gpus;
    case SitesColumn:
        return o->sites;
    case CostColumn:
        return o->usdPerMonth();
    case CostPerMTokColumn:
        return o->usdPerMTok();
    default:
        return {};
    }
}

QString WorkloadTableModel::statusText(int row) const
{
    const WorkloadOutcome *o = outcomeAt(row);
    if (!o || (isPending() && o->tier != m_plan->placement[row]))
        return tr("Evaluating…");
    if (!o->issue.isEmpty())
        return o->issue;
    return o->attainmentPct >= AttainmentTarget ? tr("Meets SLO") : tr("Misses SLO");
}

bool WorkloadTableModel::rowHasProblem(int row) const
{
    const WorkloadOutcome *o = outcomeAt(row);
    return o && (!o->feasible || o->attainmentPct < AttainmentTarget);
}

QVariant WorkloadTableModel::foreground(int row, int column) const
{
    if (isPending() && (isNumberColumn(column) || column == StatusColumn))
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if ((column == AttainmentColumn || column == StatusColumn) && rowHasProblem(row))
        return QBrush(kProblemColour);
    return {};
}

QVariant WorkloadTableModel::toolTip(int row, int column) const
{
    const Workload &w = m_plan->scenario->workloads[row];
    const WorkloadOutcome *o = outcomeAt(row);
    switch (column) {
    case NameColumn:
    case CategoryColumn:
        return tr("<b>%1</b> (%2)<br>Model %3, %4<br>%5 input / %6 output tokens<br>Mean load %7%8")
            .arg(w.name.toHtmlEscaped(), w.id.toHtmlEscaped(), w.model.toHtmlEscaped(),
                 precisionId(w.precision).toUpper())
            .arg(w.inputTokens)
            .arg(w.outputTokens)
            .arg(units::rps(w.meanRps),
                 w.pinned ? tr("<br>Pinned: the optimizer keeps its tier") : QString());
    case SloColumn:
        return (w.slo.metric == SloMetric::Ttft
                    ? tr("%1 of the requests must see the first token within %2")
                    : tr("%1 of the requests must see the whole answer within %2"))
            .arg(units::percent(w.slo.percentile, 0), units::ms(w.slo.budgetMs));
    case TierColumn: {
        QStringList names;
        for (Tier t : m_assignable[row])
            names << tierLabel(t);
        return tr("Where the workload runs. Double-click or press F2 to move it.\nAllowed here: %1")
            .arg(names.join(QStringLiteral(", ")));
    }
    default:
        break;
    }
    if (!o)
        return {};
    if (column == StatusColumn || !o->feasible)
        return o->issue.isEmpty() ? statusText(row) : o->issue;
    if (column >= P50Column && column <= P99Column) {
        const LatencyBreakdown &b = o->breakdown;
        return tr("<b>Where the time goes</b><br>each region's p%1, averaged over the demand")
                   .arg(w.slo.percentile) +
               QStringLiteral("<table>") + row2(tr("Propagation"), units::ms(b.propagationMs)) +
               row2(tr("Route inflation, jitter, handshakes"), units::ms(b.inflationMs)) +
               row2(tr("User access (%1)").arg(accessProfileLabel(w.access)), units::ms(b.accessMs)) +
               row2(tr("Queueing"), units::ms(b.queueingMs)) + row2(tr("Prefill"), units::ms(b.prefillMs)) +
               row2(tr("Decode"), units::ms(b.decodeMs)) + row2(tr("Total"), units::ms(b.totalMs())) +
               QStringLiteral("</table>") +
               ModelUncertainty::text(b, m_plan->scenario->network.fiberKmPerMs).toHtmlEscaped();
    }
    if (column == AttainmentColumn)
        return tr("%1 of %2 served within the SLO").arg(units::rps(o->goodputRps), units::rps(o->offeredRps));
    if (column == CostColumn || column == CostPerMTokColumn || column == GpusColumn) {
        const QString billing =
            o->billing == Billing::Api ? tr("Billed per token (API price)") : tr("Billed per GPU-hour");
        return QStringLiteral("<b>%1</b><table>").arg(billing.toHtmlEscaped()) +
               row2(tr("GPUs"), units::usd(o->gpuUsdPerMonth)) +
               row2(tr("API tokens"), units::usd(o->apiUsdPerMonth)) +
               row2(tr("Egress"), units::usd(o->egressUsdPerMonth)) +
               row2(tr("Tokens per month"), units::count(o->tokensPerMonth)) +
               row2(tr("GPUs per replica"), units::count(o->gpusPerReplica)) + QStringLiteral("</table>");
    }
    if (column == SitesColumn)
        return tr("Sites serving this workload in the %1 tier").arg(tierLabel(o->tier));
    return {};
}

QVariant WorkloadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Column headers; the tool tips below say what each one means.
    static const char *const names[ColumnCount] = {QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "Workload"),
                                                   QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "Category"),
                                                   QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "SLO"),
                                                   QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "Tier"),
                                                   //: Column header: median latency
                                                   QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "p50"),
                                                   //: Column header: latency at p95
                                                   QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "p95"),
                                                   //: Column header: latency at p99
                                                   QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "p99"),
                                                   QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "Attainment"),
                                                   QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "GPUs"),
                                                   QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "Sites"),
                                                   //: Column header: cost per month
                                                   QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "Cost/mo"),
                                                   //: Column header: US dollars per million tokens
                                                   QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "$/M tok"),
                                                   QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "Status")};
    static const char *const tips[ColumnCount] = {
        QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "Workload name"),
        QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "Interactive or batch"),
        QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "Service-level objective: metric, percentile and budget"),
        QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "Deployment tier; edit to move the workload"),
        QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "Median latency of the SLO metric"),
        QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "95th-percentile latency of the SLO metric"),
        QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "99th-percentile latency of the SLO metric"),
        QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "Share of requests served within the SLO"),
        QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "GPUs used at the diurnal peak"),
        QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "Sites serving the workload"),
        QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "GPU, API and egress cost per month"),
        QT_TRANSLATE_NOOP("ea::WorkloadTableModel", "Cost per million tokens (input and output)"),
        QT_TRANSLATE_NOOP("ea::WorkloadTableModel",
                          "Evaluation result or the reason the workload misses its SLO")};
    switch (role) {
    case Qt::DisplayRole:
        return QCoreApplication::translate("ea::WorkloadTableModel", names[section]);
    case Qt::ToolTipRole:
        return QCoreApplication::translate("ea::WorkloadTableModel", tips[section]);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((isNumberColumn(section) ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    default:
        return {};
    }
}

Qt::ItemFlags WorkloadTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TierColumn && m_assignable[index.row()].size() > 1)
        f |= Qt::ItemIsEditable;
    return f;
}

bool WorkloadTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() != TierColumn)
        return false;
    std::optional<Tier> tier;
    bool isInt = false;
    const int i = value.toInt(&isInt);
    if (value.typeId() != QMetaType::QString && isInt && i >= 0 && i < TierCount)
        tier = static_cast<Tier>(i);
    else
        tier = tierFromId(value.toString());
    if (!tier || *tier == m_plan->placement[index.row()])
        return false;
    const std::vector<Tier> allowed = m_assignable[index.row()];
    if (std::find(allowed.begin(), allowed.end(), *tier) == allowed.end())
        return false;
    emit tierChangeRequested(index.row(), *tier);
    return true;
}

} // namespace ea
