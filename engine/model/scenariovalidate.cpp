// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-field rules of a scenario: unique ids, resolvable references, non-empty lists.
#include "engine/model/scenariojson.h"

#include <QHash>
#include <QSet>

namespace ea {

namespace {

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
            errors->append(item(name, i, "id") + QStringLiteral(": duplicate id \"%1\" (first at %2)")
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
        errors->append(QStringLiteral("$.gpus: the scenario needs at least one GPU type"));
    if (s.models.empty())
        errors->append(QStringLiteral("$.models: the scenario needs at least one model"));
    if (s.nodes.empty())
        errors->append(QStringLiteral("$.nodes: the scenario needs at least one node"));
    if (s.regions.empty())
        errors->append(QStringLiteral("$.regions: the scenario needs at least one demand region"));
    if (s.workloads.empty())
        errors->append(QStringLiteral("$.workloads: the scenario needs at least one workload"));

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
            errors->append(item("nodes", i, "gpu") + QStringLiteral(": unknown GPU type \"%1\"").arg(n.gpu));
        if (!s.tier(n.tier).present)
            errors->append(item("nodes", i, "tier") +
                           QStringLiteral(": tier \"%1\" has no entry in $.tiers").arg(tierId(n.tier)));
        if (n.capacityGpus && *n.capacityGpus > n.gpuCount)
            errors->append(item("nodes", i, "capacityGpus") +
                           QStringLiteral(": must not exceed gpuCount (%1)").arg(n.gpuCount));
    }
    for (size_t i = 0; i < s.priceBook.api.size(); ++i)
        if (!modelIds.contains(s.priceBook.api[i].model))
            errors->append(QStringLiteral("$.priceBook.api[%1].model: unknown model \"%2\"")
                               .arg(i)
                               .arg(s.priceBook.api[i].model));
    QHash<QString, size_t> profileKeys;
    for (size_t i = 0; i < s.computeProfiles.size(); ++i) {
        const MeasuredProfile &m = s.computeProfiles[i];
        if (!m.gpu.isEmpty() && !gpuIds.contains(m.gpu))
            errors->append(item("computeProfiles", i, "gpu") +
                           QStringLiteral(": unknown GPU type \"%1\"").arg(m.gpu));
        if (!m.model.isEmpty() && !modelIds.contains(m.model))
            errors->append(item("computeProfiles", i, "model") +
                           QStringLiteral(": unknown model \"%1\"").arg(m.model));
        if (m.gpu.isEmpty() || m.model.isEmpty())
            continue; // reported as missing already
        const QString key = m.gpu + QLatin1Char('/') + m.model + QLatin1Char('/') + precisionId(m.precision);
        const auto it = profileKeys.constFind(key);
        if (it != profileKeys.constEnd())
            errors->append(
                item("computeProfiles", i) +
                QStringLiteral(": a second profile of %1 running %2 in %3 (first at %4)")
                    .arg(m.gpu, m.model, precisionId(m.precision), item("computeProfiles", it.value())));
        else
            profileKeys.insert(key, i);
    }
    for (size_t i = 0; i < s.workloads.size(); ++i) {
        const Workload &w = s.workloads[i];
        if (!w.model.isEmpty() && !modelIds.contains(w.model))
            errors->append(item("workloads", i, "model") +
                           QStringLiteral(": unknown model \"%1\"").arg(w.model));
        if (!s.tier(w.tier).present)
            errors->append(item("workloads", i, "tier") +
                           QStringLiteral(": tier \"%1\" has no entry in $.tiers").arg(tierId(w.tier)));
        else if (nodesPerTier[static_cast<int>(w.tier)] == 0)
            errors->append(item("workloads", i, "tier") +
                           QStringLiteral(": tier \"%1\" has no nodes").arg(tierId(w.tier)));
        if (!w.allows(w.tier))
            errors->append(item("workloads", i, "tier") +
                           QStringLiteral(": tier \"%1\" is listed in forbiddenTiers").arg(tierId(w.tier)));
    }
}

} // namespace ea
