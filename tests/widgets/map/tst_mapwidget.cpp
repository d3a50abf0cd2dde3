// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapfixture.h"

#include "engine/plan/coveragefield.h"
#include "widgets/map/coveragelayer.h"
#include "widgets/map/demandlayer.h"
#include "widgets/map/maptooltip.h"
#include "widgets/map/mapwidget.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace ea;
using namespace mapfixture;

class tst_MapWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void accessibleName();
    void hitTestFindsNodeUnderCursorOnly();
    void hitTestFindsRegion();
    void wheelZoomKeepsPointUnderCursor();
    void dragPans();
    void clickSelectsNode();
    void clickOnEmptyMapClearsSelection();
    void rubberBandSelectsNodes();
    void keyboard();
    void toolTipShowsMeasuredOnlyWhenKnown();
    void layerVisibilitySignal();
    void coverageIsAskedForAndShown();

private:
    QPointF nodePos(int node) const;
    void sendMouse(QEvent::Type type, const QPointF &pos, Qt::MouseButtons buttons,
                   Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    MapWidget *m_map = nullptr;
    MapContext m_fixture;
};

void tst_MapWidget::init()
{
    m_fixture = context();
    m_map = new MapWidget;
    m_map->resize(800, 500);
    m_map->setSnapshot(m_fixture.plan);
    m_map->setViewport(europe());
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map));
    QCOMPARE(m_map->viewport().size(), QSize(800, 500));
}

void tst_MapWidget::cleanup()
{
    delete m_map;
    m_map = nullptr;
}

QPointF tst_MapWidget::nodePos(int node) const
{
    const Node &n = m_fixture.scenario()->nodes[size_t(node)];
    return m_map->viewport().lonLatToScreen(n.lon, n.lat);
}

void tst_MapWidget::sendMouse(QEvent::Type type, const QPointF &pos, Qt::MouseButtons buttons,
                              Qt::KeyboardModifiers modifiers)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, pos, m_map->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(m_map, &event);
}

void tst_MapWidget::accessibleName()
{
    QCOMPARE(m_map->accessibleName(), QStringLiteral("World map"));
    QVERIFY(!m_map->accessibleDescription().isEmpty());
}

void tst_MapWidget::hitTestFindsNodeUnderCursorOnly()
{
    m_map->setLayerVisible(DemandLayer::Id, false); // the fixture's demand discs are large up close
    const QPointF berlin = nodePos(BerlinNode);
    const MapHit hit = m_map->hitTest(berlin + QPointF(1.5, -1));
    QCOMPARE(hit.kind, MapHit::Kind::Node);
    QCOMPARE(hit.index, BerlinNode);
    QVERIFY(!hit.isCluster());
    for (const QPointF &d :
         {QPointF(30, 0), QPointF(-30, 0), QPointF(0, 30), QPointF(0, -30), QPointF(21.3, 21.3)}) {
        const MapHit miss = m_map->hitTest(berlin + d);
        QVERIFY2(!miss.isValid(), qPrintable(QStringLiteral("hit at offset (%1, %2)").arg(d.x()).arg(d.y())));
    }
}

void tst_MapWidget::hitTestFindsRegion()
{
    // Inside Berlin's demand disc but off the node symbol.
    const QPointF at = nodePos(BerlinNode) + QPointF(0, 12);
    const MapHit hit = m_map->hitTest(at);
    QCOMPARE(hit.kind, MapHit::Kind::Region);
    QCOMPARE(hit.index, BerlinRegion);
    const QString tip = MapToolTip::text(hit, m_map->context());
    QVERIFY(tip.contains(QStringLiteral("Berlin")));
}

void tst_MapWidget::wheelZoomKeepsPointUnderCursor()
{
    const QPointF pos(610, 140);
    const auto before = m_map->viewport().screenToLonLat(pos);
    QVERIFY(before.has_value());
    const double scale = m_map->viewport().scale();
    QSignalSpy changed(m_map, &MapWidget::viewportChanged);
    QWheelEvent wheel(pos, m_map->mapToGlobal(pos), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_map, &wheel);
    QCOMPARE(changed.count(), 1);
    QCOMPARE_GT(m_map->viewport().scale(), scale * 1.2);
    const auto after = m_map->viewport().screenToLonLat(pos);
    QVERIFY(after.has_value());
    QVERIFY(std::abs(after->x() - before->x()) < 1e-6 && std::abs(after->y() - before->y()) < 1e-6);
}

