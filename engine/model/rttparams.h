// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parameters of the network RTT model as the scenario holds them (network.rtt), with their JSON form.
// Plain data of the model layer: the model itself (engine/latency/rttmodel.h) builds on them.

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
    /**
     * Weight of the detour via each side's nearest major hub (geo::nearestMajorHub: the large exchanges where
     * networks without a nearer common exchange meet), >= 0, faded in with the path's length: half at
     * rttterms::kMajorHubFadeKm (a continent's scale, so that a user's path to a server in the same country
     * barely pays it). Public-internet paths only. Fitted; 0 in models of format zone-distance/1, which had
     * no such term.
     */
    double majorHubShare = 0.0;
    /**
     * A path between two regions of one cloud provider rides its private backbone (RttModel::PathKind):
     * its base inflation is K + δ(pair) + backboneInflationDelta (any sign, the total >= 1), it pays
     * backboneOverheadMs once (any sign, the path's overheads stay >= 0), and none of the public internet's
     * short-path, regional-hop and major-hub terms. Fitted on published cloud inter-region tables.
     */
    double backboneInflationDelta = 0.0;
    double backboneOverheadMs = 0.0;
    /**
     * What a path between two places that both lie away from any interconnection hub pays for its regional
     * backhaul to a hub and back, at most this many ms, >= 0 (0: none); the share of it grows with the nearer
     * end's distance to its hub (half at regionalHopScaleKm, > 0) and fades in with the path's length as the
     * hub detour does (engine/latency/rttterms.h). Fitted; regionalHopScaleKm is not.
     */
    double regionalHopMs = 0.0;
    double regionalHopScaleKm = 50.0; // > 0
    /** Per endpoint, added once for each end of a server-to-server path, >= 0. */
    std::array<double, geo::kZoneCount> serverOverheadMs{2, 2, 2, 2, 2, 2, 2, 2, 2};
    /**
     * Fixed-broadband last-mile RTT of a user in each zone (NA, SA, EU, AF, ME, SAS, EAS, SEA, OC), >= 0: the
     * fallback for places without a measured country (engine/latency/accessmodel.h). Not fitted here (the
     * pairs are server-to-server); the shipped values (defaultRttParams()) are derived from M-Lab NDT
     * per-country medians, tst_AccessModel checks how. This prior keeps the engineering estimates the project
     * started with (FTTH ~2–5 ms, cable ~8–15, DSL ~15–25, mobile ~20–40, blended by each zone's access mix).
     * Override per scenario here, or per demand region with its accessMs.
     */
    std::array<double, geo::kZoneCount> userAccessMs{15, 20, 12, 35, 20, 28, 10, 20, 15};
    /** Added to the zone pair's base inflation; indexed by rttZonePairIndex(). Any sign. */
    std::array<double, kRttZonePairCount> pairInflationDelta{};
    QString note; // provenance: data fitted on, date, error statistics

    bool operator==(const RttParams &) const = default;
};

/** The fitted parameters built into the application (identical to resources/data/rtt-params.json). */
const RttParams &defaultRttParams();

/** The JSON object of `network.rtt` in a scenario (see engine/model/SCHEMA.md). */
QJsonObject rttParamsToJson(const RttParams &p);

/**
 * Reads `network.rtt`. Keys that are absent keep the value already in out, so a caller starts
 * from defaultRttParams() and a file only states what it changes. Appends one line
 * "<path>.<key>: <reason>" per problem to errors; returns false on any. Unknown keys are errors.
 */
bool rttParamsFromJson(const QJsonValue &v, const QString &path, RttParams &out, QStringList &errors);

} // namespace ea
