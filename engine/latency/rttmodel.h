// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/rttparams.h"

#include <QString>

#include <array>

namespace ea {

struct Scenario;

/**
 * How well the built-in parameters predict measured RTTs: absolute relative error |model - measured| /
 * measured on the calibration pairs they were fitted to (in-sample) and 5-fold held out (crossValidateRtt,
 * each fold fitted without its own pairs), plus the naive one-global-factor model for reference. The one
 * place these figures live; reports quote them.
 */
struct RttCalibrationRecord
{
    int pairs = 0;
    double heldOutMedian = 0, heldOutP90 = 0;
    double inSampleMedian = 0, inSampleP90 = 0;
    double globalFactorMedian = 0, globalFactorP90 = 0; // held out, too
    QString data;                                       // what was measured, by whom, when
    QString fittedOn;
};
const RttCalibrationRecord &defaultRttCalibration();

/**
 * Median round-trip time between two points a and b:
 *
 *   rtt = o(zone a) + o(zone b) + m·g + 2/v · ( k(pair)·L + W·(H − d)·d/(d + dm) + s·d/(1 + d/d0) )
 *   L   = d + w·(h − d)·d/(d + dl),   h = d(a, hub a) + d(hub a, hub b) + d(hub b, b)
 *   k   = max(1, K(pair) + δ(pair))
 *
 * with H the same as h via each side's nearest major hub (geo::nearestMajorHub), W its weight (majorHubShare,
 * inflation included) and dm its fade-in scale (rttterms::kMajorHubFadeKm, fixed): the public internet. A
 * path on one cloud provider's backbone (PathKind::Backbone: between two regions of the same cloud) is
 * instead
 *
 *   rtt = max(0, o(zone a) + o(zone b) + ob) + 2/v · kb·Lb,   Lb = d + w·(h − d)·d/(d + dl),
 *   kb  = max(1, K(pair) + δ(pair) + δb)
 *
 * (backboneOverheadMs ob, backboneInflationDelta δb: a private backbone is straighter and has no regional
 * backhaul).
 *
 * d great-circle km, v fiberKmPerMs; L the path length: the direct distance plus a share w
 * (hubRoutingShare) of the detour via each side's nearest interconnection hub (geo::nearestHub),
 * since traffic between networks meets at exchange points, faded out below dl (hubLocalKm),
 * where networks peer locally (so an edge node in the user's own city is not routed through a
 * far hub); K the same-zone / cross-zone / ocean base inflation and δ the zone pair's fitted
 * delta; s·d/(1 + d/d0) the extra detour of short paths (regional backhaul, which long paths
 * amortise); o the per-zone server overhead (switching, the hosts' own stacks and access links);
 * m·g the regional backhaul of paths between two places away from any hub (regionalHopMs, g in 0..1 from
 * rttterms::regionalHopShare). Since L >= d and k >= 1: rtt >= floorMs() = 2·d/v. With the shipped parameters
 * the total inflation (rtt − o)·v/(2d) is about 2.5–4 for paths of a few hundred km and 1.5–2 for
 * intercontinental ones.
 *
 * User-to-node latency adds the user's last mile (AccessModel; userAccessMs() is the zone fallback), which
 * this server-to-server model does not contain. Immutable after construction: all const members are
 * thread-safe and the Site overloads neither allocate nor lock.
 */
class RttModel
{
public:
    RttModel();
    explicit RttModel(RttParams p);
    /**
     * The model of a scenario, as the evaluator, the simulator, the calibration and the monitor use it: the
     * scenario's fitted parameters (network.rtt; the built-in ones where the file carried none) with its
     * fibre speed (network.fiberKmPerMs).
     */
    static RttModel forScenario(const Scenario &scenario);

    /** Which network carries a path: the public internet, or one cloud provider's private backbone. */
    enum class PathKind { Internet, Backbone };

    struct Site
    {
        double lon = 0, lat = 0;
        double x = 0, y = 0, z = 0; // unit vector
        int zone = 0;               // geo::Zone as int
        int hub = 0;                // geo::nearestHub()
        double hubKm = 0;           // great-circle km to that hub
        int majorHub = 0;           // geo::nearestMajorHub()
        double majorHubKm = 0;
    };

    Site site(double lon, double lat) const;

    double rttMs(const Site &a, const Site &b, PathKind kind = PathKind::Internet) const;
    double rttMs(double lon1, double lat1, double lon2, double lat2,
                 PathKind kind = PathKind::Internet) const;
    /** 2·d/v: the round trip of light in a fibre laid along the great circle. */
    double floorMs(const Site &a, const Site &b) const;
    double userAccessMs(const Site &user) const;
    /** Total inflation (rtt − overheads)·v/(2d) between two sites (>= 1; 1 when they coincide). */
    double inflation(const Site &a, const Site &b) const;
    /** k(pair) = max(1, K + δ) of the formula above. */
    double pairInflation(geo::Zone a, geo::Zone b) const;

    /** The parameters as used: out-of-range or non-finite values are replaced by bounds or the prior. */
    const RttParams &params() const { return m_params; }

    /**
     * The largest great-circle distance (km) at which a node can still be reached from `from` within
     * rttMs: every node farther away has rttMs(from, node) > rttMs (public internet paths). Used to bound
     * spatial searches.
     */
    double reachKm(const Site &from, double rttMs) const;

private:
    static int zoneIndex(int zone) { return zone >= 0 && zone < geo::kZoneCount ? zone : 0; }
    double pathTermKm(const Site &a, const Site &b, double d, PathKind kind) const;

    RttParams m_params;
    double m_kmPerMsInv = 1.0 / 204.0;
    double m_shortScaleInv = 1.0 / 1000.0;
    std::array<double, geo::kZoneCount * geo::kZoneCount> m_baseInflation{};
    std::array<double, geo::kZoneCount * geo::kZoneCount> m_backboneInflation{};
    std::array<double, geo::kZoneCount> m_minInflationFrom{}; // min over the other zone, >= 1
    double m_minOverheadMs = 0;
};

} // namespace ea
