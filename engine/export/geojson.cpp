// SPDX-License-Identifier: GPL-3.0-or-later
// GeoJSON (RFC 7946) export and import of nodes and demand regions. The import turns features into the
// scenario format's own node/region objects and lets the scenario loader check them, so both read alike.
#include "engine/export/geojson.h"

#include "engine/export/exportfile.h"
#include "engine/model/jsonreader.h"
#include "engine/model/scenariojson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ea {

namespace {

// Import problems are shown in the GUI; the GeoJSON written is a machine format and stays as it is.
struct GeoJson
{
    Q_DECLARE_TR_FUNCTIONS(ea::GeoJson)
};

double roundCoordinate(double v)
{
    const double scale = std::pow(10.0, GeoJsonDecimals);
    return std::round(v * scale) / scale;
}

struct Bbox
{
    double minLon = std::numeric_limits<double>::infinity(), minLat = minLon;
    double maxLon = -minLon, maxLat = -minLon;
    void add(double lon, double lat)
    {
        minLon = std::min(minLon, lon);
        maxLon = std::max(maxLon, lon);
        minLat = std::min(minLat, lat);
        maxLat = std::max(maxLat, lat);
    }
};

// One Point feature; `item` is the node or region as the scenario writer writes it.
QJsonObject pointFeature(QJsonObject item, const char *layer, Bbox &box)
{
    const double lon = roundCoordinate(item.take(QStringLiteral("lon")).toDouble());
    const double lat = roundCoordinate(item.take(QStringLiteral("lat")).toDouble());
    box.add(lon, lat);
    if (layer)
        item.insert(QStringLiteral("layer"), QLatin1String(layer));
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("Feature")},
        {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                 {QStringLiteral("coordinates"), QJsonArray{lon, lat}}}},
        {QStringLiteral("properties"), item}};
}

QString quoted(const QJsonValue &v)
{
    return v.isString() ? QLatin1Char('"') + v.toString() + QLatin1Char('"') : JsonReader::typeName(v);
}

// Reads a Point geometry; false (after reporting why) when it is not one or its position is unusable.
bool readPoint(const QJsonValue &g, const QString &gp, QStringList &errors, double &lon, double &lat)
{
    const auto error = [&](const QString &path, const QString &reason) {
        errors << path + QStringLiteral(": ") + reason;
        return false;
    };
    if (g.isNull() || g.isUndefined())
        return error(gp, GeoJson::tr("missing; a Point geometry is needed"));
    if (!g.isObject())
        return error(gp, GeoJson::tr("expected a geometry object, got %1").arg(JsonReader::typeName(g)));
    const QJsonObject o = g.toObject();
    const QJsonValue type = o.value(QLatin1String("type"));
    if (type.toString() != QLatin1String("Point"))
        return error(gp + QStringLiteral(".type"),
                     GeoJson::tr("only Point geometries can be imported (got %1)").arg(quoted(type)));
    const QJsonValue c = o.value(QLatin1String("coordinates"));
    const QString cp = gp + QStringLiteral(".coordinates");
    const QJsonArray a = c.toArray();
    if (!c.isArray() || a.size() < 2 || a.size() > 3 || !a.at(0).isDouble() || !a.at(1).isDouble() ||
        (a.size() == 3 && !a.at(2).isDouble()))
        return error(cp, c.isArray()
                             ? GeoJson::tr("expected [longitude, latitude] (numbers), got an array of %n "
                                           "value(s)",
                                           nullptr, static_cast<int>(a.size()))
                             : GeoJson::tr("expected [longitude, latitude] (numbers), got %1")
                                   .arg(JsonReader::typeName(c)));
    lon = a.at(0).toDouble();
    lat = a.at(1).toDouble();
    const bool lonOk = std::isfinite(lon) && lon >= -180 && lon <= 180;
    const bool latOk = std::isfinite(lat) && lat >= -90 && lat <= 90;
    // Swapped order is the usual mistake: say so when the other order would have been valid.
    const bool swapped = std::fabs(lon) <= 90 && std::fabs(lat) <= 180;
    if (!lonOk)
        error(cp + QStringLiteral("[0]"),
              swapped ? GeoJson::tr("longitude must be between -180 and 180 (got %1); GeoJSON positions are "
                                    "[longitude, latitude]: are they swapped?")
                            .arg(lon)
                      : GeoJson::tr("longitude must be between -180 and 180 (got %1)").arg(lon));
    if (!latOk)
        error(cp + QStringLiteral("[1]"),
              swapped ? GeoJson::tr("latitude must be between -90 and 90 (got %1); GeoJSON positions are "
                                    "[longitude, latitude]: are they swapped?")
                            .arg(lat)
                      : GeoJson::tr("latitude must be between -90 and 90 (got %1)").arg(lat));
    return lonOk && latOk;
}

