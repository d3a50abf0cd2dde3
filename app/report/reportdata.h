// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/rttmodel.h"
#include "engine/plan/alternatives.h"
#include "engine/plan/evaluation.h"
#include "engine/plan/optimizer.h"
#include "engine/plan/plansnapshot.h"
#include "engine/plan/timeline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace ea {

class Evaluator;

/** What the reader of a report is told about where it came from. */
struct ReportOptions
{
    QString title;            // empty: "Inference placement plan: <scenario name>"
    QString author;           // may be empty
    QString scenarioLabel;    // the scenario's file name, or a phrase for the built-in one
    QString baselineLabel;    // what the baseline placement is (file name...); empty without one
    QDateTime generated;      // invalid: now (UTC)
    bool alternatives = true; // evaluate every workload in its other tiers (for the cost-latency chart)
};

/** One site's load summed over the workloads it serves. */
struct ReportSite
{
    int node = -1;
    int gpus = 0;           // GPUs the plan uses there
    int usableGpus = 0;     // what the plan may use there
    double peakRps = 0;     // sum of the workloads' peak request rates at the site
    double utilization = 0; // GPU-weighted mean utilization at the peak
    double usdPerMonth = 0; // GPU cost of the site
    int workloads = 0;
};

/** Where the RTT model's accuracy figures come from. */
struct ReportCalibration
{
    bool builtIn = true;         // the scenario uses the built-in fitted parameters
    RttCalibrationRecord record; // their figures (builtIn)
    QString note;                // the scenario's own parameters' provenance (not builtIn)
};

/**
 * Every number a planning report shows, computed once from a scenario and a placement (and optionally a
 * baseline placement to compare with). The PDF, HTML, CSV and JSON writers all read this, so they agree.
 */
struct ReportData
{
    Q_DECLARE_TR_FUNCTIONS(ea::ReportData)
public:
    static constexpr int BusiestSiteCount = 15;

    ReportOptions options;
    QString title; // options.title or the default
    /** The plan reported on: evaluated, with its alternatives when options.alternatives. */
    PlanSnapshotPtr snapshot;
    std::shared_ptr<const Scenario> scenario; // snapshot->scenario
    PlanOutcomePtr plan;                      // snapshot->outcome
    PlanOutcomePtr baseline;                  // null without a baseline
    std::optional<PlanDiff> changes;          // plan against baseline
    std::array<TierTotals, TierCount> tiers{};
    int workloadsMeetingSlo = 0;
    int sitesUsed = 0;
    std::vector<ReportSite> busiestSites; // most GPUs first, then highest utilization
    PlanDayPtr day;                       // the plan hour by hour (null when it could not be evaluated)
    ReportCalibration calibration;
    std::vector<Source> sources; // the scenario's, then the application's own (the basemap)

    const Workload &workload(const WorkloadOutcome &o) const { return scenario->workloads[o.workload]; }
    /** The workload with the most requests among those with an interactive budget (-1: none). */
    int busiestInteractiveWorkload() const;
    /** The executive summary's text: what the plan serves, costs and attains, who misses the SLO. */
    QString summaryText() const;
    /** What the plan changes against the baseline, in one paragraph (empty without a baseline). */
    QString changesText() const;
    /** How accurate the RTT model is, and on what data that was measured. */
    QString calibrationText() const;
};

/**
 * Gathers the report's numbers from an evaluated plan (the document's snapshot, or
 * PlanSnapshot::evaluate()), evaluating the baseline placement (one tier per workload) and, when the
 * snapshot has none and options ask for them, the alternatives. Safe to call off the GUI thread; returns
 * early (incomplete) once *cancel is true.
 */
ReportData buildReportData(PlanSnapshotPtr plan, const std::optional<Placement> &baseline,
                           const ReportOptions &options, const std::atomic<bool> *cancel = nullptr);

/** A date for people and files alike: "2026-11-27 00:45 UTC". */
QString reportDate(const QDateTime &t);

/** The language the report is written in: the interface catalog's ("en" without one), as a BCP 47 code. */
QString reportLanguage();
/** Whether that language reads right to left (Arabic): the HTML page and the PDF pages are mirrored. */
bool reportRightToLeft();

} // namespace ea