void tst_MapWidget::dragPans()
{
    const QPointF from(400, 250), to(460, 230);
    const auto grabbed = m_map->viewport().screenToLonLat(from);
    sendMouse(QEvent::MouseButtonPress, from, Qt::LeftButton);
    sendMouse(QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
    sendMouse(QEvent::MouseMove, to, Qt::LeftButton);
    sendMouse(QEvent::MouseButtonRelease, to, Qt::NoButton);
    const auto now = m_map->viewport().screenToLonLat(to);
    QVERIFY(std::abs(now->x() - grabbed->x()) < 1e-6 && std::abs(now->y() - grabbed->y()) < 1e-6);
}

void tst_MapWidget::clickSelectsNode()
{
    QSignalSpy selected(m_map, &MapWidget::nodesSelected);
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::NoModifier, nodePos(BerlinNode).toPoint());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).value<QList<int>>(), QList<int>{BerlinNode});
    QCOMPARE(m_map->context().selectedNodes, QSet<int>{BerlinNode});
    // Ctrl+click adds; Ctrl+click on a selected node removes it again.
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::ControlModifier, nodePos(ParisNode).toPoint());
    QCOMPARE(selected.count(), 2);
    QVERIFY(selected.at(1).at(0).value<QList<int>>().contains(BerlinNode));
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::ControlModifier, nodePos(BerlinNode).toPoint());
    QVERIFY(!m_map->context().selectedNodes.contains(BerlinNode));
}

void tst_MapWidget::clickOnEmptyMapClearsSelection()
{
    m_map->setSelectedNodes({BerlinNode});
    m_map->setSelectedRegion(ParisRegion);
    QSignalSpy nodes(m_map, &MapWidget::nodesSelected);
    QSignalSpy region(m_map, &MapWidget::regionSelected);
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::NoModifier, QPoint(40, 460)); // Bay of Biscay
    QCOMPARE(nodes.count(), 1);
    QVERIFY(nodes.at(0).at(0).value<QList<int>>().isEmpty());
    QCOMPARE(region.count(), 1);
    QCOMPARE(region.at(0).at(0).toInt(), -1);
}

void tst_MapWidget::rubberBandSelectsNodes()
{
    QSignalSpy selected(m_map, &MapWidget::nodesSelected);
    const QRectF around =
        QRectF(nodePos(ParisNode), nodePos(BerlinNode)).normalized().adjusted(-20, -20, 20, 20);
    sendMouse(QEvent::MouseButtonPress, around.topLeft(), Qt::LeftButton, Qt::ShiftModifier);
    sendMouse(QEvent::MouseMove, around.center(), Qt::LeftButton, Qt::ShiftModifier);
    sendMouse(QEvent::MouseMove, around.bottomRight(), Qt::LeftButton, Qt::ShiftModifier);
    sendMouse(QEvent::MouseButtonRelease, around.bottomRight(), Qt::NoButton, Qt::ShiftModifier);
    QCOMPARE(selected.count(), 1);
    // Paris, Berlin, and the API endpoint that the fixture places in Paris.
    QCOMPARE(selected.at(0).at(0).value<QList<int>>(), (QList<int>{ParisNode, BerlinNode, ApiNode}));
    // The view did not move: Shift+drag selects instead of panning.
    QVERIFY((nodePos(ParisNode) - around.topLeft()).manhattanLength() > 1);
    QCOMPARE(m_map->viewport().centreLonLat(), europe().centreLonLat());
}

