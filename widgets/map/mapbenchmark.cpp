// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/mapbenchmark.h"

#include "engine/plan/coveragefield.h"
#include "engine/plan/evaluator.h"
#include "engine/stats/quantile.h"
#include "widgets/map/liveprobeslayer.h"
#include "widgets/map/maprenderer.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <vector>

namespace ea {

namespace {
double median(std::vector<double> v)
{
    return stats::valueOr(stats::median(std::move(v)), 0);
}

double paintMs(const MapRenderer &renderer, QImage &image, const MapViewport &vp, const MapContext &ctx)
{
    QElapsedTimer t;
    t.start();
    {
        QPainter p(&image);
        renderer.paint(p, vp, ctx);
    }
    return t.nsecsElapsed() / 1e6;
}
} // namespace

QList<QPair<QString, double>> runMapBenchmark(std::shared_ptr<const Scenario> scenario,
                                              PlanOutcomePtr outcome,
                                              std::shared_ptr<const Evaluator> evaluator)
{
    QList<QPair<QString, double>> out;
    if (!scenario)
        return out;
    if (!evaluator)
        evaluator = std::make_shared<const Evaluator>(scenario);
    if (!outcome)
        outcome = std::make_shared<const PlanOutcome>(evaluator->evaluate(placementOf(*scenario)));

    std::vector<double> times;
    CoverageFieldPtr field;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        field = computeCoverageField(*evaluator, Tier::Edge, 0.5);
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    const double coverageMs = median(times);

    MapContext ctx;
    ctx.plan = PlanSnapshot::make(1, 1, scenario, evaluator, outcome);
    MapRenderer renderer;
    MapViewport vp(geo::ProjectionKind::EqualEarth, QSize(1920, 1080));
    QImage image(vp.size(), QImage::Format_ARGB32_Premultiplied);
    // Each run at a new zoom, so nothing rendered before can be reused (the projected geometry stays
    // warm, as it does in the app after the first frame).
    const auto fullRedrawMs = [&] {
        paintMs(renderer, image, vp, ctx);
        std::vector<double> runs;
        for (int run = 0; run < 7; ++run) {
            vp.setScale(1.0 + 0.01 * (run + 1));
            runs.push_back(paintMs(renderer, image, vp, ctx));
        }
        return median(runs);
    };
    const double fullMs = fullRedrawMs();
    ctx.coverage = field;
    ctx.selectedWorkload = scenario->workloads.empty() ? -1 : 0;
    const double fullBusyMs = fullRedrawMs();

    vp.setScale(1.5); // a view that can pan both ways
    paintMs(renderer, image, vp, ctx);
    times.clear();
    for (int frame = 0; frame < 40; ++frame) {
        vp.panBy(QPointF(frame % 2 ? 7 : -5, frame % 3 ? 3 : -4));
        times.push_back(paintMs(renderer, image, vp, ctx));
    }
    const double panMs = median(times);

    times.clear();
    QRandomGenerator random(42);
    QElapsedTimer t;
    for (int i = 0; i < 10000; ++i) {
        const QPointF p(random.bounded(double(vp.size().width())),
                        random.bounded(double(vp.size().height())));
        t.start();
        renderer.hitTest(p, vp, ctx);
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    const double hitMs = median(times);

    // The live probes layer over the cached static layers, as the Monitor repaints it (aim: 1 ms): 100
    // probes from New York, a quarter of them pulsing. A speed figure, not a test bound.
    auto probes = std::make_shared<LiveProbeSet>();
    probes->vantageLon = -74.0;
    probes->vantageLat = 40.7;
    const qint64 now = LiveProbeSet::clockMs();
    for (int i = 0; i < 100 && !scenario->nodes.empty(); ++i) {
        LiveProbeSet::Probe p;
        p.node = i * int(scenario->nodes.size() / 100);
        p.measuredMs = 5.0 + i * 3;
        p.standing = i % 10 == 0
                         ? LiveProbeSet::Standing::Failed
                         : (i % 3 ? LiveProbeSet::Standing::WithinBand : LiveProbeSet::Standing::OutsideBand);
        p.freshAtMs = i % 4 == 0 ? now : 0;
        probes->probes.push_back(p);
    }
    MapContext live = ctx;
    live.liveProbes = probes;
    const MapViewport liveVp(geo::ProjectionKind::EqualEarth, QSize(1280, 720));
    QImage liveImage(liveVp.size(), QImage::Format_ARGB32_Premultiplied);
    LiveProbesLayer layer;
    times.clear();
    for (int frame = 0; frame < 41; ++frame) {
        liveImage.fill(Qt::white);
        QElapsedTimer paint;
        paint.start();
        {
            QPainter p(&liveImage);
            p.setClipRect(liveVp.rect());
            layer.paint(p, liveVp, live);
        }
        if (frame > 0) // the first projects the arcs
            times.push_back(paint.nsecsElapsed() / 1e6);
    }
    const double liveMs = median(times);

    out.append({QStringLiteral("full_redraw_1920x1080"), fullMs});
    out.append({QStringLiteral("full_redraw_1920x1080_routes_coverage"), fullBusyMs});
    out.append({QStringLiteral("pan_frame_cached"), panMs});
    out.append({QStringLiteral("hover_hit_test"), hitMs});
    out.append({QStringLiteral("live_probes_paint_100_1280x720"), liveMs});
    out.append({QStringLiteral("coverage_field_0p5deg_edge"), coverageMs});
    return out;
}

} // namespace ea