// Rewrites the loader's "$.nodes[i]…" paths into the GeoJSON paths of the features the items came from.
// Returns true when the line names at least one feature.
bool mapPaths(QString &line, const QString &listKey, const std::vector<int> &featureOf)
{
    static const QRegularExpression re(QStringLiteral("\\$\\.(nodes|regions)\\[(\\d+)\\](\\.(lon|lat)\\b)?"));
    QString out;
    qsizetype last = 0;
    bool named = false;
    auto it = re.globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype i = m.captured(2).toLongLong();
        if (m.captured(1) != listKey || i < 0 || i >= static_cast<qsizetype>(featureOf.size()) ||
            featureOf[i] < 0)
            continue;
        const QString feature = QStringLiteral("features[%1]").arg(featureOf[i]);
        QString replacement;
        if (!m.captured(4).isEmpty())
            replacement = feature + QStringLiteral(".geometry.coordinates[%1]")
                                        .arg(m.captured(4) == QLatin1String("lon") ? 0 : 1);
        else if (line.mid(m.capturedEnd(0), 1) == QLatin1String("."))
            replacement = feature + QStringLiteral(".properties");
        else
            replacement = feature;
        out += line.mid(last, m.capturedStart(0) - last) + replacement;
        last = m.capturedEnd(0);
        named = true;
    }
    if (named)
        line = out + line.mid(last);
    return named;
}

} // namespace

std::optional<GeoLayer> geoLayerFromId(const QString &id)
{
    if (id == QLatin1String("nodes"))
        return GeoLayer::Nodes;
    if (id == QLatin1String("regions"))
        return GeoLayer::Regions;
    if (id == QLatin1String("all"))
        return GeoLayer::All;
    return std::nullopt;
}

