// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/placement.h"

#include <algorithm>

namespace ea {

void Placement::push_back(Tier t)
{
    m_tiers.push_back(t);
    if (!m_zones.empty())
        m_zones.emplace_back();
}

void Placement::setTier(std::size_t w, Tier t)
{
    m_tiers[w] = t;
    if (!m_zones.empty()) {
        m_zones[w] = ZoneTiers{};
        normalise();
    }
}

Tier Placement::tierIn(std::size_t w, geo::Zone z) const
{
    if (m_zones.empty())
        return m_tiers[w];
    return m_zones[w][static_cast<int>(z)].value_or(m_tiers[w]);
}

void Placement::setZoneTier(std::size_t w, geo::Zone z, std::optional<Tier> t)
{
    if (t == m_tiers[w])
        t.reset();
    if (m_zones.empty()) {
        if (!t)
            return;
        m_zones.resize(m_tiers.size());
    }
    m_zones[w][static_cast<int>(z)] = t;
    normalise();
}

ZoneTiers Placement::zoneTiers(std::size_t w) const
{
    return m_zones.empty() ? ZoneTiers{} : m_zones[w];
}

void Placement::setWorkload(std::size_t w, Tier tier, const ZoneTiers &zones)
{
    m_tiers[w] = tier;
    if (m_zones.empty() &&
        std::none_of(zones.begin(), zones.end(), [&](const auto &z) { return z && *z != tier; }))
        return;
    if (m_zones.empty())
        m_zones.resize(m_tiers.size());
    for (int z = 0; z < geo::kZoneCount; ++z)
        m_zones[w][z] = zones[z] && *zones[z] != tier ? zones[z] : std::nullopt;
    normalise();
}

ZoneMask Placement::zonesIn(std::size_t w, Tier t) const
{
    ZoneMask mask = 0;
    for (int z = 0; z < geo::kZoneCount; ++z)
        if (tierIn(w, static_cast<geo::Zone>(z)) == t)
            mask |= ZoneMask(1u << z);
    return mask;
}

bool Placement::isSplit(std::size_t w) const
{
    if (m_zones.empty())
        return false;
    return std::any_of(m_zones[w].begin(), m_zones[w].end(), [](const auto &z) { return z.has_value(); });
}

bool Placement::samePlacement(std::size_t w, const Placement &other) const
{
    return m_tiers[w] == other.m_tiers[w] && zoneTiers(w) == other.zoneTiers(w);
}

void Placement::normalise()
{
    for (std::size_t w = 0; w < m_zones.size(); ++w)
        if (isSplit(w))
            return;
    m_zones.clear();
}

} // namespace ea
