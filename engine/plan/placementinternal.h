// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internals of the placement optimizer's cut loop shared by its files (placementmaster.cpp,
// placementproblem.cpp, placementsolver.cpp, placementsearch.cpp): the master problem's layout and small
// helpers on items and capacity certificates. Not part of the engine's interface.

#include "engine/plan/mipsolver.h"
#include "engine/plan/placementsolver.h"

#include <algorithm>
#include <array>
#include <limits>
#include <utility>
#include <vector>

namespace ea::placement {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr int kIntMin = std::numeric_limits<int>::min();
inline constexpr int kIntMax = std::numeric_limits<int>::max();
inline constexpr double kTieRel = 1e-9;    // costs within this relative distance count as equal
inline constexpr size_t kStrictLimit = 16; // certificates with more bounds start as one summed row

/** Every bound of a capacity certificate holds under these free GPUs. */
inline bool holds(const std::vector<CapacityCertificate::Bound> &bounds, const std::vector<int> &freeGpus)
{
    for (const CapacityCertificate::Bound &b : bounds)
        if (freeGpus[b.node] < b.minFree || freeGpus[b.node] > b.maxFree)
            return false;
    return true;
}

/** A group of zones lies inside a known outcome's zones. */
inline bool inside(ZoneMask group, ZoneMask zones)
{
    return zones == AllZones || (group & zones) == group;
}

/** The parts of an item placed as `tiers` (per group): (tier, zones), AllZones when all in one tier. */
inline std::vector<std::pair<Tier, ZoneMask>> partsOf(const Item &item, const std::vector<Tier> &tiers)
{
    std::array<ZoneMask, TierCount> mask{};
    for (size_t g = 0; g < item.groups.size(); ++g)
        mask[static_cast<int>(tiers[g])] |= item.groups[g];
    std::vector<std::pair<Tier, ZoneMask>> parts;
    for (Tier t : AllTiers)
        if (mask[static_cast<int>(t)])
            parts.emplace_back(t, mask[static_cast<int>(t)]);
    if (parts.size() == 1)
        parts.front().second = AllZones;
    return parts;
}

/** Group g of the item may take tier t. */
inline bool allows(const Item &item, size_t g, Tier t)
{
    return std::find(item.tiers[g].begin(), item.tiers[g].end(), t) != item.tiers[g].end();
}

/** Some group of the item may take tier t. */
inline bool itemUses(const Item &item, Tier t)
{
    for (size_t g = 0; g < item.groups.size(); ++g)
        if (allows(item, g, t))
            return true;
    return false;
}

/** A round's master problem and where its columns sit. */
struct Master
{
    MipProblem mip;
    std::vector<std::vector<std::array<int, TierCount>>> x; // [item][group][tier] or -1
    std::vector<std::array<std::vector<int>, TierCount>> y; // [item][tier][known] or -1
    std::vector<std::array<int, TierCount>> u;              // [item][tier] or -1
    std::vector<int> moved;                                 // [item], tie-break only
};

/**
 * The master problem (placementmaster.cpp). tieBreak: the fewest moves from the current placement among
 * placements of known outcomes costing at most maxUsd.
 */
Master buildMaster(const Scenario &s, const Problem &p, const Placement &current, bool tieBreak,
                   double maxUsd);

} // namespace ea::placement
