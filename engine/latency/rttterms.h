// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/rttparams.h"

namespace ea::rttterms {

/**
 * The share of RttParams::regionalHopMs a path pays (0..1): paths whose endpoints both lie away from any
 * interconnection hub reach each other through a regional network's backhaul to a hub and back (a path
 * between two towns, where no local exchange joins their networks), while a path with an end at a hub, or
 * one inside a town, does not. nearerHubKm is the smaller of the endpoints' distances to their nearest hub;
 * the share grows with it (half at regionalHopScaleKm) and fades in with the distance d as the hub detour
 * does (half at hubLocalKm). Shared by RttModel and its fit, which is linear in regionalHopMs.
 */
inline double regionalHopShare(double distanceKm, double nearerHubKm, const RttParams &p)
{
    return nearerHubKm / (nearerHubKm + p.regionalHopScaleKm) * distanceKm / (distanceKm + p.hubLocalKm);
}

/**
 * The major-hub detour's fade-in with the path's length d (RttModel, RttParams::majorHubShare): half at
 * kMajorHubFadeKm, a continent's scale. Fixed, not fitted: held out by city on the shared pairs 300, 1000 and
 * 3000 km do equally well overall (median 0.112-0.113), while a short scale (100 km) made users' paths to a
 * server in their own country far too slow against M-Lab's national medians (tst_AccessModel); the largest
 * scale leaves such paths nearly untouched.
 */
inline constexpr double kMajorHubFadeKm = 3000.0;

inline double majorHubFade(double distanceKm)
{
    return distanceKm / (distanceKm + kMajorHubFadeKm);
}

} // namespace ea::rttterms
