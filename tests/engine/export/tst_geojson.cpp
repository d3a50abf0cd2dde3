// SPDX-License-Identifier: GPL-3.0-or-later
// GeoJSON export/import: round trips, the file read by a real GIS reader (GDAL's ogrinfo), bad files.
#include "engine/export/geojson.h"
#include "engine/model/scenariojson.h"
#include "tests/common/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ea;

namespace {
Scenario fixture()
{
    const ScenarioLoad l = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    if (!l.ok())
        qFatal("%s", qPrintable(l.errors.join(QLatin1Char('\n'))));
    Scenario s = *l.scenario;
    // Every optional field set somewhere, and coordinates with more decimals than a GeoJSON file keeps.
    s.nodes[0].lon = 2.123456789;
    s.nodes[0].lat = -48.987654321;
    s.nodes[0].endpoint = QStringLiteral("https://par.example.net/v1");
    s.nodes[0].capacityGpus = 6;
    s.nodes[0].source = QStringLiteral("fixture, \"quoted\"");
    s.nodes[1].synthetic = true;
    s.nodes[1].country.clear();
    s.regions[1].accessMs.reset();
    s.regions[1].lon = -179.9999996;
    return s;
}

// Items equal but for coordinates, which must agree to 1e-6 degrees.
template <typename T> void compareItems(const std::vector<T> &got, const std::vector<T> &want)
{
    QCOMPARE(got.size(), want.size());
    for (size_t i = 0; i < got.size(); ++i) {
        QVERIFY2(std::fabs(got[i].lon - want[i].lon) <= 1e-6, qPrintable(got[i].id));
        QVERIFY2(std::fabs(got[i].lat - want[i].lat) <= 1e-6, qPrintable(got[i].id));
        T same = got[i];
        same.lon = want[i].lon;
        same.lat = want[i].lat;
        QVERIFY2(same == want[i], qPrintable(got[i].id));
    }
}

QByteArray featureCollection(const QStringList &features)
{
    return "{\"type\": \"FeatureCollection\", \"features\": [" + features.join(QLatin1Char(',')).toUtf8() +
           "]}";
}

QString node(const QString &id, const QString &geometry, const QString &extra = {})
{
    return QStringLiteral("{\"type\": \"Feature\", \"geometry\": %1, \"properties\": {%2\"name\": \"N\", "
                          "\"tier\": \"regional\", \"gpu\": \"g1\", \"gpuCount\": 2%3}}")
        .arg(geometry, id.isEmpty() ? QString() : QStringLiteral("\"id\": \"%1\", ").arg(id), extra);
}

QString point(double lon, double lat)
{
    return QStringLiteral("{\"type\": \"Point\", \"coordinates\": [%1, %2]}").arg(lon).arg(lat);
}
} // namespace

