// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/reportdata.h"

#include "engine/latency/modeluncertainty.h"
#include "engine/model/units.h"
#include "engine/plan/evaluator.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace ea {

namespace {

std::vector<ReportSite> siteLoads(const Scenario &s, const PlanOutcome &plan, int *sitesUsed)
{
    QHash<int, ReportSite> byNode;
    QHash<int, double> utilisationGpus; // Σ utilization · GPUs per node
    for (const WorkloadOutcome &w : plan.workloads)
        for (const SiteOutcome &site : w.siteLoads) {
            if (site.node < 0)
                continue;
            ReportSite &r = byNode[site.node];
            r.node = site.node;
            r.gpus += site.gpus;
            r.peakRps += site.peakRps;
            r.usdPerMonth += site.gpuUsdPerMonth;
            ++r.workloads;
            utilisationGpus[site.node] += site.utilization * site.gpus;
        }
    std::vector<ReportSite> out;
    out.reserve(byNode.size());
    for (auto it = byNode.begin(); it != byNode.end(); ++it) {
        ReportSite r = it.value();
        r.usableGpus = s.nodes[r.node].usableGpus();
        r.utilization = r.gpus > 0 ? utilisationGpus.value(r.node) / r.gpus : 0;
        out.push_back(r);
    }
    *sitesUsed = int(out.size());
    std::sort(out.begin(), out.end(), [](const ReportSite &a, const ReportSite &b) {
        if (a.gpus != b.gpus)
            return a.gpus > b.gpus;
        if (a.utilization != b.utilization)
            return a.utilization > b.utilization;
        return a.node < b.node;
    });
    if (out.size() > size_t(ReportData::BusiestSiteCount))
        out.resize(ReportData::BusiestSiteCount);
    return out;
}

} // namespace

int ReportData::busiestInteractiveWorkload() const
{
    int best = -1;
    double bestRps = -1;
    for (const WorkloadOutcome &o : plan->workloads)
        if (workload(o).category == WorkloadCategory::Interactive && o.feasible && o.offeredRps > bestRps) {
            best = o.workload;
            bestRps = o.offeredRps;
        }
    return best;
}

QString ReportData::summaryText() const
{
    TierTotals sum;
    for (const TierTotals &t : tiers) {
        sum.gpuUsdPerMonth += t.gpuUsdPerMonth;
        sum.apiUsdPerMonth += t.apiUsdPerMonth;
        sum.egressUsdPerMonth += t.egressUsdPerMonth;
    }
    QStringList missing;
    for (const WorkloadOutcome &o : plan->workloads)
        if (!meetsSlo(o))
            missing << workload(o).name;
    QString text = tr("The plan serves %Ln workload(s) with %1 of demand on average for %2 per month: %3 on "
                      "GPU hours, %4 on per-token APIs and %5 on egress. %6 of all requests finish within "
                      "their workload's latency budget.",
                      nullptr, int(plan->workloads.size()))
                       .arg(units::rps(plan->offeredRps), units::usd(plan->usdPerMonth),
                            units::usd(sum.gpuUsdPerMonth), units::usd(sum.apiUsdPerMonth),
                            units::usd(sum.egressUsdPerMonth), units::percent(plan->attainmentPct));
    text += QLatin1Char(' ');
    if (missing.isEmpty())
        text += tr("Every workload meets its SLO (at least %1 of its requests within budget).")
                    .arg(units::percent(SloAttainmentTarget, 0));
    else
        text += tr("%n workload(s) miss their SLO (fewer than %1 of requests within budget): %2.", nullptr,
                   int(missing.size()))
                    .arg(units::percent(SloAttainmentTarget, 0), missing.join(QStringLiteral(", ")));
    return text;
}

QString ReportData::changesText() const
{
    if (!changes)
        return {};
    const PlanDiff &diff = *changes;
    const double saving = diff.savingUsd();
    QString change;
    if (saving >= 0)
        //: What the plan saves per month against the baseline
        change = tr("saving %1").arg(units::usd(saving));
    else
        //: What the plan costs per month more than the baseline
        change = tr("extra %1").arg(units::usd(-saving));
    //: %4 is "saving $1.2k" or "extra $1.2k"
    return tr("Against %1: %Ln workload(s) move. Cost per month %2 → %3 (%4); SLO attainment %5 → %6; "
              "workloads meeting their SLO %7 → %8.",
              nullptr, diff.moves)
        .arg(options.baselineLabel, units::usd(diff.usdBefore), units::usd(diff.usdAfter), change,
             units::percent(diff.attainmentBefore), units::percent(diff.attainmentAfter),
             units::count(diff.metBefore), units::count(diff.metAfter));
}

