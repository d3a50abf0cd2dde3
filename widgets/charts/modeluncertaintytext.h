// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/modeluncertainty.h"
#include "engine/plan/evaluation.h"

#include <QCoreApplication>
#include <QString>

namespace ea {

/**
 * The model error of a latency decomposition, as the views show it next to modeled latencies: the network
 * part (propagation and route inflation) over the path length the propagation implies, the compute part
 * (prefill and decode); see latencyUncertainty().
 */
class ModelUncertainty
{
    Q_DECLARE_TR_FUNCTIONS(ea::ModelUncertainty)

public:
    static LatencyUncertainty of(const LatencyBreakdown &b, double fiberKmPerMs);
    /** One line: "Model error: ±4 ms typically, ±11 ms for one in ten (…)". */
    static QString text(const LatencyBreakdown &b, double fiberKmPerMs);
};

} // namespace ea
