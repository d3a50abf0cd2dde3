// SPDX-License-Identifier: GPL-3.0-or-later
// The report's numbers as JSON and CSV.
#include "app/report/reportwriter.h"

#include "engine/model/whatif.h"
#include "engine/plan/plancolumns.h"
#include "engine/plan/planformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ea {

namespace {

QJsonObject changesJson(const ReportData &d)
{
    const PlanDiff &diff = *d.changes;
    QJsonArray moves;
    const std::vector<ChangeColumn> changes = changeColumns(QStringLiteral("baseline"));
    const auto columns = pick(changes, plancolumns::changeJson(QStringLiteral("baseline")));
    for (const ChangeRow &row : changeRows(*d.scenario, diff))
        moves.append(jsonObject(columns, row));
    return QJsonObject{{QStringLiteral("label"), d.options.baselineLabel},
                       {QStringLiteral("moves"), diff.moves},
                       {QStringLiteral("usdPerMonthBefore"), diff.usdBefore},
                       {QStringLiteral("usdPerMonthAfter"), diff.usdAfter},
                       {QStringLiteral("savingUsdPerMonth"), diff.savingUsd()},
                       {QStringLiteral("attainmentPctBefore"), diff.attainmentBefore},
                       {QStringLiteral("attainmentPctAfter"), diff.attainmentAfter},
                       {QStringLiteral("workloadsMeetingSloBefore"), diff.metBefore},
                       {QStringLiteral("workloadsMeetingSloAfter"), diff.metAfter},
                       {QStringLiteral("workloads"), moves},
                       {QStringLiteral("plan"), planToJson(*d.scenario, *d.baseline)}};
}

/** The plan under the scenario's active what-if conditions against the plan without them. */
QJsonObject whatIfJson(const ReportData &d)
{
    const Scenario &s = *d.scenario;
    const WhatIfPlan &w = *d.snapshot->whatIf;
    const WhatIfComparison &c = w.comparison;
    QJsonArray workloads;
    const auto columns = whatIfColumns(plancolumns::whatIfJson());
    for (const WhatIfRow &row : whatIfRows(s, c))
        workloads.append(jsonObject(columns, row));
    QJsonArray lost;
    for (const RegionLostSlo &r : regionsLostSlo(c)) {
        QJsonArray ids;
        for (int wl : r.workloads)
            ids.append(s.workloads[size_t(wl)].id);
        const DemandRegion &region = s.regions[size_t(r.region)];
        lost.append(QJsonObject{{QStringLiteral("id"), region.id},
                                {QStringLiteral("name"), region.name},
                                {QStringLiteral("country"), region.country},
                                {QStringLiteral("workloads"), ids}});
    }
    QJsonArray described;
    for (const WhatIfCondition &x : w.conditions)
        described.append(describeWhatIf(x));
    return QJsonObject{{QStringLiteral("conditions"), whatIfListToJson(w.conditions)},
                       {QStringLiteral("described"), described},
                       {QStringLiteral("usdPerMonthBefore"), c.usdPerMonthBefore},
                       {QStringLiteral("usdPerMonthAfter"), c.usdPerMonthAfter},
                       {QStringLiteral("attainmentPctBefore"), c.attainmentPctBefore},
                       {QStringLiteral("attainmentPctAfter"), c.attainmentPctAfter},
                       {QStringLiteral("unservedRps"), c.unservedRps},
                       {QStringLiteral("downNodes"), w.applied.downNodes},
                       {QStringLiteral("workloads"), workloads},
                       {QStringLiteral("regionsLostSlo"), lost},
                       {QStringLiteral("plan"), planToJson(*w.applied.scenario, *w.outcome)}};
}

QJsonObject assumptionsJson(const ReportData &d)
{
    const Scenario &s = *d.scenario;
    const NetworkParams &n = s.network;
    QJsonObject tiers;
    for (Tier t : AllTiers) {
        const TierSettings &x = s.tier(t);
        if (x.present)
            tiers.insert(
                tierId(t),
                QJsonObject{{QStringLiteral("billing"),
                             x.billing == Billing::Api ? QStringLiteral("api") : QStringLiteral("gpu-hour")},
                            {QStringLiteral("targetUtilization"), x.targetUtilization},
                            {QStringLiteral("minGpusPerSite"), x.minGpusPerSite},
                            {QStringLiteral("egressUsdPerGB"), x.egressUsdPerGB},
                            {QStringLiteral("computeEfficiency"), x.computeEfficiency},
                            {QStringLiteral("bandwidthEfficiency"), x.bandwidthEfficiency}});
    }
    const RttCalibrationRecord &r = d.calibration.record;
    QJsonObject calibration{{QStringLiteral("builtIn"), d.calibration.builtIn}};
    if (d.calibration.builtIn) {
        calibration.insert(QStringLiteral("pairs"), r.pairs);
        calibration.insert(QStringLiteral("heldOutMedianAbsRelErr"), r.heldOutMedian);
        calibration.insert(QStringLiteral("heldOutP90AbsRelErr"), r.heldOutP90);
        calibration.insert(QStringLiteral("inSampleMedianAbsRelErr"), r.inSampleMedian);
        calibration.insert(QStringLiteral("inSampleP90AbsRelErr"), r.inSampleP90);
        calibration.insert(QStringLiteral("globalFactorMedianAbsRelErr"), r.globalFactorMedian);
        calibration.insert(QStringLiteral("globalFactorP90AbsRelErr"), r.globalFactorP90);
        calibration.insert(QStringLiteral("data"), r.data);
        calibration.insert(QStringLiteral("fittedOn"), r.fittedOn);
    } else {
        calibration.insert(QStringLiteral("note"), d.calibration.note);
    }
    QJsonArray gpus, models;
    for (const GpuType &g : s.gpus)
        gpus.append(QJsonObject{{QStringLiteral("id"), g.id},
                                {QStringLiteral("name"), g.name},
                                {QStringLiteral("memoryGB"), g.memoryGB},
                                {QStringLiteral("bandwidthGBps"), g.bandwidthGBps},
                                {QStringLiteral("bf16Tflops"), g.tflops[int(Precision::BF16)]},
                                {QStringLiteral("priceUsdPerHour"), g.priceUsdPerHour},
                                {QStringLiteral("priceSource"), g.priceSource},
                                {QStringLiteral("priceAsOf"), g.priceAsOf}});
    for (const ModelSpec &m : s.models)
        models.append(QJsonObject{{QStringLiteral("id"), m.id},
                                  {QStringLiteral("name"), m.name},
                                  {QStringLiteral("paramsB"), m.paramsB},
                                  {QStringLiteral("layers"), m.layers},
                                  {QStringLiteral("hidden"), m.hidden},
                                  {QStringLiteral("heads"), m.heads},
                                  {QStringLiteral("kvHeads"), m.kvHeads},
                                  {QStringLiteral("source"), m.source},
                                  {QStringLiteral("asOf"), m.asOf}});
    return QJsonObject{{QStringLiteral("fiberKmPerMs"), n.fiberKmPerMs},
                       {QStringLiteral("handshakeRtts"), n.handshakeRtts},
                       {QStringLiteral("newConnectionShare"), n.newConnectionShare},
                       {QStringLiteral("jitterP95Factor"), n.jitterP95Factor},
                       {QStringLiteral("jitterP99Factor"), n.jitterP99Factor},
                       {QStringLiteral("hoursPerMonth"), s.priceBook.hoursPerMonth},
                       {QStringLiteral("sloAttainmentTargetPct"), SloAttainmentTarget},
                       {QStringLiteral("rttCalibration"), calibration},
                       {QStringLiteral("tiers"), tiers},
                       {QStringLiteral("gpus"), gpus},
                       {QStringLiteral("models"), models}};
}

} // namespace

