// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the edgeatlas/1 format. Optional fields are written only when set, so a round trip is lossless.
#include "engine/model/scenariojson.h"
#include "engine/model/userfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ea {

namespace {

struct ScenarioWriter
{
    Q_DECLARE_TR_FUNCTIONS(ea::ScenarioWriter)
};

void putIf(QJsonObject &o, const char *key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}

QJsonObject toJson(const Source &s)
{
    QJsonObject o{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title}};
    putIf(o, "licence", s.licence);
    putIf(o, "url", s.url);
    putIf(o, "asOf", s.asOf);
    return o;
}

QJsonObject toJson(const NetworkParams &n)
{
    QJsonObject o{{QStringLiteral("fiberKmPerMs"), n.fiberKmPerMs},
                  {QStringLiteral("handshakeRtts"), n.handshakeRtts},
                  {QStringLiteral("newConnectionShare"), n.newConnectionShare},
                  {QStringLiteral("jitterP95Factor"), n.jitterP95Factor},
                  {QStringLiteral("jitterP99Factor"), n.jitterP99Factor}};
    if (n.hasRtt)
        o.insert(QStringLiteral("rtt"), rttParamsToJson(n.rtt));
    if (n.access != defaultAccessParams())
        o.insert(QStringLiteral("access"),
                 QJsonObject{{QStringLiteral("mobileExtraMs"), n.access.mobileExtraMs},
                             {QStringLiteral("enterpriseMs"), n.access.enterpriseMs}});
    return o;
}

QJsonObject toJson(const TierSettings &t)
{
    return QJsonObject{{QStringLiteral("billing"),
                        t.billing == Billing::Api ? QStringLiteral("api") : QStringLiteral("gpu-hour")},
                       {QStringLiteral("targetUtilization"), t.targetUtilization},
                       {QStringLiteral("minGpusPerSite"), t.minGpusPerSite},
                       {QStringLiteral("egressUsdPerGB"), t.egressUsdPerGB},
                       {QStringLiteral("computeEfficiency"), t.computeEfficiency},
                       {QStringLiteral("bandwidthEfficiency"), t.bandwidthEfficiency}};
}

QJsonObject toJson(const GpuType &g)
{
    QJsonObject tf;
    for (int i = 0; i < PrecisionCount; ++i)
        if (g.tflops[i] > 0)
            tf.insert(precisionId(static_cast<Precision>(i)), g.tflops[i]);
    QJsonObject o{{QStringLiteral("id"), g.id},
                  {QStringLiteral("name"), g.name},
                  {QStringLiteral("memoryGB"), g.memoryGB},
                  {QStringLiteral("bandwidthGBps"), g.bandwidthGBps},
                  {QStringLiteral("tflops"), tf},
                  {QStringLiteral("priceUsdPerHour"), g.priceUsdPerHour},
                  {QStringLiteral("priceSource"), g.priceSource},
                  {QStringLiteral("priceAsOf"), g.priceAsOf}};
    putIf(o, "specSource", g.specSource);
    putIf(o, "specAsOf", g.specAsOf);
    if (g.interconnectGBps > 0)
        o.insert(QStringLiteral("interconnectGBps"), g.interconnectGBps);
    return o;
}

QJsonObject toJson(const ModelSpec &m)
{
    QJsonObject o{{QStringLiteral("id"), m.id},           {QStringLiteral("name"), m.name},
                  {QStringLiteral("layers"), m.layers},   {QStringLiteral("hidden"), m.hidden},
                  {QStringLiteral("heads"), m.heads},     {QStringLiteral("kvHeads"), m.kvHeads},
                  {QStringLiteral("ffn"), m.ffn},         {QStringLiteral("vocab"), m.vocab},
                  {QStringLiteral("paramsB"), m.paramsB}, {QStringLiteral("source"), m.source}};
    putIf(o, "asOf", m.asOf);
    return o;
}

