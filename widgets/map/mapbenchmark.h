// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/plan/evaluation.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace ea {

class Evaluator;

/**
 * The map's figures for `edgeatlas bench map`: named medians in milliseconds.
 *
 *  - coverage_field_0p5deg_edge: computeCoverageField() for the edge tier at 0.5° (5 runs).
 *  - full_redraw_1920x1080: every layer painted into an offscreen 1920×1080 image at world zoom, as the
 *    map opens (nothing selected, no coverage field); each run at a new zoom, so the static-layer cache
 *    and the node clusters are rebuilt (projected geometry stays warm, as in the app) (7 runs).
 *  - full_redraw_1920x1080_routes_coverage: the same with the first workload's routes (one per demand
 *    region) and the edge coverage field shown: the heaviest picture (7 runs).
 *  - pan_frame_cached: that heaviest view at 1.5× panned by a few pixels per frame (static layers
 *    blitted from the cache, nodes and overlay drawn) (40 frames).
 *  - hover_hit_test: MapRenderer::hitTest() at 10,000 random points of that view.
 *
 * Needs a QGuiApplication (fonts); the offscreen platform will do. Runs on the calling thread except for
 * the coverage field, which uses every core, and the renderer's worker, which paints part of the static
 * layers of a full redraw while the calling thread paints the rest (as in the app).
 */
QList<QPair<QString, double>> runMapBenchmark(std::shared_ptr<const Scenario> scenario,
                                              PlanOutcomePtr outcome,
                                              std::shared_ptr<const Evaluator> evaluator);

} // namespace ea
