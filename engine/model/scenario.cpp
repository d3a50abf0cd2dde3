// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/scenario.h"

#include <QCoreApplication>

#include <algorithm>

namespace ea {

namespace {
const std::array<const char *, TierCount> kTierIds{"edge", "regional", "central", "onprem"};
const std::array<const char *, PrecisionCount> kPrecisionIds{"fp32", "fp16", "bf16", "fp8", "fp4"};
} // namespace

QString tierId(Tier t)
{
    return QString::fromLatin1(kTierIds[static_cast<int>(t)]);
}

QString tierLabel(Tier t)
{
    switch (t) {
    case Tier::Edge:
        return QCoreApplication::translate("ea::Tier", "Edge", "tier kind");
    case Tier::Regional:
        return QCoreApplication::translate("ea::Tier", "Regional cloud", "tier kind");
    case Tier::Central:
        return QCoreApplication::translate("ea::Tier", "Central cloud", "tier kind");
    case Tier::OnPrem:
        return QCoreApplication::translate("ea::Tier", "On-premises", "tier kind");
    }
    return {};
}

std::optional<Tier> tierFromId(const QString &id)
{
    for (int i = 0; i < TierCount; ++i)
        if (id == QLatin1String(kTierIds[i]))
            return static_cast<Tier>(i);
    return std::nullopt;
}

QString precisionId(Precision p)
{
    return QString::fromLatin1(kPrecisionIds[static_cast<int>(p)]);
}

std::optional<Precision> precisionFromId(const QString &id)
{
    for (int i = 0; i < PrecisionCount; ++i)
        if (id == QLatin1String(kPrecisionIds[i]))
            return static_cast<Precision>(i);
    return std::nullopt;
}

double bytesPerWeight(Precision p)
{
    switch (p) {
    case Precision::FP32:
        return 4.0;
    case Precision::FP16:
    case Precision::BF16:
        return 2.0;
    case Precision::FP8:
        return 1.0;
    case Precision::FP4:
        return 0.5625; // 4-bit values plus one 8-bit scale per block of 16 (NVFP4)
    }
    return 2.0;
}

bool Workload::allows(Tier t) const
{
    return std::find(forbiddenTiers.begin(), forbiddenTiers.end(), t) == forbiddenTiers.end();
}

template <typename List> static int indexById(const List &list, const QString &id)
{
    for (size_t i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int Scenario::gpuIndex(const QString &id) const
{
    return indexById(gpus, id);
}

int Scenario::modelIndex(const QString &id) const
{
    return indexById(models, id);
}

int Scenario::workloadIndex(const QString &id) const
{
    return indexById(workloads, id);
}

const MeasuredProfile *Scenario::measuredProfile(const QString &gpuId, const QString &modelId,
                                                 Precision precision) const
{
    for (const MeasuredProfile &p : computeProfiles)
        if (p.gpu == gpuId && p.model == modelId && p.precision == precision)
            return &p;
    return nullptr;
}

const ApiPrice *Scenario::apiPrice(const QString &modelId) const
{
    for (const ApiPrice &p : priceBook.api)
        if (p.model == modelId)
            return &p;
    return nullptr;
}

std::vector<Tier> Scenario::assignableTiers(int workload) const
{
    std::vector<Tier> out;
    if (workload < 0 || workload >= static_cast<int>(workloads.size()))
        return out;
    std::array<bool, TierCount> hasNodes{};
    for (const Node &n : nodes)
        hasNodes[static_cast<int>(n.tier)] = true;
    for (Tier t : AllTiers)
        if (tier(t).present && hasNodes[static_cast<int>(t)] && workloads[workload].allows(t))
            out.push_back(t);
    return out;
}

Placement placementOf(const Scenario &s)
{
    Placement p;
    p.reserve(s.workloads.size());
    for (const Workload &w : s.workloads)
        p.push_back(w.tier);
    return p;
}

} // namespace ea