QJsonObject toJson(const PriceBook &b)
{
    QJsonArray api;
    for (const ApiPrice &a : b.api)
        api.append(QJsonObject{{QStringLiteral("model"), a.model},
                               {QStringLiteral("provider"), a.provider},
                               {QStringLiteral("inputUsdPerMTok"), a.inputUsdPerMTok},
                               {QStringLiteral("outputUsdPerMTok"), a.outputUsdPerMTok},
                               {QStringLiteral("source"), a.source},
                               {QStringLiteral("asOf"), a.asOf}});
    return QJsonObject{{QStringLiteral("currency"), b.currency},
                       {QStringLiteral("hoursPerMonth"), b.hoursPerMonth},
                       {QStringLiteral("api"), api}};
}

QJsonObject toJson(const Node &n)
{
    QJsonObject o{{QStringLiteral("id"), n.id},
                  {QStringLiteral("name"), n.name},
                  {QStringLiteral("tier"), tierId(n.tier)},
                  {QStringLiteral("lon"), n.lon},
                  {QStringLiteral("lat"), n.lat},
                  {QStringLiteral("gpu"), n.gpu},
                  {QStringLiteral("gpuCount"), n.gpuCount}};
    putIf(o, "country", n.country);
    putIf(o, "provider", n.provider);
    if (n.capacityGpus)
        o.insert(QStringLiteral("capacityGpus"), *n.capacityGpus);
    putIf(o, "endpoint", n.endpoint);
    if (n.synthetic)
        o.insert(QStringLiteral("synthetic"), true);
    putIf(o, "source", n.source);
    return o;
}

QJsonObject toJson(const DemandRegion &d)
{
    QJsonObject o{{QStringLiteral("id"), d.id},         {QStringLiteral("name"), d.name},
                  {QStringLiteral("lon"), d.lon},       {QStringLiteral("lat"), d.lat},
                  {QStringLiteral("weight"), d.weight}, {QStringLiteral("utcOffsetHours"), d.utcOffsetHours}};
    putIf(o, "country", d.country);
    if (d.accessMs)
        o.insert(QStringLiteral("accessMs"), *d.accessMs);
    return o;
}

QJsonObject toJson(const Workload &w)
{
    QJsonArray diurnal;
    for (double v : w.diurnal)
        diurnal.append(v);
    QJsonObject o{
        {QStringLiteral("id"), w.id},
        {QStringLiteral("name"), w.name},
        {QStringLiteral("category"),
         w.category == WorkloadCategory::Batch ? QStringLiteral("batch") : QStringLiteral("interactive")},
        {QStringLiteral("slo"),
         QJsonObject{{QStringLiteral("metric"),
                      w.slo.metric == SloMetric::E2e ? QStringLiteral("e2e") : QStringLiteral("ttft")},
                     {QStringLiteral("percentile"), w.slo.percentile},
                     {QStringLiteral("budgetMs"), w.slo.budgetMs}}},
        {QStringLiteral("requestRate"),
         QJsonObject{{QStringLiteral("meanRps"), w.meanRps}, {QStringLiteral("diurnal"), diurnal}}},
        {QStringLiteral("inputTokens"), w.inputTokens},
        {QStringLiteral("outputTokens"), w.outputTokens},
        {QStringLiteral("model"), w.model},
        {QStringLiteral("precision"), precisionId(w.precision)},
        {QStringLiteral("tier"), tierId(w.tier)}};
    if (w.access != AccessProfile::Fixed) // the default: files without access profiles stay as they were
        o.insert(QStringLiteral("access"), accessProfileId(w.access));
    QJsonObject zoneTiers;
    for (int z = 0; z < geo::kZoneCount; ++z)
        if (w.zoneTiers[z] && *w.zoneTiers[z] != w.tier)
            zoneTiers.insert(geo::zoneCode(static_cast<geo::Zone>(z)), tierId(*w.zoneTiers[z]));
    if (!zoneTiers.isEmpty())
        o.insert(QStringLiteral("zoneTiers"), zoneTiers);
    if (w.pinned)
        o.insert(QStringLiteral("pinned"), true);
    if (!w.forbiddenTiers.empty()) {
        QJsonArray ft;
        for (Tier t : w.forbiddenTiers)
            ft.append(tierId(t));
        o.insert(QStringLiteral("forbiddenTiers"), ft);
    }
    return o;
}

