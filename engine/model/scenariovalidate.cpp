// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-field rules of a scenario: unique ids, resolvable references, non-empty lists.
#include "engine/model/scenariojson.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace ea {

namespace {

// Shares its context with scenarioreader.cpp: one set of loader messages for translators.
struct ScenarioReader
{
    Q_DECLARE_TR_FUNCTIONS(ea::ScenarioReader)
};

/** "<json path>: <reason>", the loader's form of a problem (the workload editor reads the path back). */
void report(QStringList *errors, const QString &path, const QString &reason)
{
    errors->append(path + QStringLiteral(": ") + reason);
}

QString item(const char *list, size_t i, const char *key = nullptr)
{
    QString p = QStringLiteral("$.%1[%2]").arg(QLatin1String(list)).arg(i);
    if (key)
        p += QLatin1Char('.') + QLatin1String(key);
    return p;
}

template <typename List> void checkUnique(const List &list, const char *name, QStringList *errors)
{
    QHash<QString, size_t> seen;
    seen.reserve(static_cast<qsizetype>(list.size()));
    for (size_t i = 0; i < list.size(); ++i) {
        if (list[i].id.isEmpty())
            continue; // reported as missing already
        const auto it = seen.constFind(list[i].id);
        if (it != seen.constEnd())
            report(errors, item(name, i, "id"),
                   ScenarioReader::tr("duplicate id \"%1\" (first at %2)")
                       .arg(list[i].id, item(name, it.value())));
        else
            seen.insert(list[i].id, i);
    }
}

} // namespace

void validateScenario(const Scenario &s, QStringList *errors)
{
    checkUnique(s.gpus, "gpus", errors);
    checkUnique(s.models, "models", errors);
    checkUnique(s.nodes, "nodes", errors);
    checkUnique(s.regions, "regions", errors);
    checkUnique(s.workloads, "workloads", errors);
    checkUnique(s.sources, "sources", errors);

    if (s.gpus.empty())
        report(errors, QStringLiteral("$.gpus"),
               ScenarioReader::tr("the scenario needs at least one GPU type"));
    if (s.models.empty())
        report(errors, QStringLiteral("$.models"),
               ScenarioReader::tr("the scenario needs at least one model"));
    if (s.nodes.empty())
        report(errors, QStringLiteral("$.nodes"), ScenarioReader::tr("the scenario needs at least one node"));
    if (s.regions.empty())
        report(errors, QStringLiteral("$.regions"),
               ScenarioReader::tr("the scenario needs at least one demand region"));
    if (s.workloads.empty())
        report(errors, QStringLiteral("$.workloads"),
               ScenarioReader::tr("the scenario needs at least one workload"));

    QSet<QString> gpuIds, modelIds;
    for (const GpuType &g : s.gpus)
        gpuIds.insert(g.id);
    for (const ModelSpec &m : s.models)
        modelIds.insert(m.id);

    std::array<int, TierCount> nodesPerTier{};
    for (size_t i = 0; i < s.nodes.size(); ++i) {
        const Node &n = s.nodes[i];
        ++nodesPerTier[static_cast<int>(n.tier)];
        if (!n.gpu.isEmpty() && !gpuIds.contains(n.gpu))
            report(errors, item("nodes", i, "gpu"), ScenarioReader::tr("unknown GPU type \"%1\"").arg(n.gpu));
        if (!s.tier(n.tier).present)
            report(errors, item("nodes", i, "tier"),
                   ScenarioReader::tr("tier \"%1\" has no entry in %2")
                       .arg(tierId(n.tier), QStringLiteral("$.tiers")));
        if (n.capacityGpus && *n.capacityGpus > n.gpuCount)
            report(errors, item("nodes", i, "capacityGpus"),
                   ScenarioReader::tr("must not exceed %1 (%2)")
                       .arg(QStringLiteral("gpuCount"))
                       .arg(n.gpuCount));
    }
    for (size_t i = 0; i < s.priceBook.api.size(); ++i)
        if (!modelIds.contains(s.priceBook.api[i].model))
            report(errors, QStringLiteral("$.priceBook.api[%1].model").arg(i),
                   ScenarioReader::tr("unknown model \"%1\"").arg(s.priceBook.api[i].model));
    QHash<QString, size_t> profileKeys;
    for (size_t i = 0; i < s.computeProfiles.size(); ++i) {
        const MeasuredProfile &m = s.computeProfiles[i];
        if (!m.gpu.isEmpty() && !gpuIds.contains(m.gpu))
            report(errors, item("computeProfiles", i, "gpu"),
                   ScenarioReader::tr("unknown GPU type \"%1\"").arg(m.gpu));
        if (!m.model.isEmpty() && !modelIds.contains(m.model))
            report(errors, item("computeProfiles", i, "model"),
                   ScenarioReader::tr("unknown model \"%1\"").arg(m.model));
        if (m.gpu.isEmpty() || m.model.isEmpty())
            continue; // reported as missing already
        const QString key = m.gpu + QLatin1Char('/') + m.model + QLatin1Char('/') + precisionId(m.precision);
        const auto it = profileKeys.constFind(key);
        if (it != profileKeys.constEnd())
            report(errors, item("computeProfiles", i),
                   ScenarioReader::tr("a second profile of %1 running %2 in %3 (first at %4)")
                       .arg(m.gpu, m.model, precisionId(m.precision), item("computeProfiles", it.value())));
        else
            profileKeys.insert(key, i);
    }
    for (size_t i = 0; i < s.workloads.size(); ++i) {
        const Workload &w = s.workloads[i];
        if (!w.model.isEmpty() && !modelIds.contains(w.model))
            report(errors, item("workloads", i, "model"),
                   ScenarioReader::tr("unknown model \"%1\"").arg(w.model));
        if (!s.tier(w.tier).present)
            report(errors, item("workloads", i, "tier"),
                   ScenarioReader::tr("tier \"%1\" has no entry in %2")
                       .arg(tierId(w.tier), QStringLiteral("$.tiers")));
        else if (nodesPerTier[static_cast<int>(w.tier)] == 0)
            report(errors, item("workloads", i, "tier"),
                   ScenarioReader::tr("tier \"%1\" has no nodes").arg(tierId(w.tier)));
        if (!w.allows(w.tier))
            report(errors, item("workloads", i, "tier"),
                   ScenarioReader::tr("tier \"%1\" is listed in %2")
                       .arg(tierId(w.tier), QStringLiteral("forbiddenTiers")));
        for (int z = 0; z < geo::kZoneCount; ++z) {
            if (!w.zoneTiers[z])
                continue;
            const Tier t = *w.zoneTiers[z];
            const QString path = item("workloads", i, "zoneTiers") + QLatin1Char('.') +
                                 geo::zoneCode(static_cast<geo::Zone>(z));
            if (!s.tier(t).present)
                report(errors, path,
                       ScenarioReader::tr("tier \"%1\" has no entry in %2")
                           .arg(tierId(t), QStringLiteral("$.tiers")));
            else if (nodesPerTier[static_cast<int>(t)] == 0)
                report(errors, path, ScenarioReader::tr("tier \"%1\" has no nodes").arg(tierId(t)));
            if (!w.allows(t))
                report(errors, path,
                       ScenarioReader::tr("tier \"%1\" is listed in %2")
                           .arg(tierId(t), QStringLiteral("forbiddenTiers")));
        }
    }
}

} // namespace ea
