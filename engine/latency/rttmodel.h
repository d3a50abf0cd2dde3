// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/geo/zones.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>

namespace ea {

inline constexpr int kRttZonePairCount = geo::kZoneCount * (geo::kZoneCount + 1) / 2;

/** Index of the unordered zone pair (a, b) into RttParams::pairInflationDelta. */
constexpr int rttZonePairIndex(int a, int b)
{
    if (a > b) {
        const int t = a;
        a = b;
        b = t;
    }
    return a * geo::kZoneCount - a * (a - 1) / 2 + (b - a);
}

/**
 * Parameters of the network RTT model (see RttModel). A default-constructed RttParams is the
 * uncalibrated prior that fitting starts from (zone-pair deltas 0); the shipped, fitted set is
 * defaultRttParams(). Units are in the names; "inflation" is real path length over great-circle
 * distance, a pure number.
 */
struct RttParams
{
    double fiberKmPerMs = 204.0;     // light in glass (n ≈ 1.47), > 0
    double sameZoneInflation = 1.8;  // inflation of the path length inside one zone, >= 1
    double crossZoneInflation = 2.0; // between zones joined by land or short seas, >= 1
    double oceanInflation = 1.7;     // between zones across an ocean, >= 1
    double shortPathInflation = 1.0; // extra inflation of the direct distance as it → 0, >= 0
    double shortPathScaleKm = 400.0; // distance where the extra inflation has halved, > 0
    double hubRoutingShare = 0.5;    // weight of the via-hubs detour in the path length, 0..1
    double hubLocalKm = 100.0;       // the detour fades below this distance (local peering), > 0; not fitted
    /** Per endpoint, added once for each end of a server-to-server path, >= 0. */
    std::array<double, geo::kZoneCount> serverOverheadMs{2, 2, 2, 2, 2, 2, 2, 2, 2};
    /**
     * Default last-mile RTT of a user in each zone (NA, SA, EU, AF, ME, SAS, EAS, SEA, OC), >= 0.
     * Not fitted: the calibration data is server-to-server. Engineering estimates, blending the
     * typical idle RTT to the first well-connected hop per access technology (FTTH ~2–5 ms,
     * DOCSIS cable ~8–15, DSL ~15–25, 4G/5G mobile ~20–40; the ranges of DESIGN.md, in line
     * with national broadband measurement programmes such as the FCC's Measuring Broadband
     * America) by each zone's rough access mix: fibre-heavy East Asia 10, Europe 12, North
     * America and Oceania 15 (cable/fibre with a mobile share), South America, Middle East and
     * South-East Asia 20, mobile-first South Asia 28 and Africa 35. Override per scenario here,
     * or per demand region with its accessMs.
     */
    std::array<double, geo::kZoneCount> userAccessMs{15, 20, 12, 35, 20, 28, 10, 20, 15};
    /** Added to the zone pair's base inflation; indexed by rttZonePairIndex(). Any sign. */
    std::array<double, kRttZonePairCount> pairInflationDelta{};
    QString note; // provenance: data fitted on, date, error statistics

    bool operator==(const RttParams &) const = default;
};

/** The fitted parameters built into the application (identical to resources/data/rtt-params.json). */
const RttParams &defaultRttParams();

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
 *   rtt = o(zone a) + o(zone b) + 2/v · ( k(pair)·L + s·d/(1 + d/d0) )
 *   L   = d + w·(h − d)·d/(d + dl),   h = d(a, hub a) + d(hub a, hub b) + d(hub b, b)
 *   k   = max(1, K(pair) + δ(pair))
 *
 * d great-circle km, v fiberKmPerMs; L the path length: the direct distance plus a share w
 * (hubRoutingShare) of the detour via each side's nearest interconnection hub (geo::nearestHub),
 * since traffic between networks meets at exchange points, faded out below dl (hubLocalKm),
 * where networks peer locally (so an edge node in the user's own city is not routed through a
 * far hub); K the same-zone / cross-zone / ocean base inflation and δ the zone pair's fitted
 * delta; s·d/(1 + d/d0) the extra detour of short paths (regional backhaul, which long paths
 * amortise); o the per-zone server overhead (switching, the hosts' own stacks and access links).
 * Since L >= d and k >= 1: rtt >= floorMs() = 2·d/v. With the shipped parameters the total
 * inflation (rtt − o)·v/(2d) is about 2.5–4 for paths of a few hundred km and 1.5–2 for
 * intercontinental ones.
 *
 * User-to-node latency adds userAccessMs() of the user's side (last mile), which this server-to-
 * server model does not contain. Immutable after construction: all const members are thread-safe
 * and the Site overloads neither allocate nor lock.
 */
class RttModel
{
public:
    RttModel();
    explicit RttModel(RttParams p);

    struct Site
    {
        double lon = 0, lat = 0;
        double x = 0, y = 0, z = 0; // unit vector
        int zone = 0;               // geo::Zone as int
        int hub = 0;                // geo::nearestHub()
        double hubKm = 0;           // great-circle km to that hub
    };

    Site site(double lon, double lat) const;

    double rttMs(const Site &a, const Site &b) const;
    double rttMs(double lon1, double lat1, double lon2, double lat2) const;
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
     * rttMs: every node farther away has rttMs(from, node) > rttMs. Used to bound spatial searches.
     */
    double reachKm(const Site &from, double rttMs) const;

private:
    static int zoneIndex(int zone) { return zone >= 0 && zone < geo::kZoneCount ? zone : 0; }
    double pathTermKm(const Site &a, const Site &b, double d) const;

    RttParams m_params;
    double m_kmPerMsInv = 1.0 / 204.0;
    double m_shortScaleInv = 1.0 / 1000.0;
    std::array<double, geo::kZoneCount * geo::kZoneCount> m_baseInflation{};
    std::array<double, geo::kZoneCount> m_minInflationFrom{}; // min over the other zone, >= 1
    double m_minOverheadMs = 0;
};

/** The JSON object of `network.rtt` in a scenario (see engine/model/SCHEMA.md). */
QJsonObject rttParamsToJson(const RttParams &p);

/**
 * Reads `network.rtt`. Keys that are absent keep the value already in out, so a caller starts
 * from defaultRttParams() and a file only states what it changes. Appends one line
 * "<path>.<key>: <reason>" per problem to errors; returns false on any. Unknown keys are errors.
 */
bool rttParamsFromJson(const QJsonValue &v, const QString &path, RttParams &out, QStringList &errors);

} // namespace ea
