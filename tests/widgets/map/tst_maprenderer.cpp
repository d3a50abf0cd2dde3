// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapfixture.h"

#include "engine/geo/geodesy.h"
#include "widgets/map/basemaplayer.h"
#include "widgets/map/coveragelayer.h"
#include "widgets/map/demandlayer.h"
#include "widgets/map/maprenderer.h"
#include "widgets/map/nodeslayer.h"
#include "widgets/map/overlaylayer.h"
#include "widgets/map/routeslayer.h"

#include <QPainter>
#include <QTest>

using namespace ea;
using namespace mapfixture;

Q_DECLARE_METATYPE(ea::MapPaletteKind)

namespace {
QImage render(const MapRenderer &renderer, const MapViewport &vp, const MapContext &ctx,
              MapRenderer::Caching caching = MapRenderer::Caching::Auto)
{
    QImage image(QSize(vp.size().width(), vp.size().height()) * vp.devicePixelRatio(),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(vp.devicePixelRatio());
    image.fill(Qt::magenta);
    QPainter painter(&image);
    renderer.paint(painter, vp, ctx, caching);
    return image;
}

void showOnly(MapRenderer &renderer, const QStringList &ids)
{
    for (const MapLayer *l : renderer.layers())
        renderer.setLayerVisible(l->id(), ids.contains(l->id()));
}
} // namespace

class tst_MapRenderer : public QObject
{
    Q_OBJECT

private slots:
    void layersInOrder();
    void nodeDrawnWhereProjected_data();
    void nodeDrawnWhereProjected();
    void basemapLandAndOcean_data();
    void basemapLandAndOcean();
    void routesBetweenParisAndBerlin();
    void coverageTintsLandOnly();
    void clustersAtLowZoomOnly();
    void cachedPanMatchesFreshRender();
    void regionSelectionColoursNodesByRtt();
    void interactiveZoomStretchesCache();
    void twoThreadsPaintTheSamePicture_data();
    void twoThreadsPaintTheSamePicture();
    void newPickRepaintsOnlyWhatLiesAbove();
};

void tst_MapRenderer::layersInOrder()
{
    MapRenderer renderer;
    QStringList ids;
    for (const MapLayer *l : renderer.layers()) {
        ids << l->id();
        QVERIFY(!l->title().isEmpty());
        QVERIFY(l->isVisible());
    }
    QCOMPARE(ids, (QStringList{"basemap", "coverage", "demand", "routes", "whatif", "nodes", "damage",
                               "fleet", "liveprobes", "timeline", "overlay"}));
    QVERIFY(renderer.setLayerVisible("routes", false));
    QVERIFY(!renderer.setLayerVisible("routes", false)); // no change
    QVERIFY(!renderer.setLayerVisible("no-such-layer", true));
    QVERIFY(!renderer.isLayerVisible("routes"));
}

void tst_MapRenderer::nodeDrawnWhereProjected_data()
{
    QTest::addColumn<MapPaletteKind>("palette");
    QTest::addColumn<qreal>("dpr");
    QTest::newRow("light") << MapPaletteKind::Light << qreal(1);
    QTest::newRow("dark") << MapPaletteKind::Dark << qreal(1);
    QTest::newRow("light, high dpi") << MapPaletteKind::Light << qreal(2);
}

void tst_MapRenderer::nodeDrawnWhereProjected()
{
    QFETCH(MapPaletteKind, palette);
    QFETCH(qreal, dpr);
    const MapContext ctx = context(palette);
    MapViewport vp = europe();
    vp.setDevicePixelRatio(dpr);
    MapRenderer renderer;
    const Node &berlin = ctx.scenario()->nodes[BerlinNode];
    const QPointF at = vp.lonLatToScreen(berlin.lon, berlin.lat);
    QVERIFY(vp.rect().contains(at));

    const QRgb expected = ctx.palette.tierColour(Tier::Regional).rgb();
    QImage with = render(renderer, vp, ctx);
    QVERIFY2(
        colourDistance(pixelAt(with, at), expected) <= 6,
        qPrintable(QStringLiteral("%1 instead of %2").arg(pixelAt(with, at), 0, 16).arg(expected, 0, 16)));

    renderer.setLayerVisible(NodesLayer::Id, false);
    QImage without = render(renderer, vp, ctx);
    QCOMPARE_GT(colourDistance(pixelAt(without, at), expected), 40);
    // Nothing else moved: only pixels near the node symbols change (the legend, which lists the visible
    // layers, is left out of the comparison).
    renderer.setLayerVisible(OverlayLayer::Id, false);
    without = render(renderer, vp, ctx);
    renderer.setLayerVisible(NodesLayer::Id, true);
    with = render(renderer, vp, ctx);
    int changed = 0;
    for (int y = 0; y < with.height(); ++y)
        for (int x = 0; x < with.width(); ++x)
            changed += with.pixel(x, y) != without.pixel(x, y);
    QCOMPARE_GT(changed, 20);
    QCOMPARE_LT(changed, int(2000 * dpr * dpr));
}

void tst_MapRenderer::basemapLandAndOcean_data()
{
    QTest::addColumn<MapPaletteKind>("palette");
    QTest::addColumn<geo::ProjectionKind>("projection");
    QTest::newRow("light equal earth") << MapPaletteKind::Light << geo::ProjectionKind::EqualEarth;
    QTest::newRow("dark mercator") << MapPaletteKind::Dark << geo::ProjectionKind::WebMercator;
    QTest::newRow("light plate carree") << MapPaletteKind::Light << geo::ProjectionKind::Equirectangular;
}

void tst_MapRenderer::basemapLandAndOcean()
{
    QFETCH(MapPaletteKind, palette);
    QFETCH(geo::ProjectionKind, projection);
    MapContext ctx = context(palette);
    MapRenderer renderer;
    showOnly(renderer, {BasemapLayer::Id});
    const MapViewport vp(projection, QSize(1200, 700));
    const QImage image = render(renderer, vp, ctx);
    // Central Germany is land, the middle of the Pacific is ocean; both far from any coast or border.
    QVERIFY(colourDistance(pixelAt(image, vp.lonLatToScreen(10.5, 51.0)), ctx.palette.land.rgb()) <= 3);
    QVERIFY(colourDistance(pixelAt(image, vp.lonLatToScreen(-140, -12)), ctx.palette.ocean.rgb()) <= 3);
    // Zoomed into Europe the 1:50m detail draws the same.
    const MapViewport near = europe(projection);
    QCOMPARE(near.basemapDetail(), geo::BasemapDetail::Medium50m);
    const QImage detailed = render(renderer, near, ctx);
    QVERIFY(colourDistance(pixelAt(detailed, near.lonLatToScreen(10.5, 51.0)), ctx.palette.land.rgb()) <= 3);
    QVERIFY(colourDistance(pixelAt(detailed, near.lonLatToScreen(-3.0, 46.0)), ctx.palette.ocean.rgb()) <= 3);
}

void tst_MapRenderer::routesBetweenParisAndBerlin()
{
    MapContext ctx = context();
    // The fixture serves each city from its own node; move Berlin's traffic to Paris for a visible route.
    PlanOutcome outcome = *ctx.outcome();
    QCOMPARE(outcome.workloads.size(), size_t(1));
    outcome.workloads[0].regions[BerlinRegion].node = ParisNode;
    outcome.workloads[0].regions[BerlinRegion].sloMs = 100; // well within the 1 s budget
    ctx.plan = PlanSnapshot::make(2, ctx.plan->contentGeneration, ctx.plan->scenario, ctx.plan->evaluator,
                                  std::make_shared<const PlanOutcome>(outcome));
    ctx.selectedWorkload = 0;
    const MapViewport vp = europe();
    MapRenderer renderer;
    showOnly(renderer, {BasemapLayer::Id, RoutesLayer::Id});
    const QImage with = render(renderer, vp, ctx);
    renderer.setLayerVisible(RoutesLayer::Id, false);
    const QImage without = render(renderer, vp, ctx);

    const Node &paris = ctx.scenario()->nodes[ParisNode];
    const DemandRegion &berlin = ctx.scenario()->regions[BerlinRegion];
    const QRgb green = ctx.palette.withinBudget.rgb();
    for (double f : {0.25, 0.5, 0.75}) {
        double lon, lat;
        geo::intermediatePoint(berlin.lon, berlin.lat, paris.lon, paris.lat, f, lon, lat);
        const QPointF at = vp.lonLatToScreen(lon, lat);
        const QRgb a = pixelAt(with, at), b = pixelAt(without, at);
        QVERIFY2(colourDistance(a, green) < colourDistance(b, green),
                 qPrintable(QStringLiteral("no route at %1 of the way").arg(f)));
    }
    // Away from the great circle nothing is drawn.
    const QPointF away = vp.lonLatToScreen(8.0, 45.5);
    QCOMPARE(pixelAt(with, away), pixelAt(without, away));
    // The route is hit where it runs, and names the region it starts from.
    double lon, lat;
    geo::intermediatePoint(berlin.lon, berlin.lat, paris.lon, paris.lat, 0.5, lon, lat);
    const MapHit hit = renderer.layer(RoutesLayer::Id)->hitTest(vp.lonLatToScreen(lon, lat), vp, ctx, 3);
    QCOMPARE(hit.kind, MapHit::Kind::Route);
    QCOMPARE(hit.index, BerlinRegion);
}

void tst_MapRenderer::coverageTintsLandOnly()
{
    MapContext ctx = context();
    auto field = std::make_shared<CoverageField>();
    field->tier = Tier::Regional;
    field->stepDeg = 1.0;
    field->columns = 360;
    field->rows = 180;
    field->rttMs.assign(size_t(360 * 180), 10.0f);
    ctx.coverage = field;
    const MapViewport vp(geo::ProjectionKind::EqualEarth, QSize(1200, 700));
    MapRenderer renderer;
    showOnly(renderer, {BasemapLayer::Id, CoverageLayer::Id});
    const QImage image = render(renderer, vp, ctx);
    const QColor ramp = ctx.palette.latencyColour(10.0);
    const double a = ctx.palette.coverageOpacity;
    const QColor land = ctx.palette.land;
    const QRgb expected =
        qRgb(int(land.red() * (1 - a) + ramp.red() * a), int(land.green() * (1 - a) + ramp.green() * a),
             int(land.blue() * (1 - a) + ramp.blue() * a));
    const QRgb inland = pixelAt(image, vp.lonLatToScreen(10.5, 51.0));
    QVERIFY2(colourDistance(inland, expected) <= 10, qPrintable(QString::number(inland, 16)));
    QVERIFY(colourDistance(pixelAt(image, vp.lonLatToScreen(-140, -12)), ctx.palette.ocean.rgb()) <= 3);
    // Vector surfaces get the same picture through a clip path instead of a texture.
    const QImage vector = render(renderer, vp, ctx, MapRenderer::Caching::None);
    QVERIFY(colourDistance(pixelAt(vector, vp.lonLatToScreen(10.5, 51.0)), expected) <= 10);
}

void tst_MapRenderer::clustersAtLowZoomOnly()
{
    // Thirty edge sites within a few kilometres of each other, and one far away.
    Scenario s = *scenario();
    for (int i = 0; i < 30; ++i) {
        Node n;
        n.id = QStringLiteral("e%1").arg(i);
        n.name = n.id;
        n.tier = Tier::Edge;
        n.lon = 4.0 + 0.01 * (i % 6);
        n.lat = 50.0 + 0.01 * (i / 6);
        n.gpuCount = 4;
        s.nodes.push_back(n);
    }
    MapContext ctx;
    ctx.plan = PlanSnapshot::make(1, 1, std::make_shared<const Scenario>(s), nullptr, nullptr);
    MapRenderer renderer;
    const NodesLayer &nodes = renderer.nodesLayer();
    MapViewport world(geo::ProjectionKind::EqualEarth, QSize(1000, 600));
    const QPointF at = world.lonLatToScreen(4.03, 50.02);
    const MapHit cluster = nodes.hitTest(at, world, ctx, 4);
    QCOMPARE(cluster.kind, MapHit::Kind::Node);
    QCOMPARE(cluster.members.size(), 30);
    QCOMPARE(ctx.scenario()->nodes[size_t(cluster.index)].tier, Tier::Edge);

    MapViewport street = world;
    street.setScale(MapViewport::MaxScale);
    street.setCentre(4.025, 50.02);
    const MapHit single = nodes.hitTest(street.lonLatToScreen(4.0, 50.0), street, ctx, 4);
    QCOMPARE(single.kind, MapHit::Kind::Node);
    QVERIFY(!single.isCluster());
    QCOMPARE(ctx.scenario()->nodes[size_t(single.index)].id, QStringLiteral("e0"));
}

void tst_MapRenderer::cachedPanMatchesFreshRender()
{
    MapContext ctx = context();
    ctx.selectedWorkload = 0;
    MapRenderer cached, fresh;
    MapViewport vp = europe();
    render(cached, vp, ctx);
    vp.panBy(QPointF(37, -21)); // renders the static layers with a margin
    render(cached, vp, ctx);
    vp.panBy(QPointF(12, 9)); // blits them
    const QImage a = render(cached, vp, ctx);
    const QImage b = render(fresh, vp, ctx, MapRenderer::Caching::None);
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differing += colourDistance(a.pixel(x, y), b.pixel(x, y)) > 24;
    // Antialiasing may differ by a sub-pixel offset along edges, never in substance.
    QCOMPARE_LT(differing, a.width() * a.height() / 100);
}

void tst_MapRenderer::regionSelectionColoursNodesByRtt()
{
    MapContext ctx = context();
    ctx.selectedRegion = ParisRegion;
    const MapViewport vp = europe();
    MapRenderer renderer;
    const QImage image = render(renderer, vp, ctx);
    const Node &berlin = ctx.scenario()->nodes[BerlinNode];
    const double rtt = ctx.evaluator()->networkRttMs(ParisRegion, BerlinNode);
    const QRgb expected = ctx.palette.latencyLut()[size_t(MapPalette::lutIndex(rtt))];
    QVERIFY(colourDistance(pixelAt(image, vp.lonLatToScreen(berlin.lon, berlin.lat)), expected) <= 6);
    const auto modeled = renderer.nodesLayer().modeledRttMs(BerlinNode, ctx);
    QVERIFY(modeled.has_value());
    QCOMPARE(*modeled, double(float(rtt)));
}

void tst_MapRenderer::interactiveZoomStretchesCache()
{
    const MapContext ctx = context();
    MapRenderer renderer;
    MapViewport vp(geo::ProjectionKind::EqualEarth, QSize(900, 500));
    vp.setScale(2);
    vp.setCentre(10, 50);
    render(renderer, vp, ctx);
    vp.zoomAbout(QPointF(450, 250), 1.3);
    const QImage stretched = render(renderer, vp, ctx, MapRenderer::Caching::Interactive);
    const QImage exact = render(renderer, vp, ctx, MapRenderer::Caching::None);
    // The old picture, scaled: close to the new one away from edges, and the live layers are exact.
    const QPointF inland = vp.lonLatToScreen(10.5, 51.0), sea = vp.lonLatToScreen(-20, 45);
    QVERIFY(colourDistance(pixelAt(stretched, inland), pixelAt(exact, inland)) <= 12);
    QVERIFY(colourDistance(pixelAt(stretched, sea), pixelAt(exact, sea)) <= 12);
    const Node &berlin = ctx.scenario()->nodes[BerlinNode];
    const QPointF node = vp.lonLatToScreen(berlin.lon, berlin.lat);
    QVERIFY(colourDistance(pixelAt(stretched, node), ctx.palette.tierColour(Tier::Regional).rgb()) <= 6);
}

void tst_MapRenderer::twoThreadsPaintTheSamePicture_data()
{
    QTest::addColumn<int>("selectedRegion");
    QTest::newRow("nothing selected") << -1;
    QTest::newRow("region selected (text)") << int(ParisRegion);
}

void tst_MapRenderer::twoThreadsPaintTheSamePicture()
{
    QFETCH(int, selectedRegion);
    MapContext ctx = context();
    auto field = std::make_shared<CoverageField>();
    field->tier = Tier::Edge;
    field->stepDeg = 1.0;
    field->columns = 360;
    field->rows = 180;
    field->rttMs.resize(size_t(360 * 180));
    for (size_t i = 0; i < field->rttMs.size(); ++i)
        field->rttMs[i] = float(3 + (i * 7) % 150);
    ctx.coverage = field;
    ctx.selectedWorkload = 0;
    ctx.selectedRegion = selectedRegion;
    const MapViewport vp = europe();
    MapRenderer one, two;
    one.setThreading(MapRenderer::Threading::Off);
    two.setThreading(MapRenderer::Threading::Always);
    const QImage b = render(two, vp, ctx); // first: its threads meet paths nothing has painted yet
    const QImage a = render(one, vp, ctx);
    QCOMPARE(one.workerLayerCount(), size_t(0));
    const size_t split = two.workerLayerCount();
    QVERIFY(split > 0);
    // The worker only got layers that may paint off the GUI thread (no text).
    const QList<const MapLayer *> layers = two.layers();
    for (size_t i = 0; i < split; ++i)
        QVERIFY2(layers[qsizetype(i)]->paintsOffThread(ctx), qPrintable(layers[qsizetype(i)]->id()));
    if (selectedRegion >= 0)
        QVERIFY(split <= 2); // the demand layer names the region: it stays on the calling thread
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differing += colourDistance(a.pixel(x, y), b.pixel(x, y)) > 4;
    // Laying the calling thread's layers over the worker's may round a channel by one here and there.
    QCOMPARE(differing, 0);
}

void tst_MapRenderer::newPickRepaintsOnlyWhatLiesAbove()
{
    // Picking another workload changes the routes only: the basemap and the demand under them are kept
    // (the worker is not asked again) and the picture is what a fresh renderer paints.
    MapContext ctx = context();
    ctx.selectedWorkload = 0;
    const MapViewport vp = europe();
    MapRenderer kept, fresh;
    kept.setThreading(MapRenderer::Threading::Always);
    fresh.setThreading(MapRenderer::Threading::Off);
    render(kept, vp, ctx);
    QVERIFY(kept.workerLayerCount() > 0);
    ctx.selectedWorkload = -1;
    const QImage again = render(kept, vp, ctx);
    QCOMPARE(kept.workerLayerCount(), size_t(0)); // the base layers' image was reused
    const QImage reference = render(fresh, vp, ctx);
    int differing = 0;
    for (int y = 0; y < again.height(); ++y)
        for (int x = 0; x < again.width(); ++x)
            differing += colourDistance(again.pixel(x, y), reference.pixel(x, y)) > 4;
    QCOMPARE(differing, 0);
    // Another palette changes the base: painted again from the bottom.
    ctx.palette = MapPalette::forKind(MapPaletteKind::Dark);
    render(kept, vp, ctx);
    QVERIFY(kept.workerLayerCount() > 0);
}

QTEST_MAIN(tst_MapRenderer)
#include "tst_maprenderer.moc"
