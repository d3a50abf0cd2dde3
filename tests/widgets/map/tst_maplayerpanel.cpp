// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapfixture.h"

#include "engine/plan/coveragefield.h"
#include "widgets/map/maplayerpanel.h"
#include "widgets/map/mapwidget.h"

#include <QComboBox>
#include <QListWidget>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>

using namespace ea;

class tst_MapLayerPanel : public QObject
{
    Q_OBJECT

private slots:
    void listsLayersTopFirst();
    void followsTheMapBothWays();
    void checkingCoverageAsksForIt();
};

void tst_MapLayerPanel::listsLayersTopFirst()
{
    MapWidget map;
    MapLayerPanel panel;
    QVERIFY(!panel.isEnabled());
    panel.setMap(&map);
    QVERIFY(panel.isEnabled());
    auto *list = panel.findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(list->count(), map.layers().size());
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("overlay"));
    QCOMPARE(list->item(list->count() - 1)->data(Qt::UserRole).toString(), QStringLiteral("basemap"));
    for (int i = 0; i < list->count(); ++i) {
        const QString id = list->item(i)->data(Qt::UserRole).toString();
        QCOMPARE(list->item(i)->checkState() == Qt::Checked, map.isLayerVisible(id));
    }
}

void tst_MapLayerPanel::followsTheMapBothWays()
{
    MapWidget map;
    MapLayerPanel panel;
    panel.setMap(&map);
    auto *list = panel.findChild<QListWidget *>();
    QListWidgetItem *nodes =
        list->findItems(map.renderer().layer(QStringLiteral("nodes"))->title(), Qt::MatchExactly).value(0);
    QVERIFY(nodes);
    nodes->setCheckState(Qt::Unchecked);
    QVERIFY(!map.isLayerVisible(QStringLiteral("nodes")));
    map.setLayerVisible(QStringLiteral("nodes"), true);
    QCOMPARE(nodes->checkState(), Qt::Checked);

    const QList<QComboBox *> combos = panel.findChildren<QComboBox *>();
    QComboBox *projection = nullptr, *palette = nullptr;
    for (QComboBox *c : combos) {
        if (c->findData(static_cast<int>(geo::ProjectionKind::WebMercator)) >= 0 && c->count() == 3)
            projection = c;
        if (c->count() == 2)
            palette = c;
    }
    QVERIFY(projection && palette);
    projection->setCurrentIndex(projection->findData(static_cast<int>(geo::ProjectionKind::WebMercator)));
    QCOMPARE(map.projection(), geo::ProjectionKind::WebMercator);
    map.setProjection(geo::ProjectionKind::Equirectangular);
    QCOMPARE(projection->currentData().toInt(), static_cast<int>(geo::ProjectionKind::Equirectangular));
    palette->setCurrentIndex(palette->findData(static_cast<int>(MapPaletteKind::Dark)));
    QCOMPARE(map.mapPalette(), MapPaletteKind::Dark);
}

void tst_MapLayerPanel::checkingCoverageAsksForIt()
{
    MapWidget map;
    const MapContext fixture = mapfixture::context();
    map.setSnapshot(fixture.plan);
    MapLayerPanel panel;
    panel.setMap(&map);
    auto *list = panel.findChild<QListWidget *>();
    QListWidgetItem *coverage = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("coverage"))
            coverage = list->item(i);
    }
    QVERIFY(coverage);
    QCOMPARE(coverage->checkState(), Qt::Unchecked);
    QSignalSpy requested(&map, &MapWidget::coverageRequested);
    coverage->setCheckState(Qt::Checked);
    QVERIFY(map.isLayerVisible(QStringLiteral("coverage")));
    QCOMPARE(requested.count(), 1);
    // The panel's tier and its progress bar follow the answer (computed here as app/ would).
    auto *progress = panel.findChild<QProgressBar *>();
    QVERIFY(progress && !progress->isHidden());
    const Tier tier = requested.at(0).at(0).value<Tier>();
    map.setCoverageField(computeCoverageField(*fixture.evaluator(), tier, requested.at(0).at(1).toDouble()));
    QVERIFY(map.context().coverage);
    QVERIFY(progress->isHidden());
    // Another tier chosen while the layer shows: asked for at once.
    auto *tiers = panel.findChildren<QComboBox *>().last();
    tiers->setCurrentIndex((tiers->currentIndex() + 1) % tiers->count());
    QCOMPARE(requested.count(), 2);
    QCOMPARE(int(requested.at(1).at(0).value<Tier>()), tiers->currentData().toInt());
}

QTEST_MAIN(tst_MapLayerPanel)
#include "tst_maplayerpanel.moc"
