// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/trials/trialsresultsmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ea {

namespace {

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

/** Significant digits that stay readable from microseconds to seconds. */
QString msText(double ms)
{
    const int decimals = ms >= 100 ? 1 : ms >= 1 ? 3 : 4;
    return number(ms, decimals);
}

/** "12.5 %": the format is translated (French writes a narrow space, Arabic its own sign). */
QString percent(const QString &number)
{
    //: A percentage, e.g. "12.5 %"
    return QCoreApplication::translate("ea::TrialResultsModel", "%1 %").arg(number);
}

QString signedPct(double fraction)
{
    return percent((fraction >= 0 ? QStringLiteral("+") : QString()) + number(100.0 * fraction, 2));
}

/** The engine's status ("ok", "cancelled", "failed: …", "skipped: …") in words; the reason stays. */
QString statusText(const std::string &status)
{
    const QString s = QString::fromStdString(status);
    const QString failed = QStringLiteral("failed: "), skipped = QStringLiteral("skipped: ");
    if (s == QLatin1String("ok"))
        //: Status of a trial: it ran and its outputs were checked
        return QCoreApplication::translate("ea::TrialResultsModel", "ok");
    if (s == QLatin1String("cancelled"))
        //: Status of a trial
        return QCoreApplication::translate("ea::TrialResultsModel", "cancelled");
    if (s.startsWith(failed))
        //: Status of a trial: the reason comes from the benchmark engine (in English)
        return QCoreApplication::translate("ea::TrialResultsModel", "failed: %1").arg(s.mid(failed.size()));
    if (s.startsWith(skipped))
        //: Status of a trial: the reason comes from the benchmark engine (in English)
        return QCoreApplication::translate("ea::TrialResultsModel", "skipped: %1").arg(s.mid(skipped.size()));
    return s;
}

bool isText(int column)
{
    return column == TrialResultsModel::Role || column == TrialResultsModel::Trial ||
           column == TrialResultsModel::Status;
}

} // namespace

TrialResultsModel::TrialResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

void TrialResultsModel::setOutcome(TrialsOutcomePtr outcome)
{
    // A run's next partial outcome holds the same results and more: new rows, the others kept (a
    // selection or the scroll position survives each configuration measured).
    const int before = rowCount();
    const int after = outcome ? static_cast<int>(outcome->report.results.size()) : 0;
    if (m_outcome && outcome && before > 0 && after >= before) {
        if (after > before)
            beginInsertRows({}, before, after - 1);
        m_outcome = std::move(outcome);
        if (after > before)
            endInsertRows();
        emit dataChanged(index(0, 0), index(before - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_outcome = std::move(outcome);
    endResetModel();
}

int TrialResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_outcome ? 0 : static_cast<int>(m_outcome->report.results.size());
}

int TrialResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double TrialResultsModel::value(const trials::TrialResult &r, int column)
{
    const trials::Stats &s = r.stats;
    switch (column) {
    case MedianMs:
        return s.median * 1e3;
    case P10Ms:
        return s.p10 * 1e3;
    case P90Ms:
        return s.p90 * 1e3;
    case MsPerToken:
        return r.accounting.tokens > 0 ? s.median * 1e3 / r.accounting.tokens : 0;
    case TokensPerS:
        return r.tokensPerS;
    case AchievedGBps:
        return r.achievedBps / 1e9;
    case PctRoofline:
        return r.pctOfRoofline;
    case PctCopyBw:
        return r.pctOfCopyBw;
    case Samples:
        return s.n;
    default:
        return 0;
    }
}

QVariant TrialResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_outcome || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const trials::TrialResult &r = m_outcome->report.results[static_cast<size_t>(index.row())];
    const int c = index.column();
    const bool measured = r.stats.median > 0;
    if (role == Qt::TextAlignmentRole)
        return int(isText(c) ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (c == Trial || c == Status)
            return tr("%1\nbytes per step %2 MB, FLOPs per step %3 G, predicted floor %4 ms (%5)\n"
                      "outputs checked: %6, timed as a graph: %7")
                .arg(QString::fromStdString(r.config.label()), number(r.accounting.bytes() / 1e6, 1),
                     number(r.accounting.flops() / 1e9, 2), msText(r.floorS * 1e3),
                     r.bound == "compute"  ? tr("compute-bound")
                     : r.bound == "memory" ? tr("memory-bound")
                                           : QString::fromStdString(r.bound),
                     r.outputsWritten ? tr("yes") : tr("no"), r.graph ? tr("yes") : tr("no"));
        if (c == PctRoofline)
            return tr("Predicted floor (max of bytes / copy bandwidth, FLOPs / GEMM rate) over the median");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    if (c == Role) {
        if (index.row() == m_outcome->resultA)
            return QStringLiteral("A");
        if (index.row() == m_outcome->resultB)
            return QStringLiteral("B");
        return tr("profile");
    }
    if (c == Trial)
        return QString::fromStdString(r.config.label());
    if (c == Status)
        return statusText(r.status);
    const double v = value(r, c);
    if (role == Qt::UserRole)
        return v;
    if (!measured)
        return QStringLiteral("–");
    switch (c) {
    case MedianMs:
    case P10Ms:
    case P90Ms:
    case MsPerToken:
        return msText(v);
    case TokensPerS:
        return number(v, v >= 100 ? 0 : 1);
    case AchievedGBps:
        return number(v, v >= 100 ? 0 : 2);
    case PctRoofline:
    case PctCopyBw:
        return percent(number(v, 1));
    case Samples:
        return QLocale().toString(r.stats.n);
    default:
        return {};
    }
}

QVariant TrialResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MedianMs:
            return tr("Median time of one run (a decode step of the whole batch, or one prefill)");
        case MsPerToken:
            return tr("Median step time divided by the tokens of the step (batch, or batch × prompt)");
        case AchievedGBps:
            return tr("Bytes the step reads and writes (weights, KV cache, activations) per second");
        case PctCopyBw:
            return tr("Achieved bandwidth as a share of the copy bandwidth measured in the same run");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Role:
        //: Column header: which configuration a trial is (A, B or a profile trial)
        return tr("Side");
    case Trial:
        return tr("Configuration");
    case Status:
        return tr("Status");
    case MedianMs:
        return tr("Median ms");
    case P10Ms:
        return tr("p10 ms");
    case P90Ms:
        return tr("p90 ms");
    case MsPerToken:
        return tr("ms/token");
    case TokensPerS:
        return tr("tokens/s");
    case AchievedGBps:
        return tr("GB/s");
    case PctRoofline:
        return tr("% roofline");
    case PctCopyBw:
        return tr("% copy BW");
    case Samples:
        return tr("Samples");
    default:
        return {};
    }
}

