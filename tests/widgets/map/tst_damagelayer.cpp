// SPDX-License-Identifier: GPL-3.0-or-later
// The N+1 damage layer: each site's damage mapped to its bucket and drawn in the bucket's colour.
#include "engine/model/scenariojson.h"
#include "engine/model/units.h"
#include "widgets/map/damagelayer.h"
#include "widgets/map/maprenderer.h"
#include "widgets/map/maptooltip.h"

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
        // While the timeline shows an hour the sites are the hour's: no damage colour.
        ctx.hour = std::make_shared<const PlanHour>();
        QImage hourImage(vp.size(), QImage::Format_ARGB32_Premultiplied);
        hourImage.fill(Qt::white);
        {
            QPainter painter(&hourImage);
            renderer.paint(painter, vp, ctx, MapRenderer::Caching::None);
        }
        const QPointF h0 = vp.lonLatToScreen(s->nodes[0].lon, s->nodes[0].lat);
        QVERIFY(QColor(hourImage.pixel(int(std::floor(h0.x())), int(std::floor(h0.y())))).name() !=
                DamageLayer::bucketColour(DamageLayer::BreaksSlo).name());
        ctx.hour.reset();
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

    /**
     * The small fixture with the chat budget 5 ms above Paris' own latency: losing Paris sends its region
     * (3/4 of the demand) to Berlin, ~13 ms further, so it loses its SLO. Hovering a site under a real N+1
     * check tells its failure, the drop, the regions affected and the extra cost, as the report has them;
     * hovering Paris' route under "Paris down" tells where it moved and its latency before → after.
     */
    static std::shared_ptr<const Scenario> tightBudget()
    {
        const ScenarioLoad l = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
        if (!l.ok())
            qFatal("small.json");
        Scenario s = *l.scenario;
        const PlanSnapshotPtr plain = PlanSnapshot::evaluate(std::make_shared<const Scenario>(s));
        s.workloads[0].slo.budgetMs = std::ceil(plain->outcome->workloads[0].regions[0].sloMs) + 5;
        return std::make_shared<const Scenario>(s);
    }

    void siteToolTipTellsWhatItsLossDoes()
    {
        const auto s = tightBudget();
        MapContext ctx;
        ctx.plan = PlanSnapshot::evaluate(s);
        const ResilienceReport report =
            checkResilience(*ctx.plan->evaluator, *ctx.plan->outcome, singleFailures(*ctx.plan->evaluator));
        auto overlay = std::make_shared<DamageOverlay>();
        overlay->damage = damageBySite(report, s->nodes.size());
        ctx.damage = overlay;
        const auto impact =
            std::find_if(report.impacts.begin(), report.impacts.end(), [&](const FailureImpact &i) {
                const Failure &f = report.failures[size_t(i.failure)];
                return f.kind == Failure::Kind::Site && f.nodes == std::vector<int>{0};
            });
        QVERIFY(impact != report.impacts.end());
        QVERIFY(impact->breaksSlo());
        MapHit hit;
        hit.kind = MapHit::Kind::Node;
        hit.index = 0;
        const QString tip = MapToolTip::text(hit, ctx);
        QVERIFY2(tip.contains(QStringLiteral("Failure: par")), qPrintable(tip));
        QVERIFY2(tip.contains(DamageLayer::bucketLabel(DamageLayer::BreaksSlo)), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Attainment drop: %1 pp (Chat)")
                                  .arg(QString::number(impact->worstDropPct(), 'f', 2))),
                 qPrintable(tip));
        QVERIFY(impact->worstDropPct() >= 74.9); // Paris' 3/4 of the demand, by hand
        QVERIFY2(
            tip.contains(
                QStringLiteral("Regions affected: %1").arg(units::count(impact->regionsAffected.size()))),
            qPrintable(tip));
        QVERIFY2(tip.contains(units::usd(impact->spillUsdPerMonth())), qPrintable(tip));
        // A cluster of Paris and Berlin names the worse loss of the two: Paris'.
        MapHit both;
        both.kind = MapHit::Kind::Node;
        both.index = 0;
        both.members = {1, 0};
        const QString clusterTip = MapToolTip::text(both, ctx);
        QVERIFY2(clusterTip.contains(QStringLiteral("Worst single loss (N+1): Paris")),
                 qPrintable(clusterTip));
        // Without a check the node's tool-tip says nothing of it.
        ctx.damage.reset();
        QVERIFY(!MapToolTip::text(hit, ctx).contains(QStringLiteral("Failure:")));
    }

    void movedRouteToolTipTellsFromToAndLatency()
    {
        Scenario down = *tightBudget();
        WhatIfCondition c;
        c.kind = WhatIfCondition::Kind::Down;
        c.nodes = {QStringLiteral("par")};
        down.whatIf = {c};
        MapContext ctx;
        ctx.plan = PlanSnapshot::evaluate(std::make_shared<const Scenario>(down));
        QVERIFY(ctx.plan->whatIf);
        ctx.selectedWorkload = 0;
        const RegionOutcome &before = ctx.plan->outcome->workloads[0].regions[0];
        const RegionOutcome &after = ctx.plan->whatIf->outcome->workloads[0].regions[0];
        QCOMPARE(before.node, 0);
        QCOMPARE(after.node, 1);
        MapHit hit;
        hit.kind = MapHit::Kind::Route;
        hit.index = 0;
        const QString tip = MapToolTip::text(hit, ctx);
        QVERIFY2(tip.contains(QStringLiteral("Moved from Paris to Berlin")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Latency at p95: %1 → %2")
                                  .arg(units::ms(before.sloMs), units::ms(after.sloMs))),
                 qPrintable(tip));
        QVERIFY(after.sloMs > before.sloMs);
        QVERIFY2(tip.contains(QStringLiteral("Loses its SLO")), qPrintable(tip));
        hit.kind = MapHit::Kind::Region; // the region's own tool-tip says the same
        QVERIFY(MapToolTip::text(hit, ctx).contains(QStringLiteral("Moved from Paris to Berlin")));
        // No workload picked: no route lines of it.
        ctx.selectedWorkload = -1;
        QVERIFY(!MapToolTip::text(hit, ctx).contains(QStringLiteral("Moved from")));
    }
};

QTEST_MAIN(tst_DamageLayer)
#include "tst_damagelayer.moc"
