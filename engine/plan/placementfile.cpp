// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan/placementfile.h"

#include "engine/model/jsonreader.h"
#include "engine/model/userfile.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ea {

namespace {
constexpr const char *kSchema1 = "edgeatlas-placement/1"; // a tier per workload
constexpr const char *kSchema2 = "edgeatlas-placement/2"; // also a tier per workload and zone

// The problems are shown in the GUI (the report dialog); paths and ids stay as data.
struct PlacementFile
{
    Q_DECLARE_TR_FUNCTIONS(ea::PlacementFile)
};
} // namespace

bool parsePlacement(const QByteArray &json, const Scenario &s, Placement &out, QStringList *errors)
{
    const int before = static_cast<int>(errors->size());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        errors->append(
            QStringLiteral("$: ") +
            PlacementFile::tr("invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
        return false;
    }
    JsonReader r(errors);
    QJsonObject root, map;
    if (!doc.isObject()) {
        r.error(QStringLiteral("$"), PlacementFile::tr("expected an object"));
        return false;
    }
    if (!r.object(doc.object(), QStringLiteral("$"), {"schema", "placement"}, &root))
        return false;
    const QString schema = r.string(root, "schema", QStringLiteral("$"));
    if (!schema.isEmpty() && schema != QLatin1String(kSchema1) && schema != QLatin1String(kSchema2))
        r.error(QStringLiteral("$.schema"), PlacementFile::tr("expected \"%1\" or \"%2\"")
                                                .arg(QLatin1String(kSchema1), QLatin1String(kSchema2)));
    const bool version1 = schema == QLatin1String(kSchema1);
    out = placementOf(s);
    if (!root.contains(QLatin1String("placement"))) {
        r.error(QStringLiteral("$.placement"), PlacementFile::tr("missing"));
        return false;
    }
    const QJsonValue pv = root.value(QLatin1String("placement"));
    if (!pv.isObject()) {
        r.error(QStringLiteral("$.placement"),
                PlacementFile::tr("expected an object, got %1").arg(JsonReader::typeName(pv)));
        return false;
    }
    map = pv.toObject();
    const auto tierAt = [&](const QJsonValue &v, const QString &path) -> std::optional<Tier> {
        const auto tier = v.isString() ? tierFromId(v.toString()) : std::nullopt;
        if (!tier) {
            r.error(path, PlacementFile::tr("expected one of %1")
                              .arg(QStringLiteral("edge, regional, central, onprem")));
            return std::nullopt;
        }
        return tier;
    };
    const auto usable = [&](int w, Tier t, const QString &path) {
        if (!s.tier(t).present) {
            r.error(path, PlacementFile::tr("the scenario has no tier \"%1\"").arg(tierId(t)));
            return false;
        }
        if (!s.workloads[w].allows(t)) {
            r.error(path, PlacementFile::tr("tier \"%1\" is forbidden for this workload").arg(tierId(t)));
            return false;
        }
        return true;
    };
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString path = QStringLiteral("$.placement.") + it.key();
        const int w = s.workloadIndex(it.key());
        if (w < 0) {
            r.error(path, PlacementFile::tr("unknown workload"));
            continue;
        }
        if (!it.value().isObject()) { // "w": "tier", the whole workload
            if (const auto tier = tierAt(it.value(), path); tier && usable(w, *tier, path))
                out[w] = *tier;
            continue;
        }
        // "w": {"EU": "edge", "*": "regional"}: a tier per zone, "*" for the others (default: the
        // scenario's).
        if (version1) {
            r.error(path,
                    PlacementFile::tr("a tier per zone needs schema \"%1\"").arg(QLatin1String(kSchema2)));
            continue;
        }
        const QJsonObject zones = it.value().toObject();
        Tier star = out[w];
        ZoneTiers tiers = out.zoneTiers(w);
        bool ok = true;
        if (zones.contains(QLatin1String("*"))) {
            const QString sp = path + QStringLiteral(".*");
            const auto tier = tierAt(zones.value(QLatin1String("*")), sp);
            ok = tier && usable(w, *tier, sp);
            if (ok) {
                star = *tier;
                tiers = ZoneTiers{};
            }
        }
        for (auto z = zones.constBegin(); z != zones.constEnd(); ++z) {
            if (z.key() == QLatin1String("*"))
                continue;
            const QString zp = path + QLatin1Char('.') + z.key();
            geo::Zone zone;
            if (!geo::zoneFromCode(z.key(), zone)) {
                r.error(zp, PlacementFile::tr("unknown zone (%1)")
                                .arg(QStringLiteral("NA, SA, EU, AF, ME, SAS, EAS, SEA, OC, *")));
                ok = false;
                continue;
            }
            const auto tier = tierAt(z.value(), zp);
            if (!tier || !usable(w, *tier, zp)) {
                ok = false;
                continue;
            }
            tiers[static_cast<int>(zone)] = *tier;
        }
        if (ok)
            out.setWorkload(w, star, tiers);
    }
    return errors->size() == before;
}

bool loadPlacementFile(const QString &fileName, const Scenario &s, Placement &out, QStringList *errors)
{
    QByteArray bytes;
    QString error;
    if (!readUserFile(fileName, 16 * 1024 * 1024, &bytes, &error)) {
        errors->append(QStringLiteral("$: ") + error);
        return false;
    }
    return parsePlacement(bytes, s, out, errors);
}

QByteArray placementToJson(const Scenario &s, const Placement &p)
{
    QJsonObject map;
    for (size_t w = 0; w < p.size() && w < s.workloads.size(); ++w) {
        if (!p.isSplit(w)) {
            map.insert(s.workloads[w].id, tierId(p[w]));
            continue;
        }
        QJsonObject zones{{QStringLiteral("*"), tierId(p[w])}};
        const ZoneTiers tiers = p.zoneTiers(w);
        for (int z = 0; z < geo::kZoneCount; ++z)
            if (tiers[z])
                zones.insert(geo::zoneCode(static_cast<geo::Zone>(z)), tierId(*tiers[z]));
        map.insert(s.workloads[w].id, zones);
    }
    // Version 1 while nothing is split, so that older readers still read it.
    return QJsonDocument(
               QJsonObject{{QStringLiteral("schema"), QLatin1String(p.hasSplits() ? kSchema2 : kSchema1)},
                           {QStringLiteral("placement"), map}})
        .toJson(QJsonDocument::Indented);
}

} // namespace ea
