// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan/placementtext.h"

#include <QStringList>

namespace ea {

QString placementText(Tier tier, const ZoneTiers &zones)
{
    QString out = tierId(tier);
    for (Tier t : AllTiers) {
        if (t == tier)
            continue;
        QStringList codes;
        for (int z = 0; z < geo::kZoneCount; ++z)
            if (zones[z] == t)
                codes << geo::zoneCode(static_cast<geo::Zone>(z));
        if (!codes.isEmpty())
            out += QStringLiteral(", %1 in %2").arg(tierId(t), codes.join(QLatin1Char('+')));
    }
    return out;
}

ZoneTiers zoneTiersOf(const WorkloadOutcome &o)
{
    ZoneTiers zones{};
    for (const WorkloadOutcome &part : o.parts)
        if (part.tier != o.tier)
            for (int z = 0; z < geo::kZoneCount; ++z)
                if (part.zones & zoneBit(static_cast<geo::Zone>(z)))
                    zones[size_t(z)] = part.tier;
    return zones;
}

QString placementText(const Placement &p, std::size_t w)
{
    return placementText(p[w], p.zoneTiers(w));
}

} // namespace ea
