// SPDX-License-Identifier: GPL-3.0-or-later
// The N+1 damage layer: each site's damage mapped to its bucket and drawn in the bucket's colour.
#include "engine/model/scenariojson.h"
#include "widgets/map/damagelayer.h"
#include "widgets/map/maprenderer.h"

#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace ea;

namespace {
FailureImpact madeImpact(int failure, double dropPct, bool breaks, double extraUsd, double unserved = 0)
{
    FailureImpact i;
    i.failure = failure;
    i.usdPerMonthBefore = 1000;
    i.usdPerMonthAfter = 1000 + extraUsd;
    i.unservedRps = unserved;
    FailureImpact::Workload w;
    w.workload = 0;
    w.attainmentPctBefore = 99;
    w.attainmentPctAfter = 99 - dropPct;
    w.breaksSlo = breaks;
    i.workloads.push_back(w);
    return i;
}
} // namespace

class tst_DamageLayer : public QObject
{
    Q_OBJECT
private slots:
    void bucketsByDamage()
    {
        SiteDamage d;
        d.evaluated = true;
        QCOMPARE(DamageLayer::bucket(d), DamageLayer::NoChange);
        d.changes = true;
        d.spillUsdPerMonth = 50;
        QCOMPARE(DamageLayer::bucket(d), DamageLayer::CostOnly);
        d.worstDropPct = 0.4;
        QCOMPARE(DamageLayer::bucket(d), DamageLayer::SmallDrop);
        d.worstDropPct = DamageLayer::LargeDropPct;
        QCOMPARE(DamageLayer::bucket(d), DamageLayer::LargeDrop);
        d.breaksSlo = true;
        QCOMPARE(DamageLayer::bucket(d), DamageLayer::BreaksSlo);
        SiteDamage unserved;
        unserved.evaluated = unserved.changes = true;
        unserved.unservedRps = 1;
        QCOMPARE(DamageLayer::bucket(unserved), DamageLayer::SmallDrop);
        // Five distinct colours, each with its own label.
        QSet<QRgb> colours;
        QSet<QString> labels;
        for (int b = 0; b < DamageLayer::BucketCount; ++b) {
            colours.insert(DamageLayer::bucketColour(DamageLayer::Bucket(b)).rgb());
            labels.insert(DamageLayer::bucketLabel(DamageLayer::Bucket(b)));
        }
        QCOMPARE(colours.size(), int(DamageLayer::BucketCount));
        QCOMPARE(labels.size(), int(DamageLayer::BucketCount));
    }