QByteArray geoJsonFromScenario(const Scenario &s, GeoLayer what)
{
    // The scenario writer's own objects, so the properties are exactly the file format's fields.
    const QJsonObject file = QJsonDocument::fromJson(scenarioToJson(s, false)).object();
    QJsonArray features;
    Bbox box;
    const bool all = what == GeoLayer::All;
    if (what != GeoLayer::Regions)
        for (const QJsonValue &n : file.value(QLatin1String("nodes")).toArray()) {
            QJsonObject item = n.toObject();
            if (!item.contains(QLatin1String("synthetic")))
                item.insert(QStringLiteral("synthetic"), false); // a column in every row for GIS tools
            features.append(pointFeature(item, all ? "node" : nullptr, box));
        }
    if (what != GeoLayer::Nodes)
        for (const QJsonValue &r : file.value(QLatin1String("regions")).toArray())
            features.append(pointFeature(r.toObject(), all ? "region" : nullptr, box));
    // One feature per line: compact, yet diff- and grep-friendly.
    const QString name = what == GeoLayer::Nodes     ? QStringLiteral("nodes")
                         : what == GeoLayer::Regions ? QStringLiteral("regions")
                                                     : QStringLiteral("sites");
    QByteArray out = "{\"type\": \"FeatureCollection\", \"name\": " +
                     QJsonDocument(QJsonArray{name}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    if (!features.isEmpty())
        out += ", \"bbox\": " + QJsonDocument(QJsonArray{box.minLon, box.minLat, box.maxLon, box.maxLat})
                                    .toJson(QJsonDocument::Compact);
    out += ", \"features\": [";
    for (qsizetype i = 0; i < features.size(); ++i)
        out += (i ? ",\n" : "\n") + QJsonDocument(features.at(i).toObject()).toJson(QJsonDocument::Compact);
    out += "\n]}\n";
    return out;
}

GeoJsonImport importGeoJson(const Scenario &base, const QByteArray &geojson, GeoLayer as, GeoImportMode mode)
{
    GeoJsonImport result;
    QStringList &errors = result.errors;
    const bool nodes = as != GeoLayer::Regions;
    const QString listKey = nodes ? QStringLiteral("nodes") : QStringLiteral("regions");
    const QString wanted = nodes ? QStringLiteral("node") : QStringLiteral("region");

    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(geojson, &pe);
    if (pe.error != QJsonParseError::NoError) {
        errors << QStringLiteral("$: ") + GeoJson::tr("not JSON: %1 at %2")
                                              .arg(pe.errorString(), jsonLineColumn(geojson, pe.offset));
        return result;
    }
    if (!doc.isObject()) {
        errors << QStringLiteral("$: ") +
                      GeoJson::tr("expected a GeoJSON FeatureCollection object, got an array");
        return result;
    }
    const QJsonObject root = doc.object();
    const QJsonValue type = root.value(QLatin1String("type"));
    if (type.toString() != QLatin1String("FeatureCollection")) {
        errors << QStringLiteral("type: ") + GeoJson::tr("expected \"%1\" (got %2)")
                                                 .arg(QLatin1String("FeatureCollection"), quoted(type));
        return result;
    }
    const QJsonValue fv = root.value(QLatin1String("features"));
    if (!fv.isArray()) {
        errors << QStringLiteral("features: ") +
                      GeoJson::tr("expected an array, got %1").arg(JsonReader::typeName(fv));
        return result;
    }
    const QJsonArray features = fv.toArray();

    // Each usable feature becomes a node/region object of the scenario format.
    struct Item
    {
        QJsonObject object;
        int feature;
    };
    std::vector<Item> items;
    bool broken = false; // a feature could not be read as an item: the scenario-wide checks would mislead
    for (qsizetype k = 0; k < features.size(); ++k) {
        const QString fp = QStringLiteral("features[%1]").arg(k);
        const QJsonValue f = features.at(k);
        if (!f.isObject() ||
            f.toObject().value(QLatin1String("type")).toString() != QLatin1String("Feature")) {
            errors
                << (f.isObject()
                        ? fp + QStringLiteral(".type: ") +
                              GeoJson::tr("expected \"%1\" (got %2)")
                                  .arg(QLatin1String("Feature"),
                                       quoted(f.toObject().value(QLatin1String("type"))))
                        : fp + QStringLiteral(": ") +
                              GeoJson::tr("expected a Feature object, got %1").arg(JsonReader::typeName(f)));
            broken = true;
            continue;
        }
        const QJsonObject fo = f.toObject();
        const QJsonValue pv = fo.value(QLatin1String("properties"));
        if (!pv.isObject() && !pv.isNull() && !pv.isUndefined()) {
            errors << fp + QStringLiteral(".properties: ") +
                          GeoJson::tr("expected an object or null, got %1").arg(JsonReader::typeName(pv));
            broken = true;
            continue;
        }
        QJsonObject props;
        const QJsonObject given = pv.toObject();
        for (auto it = given.constBegin(); it != given.constEnd(); ++it)
            if (!it.value().isNull()) // GIS tools write null for an empty field
                props.insert(it.key(), it.value());
        if (props.contains(QLatin1String("layer"))) {
            const QString layer = props.take(QStringLiteral("layer")).toString();
            if (layer != QLatin1String("node") && layer != QLatin1String("region")) {
                errors << fp + QStringLiteral(".properties.layer: ") +
                              GeoJson::tr("expected \"%1\" or \"%2\"")
                                  .arg(QLatin1String("node"), QLatin1String("region"));
                broken = true;
                continue;
            }
            if (layer != wanted) {
                ++result.skipped;
                continue;
            }
        }
        for (const char *key : {"lon", "lat"})
            if (props.contains(QLatin1String(key))) {
                errors << fp + QStringLiteral(".properties.%1: ").arg(QLatin1String(key)) +
                              GeoJson::tr("coordinates come from the geometry; remove this property");
                props.remove(QLatin1String(key));
            }
        const QJsonValue fid = fo.value(QLatin1String("id"));
        if (!props.contains(QLatin1String("id")) && (fid.isString() || fid.isDouble()))
            props.insert(QStringLiteral("id"),
                         fid.isString() ? fid.toString() : QString::number(fid.toDouble()));
        double lon = 0, lat = 0;
        if (!readPoint(fo.value(QLatin1String("geometry")), fp + QStringLiteral(".geometry"), errors, lon,
                       lat)) {
            broken = true;
            lon = lat = 0; // the properties are still checked
        }
        props.insert(QStringLiteral("lon"), lon);
        props.insert(QStringLiteral("lat"), lat);
        items.push_back({props, static_cast<int>(k)});
    }

    // The new list; featureOf[i] is the feature list item i came from (-1: kept from the scenario).
    QJsonObject file = QJsonDocument::fromJson(scenarioToJson(base, false)).object();
    QJsonArray list;
    std::vector<int> featureOf;
    QHash<QString, qsizetype> indexOf;
    if (mode == GeoImportMode::Merge) {
        list = file.value(listKey).toArray();
        featureOf.assign(static_cast<size_t>(list.size()), -1);
        for (qsizetype i = 0; i < list.size(); ++i)
            indexOf.insert(list.at(i).toObject().value(QLatin1String("id")).toString(), i);
    }
    for (const Item &item : items) {
        const QJsonValue id = item.object.value(QLatin1String("id"));
        const auto at = id.isString() ? indexOf.constFind(id.toString()) : indexOf.constEnd();
        if (at != indexOf.constEnd() && featureOf[static_cast<size_t>(at.value())] < 0) {
            list[at.value()] = item.object;
            featureOf[static_cast<size_t>(at.value())] = item.feature;
            ++result.updated;
        } else {
            list.append(item.object);
            featureOf.push_back(item.feature);
            ++result.added;
        }
    }
    file.insert(listKey, list);

    const QByteArray compact = QJsonDocument(file).toJson(QJsonDocument::Compact);
    list = {};
    file = {};
    // The file the import writes must open again: refuse now (before parsing it all) what the loader would.
    if (const QString tooLarge = scenarioSizeProblem(compact.size()); !tooLarge.isEmpty()) {
        result.errors << QStringLiteral("$: ") + tooLarge;
        return result;
    }
    ScenarioLoad load = parseScenario(compact);
    // A tier that names no tier is reported, then read as edge: a second error at its path (edge has no
    // entry in $.tiers) is not worth showing. Found from the data: the loader's reasons are translated.
    QSet<QString> badTier, reported;
    for (const Item &item : items)
        if (const QJsonValue t = item.object.value(QLatin1String("tier"));
            t.isString() && !tierFromId(t.toString()))
            badTier.insert(QStringLiteral("features[%1].properties.tier").arg(item.feature));
    for (QString line : load.errors) {
        if (mapPaths(line, listKey, featureOf)) {
            const QString path = line.section(QStringLiteral(": "), 0, 0);
            if (badTier.contains(path) && reported.contains(path))
                continue;
            reported.insert(path);
            errors << line;
        } else if (!broken)
            result.scenarioErrors << line;
    }
    // Feature order, whatever order the loader met the items in.
    const auto featureIndex = [](const QString &line) {
        static const QRegularExpression re(QStringLiteral("^features\\[(\\d+)\\]"));
        const auto m = re.match(line);
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    };
    std::stable_sort(errors.begin(), errors.end(),
                     [&](const QString &a, const QString &b) { return featureIndex(a) < featureIndex(b); });
    if (errors.isEmpty() && result.scenarioErrors.isEmpty() && load.scenario)
        result.scenario = std::move(load.scenario);
    return result;
}

} // namespace ea
