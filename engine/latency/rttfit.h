// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/rttmodel.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace ea {

/** One measured round trip between two points (lon, lat in degrees). */
struct RttSample
{
    double lon1 = 0, lat1 = 0, lon2 = 0, lat2 = 0, rttMs = 0;
    QString source;
    RttModel::PathKind path = RttModel::PathKind::Internet;
};

/**
 * The network that carries a measured or modeled pair, from a CSV row: the `path` column where the file has
 * one ("internet", "backbone" or empty = internet; anything else: nullopt with *error naming the value);
 * without it, a cloud provider's backbone when both endpoint names carry the same cloud provider prefix
 * ("aws:", "gcp:", "azure:", "oci:", "ibm:", "alibaba:") or the `source` names a cloud provider's
 * inter-region table (it starts with aws, gcp, google, azure, microsoft, oci, oracle, ibm or alibaba,
 * followed by "_",
 * "-", " " or its end), else the public internet.
 */
std::optional<RttModel::PathKind> rttPathKind(bool hasPathColumn, const QString &path, const QString &source,
                                              const QString &srcName, const QString &dstName, QString *error);

/**
 * Reads a CSV with a header row naming at least src_lat, src_lon, dst_lat, dst_lon and rtt_ms
 * (in any order; a `source` column is kept, the path kind is read as rttPathKind() says, other columns
 * ignored). RFC 4180 quoting. On the first bad line returns false with *error = "<file>:<line>: <reason>".
 */
bool readRttSamplesCsv(const QString &fileName, std::vector<RttSample> &out, QString *error);

/** Absolute relative error |model − measured| / measured over the samples. */
struct RttErrorStats
{
    int n = 0;
    double medianAbsRelErr = 0, p90AbsRelErr = 0, meanAbsRelErr = 0;
};

RttErrorStats rttErrorStats(const RttModel &m, const std::vector<RttSample> &s);
/** Percentiles as used by rttErrorStats (engine/stats' type 7); values is sorted in place. */
RttErrorStats errorStatsFromAbsRelErrors(std::vector<double> &values);

/** Regularisation of fitRttModel; the defaults are what the shipped parameters were fitted with. */
struct RttFitOptions
{
    /**
     * Ridge weights λ pulling parameters towards `start`, in summed-abs-relative-error per unit².
     * Read as a Gaussian prior of standard deviation σ ≈ sqrt(b / 2λ), b ≈ 0.17 the typical abs
     * relative error: σ ≈ 0.04 for the base inflations, ≈ 0.09 for a zone-pair delta, ≈ 1 ms for
     * an overhead. Thousands of samples overrule them; twenty probes mostly move the deltas of
     * the zone pairs they cover.
     */
    double inflationWeight = 50.0; // the three base inflations and shortPathInflation
    double pairDeltaWeight = 10.0; // zone-pair deltas: few samples → stay at the parent base
    double overheadWeight = 0.1;   // per ms², per-zone server overheads
    /** Below this many samples shortPathScaleKm and hubRoutingShare are kept from start. */
    int minSamplesForScale = 300;
    int iterations = 40;
    /**
     * The shape search (shortPathScaleKm, hubRoutingShare: two numbers, ~75 trial fits) runs on at most this
     * many samples, a deterministic subset chosen by a hash of the endpoints; the final fit at the chosen
     * shape uses every sample. Keeps a million-row calibration to seconds.
     */
    int shapeSampleCap = 20000;
    /** Called now and then with the share done (0..1) and what runs; from the calling thread. May be empty.
     */
    std::function<void(double share, const QString &stage)> progress;
};

/**
 * Calibrates the model on measured samples: minimises Σ |relative error| (iteratively
 * reweighted least squares) plus ridge terms towards start, so zone pairs with few samples keep
 * start's values (a prior with zero deltas = their parent inflation). Works with a handful of
 * probe measurements (pass the current parameters as start) as well as with thousands of pairs
 * (pass RttParams{} for a calibration from scratch). The backbone terms are fitted on the samples whose
 * path is PathKind::Backbone (they keep start's values without such samples), majorHubShare on the public
 * internet ones. userAccessMs, fiberKmPerMs and hubLocalKm are copied from start, never fitted. The note
 * states sample count, date and in-sample errors. Deterministic; about a second for 6,000 samples, linear in
 * the samples beyond options.shapeSampleCap.
 */
RttParams fitRttModel(const std::vector<RttSample> &samples, const RttParams &start = {},
                      const RttFitOptions &options = {});

/** The naive reference: rtt = 2·d/v·k + overhead with one global k. */
struct GlobalFactorModel
{
    double k = 1.7, overheadMs = 5.0;
    double rttMs(double lon1, double lat1, double lon2, double lat2, double fiberKmPerMs = 204.0) const;
};

/** Least absolute relative error fit of k and overheadMs. */
GlobalFactorModel fitGlobalFactor(const std::vector<RttSample> &samples);
RttErrorStats globalFactorErrorStats(const GlobalFactorModel &m, const std::vector<RttSample> &s);

/** Held-out errors: every sample is predicted by a model fitted without its fold. */
struct CrossValidation
{
    RttErrorStats model, baseline;
};

/**
 * Deterministic k-fold cross-validation: a sample's fold is a hash of its endpoint coordinates
 * (order-independent), so the split is the same on every run and platform. The model is fitted
 * from the prior RttParams{} in each fold (never from the shipped parameters, which saw all data).
 */
CrossValidation crossValidateRtt(const std::vector<RttSample> &samples, int folds = 5);
/** The fold crossValidateRtt() assigns to a sample. */
int rttSampleFold(const RttSample &s, int folds);

} // namespace ea
