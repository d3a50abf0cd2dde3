// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QString>

#include <array>
#include <vector>

namespace ea {

/**
 * An SLO from the workload taxonomy of DESIGN.md (real-time code completion < 200 ms, live customer
 * service < 500 ms, video inspection < 100 ms, control loops < 50 ms; batch kinds have no interactive
 * budget). name and note are translated; note says where the numbers come from.
 */
struct SloPreset
{
    QString name;
    QString note;
    WorkloadCategory category = WorkloadCategory::Interactive;
    Slo slo;
};

/** The taxonomy's SLO presets, in the order DESIGN.md lists them. */
const std::vector<SloPreset> &sloPresets();
/** Index into sloPresets() whose category and SLO equal these, or -1. */
int matchSloPreset(WorkloadCategory category, const Slo &slo);

/** A named 24-hour demand shape (local time, peak = 1). */
struct DiurnalShape
{
    QString name;
    QString note;
    std::array<double, 24> profile{};
};

const std::vector<DiurnalShape> &diurnalShapes();
/** Index into diurnalShapes() with exactly this profile, or -1 (a custom profile). */
int matchDiurnalShape(const std::array<double, 24> &profile);

/**
 * An id not used by any workload of s but the one at index except: base itself when free, else base-copy,
 * base-copy-2, base-copy-3, ... (a base already ending in -copy or -copy-N counts on from it).
 */
QString uniqueWorkloadId(const Scenario &s, const QString &base, int except = -1);

/** A plausible new workload for s: a unique id, the first model, the first assignable tier. */
Workload newWorkload(const Scenario &s);

/** Tiers a workload of s could be placed in before its own forbidden tiers: defined and with nodes. */
std::vector<Tier> tiersWithNodes(const Scenario &s);

} // namespace ea