TrialPairsModel::TrialPairsModel(QObject *parent) : QAbstractTableModel(parent) {}

void TrialPairsModel::setOutcome(TrialsOutcomePtr outcome)
{
    beginResetModel();
    m_outcome = std::move(outcome);
    m_comparison = m_outcome ? m_outcome->comparison() : trials::Comparison{};
    endResetModel();
}

int TrialPairsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_outcome ? 0 : static_cast<int>(m_outcome->report.pairs.size());
}

int TrialPairsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrialPairsModel::verdictText(const trials::Comparison &c)
{
    if (!c.valid)
        return tr("no verdict");
    return c.exceedsNoise ? tr("exceeds A/A noise") : tr("within noise");
}

QVariant TrialPairsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_outcome || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const trials::PairResult &p = m_outcome->report.pairs[static_cast<size_t>(index.row())];
    const bool control = index.row() == 0;
    const int c = index.column();
    if (role == Qt::TextAlignmentRole)
        return int(c == Pair || c == Verdict ? Qt::AlignLeft | Qt::AlignVCenter
                                             : Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (c == NoisePct || c == Verdict)
            return tr(
                "Noise: the widest deviation from 1 of the A/A ratios' p10 and p90. The A/B delta (median "
                "B/A − 1) exceeds it, or stays within it.");
        if (c == Pair)
            //: Tool-tip of a pair: configuration A | configuration B (status)
            return tr("%1  |  %2  (%3)")
                .arg(QString::fromStdString(p.a.label()), QString::fromStdString(p.b.label()),
                     statusText(p.status));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool raw = role == Qt::UserRole;
    const bool haveRatio = p.ratio.n > 0;
    switch (c) {
    case Pair:
        return control ? tr("A/A control") : tr("A/B");
    case Rounds:
        return p.ratio.n;
    case RatioMedian:
        return raw ? QVariant(p.ratio.median) : haveRatio ? QVariant(number(p.ratio.median, 4)) : QVariant();
    case RatioP10:
        return raw ? QVariant(p.ratio.p10) : haveRatio ? QVariant(number(p.ratio.p10, 4)) : QVariant();
    case RatioP90:
        return raw ? QVariant(p.ratio.p90) : haveRatio ? QVariant(number(p.ratio.p90, 4)) : QVariant();
    case DeltaPct:
        return raw         ? QVariant(100.0 * (p.ratio.median - 1.0))
               : haveRatio ? QVariant(signedPct(p.ratio.median - 1.0))
                           : QVariant();
    case NoisePct:
        if (!m_comparison.valid)
            return {};
        return raw ? QVariant(100.0 * m_comparison.noise)
                   : QVariant(percent(QStringLiteral("±") + number(100.0 * m_comparison.noise, 2)));
    case Verdict:
        if (p.status != "ok")
            return statusText(p.status);
        return control ? tr("control") : verdictText(m_comparison);
    default:
        return {};
    }
}

QVariant TrialPairsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Pair:
        //: Column header: the A/A control or the A/B pair
        return tr("Pair");
    case Rounds:
        return tr("Rounds");
    case RatioMedian:
        return tr("B/A median");
    case RatioP10:
        //: Column header: 10th percentile of the ratio B/A
        return tr("p10");
    case RatioP90:
        //: Column header: 90th percentile of the ratio B/A
        return tr("p90");
    case DeltaPct:
        //: Column header: median B/A minus 1, in percent
        return tr("Delta");
    case NoisePct:
        return tr("A/A noise");
    case Verdict:
        return tr("Verdict");
    default:
        return {};
    }
}

} // namespace ea
