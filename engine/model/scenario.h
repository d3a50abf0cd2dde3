// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/placement.h"
#include "engine/model/rttparams.h"
#include "engine/model/whatif.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace ea {

enum class Precision { FP32 = 0, FP16 = 1, BF16 = 2, FP8 = 3, FP4 = 4 };
inline constexpr int PrecisionCount = 5;
enum class WorkloadCategory { Interactive, Batch };
enum class SloMetric { Ttft, E2e };
enum class Billing { GpuHour, Api };
/**
 * How a workload's users reach the network (their last mile): a consumer's fixed broadband (the default,
 * and what the per-country measurements describe), a mobile network, or an enterprise LAN / private 5G
 * (a factory's control loop does not pay a consumer last mile).
 */
enum class AccessProfile { Fixed = 0, Mobile = 1, Enterprise = 2 };
inline constexpr int AccessProfileCount = 3;

QString tierId(Tier t);    // "edge", "regional", "central", "onprem"
QString tierLabel(Tier t); // translated, for people
std::optional<Tier> tierFromId(const QString &id);
QString precisionId(Precision p); // "fp32", "fp16", "bf16", "fp8", "fp4"
std::optional<Precision> precisionFromId(const QString &id);
double bytesPerWeight(Precision p);
QString accessProfileId(AccessProfile a);    // "fixed", "mobile", "enterprise"
QString accessProfileLabel(AccessProfile a); // translated, for people
std::optional<AccessProfile> accessProfileFromId(const QString &id);

struct Source
{
    QString id, title, licence, url, asOf;
    bool operator==(const Source &) const = default;
};

struct GpuType
{
    QString id, name;
    double memoryGB = 0;
    double bandwidthGBps = 0;
    std::array<double, PrecisionCount> tflops{}; // dense; 0 = not supported natively
    double priceUsdPerHour = 0;
    /** GPU-to-GPU bandwidth, both directions added (NVLink 900 on H100); 0 = unknown, PCIe Gen4 x16 assumed.
     */
    double interconnectGBps = 0;
    QString priceSource, priceAsOf, specSource, specAsOf;
    bool operator==(const GpuType &) const = default;
};

struct ModelSpec
{
    QString id, name;
    int layers = 0, hidden = 0, heads = 0, kvHeads = 0, ffn = 0, vocab = 0;
    double paramsB = 0; // total parameters, billions
    QString source, asOf;
    bool operator==(const ModelSpec &) const = default;
};

struct ApiPrice
{
    QString model, provider;
    double inputUsdPerMTok = 0, outputUsdPerMTok = 0;
    QString source, asOf;
    bool operator==(const ApiPrice &) const = default;
};

struct PriceBook
{
    QString currency = QStringLiteral("USD");
    double hoursPerMonth = 730;
    std::vector<ApiPrice> api;
    bool operator==(const PriceBook &) const = default;
};

struct TierSettings
{
    bool present = false; // the scenario defines this tier
    Billing billing = Billing::GpuHour;
    double targetUtilization = 0.6;
    int minGpusPerSite = 1;
    double egressUsdPerGB = 0.05;
    double computeEfficiency = 0.489;   // achieved / dense peak FLOP/s, fitted (ea::defaultServingParams)
    double bandwidthEfficiency = 0.795; // achieved / peak memory bandwidth, fitted
    bool operator==(const TierSettings &) const = default;
};

/**
 * The last mile of the access profiles that the per-country table does not give (see accessmodel.h).
 * Engineering estimates with their basis stated there; editable per scenario (network.access).
 */
struct AccessParams
{
    double mobileExtraMs = 0; // mobile RTT over fixed broadband in the same country, >= 0
    double enterpriseMs = 0;  // enterprise LAN / private 5G to the site's breakout, >= 0
    bool operator==(const AccessParams &) const = default;
};
/** The built-in estimates (accessmodel.cpp states their basis). */
const AccessParams &defaultAccessParams();

struct NetworkParams
{
    double fiberKmPerMs = 204.0;
    int handshakeRtts = 2;
    double newConnectionShare = 0.02;
    double jitterP95Factor = 1.15;
    double jitterP99Factor = 1.35;
    bool hasRtt = false; // the file carried fitted parameters (else built-in ones are used)
    RttParams rtt = defaultRttParams();
    AccessParams access = defaultAccessParams();
    bool operator==(const NetworkParams &) const = default;
};

struct Node
{
    QString id, name;
    Tier tier = Tier::Edge;
    double lon = 0, lat = 0;
    QString country, provider, gpu;
    int gpuCount = 0;
    std::optional<int> capacityGpus; // GPUs the plan may use; defaults to gpuCount
    QString endpoint;
    bool synthetic = false;
    QString source;
    int usableGpus() const { return capacityGpus.value_or(gpuCount); }
    bool operator==(const Node &) const = default;
};

