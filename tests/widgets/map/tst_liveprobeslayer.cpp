// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/geo/polyline.h"
#include "engine/model/scenariojson.h"
#include "widgets/map/liveprobeslayer.h"
#include "widgets/map/maprenderer.h"

#include "mapfixture.h"

#include <QPainter>
#include <QTest>

using namespace ea;
using namespace mapfixture;

namespace {
constexpr double kVantageLon = 5.0, kVantageLat = 45.0; // Lyon: away from both nodes
constexpr double kParisMs = 20.0;

QImage render(const MapRenderer &renderer, const MapViewport &vp, const MapContext &ctx)
{
    QImage image(vp.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    renderer.paint(painter, vp, ctx, MapRenderer::Caching::None);
    return image;
}

std::shared_ptr<const LiveProbeSet> probes()
{
    auto set = std::make_shared<LiveProbeSet>();
    set->vantageLon = kVantageLon;
    set->vantageLat = kVantageLat;
    LiveProbeSet::Probe paris;
    paris.node = ParisNode;
    paris.measuredMs = kParisMs;
    paris.standing = LiveProbeSet::Standing::WithinBand;
    LiveProbeSet::Probe berlin;
    berlin.node = BerlinNode;
    berlin.standing = LiveProbeSet::Standing::Failed;
    set->probes = {paris, berlin};
    return set;
}

/** The smallest colour distance to want within radius pixels of a point. */
int nearest(const QImage &image, const QPointF &at, QRgb want, int radius = 1)
{
    int best = 255;
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx)
            best = std::min(best, colourDistance(image.pixel(int(at.x()) + dx, int(at.y()) + dy), want));
    return best;
}
} // namespace

class tst_LiveProbesLayer : public QObject
{
    Q_OBJECT

private slots:
    void registeredAboveTheNodes();
    void probedNodeTakesTheMeasuredColour();
    void routeTakesTheStandingColour();
    void hiddenLayerDrawsNothing();
};

void tst_LiveProbesLayer::registeredAboveTheNodes()
{
    MapRenderer renderer;
    const QList<const MapLayer *> layers = renderer.layers();
    int nodes = -1, live = -1;
    for (int i = 0; i < layers.size(); ++i) {
        if (layers[i]->id() == QLatin1String("nodes"))
            nodes = i;
        if (layers[i]->id() == QLatin1String(LiveProbesLayer::Id))
            live = i;
    }
    QVERIFY(nodes >= 0);
    // Above the nodes it colours (the N+1 damage and fleet layers lie between: they draw on other pages'
    // data), and below the map's overlay (legend, scale bar), the last layer.
    QVERIFY(live > nodes);
    QCOMPARE(layers.last()->id(), QStringLiteral("overlay"));
    QVERIFY(live < layers.size() - 1);
    QVERIFY(renderer.isLayerVisible(QString::fromLatin1(LiveProbesLayer::Id)));
}

void tst_LiveProbesLayer::probedNodeTakesTheMeasuredColour()
{
    MapRenderer renderer;
    MapContext ctx = context();
    ctx.liveProbes = probes();
    const MapViewport vp = europe();
    const QImage image = render(renderer, vp, ctx);
    const Node &paris = ctx.scenario()->nodes[ParisNode];
    const QPointF at = vp.lonLatToScreen(paris.lon, paris.lat);
    const QRgb measured = ctx.palette.latencyColour(kParisMs).rgb();
    QVERIFY2(colourDistance(image.pixel(at.toPoint()), measured) <= 8,
             qPrintable(QColor(image.pixel(at.toPoint())).name() + " vs " + QColor(measured).name()));
    // Another measurement, another colour.
    auto slower = std::make_shared<LiveProbeSet>(*probes());
    slower->probes[0].measuredMs = 300;
    ctx.liveProbes = slower;
    const QImage image2 = render(renderer, vp, ctx);
    QVERIFY(colourDistance(image2.pixel(at.toPoint()), ctx.palette.latencyColour(300).rgb()) <= 8);
    QVERIFY(colourDistance(image2.pixel(at.toPoint()), measured) > 30);
    // The failed node is not drawn in a latency colour: its fill is the panel colour or its cross.
    const Node &berlin = ctx.scenario()->nodes[BerlinNode];
    const QPointF b = vp.lonLatToScreen(berlin.lon, berlin.lat);
    QVERIFY(nearest(image, b, ctx.palette.beyondBudget.rgb(), 2) <= 40);
}

void tst_LiveProbesLayer::routeTakesTheStandingColour()
{
    MapRenderer renderer;
    MapContext ctx = context();
    ctx.liveProbes = probes();
    const MapViewport vp = europe();
    const QImage image = render(renderer, vp, ctx);
    const Node &paris = ctx.scenario()->nodes[ParisNode];
    const auto arc = geo::greatCircleArc(kVantageLon, kVantageLat, paris.lon, paris.lat, 20.0);
    QVERIFY(!arc.empty() && arc.front().size() > 4);
    const QPointF mid = arc.front()[arc.front().size() / 2];
    const QPointF at = vp.lonLatToScreen(mid.x(), mid.y());
    QVERIFY(nearest(image, at, ctx.palette.withinBudget.rgb()) <= 40);
    // Without the probes, no such colour there.
    ctx.liveProbes.reset();
    QVERIFY(nearest(render(renderer, vp, ctx), at, ctx.palette.withinBudget.rgb()) > 40);
}

void tst_LiveProbesLayer::hiddenLayerDrawsNothing()
{
    MapRenderer renderer;
    MapContext ctx = context();
    const MapViewport vp = europe();
    const QImage without = render(renderer, vp, ctx);
    ctx.liveProbes = probes();
    QVERIFY(render(renderer, vp, ctx) != without);
    QVERIFY(renderer.setLayerVisible(QString::fromLatin1(LiveProbesLayer::Id), false));
    QCOMPARE(render(renderer, vp, ctx), without);
}

QTEST_MAIN(tst_LiveProbesLayer)
#include "tst_liveprobeslayer.moc"