QByteArray reportJson(const ReportData &d)
{
    const Scenario &s = *d.scenario;
    QJsonObject plan = planToJson(s, *d.plan, plancolumns::reportJson());
    plan.insert(QStringLiteral("workloadsMeetingSlo"), d.workloadsMeetingSlo);
    plan.insert(QStringLiteral("sitesUsed"), d.sitesUsed);
    QJsonArray sites;
    for (const ReportSite &r : d.busiestSites) {
        const Node &n = s.nodes[r.node];
        sites.append(QJsonObject{{QStringLiteral("id"), n.id},
                                 {QStringLiteral("name"), n.name},
                                 {QStringLiteral("tier"), tierId(n.tier)},
                                 {QStringLiteral("country"), n.country},
                                 {QStringLiteral("gpu"), n.gpu},
                                 {QStringLiteral("gpus"), r.gpus},
                                 {QStringLiteral("usableGpus"), r.usableGpus},
                                 {QStringLiteral("peakRps"), r.peakRps},
                                 {QStringLiteral("utilization"), r.utilization},
                                 {QStringLiteral("gpuUsdPerMonth"), r.usdPerMonth},
                                 {QStringLiteral("workloads"), r.workloads}});
    }
    QJsonArray sources;
    for (const Source &src : d.sources)
        sources.append(QJsonObject{{QStringLiteral("id"), src.id},
                                   {QStringLiteral("title"), src.title},
                                   {QStringLiteral("licence"), src.licence},
                                   {QStringLiteral("url"), src.url},
                                   {QStringLiteral("asOf"), src.asOf}});
    QJsonObject root{
        {QStringLiteral("schema"), QString::fromLatin1(ReportJsonSchema)},
        {QStringLiteral("title"), d.title},
        {QStringLiteral("author"), d.options.author},
        {QStringLiteral("generated"), d.options.generated.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("scenario"), QJsonObject{{QStringLiteral("name"), s.name},
                                                 {QStringLiteral("file"), d.options.scenarioLabel},
                                                 {QStringLiteral("description"), s.description},
                                                 {QStringLiteral("nodes"), int(s.nodes.size())},
                                                 {QStringLiteral("regions"), int(s.regions.size())}}},
        {QStringLiteral("plan"), plan},
        {QStringLiteral("baseline"), d.changes ? QJsonValue(changesJson(d)) : QJsonValue()},
        {QStringLiteral("whatIf"),
         d.snapshot && d.snapshot->whatIf ? QJsonValue(whatIfJson(d)) : QJsonValue()},
        {QStringLiteral("busiestSites"), sites},
        {QStringLiteral("assumptions"), assumptionsJson(d)},
        {QStringLiteral("sources"), sources}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ea