QJsonObject toJson(const MeasuredProfile &m)
{
    QJsonObject o{{QStringLiteral("gpu"), m.gpu},
                  {QStringLiteral("model"), m.model},
                  {QStringLiteral("precision"), precisionId(m.precision)},
                  {QStringLiteral("source"), m.source}};
    if (m.profile.prefillTokensPerSec > 0)
        o.insert(QStringLiteral("prefillTokensPerSec"), m.profile.prefillTokensPerSec);
    if (m.profile.decodeStepMsAtBatch1 > 0)
        o.insert(QStringLiteral("decodeStepMsAtBatch1"), m.profile.decodeStepMsAtBatch1);
    if (m.profile.decodeStepMsPerExtraSeq > 0)
        o.insert(QStringLiteral("decodeStepMsPerExtraSeq"), m.profile.decodeStepMsPerExtraSeq);
    if (m.profile.schedulingMs)
        o.insert(QStringLiteral("schedulingMs"), *m.profile.schedulingMs);
    putIf(o, "asOf", m.asOf);
    return o;
}

template <typename List> QJsonArray listToJson(const List &list)
{
    QJsonArray a;
    for (const auto &x : list)
        a.append(toJson(x));
    return a;
}

} // namespace

QByteArray scenarioToJson(const Scenario &s, bool indented)
{
    QJsonObject tiers;
    for (Tier t : AllTiers)
        if (s.tier(t).present)
            tiers.insert(tierId(t), toJson(s.tier(t)));
    QJsonObject root{{QStringLiteral("schema"), QLatin1String(ScenarioSchema)},
                     {QStringLiteral("name"), s.name},
                     {QStringLiteral("sources"), listToJson(s.sources)},
                     {QStringLiteral("network"), toJson(s.network)},
                     {QStringLiteral("tiers"), tiers},
                     {QStringLiteral("gpus"), listToJson(s.gpus)},
                     {QStringLiteral("models"), listToJson(s.models)},
                     {QStringLiteral("priceBook"), toJson(s.priceBook)},
                     {QStringLiteral("nodes"), listToJson(s.nodes)},
                     {QStringLiteral("regions"), listToJson(s.regions)},
                     {QStringLiteral("workloads"), listToJson(s.workloads)}};
    putIf(root, "description", s.description);
    if (!s.computeProfiles.empty()) // optional section: files without profiles stay as they were
        root.insert(QStringLiteral("computeProfiles"), listToJson(s.computeProfiles));
    if (!s.whatIf.empty())
        root.insert(QStringLiteral("whatIf"), whatIfListToJson(s.whatIf));
    return QJsonDocument(root).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

QString scenarioSizeProblem(qint64 bytes)
{
    if (bytes <= MaxScenarioFileBytes)
        return {};
    return ScenarioWriter::tr("the scenario would be %1 MiB, larger than the %2 MiB a scenario file may have "
                              "(it could not be opened again)")
        .arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1)
        .arg(MaxScenarioFileBytes / (1024 * 1024));
}

bool saveScenarioFile(const Scenario &s, const QString &fileName, QString *error)
{
    const QByteArray data = scenarioToJson(s, true);
    if (const QString problem = scenarioSizeProblem(data.size()); !problem.isEmpty()) {
        if (error)
            *error = ScenarioWriter::tr("cannot write %1: %2").arg(fileName, problem);
        return false;
    }
    return writeUserFile(fileName, data, error);
}

} // namespace ea
