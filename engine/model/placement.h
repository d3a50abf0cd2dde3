// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/geo/zones.h"

#include <QtGlobal>

#include <array>
#include <initializer_list>
#include <optional>
#include <vector>

namespace ea {

/** Deployment tiers, in the order the UI shows them. */
enum class Tier { Edge = 0, Regional = 1, Central = 2, OnPrem = 3 };
inline constexpr int TierCount = 4;
inline constexpr std::array<Tier, TierCount> AllTiers{Tier::Edge, Tier::Regional, Tier::Central,
                                                      Tier::OnPrem};

/** A set of the network model's zones, bit i for geo::Zone(i). */
using ZoneMask = quint16;
inline constexpr ZoneMask AllZones = ZoneMask((1u << geo::kZoneCount) - 1);
inline constexpr ZoneMask zoneBit(geo::Zone z)
{
    return ZoneMask(1u << static_cast<int>(z));
}

/**
 * The tiers of one workload's demand by zone that differ from the workload's own tier; an unset zone
 * follows the workload's tier (the "*" of a placement file).
 */
using ZoneTiers = std::array<std::optional<Tier>, geo::kZoneCount>;

/**
 * Where every workload runs, by workload index: one tier per workload and, for a split workload, another
 * tier for some zones of its demand (placement file schema 2: {"w": {"EU": "edge", "*": "regional"}}).
 *
 * Reads like a std::vector<Tier> of the workloads' tiers: p[w] is workload w's tier (its "*"), and
 * assigning p[w] = t moves all of the workload, so it is no longer split. The zone tiers are kept
 * normalised (an override never equals the workload's tier), so == compares what the placements mean.
 * A plain value; copy it across threads.
 */
class Placement
{
public:
    /** What p[w] gives on a non-const placement: reads the tier, assigning moves the whole workload. */
    class Ref
    {
    public:
        operator Tier() const { return m_p->m_tiers[m_w]; }
        explicit operator int() const { return static_cast<int>(m_p->m_tiers[m_w]); }
        Ref &operator=(Tier t)
        {
            m_p->setTier(m_w, t);
            return *this;
        }
        Ref &operator=(const Ref &other) { return *this = Tier(other); }

    private:
        friend class Placement;
        Ref(Placement *p, std::size_t w) : m_p(p), m_w(w) {}
        Placement *m_p;
        std::size_t m_w;
    };

    Placement() = default;
    Placement(std::initializer_list<Tier> tiers) : m_tiers(tiers) {}
    explicit Placement(std::vector<Tier> tiers) : m_tiers(std::move(tiers)) {}
    /** n workloads, all in one tier (Edge, as std::vector<Tier>(n) would have it, unless told). */
    explicit Placement(std::size_t n, Tier tier = Tier::Edge) : m_tiers(n, tier) {}

    std::size_t size() const { return m_tiers.size(); }
    bool empty() const { return m_tiers.empty(); }
    void reserve(std::size_t n) { m_tiers.reserve(n); }
    void push_back(Tier t);
    Tier operator[](std::size_t w) const { return m_tiers[w]; }
    Ref operator[](std::size_t w) { return Ref(this, w); }
    /** The workloads' tiers ("*"), in workload order. */
    const std::vector<Tier> &tiers() const { return m_tiers; }
    std::vector<Tier>::const_iterator begin() const { return m_tiers.begin(); }
    std::vector<Tier>::const_iterator end() const { return m_tiers.end(); }

    /** Moves all of workload w to tier t (its zone tiers are dropped). */
    void setTier(std::size_t w, Tier t);
    /** The tier of workload w's demand in zone z. */
    Tier tierIn(std::size_t w, geo::Zone z) const;
    /** Sets the tier of workload w in zone z; nullopt, or the workload's own tier, removes the override. */
    void setZoneTier(std::size_t w, geo::Zone z, std::optional<Tier> t);
    /** Workload w's zone tiers (all unset when it is not split). */
    ZoneTiers zoneTiers(std::size_t w) const;
    /** Sets workload w's tier and zone tiers at once (overrides equal to the tier are dropped). */
    void setWorkload(std::size_t w, Tier tier, const ZoneTiers &zones);
    /** The zones of workload w that run in tier t. */
    ZoneMask zonesIn(std::size_t w, Tier t) const;
    /** True when some zone of workload w runs in another tier than the workload's own. */
    bool isSplit(std::size_t w) const;
    /** True when any workload is split. */
    bool hasSplits() const { return !m_zones.empty(); }
    /** Same tiers in every zone of every workload. */
    bool operator==(const Placement &other) const
    {
        return m_tiers == other.m_tiers && m_zones == other.m_zones;
    }
    /** Workload w is placed the same way in both (tier and zone tiers). */
    bool samePlacement(std::size_t w, const Placement &other) const;

private:
    void normalise();

    std::vector<Tier> m_tiers;
    std::vector<ZoneTiers> m_zones; // empty, or one per workload when some workload is split
};

} // namespace ea