struct DemandRegion
{
    QString id, name, country;
    double lon = 0, lat = 0;
    double weight = 0;
    double utcOffsetHours = 0;
    std::optional<double> accessMs;
    bool operator==(const DemandRegion &) const = default;
};

struct Slo
{
    SloMetric metric = SloMetric::Ttft;
    double percentile = 95;
    double budgetMs = 0;
    bool operator==(const Slo &) const = default;
};

struct Workload
{
    QString id, name;
    WorkloadCategory category = WorkloadCategory::Interactive;
    Slo slo;
    double meanRps = 0;
    std::array<double, 24> diurnal{}; // local-time hour profile, any scale
    int inputTokens = 0, outputTokens = 0;
    QString model;
    Precision precision = Precision::BF16;
    Tier tier = Tier::Regional; // everywhere, or where zoneTiers says nothing
    ZoneTiers zoneTiers{};      // optional: another tier for the demand of some zones (a split workload)
    AccessProfile access = AccessProfile::Fixed; // how its users reach the network
    bool pinned = false;
    std::vector<Tier> forbiddenTiers;
    bool allows(Tier t) const;
    /** The tier of this workload's demand in zone z. */
    Tier tierIn(geo::Zone z) const { return zoneTiers[static_cast<int>(z)].value_or(tier); }
    bool operator==(const Workload &) const = default;
};

/** Replaces the roofline for one GPU type with measured figures (from a benchmark trial), per replica. */
struct ComputeProfile
{
    double prefillTokensPerSec = 0;     // compute-bound prefill rate; 0 = use the roofline
    double decodeStepMsAtBatch1 = 0;    // one decode step, batch 1; 0 = use the roofline
    double decodeStepMsPerExtraSeq = 0; // added per extra sequence in the batch
    /** TTFT at concurrency 1 beyond the prefill (HTTP, tokenizer, queue); absent: the engine's fitted value.
     */
    std::optional<double> schedulingMs;
    bool operator==(const ComputeProfile &) const = default;
};

/**
 * A measured compute profile of one GPU type running one model at one precision. The planner uses it
 * instead of the roofline wherever a workload of that model and precision runs on that GPU type.
 */
struct MeasuredProfile
{
    QString gpu, model; // ids in the scenario's catalogues
    Precision precision = Precision::BF16;
    ComputeProfile profile;
    QString source; // what measured it: "edgeatlas-trials 0.1.0, cpu (…), 2026-11-27"
    QString asOf;   // date of the measurement (ISO 8601), optional
    bool operator==(const MeasuredProfile &) const = default;
};

/** A whole planning scenario. Plain value type: copy it to hand it to another thread. */
struct Scenario
{
    QString name, description;
    std::vector<Source> sources;
    NetworkParams network;
    std::array<TierSettings, TierCount> tiers{};
    std::vector<GpuType> gpus;
    std::vector<ModelSpec> models;
    PriceBook priceBook;
    std::vector<Node> nodes;
    std::vector<DemandRegion> regions;
    std::vector<Workload> workloads;
    std::vector<MeasuredProfile> computeProfiles; // optional; at most one per (gpu, model, precision)
    /** What-if conditions, saved with the scenario ("whatIf"); evaluation honours them only through
     * applyWhatIf() (engine/plan/whatif.h), which makes an evaluation copy. */
    std::vector<WhatIfCondition> whatIf;
    /**
     * Set only on that evaluation copy, never read from or written to a file: GPU-hour and API price factor
     * per tier, and extra network RTT (ms) between zones (geo::Zone a * 9 + b, empty = none).
     */
    struct Adjustments
    {
        std::array<double, TierCount> tierPriceFactor{1.0, 1.0, 1.0, 1.0};
        std::vector<double> zonePenaltyMs;
        bool operator==(const Adjustments &) const = default;
    } adjustments;

    int gpuIndex(const QString &id) const;   // -1 when unknown
    int modelIndex(const QString &id) const; // -1 when unknown
    int workloadIndex(const QString &id) const;
    const ApiPrice *apiPrice(const QString &modelId) const;
    /** The measured profile of a GPU type, model and precision; nullptr when there is none. */
    const MeasuredProfile *measuredProfile(const QString &gpuId, const QString &modelId,
                                           Precision precision) const;
    /** Tiers a workload may be placed in: defined, with at least one node, and not forbidden for it. */
    std::vector<Tier> assignableTiers(int workload) const;
    const TierSettings &tier(Tier t) const { return tiers[static_cast<int>(t)]; }
    bool operator==(const Scenario &) const = default;
};

/** The tier of every workload (and of its zones, for a split workload), by workload index. */
Placement placementOf(const Scenario &s);

} // namespace ea