class tst_GeoJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripNodesAndRegions()
    {
        const Scenario s = fixture();
        const QByteArray file = geoJsonFromScenario(s, GeoLayer::All);
        const GeoJsonImport nodes = importGeoJson(s, file, GeoLayer::Nodes, GeoImportMode::Replace);
        QVERIFY2(nodes.scenario, qPrintable((nodes.errors + nodes.scenarioErrors).join(QLatin1Char('\n'))));
        QCOMPARE(nodes.added, 3);
        QCOMPARE(nodes.skipped, 2); // the regions
        compareItems(nodes.scenario->nodes, s.nodes);
        QCOMPARE(nodes.scenario->regions, s.regions);
        const GeoJsonImport regions = importGeoJson(s, file, GeoLayer::Regions, GeoImportMode::Replace);
        QVERIFY(regions.scenario);
        compareItems(regions.scenario->regions, s.regions);
        QCOMPARE(regions.scenario->nodes, s.nodes);
        // A file of one layer has no "layer" property and round-trips the same way.
        const GeoJsonImport only = importGeoJson(s, geoJsonFromScenario(s, GeoLayer::Nodes), GeoLayer::Nodes,
                                                 GeoImportMode::Replace);
        QVERIFY(only.scenario);
        compareItems(only.scenario->nodes, s.nodes);
    }

    void roundTripDefaultScenario()
    {
        const ScenarioLoad l = loadDefaultScenario();
        QVERIFY(l.ok());
        const Scenario &s = *l.scenario;
        const GeoJsonImport r = importGeoJson(s, geoJsonFromScenario(s, GeoLayer::Regions), GeoLayer::Regions,
                                              GeoImportMode::Replace);
        QVERIFY(r.scenario);
        QCOMPARE(r.added, static_cast<int>(s.regions.size()));
        compareItems(r.scenario->regions, s.regions);
        const GeoJsonImport n =
            importGeoJson(s, geoJsonFromScenario(s, GeoLayer::Nodes), GeoLayer::Nodes, GeoImportMode::Merge);
        QVERIFY(n.scenario);
        QCOMPARE(n.updated, static_cast<int>(s.nodes.size()));
        QCOMPARE(n.added, 0);
        compareItems(n.scenario->nodes, s.nodes);
    }

    void rfc7946Shape()
    {
        const Scenario s = fixture();
        const QByteArray text = geoJsonFromScenario(s, GeoLayer::All);
        QJsonParseError pe;
        const QJsonObject root = QJsonDocument::fromJson(text, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QLatin1String("type")).toString(), QStringLiteral("FeatureCollection"));
        QVERIFY(!root.contains(QLatin1String("crs"))); // RFC 7946 §4: WGS 84 implied, no crs member
        const QJsonArray features = root.value(QLatin1String("features")).toArray();
        QCOMPARE(features.size(), 5);
        const QJsonObject first = features.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("Feature"));
        const QJsonObject g = first.value(QLatin1String("geometry")).toObject();
        QCOMPARE(g.value(QLatin1String("type")).toString(), QStringLiteral("Point"));
        const QJsonArray c = g.value(QLatin1String("coordinates")).toArray();
        QCOMPARE(c.at(0).toDouble(), 2.123457); // longitude first, 6 decimals
        QCOMPARE(c.at(1).toDouble(), -48.987654);
        const QJsonObject p = first.value(QLatin1String("properties")).toObject();
        for (const char *key : {"id", "name", "tier", "country", "provider", "gpu", "gpuCount",
                                "capacityGpus", "endpoint", "synthetic", "source", "layer"})
            QVERIFY2(p.contains(QLatin1String(key)), key);
        QVERIFY(!p.contains(QLatin1String("lon")));
        QCOMPARE(p.value(QLatin1String("tier")).toString(), QStringLiteral("regional"));
        const QJsonArray bbox = root.value(QLatin1String("bbox")).toArray();
        QCOMPARE(bbox.size(), 4);
        QCOMPARE(bbox.at(0).toDouble(), -180.0); // -179.9999996 rounded
        QCOMPARE(bbox.at(1).toDouble(), -48.987654);
        QCOMPARE(bbox.at(3).toDouble(), 52.52);
        // No number in the file carries more than 6 decimals.
        static const QRegularExpression longDecimals(QStringLiteral("[\\[,]-?\\d+\\.\\d{7,}"));
        QVERIFY(!longDecimals.match(QString::fromUtf8(text)).hasMatch());
    }

    void readByOgrinfo()
    {
        const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
        EA_REQUIRE(!ogrinfo.isEmpty(), "ogrinfo (Debian package gdal-bin, packaging/install-deps.sh)");
        const Scenario s = fixture();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sites.geojson"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(geoJsonFromScenario(s, GeoLayer::All));
        f.close();
        QProcess p;
        p.start(ogrinfo, {QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-so"), path});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(out.contains(QLatin1String("using driver `GeoJSON' successful")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("Geometry: Point")));
        QVERIFY(out.contains(QLatin1String("Feature Count: 5")));
        QVERIFY(out.contains(QLatin1String("WGS 84")));
        QVERIFY2(out.contains(QLatin1String("Extent: (-180.000000, -48.987654) - (13.400000, 52.520000)")),
                 qPrintable(out));
        // The field list, "name: Type (width.precision)".
        QHash<QString, QString> fields;
        static const QRegularExpression field(QStringLiteral("^(\\w+): (\\w+)"),
                                              QRegularExpression::MultilineOption);
        for (auto it = field.globalMatch(out); it.hasNext();) {
            const auto m = it.next();
            fields.insert(m.captured(1), m.captured(2));
        }
        for (const char *key :
             {"id", "name", "tier", "country", "provider", "gpu", "endpoint", "source", "layer"})
            QVERIFY2(fields.value(QLatin1String(key)) == QLatin1String("String"), key);
        QCOMPARE(fields.value(QStringLiteral("gpuCount")), QStringLiteral("Integer"));
        QCOMPARE(fields.value(QStringLiteral("capacityGpus")), QStringLiteral("Integer"));
        QVERIFY(fields.contains(QStringLiteral("synthetic")));
        QVERIFY(fields.contains(QStringLiteral("weight")));
        QVERIFY(fields.contains(QStringLiteral("utcOffsetHours")));
        QVERIFY(fields.contains(QStringLiteral("accessMs")));
    }

    void mergeUpdatesAndAdds()
    {
        const Scenario s = fixture();
        const QByteArray file = featureCollection(
            {node(QStringLiteral("ber"), point(13.5, 52.5), QStringLiteral(", \"endpoint\": null")),
             node(QStringLiteral("new"), point(4.9, 52.37), QStringLiteral(", \"capacityGpus\": null"))});
        const GeoJsonImport r = importGeoJson(s, file, GeoLayer::Nodes, GeoImportMode::Merge);
        QVERIFY2(r.scenario, qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.added, 1);
        QCOMPARE(r.scenario->nodes.size(), size_t(4));
        QCOMPARE(r.scenario->nodes[0], s.nodes[0]);
        QCOMPARE(r.scenario->nodes[1].lon, 13.5);
        QCOMPARE(r.scenario->nodes[1].gpuCount, 2);
        QCOMPARE(r.scenario->nodes[3].id, QStringLiteral("new"));
        QVERIFY(!r.scenario->nodes[3].capacityGpus); // null = absent
    }

    void badFilesReportEveryProblem()
    {
        const Scenario s = fixture();
        GeoJsonImport r = importGeoJson(s, "{\"type\": ", GeoLayer::Nodes, GeoImportMode::Merge);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors[0].startsWith(QLatin1String("$: not JSON:")), qPrintable(r.errors[0]));
        QVERIFY(!r.scenario);
        r = importGeoJson(s, "{\"type\": \"Feature\"}", GeoLayer::Nodes, GeoImportMode::Merge);
        QCOMPARE(r.errors,
                 QStringList{QStringLiteral("type: expected \"FeatureCollection\" (got \"Feature\")")});
        r = importGeoJson(s, "[]", GeoLayer::Nodes, GeoImportMode::Merge);
        QCOMPARE(r.errors.size(), 1);

        const QByteArray bad = featureCollection(
            {node(QStringLiteral("a"), point(2.35, 48.86))
                 .replace(QLatin1String("regional"), QLatin1String("foo")),
             node(QStringLiteral("b"),
                  QStringLiteral("{\"type\": \"LineString\", \"coordinates\": [[0, 0], [1, 1]]}")),
             node(QStringLiteral("c"), point(35.68, 139.69)), // Tokyo, latitude first
             node(QString(), point(1, 1)),
             node(QStringLiteral("a"), point(1, 1), QStringLiteral(", \"gpu\": \"nope\""))
                 .replace(QLatin1String("\"gpu\": \"g1\", "), QString()),
             node(QStringLiteral("f"), QStringLiteral("null"), QStringLiteral(", \"lat\": 3")),
             QStringLiteral("42")});
        r = importGeoJson(s, bad, GeoLayer::Nodes, GeoImportMode::Replace);
        QVERIFY(!r.scenario);
        const QStringList want{
            QStringLiteral(
                "features[0].properties.tier: unknown tier \"foo\" (edge, regional, central, onprem)"),
            QStringLiteral(
                "features[1].geometry.type: only Point geometries can be imported (got \"LineString\")"),
            QStringLiteral("features[2].geometry.coordinates[1]: latitude must be between -90 and 90 (got "
                           "139.69); GeoJSON positions are [longitude, latitude]: are they swapped?"),
            QStringLiteral("features[3].properties.id: missing"),
            QStringLiteral("features[4].properties.id: duplicate id \"a\" (first at features[0])"),
            QStringLiteral("features[4].properties.gpu: unknown GPU type \"nope\""),
            QStringLiteral(
                "features[5].properties.lat: coordinates come from the geometry; remove this property"),
            QStringLiteral("features[5].geometry: missing; a Point geometry is needed"),
            QStringLiteral("features[6]: expected a Feature object, got a number")};
        for (const QString &line : want)
            QVERIFY2(r.errors.contains(line),
                     qPrintable(line + QStringLiteral("\n--- got:\n") + r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.errors.size(), want.size()); // and nothing else (no follow-on errors)
    }

    void damagedFilesNeverCrash()
    {
        // Truncated and byte-flipped exports: always either a scenario or problems, never both, never a
        // crash.
        const Scenario s = fixture();
        const QByteArray good = geoJsonFromScenario(s, GeoLayer::All);
        quint32 seed = 12345;
        const auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
        int rejected = 0;
        for (int i = 0; i < 1500; ++i) {
            QByteArray bad = good;
            if (i % 3 == 0)
                bad.truncate(static_cast<qsizetype>(next() % static_cast<quint32>(good.size())));
            for (int k = 0; k < 1 + i % 4 && !bad.isEmpty(); ++k)
                bad[static_cast<qsizetype>(next() % static_cast<quint32>(bad.size()))] =
                    "0123456789-.,:{}[]\"ex "[next() % 22];
            const GeoJsonImport r = importGeoJson(s, bad, GeoLayer::Nodes, GeoImportMode::Merge);
            QVERIFY(r.scenario.has_value() == (r.errors.isEmpty() && r.scenarioErrors.isEmpty()));
            rejected += r.scenario ? 0 : 1;
        }
        QVERIFY(rejected > 1000);
    }

    void scenarioLeftInvalid()
    {
        // Replacing the nodes with central ones only leaves the regional workload without a node.
        const Scenario s = fixture();
        QString central = node(QStringLiteral("c1"), point(2, 48));
        central.replace(QLatin1String("regional"), QLatin1String("central"));
        const GeoJsonImport r =
            importGeoJson(s, featureCollection({central}), GeoLayer::Nodes, GeoImportMode::Replace);
        QVERIFY(!r.scenario);
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.scenarioErrors,
                 QStringList{QStringLiteral("$.workloads[0].tier: tier \"regional\" has no nodes")});
    }
};

QTEST_GUILESS_MAIN(tst_GeoJson)
#include "tst_geojson.moc"
