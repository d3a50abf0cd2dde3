// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/geo/zones.h"
#include "engine/latency/rttmodel.h"
#include "engine/model/scenario.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ea {

/**
 * One measured user-to-node network round trip (DESIGN.md, "Models": calibrate the network model from
 * what was measured). measuredMs is what the model's user-to-node RTT predicts: the vantage point's
 * access latency plus the path, e.g. a probe's request RTT (requestRttMs() of engine/monitor; on the
 * simulator: its modeled network RTT).
 */
struct CalibrationSample
{
    double vantageLon = 0, vantageLat = 0;
    /** The demand region the vantage point stands for ("" = none: its zone's default access latency). */
    QString vantageRegion;
    int node = -1; // index into the scenario's nodes; -1: nodeLon/nodeLat are used
    double nodeLon = 0, nodeLat = 0;
    QString provider;      // diagnostics only (taken from the node when empty)
    QString label;         // e.g. the probe target id, for messages
    double measuredMs = 0; // > 0
};

/** Error of a model against samples: |model − measured| / measured and |model − measured| in ms. */
struct CalibrationErrors
{
    int n = 0;
    double medianAbsRelErr = 0, p90AbsRelErr = 0, medianAbsMs = 0;
};

/** Regularisation and hold-out of calibrateNetwork(). */
struct CalibrationOptions
{
    /**
     * Ridge weights towards the current values, in summed squared relative error per unit² (inflation)
     * and per ms² (access). Small: a handful of samples overrule them; they only keep a zone pair whose
     * nodes all lie at the same distance (access and inflation then cannot be told apart) where it was.
     */
    double inflationWeight = 0.02;
    double accessWeight = 1e-5;
    int folds = 5;               // k-fold by node for the held-out errors
    int minNodesForHoldout = 10; // fewer distinct nodes: no held-out errors
};

/** The fitted inflation k(pair) = max(1, K + δ) of one zone pair (RttModel's formula). */
struct FittedInflation
{
    geo::Zone a = geo::Zone::NorthAmerica, b = geo::Zone::NorthAmerica;
    int samples = 0;
    double before = 0, after = 0;
};

/** The fitted access latency (last mile) of one vantage point. */
struct FittedAccess
{
    QString region; // demand region id, "" when the vantage is a bare location
    double lon = 0, lat = 0;
    geo::Zone zone = geo::Zone::NorthAmerica;
    int samples = 0;
    double beforeMs = 0, afterMs = 0;
};

/** Diagnostics per node provider: the median of measured / modeled, before and after. */
struct ProviderResidual
{
    QString provider;
    int samples = 0;
    double medianRatioBefore = 1, medianRatioAfter = 1;
};

struct CalibrationResult
{
    bool ok = false;
    QString error;     // why there is no fit (ok == false)
    QStringList notes; // caveats of a fit (pairs that could not be separated from access, …)
    std::vector<FittedInflation> inflations;
    std::vector<FittedAccess> access;
    std::vector<ProviderResidual> providers;
    CalibrationErrors before, after;
    /** Out-of-fold errors after calibration (each node predicted by a fit without it), when enough nodes. */
    std::optional<CalibrationErrors> heldOut;
    RttParams params; // the calibrated network.rtt

    /**
     * The scenario with the calibration applied: network.rtt = params (hasRtt set); a vantage point
     * with a demand region gets that region's accessMs, one without sets its zone's userAccessMs.
     * The GUI applies it through Document::applyEdit (undoable).
     */
    Scenario apply(const Scenario &s) const;
};

/**
 * Fits the network model to measured samples: per zone pair that the samples cover, the inflation
 * k(pair), and per vantage point the access latency, all other parameters kept. The model is linear in
 * both (rtt = access + o + 2/v·(k·L + short-path term)), so the fit is a weighted least-squares solve,
 * iteratively reweighted towards least absolute relative error (robust to outliers), with small ridge
 * terms towards the current values and bounds k >= 1, access >= 0. Errors before and after on the
 * samples, and held-out (k-fold by node) with enough distinct nodes. No samples, fewer than two distinct
 * nodes, or samples that are not positive give ok == false with the reason. Deterministic.
 */
CalibrationResult calibrateNetwork(const Scenario &s, const std::vector<CalibrationSample> &samples,
                                   const CalibrationOptions &options = {});

} // namespace ea