void tst_MapWidget::keyboard()
{
    const double scale = m_map->viewport().scale();
    QTest::keyClick(m_map, Qt::Key_Plus);
    QCOMPARE_GT(m_map->viewport().scale(), scale);
    QTest::keyClick(m_map, Qt::Key_Minus);
    QVERIFY(std::abs(m_map->viewport().scale() - scale) < 1e-9);
    const QPointF centre = m_map->viewport().centreWorld();
    QTest::keyClick(m_map, Qt::Key_Right);
    QCOMPARE_GT(m_map->viewport().centreWorld().x(), centre.x());
    QTest::keyClick(m_map, Qt::Key_0);
    QCOMPARE(m_map->viewport().scale(), 1.0);
    m_map->setSelectedNodes({ParisNode, BerlinNode});
    QTest::keyClick(m_map, Qt::Key_F);
    QCOMPARE_GT(m_map->viewport().scale(), 10.0);
    const QRectF inner = QRectF(m_map->rect()).adjusted(20, 20, -20, -20);
    QVERIFY2(inner.contains(nodePos(ParisNode)) && inner.contains(nodePos(BerlinNode)),
             qPrintable(QStringLiteral("Paris at (%1, %2), Berlin at (%3, %4), scale %5")
                            .arg(nodePos(ParisNode).x())
                            .arg(nodePos(ParisNode).y())
                            .arg(nodePos(BerlinNode).x())
                            .arg(nodePos(BerlinNode).y())
                            .arg(m_map->viewport().scale())));
}

void tst_MapWidget::toolTipShowsMeasuredOnlyWhenKnown()
{
    MapHit hit;
    hit.kind = MapHit::Kind::Node;
    hit.index = BerlinNode;
    QString tip = MapToolTip::text(hit, m_map->context());
    QVERIFY(tip.contains(QStringLiteral("Berlin")));
    QVERIFY(tip.contains(QStringLiteral("Regional")));
    QVERIFY(!tip.contains(QStringLiteral("Measured")));
    QVERIFY(!tip.contains(QStringLiteral("—")));
    m_map->setSelectedRegion(ParisRegion);
    tip = MapToolTip::text(hit, m_map->context());
    QVERIFY(tip.contains(QStringLiteral("Modeled RTT from Paris")));
    QVERIFY(!tip.contains(QStringLiteral("Measured")));
    m_map->setMeasuredRtt({{BerlinNode, 42.0}});
    tip = MapToolTip::text(hit, m_map->context());
    QVERIFY(tip.contains(QStringLiteral("Measured RTT")));
    QVERIFY(tip.contains(QStringLiteral("residual")));
}

void tst_MapWidget::layerVisibilitySignal()
{
    QSignalSpy spy(m_map, &MapWidget::layerVisibilityChanged);
    QVERIFY(!m_map->isLayerVisible(CoverageLayer::Id)); // until a field is asked for
    m_map->setLayerVisible(QStringLiteral("routes"), false);
    m_map->setLayerVisible(QStringLiteral("routes"), false);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("routes"));
    QCOMPARE(spy.at(0).at(1).toBool(), false);
    QCOMPARE(m_map->layers().size(), 11); // with the what-if, damage, fleet and timeline layers
}

void tst_MapWidget::coverageIsAskedForAndShown()
{
    // The map computes nothing: it asks (app/ runs the job, tests/app/tst_mapbinder.cpp) and shows.
    QSignalSpy requested(m_map, &MapWidget::coverageRequested);
    QSignalSpy progress(m_map, &MapWidget::coverageProgress);
    QSignalSpy ready(m_map, &MapWidget::coverageChanged);
    m_map->requestCoverage(Tier::Regional, 2.0);
    QVERIFY(m_map->isLayerVisible(CoverageLayer::Id));
    QVERIFY(m_map->isCoverageRunning());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<Tier>(), Tier::Regional);
    QCOMPARE(requested.at(0).at(1).toDouble(), 2.0);
    QCOMPARE(m_map->coverageRequest()->tier, Tier::Regional);
    m_map->setCoverageProgress(0.5);
    QCOMPARE(progress.last().at(0).toDouble(), 0.5);

    const CoverageFieldPtr field = computeCoverageField(*m_fixture.evaluator(), Tier::Regional, 2.0);
    m_map->setCoverageField(field);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(m_map->context().coverage, field);
    QCOMPARE(progress.last().at(0).toDouble(), 1.0);
    QVERIFY(!m_map->isCoverageRunning());
    m_map->setCoverageProgress(0.7); // late progress of an answered request is not shown
    QCOMPARE(progress.last().at(0).toDouble(), 1.0);

    QSignalSpy cancelled(m_map, &MapWidget::coverageCancelled);
    m_map->requestCoverage(Tier::Edge, 2.0);
    m_map->cancelCoverage();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!m_map->coverageRequest());
    QVERIFY(!m_map->isCoverageRunning());
    QCOMPARE(m_map->context().coverage, field); // the field on show stays
}

QTEST_MAIN(tst_MapWidget)
#include "tst_mapwidget.moc"