    void eachSiteGetsItsBucketAndColour()
    {
        const ScenarioLoad l = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
        QVERIFY(l.ok());
        Scenario apart = *l.scenario;
        QCOMPARE(apart.nodes.size(), size_t(3));
        // Three sites far enough apart on the map that no dot covers another.
        apart.nodes[2].lon = 20;
        apart.nodes[2].lat = 40;
        const auto s = std::make_shared<const Scenario>(apart);
        // A report by hand: site 0 breaks an SLO, site 1 costs only, site 2 changes nothing; a zone failure
        // of sites 0 and 1 must not count as a site's damage.
        ResilienceReport report;
        for (int n = 0; n < 3; ++n) {
            Failure f;
            f.nodes = {n};
            report.failures.push_back(f);
        }
        Failure zone;
        zone.kind = Failure::Kind::ZoneOfTier;
        zone.nodes = {0, 1};
        report.failures.push_back(zone);
        report.impacts = {madeImpact(3, 50, true, 0), madeImpact(0, 30, true, 10),
                          madeImpact(1, 0, false, 25)};
        const std::vector<SiteDamage> damage = damageBySite(report, s->nodes.size());
        QCOMPARE(damage.size(), size_t(3));
        QCOMPARE(DamageLayer::bucket(damage[0]), DamageLayer::BreaksSlo);
        QCOMPARE(damage[0].worstDropPct, 30.0);
        QCOMPARE(DamageLayer::bucket(damage[1]), DamageLayer::CostOnly);
        QCOMPARE(damage[1].spillUsdPerMonth, 25.0);
        QCOMPARE(DamageLayer::bucket(damage[2]), DamageLayer::NoChange);
        QVERIFY(damage[2].evaluated);
        const auto counts = DamageLayer::counts(damage);
        QCOMPARE(counts[DamageLayer::BreaksSlo], 1);
        QCOMPARE(counts[DamageLayer::CostOnly], 1);
        QCOMPARE(counts[DamageLayer::NoChange], 1);

        // Drawn: the pixel at each site is its bucket's colour (the damage layer lies over the nodes).
        MapContext ctx;
        ctx.plan = PlanSnapshot::evaluate(s);
        auto overlay = std::make_shared<DamageOverlay>();
        overlay->damage = damage;
        ctx.damage = overlay;
        MapViewport vp(geo::ProjectionKind::Equirectangular, QSize(800, 600));
        QList<QPointF> where;
        for (const Node &n : s->nodes)
            where << QPointF(n.lon, n.lat);
        vp.fitLonLat(where, 220); // clear of the legend (lower left)
        MapRenderer renderer;
        QImage image(vp.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            renderer.paint(painter, vp, ctx, MapRenderer::Caching::None);
        }
        for (size_t n = 0; n < s->nodes.size(); ++n) {
            const QPointF p = vp.lonLatToScreen(s->nodes[n].lon, s->nodes[n].lat);
            const QColor want = DamageLayer::bucketColour(DamageLayer::bucket(damage[n]));
            QCOMPARE(QColor(image.pixel(int(std::floor(p.x())), int(std::floor(p.y())))).name(), want.name());
        }
        // Without an overlay nothing of it is drawn.
        ctx.damage.reset();
        QImage plain(vp.size(), QImage::Format_ARGB32_Premultiplied);
        plain.fill(Qt::white);
        {
            QPainter painter(&plain);
            renderer.paint(painter, vp, ctx, MapRenderer::Caching::None);
        }
        const QPointF p0 = vp.lonLatToScreen(s->nodes[0].lon, s->nodes[0].lat);
        QVERIFY(QColor(plain.pixel(int(std::floor(p0.x())), int(std::floor(p0.y())))).name() !=
                DamageLayer::bucketColour(DamageLayer::BreaksSlo).name());

        // The layer is part of the map's cached image (it has a key): a kept renderer shows each change
        // as a fresh one does — overlay on, off, and a new overlay with other damage. The nodes (painted
        // every frame) are hidden, as the Monitor's fleet mode has them, so the cached image reaches it.
        MapRenderer kept, fresh;
        kept.setLayerVisible(QStringLiteral("nodes"), false);
        fresh.setLayerVisible(QStringLiteral("nodes"), false);
        auto other = std::make_shared<DamageOverlay>(*overlay);
        std::swap(other->damage[0], other->damage[1]);
        for (const std::shared_ptr<const DamageOverlay> &o :
             {std::shared_ptr<const DamageOverlay>(overlay), std::shared_ptr<const DamageOverlay>(),
              std::shared_ptr<const DamageOverlay>(other)}) {
            ctx.damage = o;
            QImage cached(vp.size(), QImage::Format_ARGB32_Premultiplied), reference = cached;
            cached.fill(Qt::white);
            reference.fill(Qt::white);
            {
                QPainter painter(&cached);
                kept.paint(painter, vp, ctx, MapRenderer::Caching::Auto);
            }
            {
                QPainter painter(&reference);
                fresh.paint(painter, vp, ctx, MapRenderer::Caching::None);
            }
            for (size_t n = 0; n < s->nodes.size(); ++n) {
                const QPoint p = vp.lonLatToScreen(s->nodes[n].lon, s->nodes[n].lat).toPoint();
                QCOMPARE(QColor(cached.pixel(p)).name(), QColor(reference.pixel(p)).name());
            }
        }
    }
};

QTEST_MAIN(tst_DamageLayer)
#include "tst_damagelayer.moc"
