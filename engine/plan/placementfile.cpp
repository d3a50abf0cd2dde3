// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan/placementfile.h"

#include "engine/model/jsonreader.h"
#include "engine/model/userfile.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ea {

namespace {
constexpr const char *kSchema = "edgeatlas-placement/1";

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
    if (!schema.isEmpty() && schema != QLatin1String(kSchema))
        r.error(QStringLiteral("$.schema"), PlacementFile::tr("expected \"%1\"").arg(QLatin1String(kSchema)));
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
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString path = QStringLiteral("$.placement.") + it.key();
        const int w = s.workloadIndex(it.key());
        if (w < 0) {
            r.error(path, PlacementFile::tr("unknown workload"));
            continue;
        }
        const auto tier = it.value().isString() ? tierFromId(it.value().toString()) : std::nullopt;
        if (!tier) {
            r.error(path, PlacementFile::tr("expected one of %1")
                              .arg(QStringLiteral("edge, regional, central, onprem")));
            continue;
        }
        if (!s.tier(*tier).present)
            r.error(path, PlacementFile::tr("the scenario has no tier \"%1\"").arg(tierId(*tier)));
        else if (!s.workloads[w].allows(*tier))
            r.error(path, PlacementFile::tr("tier \"%1\" is forbidden for this workload").arg(tierId(*tier)));
        else
            out[w] = *tier;
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
    for (size_t w = 0; w < p.size() && w < s.workloads.size(); ++w)
        map.insert(s.workloads[w].id, tierId(p[w]));
    return QJsonDocument(QJsonObject{{QStringLiteral("schema"), QLatin1String(kSchema)},
                                     {QStringLiteral("placement"), map}})
        .toJson(QJsonDocument::Indented);
}

} // namespace ea
