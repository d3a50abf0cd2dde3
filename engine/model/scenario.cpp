// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/scenario.h"

#include <QCoreApplication>

#include <algorithm>

namespace ea {

namespace {
const std::array<const char *, TierCount> kTierIds{"edge", "regional", "central", "onprem"};
const std::array<const char *, PrecisionCount> kPrecisionIds{"fp32", "fp16", "bf16", "fp8", "fp4"};
const std::array<const char *, AccessProfileCount> kAccessIds{"fixed", "mobile", "enterprise"};
} // namespace

const AccessParams &defaultAccessParams()
{
    // Engineering estimates; no per-country measurement of these two was found under a licence that lets us
    // ship what we derive.
    // - mobileExtraMs 20: a phone's radio access network and mobile core add to a fixed line's last mile.
    //   Basis: Rizvi, Heidemann and Plonka, "Third-Party Assessment of Mobile Performance in the 5G Era"
    //   (arXiv:2507.18834, 2025), from a global CDN: only the best 5 % of mobile users regularly see a
    //   minimum latency under 20 ms, while the median fixed-line user of most well-served countries reaches a
    //   nearby M-Lab server in 6–20 ms (access-countries.json).
    // - enterpriseMs 8: an enterprise LAN to the site's own breakout is about 1 ms; a private 5G network
    //   with a local user-plane function is bounded by the 3GPP eMBB user-plane latency target of 4 ms each
    //   way (3GPP TR 38.913), so 8 ms covers both (for a wired-only site set network.access.enterpriseMs to
    //   1).
    static const AccessParams p{20.0, 8.0};
    return p;
}

QString accessProfileId(AccessProfile a)
{
    return QString::fromLatin1(kAccessIds[static_cast<int>(a)]);
}

QString accessProfileLabel(AccessProfile a)
{
    switch (a) {
    case AccessProfile::Fixed:
        return QCoreApplication::translate("ea::AccessProfile", "Fixed broadband", "access profile");
    case AccessProfile::Mobile:
        return QCoreApplication::translate("ea::AccessProfile", "Mobile network", "access profile");
    case AccessProfile::Enterprise:
        return QCoreApplication::translate("ea::AccessProfile", "Enterprise LAN / private 5G",
                                           "access profile");
    }
    return {};
}

std::optional<AccessProfile> accessProfileFromId(const QString &id)
{
    for (int i = 0; i < AccessProfileCount; ++i)
        if (id == QLatin1String(kAccessIds[i]))
            return static_cast<AccessProfile>(i);
    return std::nullopt;
}

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
    Placement p(s.workloads.size());
    for (size_t w = 0; w < s.workloads.size(); ++w)
        p.setWorkload(w, s.workloads[w].tier, s.workloads[w].zoneTiers);
    return p;
}

} // namespace ea