QString ReportData::calibrationText() const
{
    if (!calibration.builtIn)
        return tr("The scenario carries its own RTT parameters: %1").arg(calibration.note);
    const RttCalibrationRecord &r = calibration.record;
    const auto pct = [](double share) { return units::percent(100 * share, 1); };
    return tr("Fitted on %1 %2 (fitted %3). Absolute relative error, held out by 5-fold cross-validation: "
              "median "
              "%4, P90 %5 (in-sample %6 and %7; one global inflation factor instead: %8 and %9). A modeled "
              "100 ms "
              "round trip is typically within ±%10 ms of a measurement, and within ±%11 ms for nine pairs in "
              "ten.")
               .arg(units::count(r.pairs), r.data, r.fittedOn, pct(r.heldOutMedian), pct(r.heldOutP90),
                    pct(r.inSampleMedian), pct(r.inSampleP90), pct(r.globalFactorMedian),
                    pct(r.globalFactorP90))
               .arg(qRound(100 * r.heldOutMedian))
               .arg(qRound(100 * r.heldOutP90)) +
           QLatin1Char(' ') +
           tr("Paths under %1, where edge sites serve their users, are harder: with whole cities held out of "
              "the fit, median %2 and P90 %3.")
               .arg(units::km(defaultRttBandAccuracy().front().toKm),
                    pct(defaultRttBandAccuracy().front().medianAbsRelErr),
                    pct(defaultRttBandAccuracy().front().p90AbsRelErr));
}

QString reportLanguage()
{
    //: The language code (BCP 47) of this translation, written into the HTML report's lang attribute:
    //: "fr" for French, "ar" for Arabic
    return QCoreApplication::translate("ea::ReportDocument", "en", "language code");
}

bool reportRightToLeft()
{
    return QLocale(reportLanguage()).textDirection() == Qt::RightToLeft;
}

QString reportDate(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

ReportData buildReportData(PlanSnapshotPtr plan, const std::optional<Placement> &baseline,
                           const ReportOptions &options, const std::atomic<bool> *cancel)
{
    ReportData d;
    d.options = options;
    if (!d.options.generated.isValid())
        d.options.generated = QDateTime::currentDateTimeUtc();
    const std::shared_ptr<const Scenario> scenario = plan->scenario;
    d.title = options.title.trimmed().isEmpty()
                  ? ReportData::tr("Inference placement plan: %1").arg(scenario->name)
                  : options.title.trimmed();
    if (options.alternatives && !plan->alternatives && plan->evaluator && !plan->pending()) {
        auto alternatives = std::make_shared<const PlanAlternatives>(
            evaluateAlternatives(*plan->evaluator, *plan->outcome, cancel));
        if (cancel && cancel->load())
            return d;
        plan = PlanSnapshot::make(plan->generation, plan->contentGeneration, plan->scenario, plan->evaluator,
                                  plan->outcome, std::move(alternatives), plan->content, plan->whatIf);
    }
    d.snapshot = plan;
    d.scenario = scenario;
    d.plan = plan->outcome;
    if (baseline) {
        d.baseline = std::make_shared<const PlanOutcome>(plan->evaluator->evaluate(*baseline));
        d.changes = diffPlans(*d.baseline, *d.plan);
    }
    d.tiers = tierTotals(*d.plan);
    for (const WorkloadOutcome &o : d.plan->workloads)
        d.workloadsMeetingSlo += meetsSlo(o) ? 1 : 0;
    d.busiestSites = siteLoads(*scenario, *d.plan, &d.sitesUsed);
    if (plan->evaluator && !plan->pending()) {
        const PlanTimeline timeline(plan->evaluator, d.plan);
        auto day = std::make_shared<PlanDay>(
            timeline.evaluateDay([cancel](int) { return !(cancel && cancel->load()); }));
        if (day->hours.size() == 24)
            d.day = std::move(day);
    }

    d.sources = scenario->sources;
    d.sources.push_back(
        {QStringLiteral("natural-earth"),
         ReportData::tr("Natural Earth 1:110m and 1:50m land and country borders, the map's basemap "
                        "(via the npm package world-atlas 2.0.2)"),
         //: The licence of the Natural Earth data
         ReportData::tr("public domain"), QStringLiteral("https://www.naturalearthdata.com/"), QString()});

    const RttParams &rtt = scenario->network.rtt;
    // Parameters from the same fit carry its note (a file may round the numbers): the built-in figures apply.
    d.calibration.builtIn =
        !scenario->network.hasRtt || rtt == defaultRttParams() || rtt.note == defaultRttParams().note;
    d.calibration.record = defaultRttCalibration();
    if (!d.calibration.builtIn)
        d.calibration.note =
            rtt.note.isEmpty() ? ReportData::tr("The scenario's own RTT parameters carry no note on how they "
                                                "were fitted or how accurate they are.")
                               : rtt.note;
    return d;
}

} // namespace ea
