// SPDX-License-Identifier: GPL-3.0-or-later
// Reading, checking and writing what-if conditions (the scenario's "whatIf" list and what-if files).
#include "engine/model/whatif.h"

#include "engine/geo/zones.h"
#include "engine/model/jsonreader.h"
#include "engine/model/scenario.h"
#include "engine/model/userfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace ea {

namespace {

using R = JsonReader;
// Far above any real surge or price change; beyond it a month's sums could overflow.
constexpr double kMaxFactor = 1e4;
constexpr double kMaxPenaltyMs = 1e5;

QString zoneCodes()
{
    QStringList codes;
    for (int z = 0; z < geo::kZoneCount; ++z)
        codes << geo::zoneCode(static_cast<geo::Zone>(z));
    return codes.join(QStringLiteral(", "));
}

void readZone(R &r, const QJsonObject &o, const char *key, const QString &p, QString &out)
{
    out = r.string(o, key, p, R::Optional);
    geo::Zone z;
    if (!out.isEmpty() && !geo::zoneFromCode(out, z))
        r.error(R::child(p, key), QStringLiteral("unknown zone \"%1\" (zones: %2)").arg(out, zoneCodes()));
}

bool readCondition(R &r, const QJsonValue &v, const QString &p, WhatIfCondition &c)
{
    QJsonObject o;
    if (!r.object(v, p,
                  {"kind", "name", "enabled", "nodes", "tier", "zone", "country", "workload", "gpu", "factor",
                   "zones", "penaltyMs"},
                  &o))
        return false;
    const QString kind = r.string(o, "kind", p);
    c.name = r.string(o, "name", p, R::Optional, false);
    c.enabled = r.boolean(o, "enabled", p, R::Optional, true);
    const auto forbid = [&](std::initializer_list<const char *> keys) {
        for (const char *k : keys)
            if (r.has(o, k))
                r.error(R::child(p, k), QStringLiteral("does not apply to a \"%1\" condition").arg(kind));
    };
    const auto readTier = [&] {
        const QString id = r.string(o, "tier", p, R::Optional);
        if (id.isEmpty())
            return;
        c.tier = tierFromId(id);
        if (!c.tier)
            r.error(R::child(p, "tier"),
                    QStringLiteral("must be edge, regional, central or onprem (got \"%1\")").arg(id));
    };
    if (kind == QLatin1String("down")) {
        c.kind = WhatIfCondition::Kind::Down;
        forbid({"workload", "gpu", "factor", "zones", "penaltyMs"});
        if (r.has(o, "nodes")) {
            const QJsonArray a = r.array(o, "nodes", p);
            const QString np = R::child(p, "nodes");
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (a.at(i).isString() && !a.at(i).toString().isEmpty())
                    c.nodes << a.at(i).toString();
                else
                    r.error(R::item(np, i),
                            QStringLiteral("expected a node id, got %1").arg(R::typeName(a.at(i))));
            }
            if (a.isEmpty() && r.has(o, "nodes"))
                r.error(np, QStringLiteral("must name at least one node"));
            if (r.has(o, "tier") || r.has(o, "zone") || r.has(o, "country"))
                r.error(np, QStringLiteral("give either nodes or a tier/zone/country filter, not both"));
        } else {
            readTier();
            readZone(r, o, "zone", p, c.zone);
            c.country = r.string(o, "country", p, R::Optional);
            if (!r.has(o, "tier") && !r.has(o, "zone") && !r.has(o, "country"))
                r.error(p, QStringLiteral("a \"down\" condition needs nodes, or a tier, zone or country"));
        }
    } else if (kind == QLatin1String("surge")) {
        c.kind = WhatIfCondition::Kind::Surge;
        forbid({"nodes", "tier", "country", "gpu", "zones", "penaltyMs"});
        c.factor = r.number(o, "factor", p, R::positiveUpTo(kMaxFactor), R::Required, 1.0);
        c.workload = r.string(o, "workload", p, R::Optional);
        readZone(r, o, "zone", p, c.zone);
        if (r.has(o, "workload") && r.has(o, "zone"))
            r.error(R::child(p, "zone"),
                    QStringLiteral("give either a workload or a zone (or neither, for everything)"));
    } else if (kind == QLatin1String("price")) {
        c.kind = WhatIfCondition::Kind::Price;
        forbid({"nodes", "zone", "country", "workload", "zones", "penaltyMs"});
        c.factor = r.number(o, "factor", p, R::positiveUpTo(kMaxFactor), R::Required, 1.0);
        c.gpu = r.string(o, "gpu", p, R::Optional);
        readTier();
        if (r.has(o, "gpu") == r.has(o, "tier"))
            r.error(p, QStringLiteral("a \"price\" condition needs exactly one of gpu or tier"));
    } else if (kind == QLatin1String("latency")) {
        c.kind = WhatIfCondition::Kind::LatencyPenalty;
        forbid({"nodes", "tier", "zone", "country", "workload", "gpu", "factor"});
        c.penaltyMs = r.number(o, "penaltyMs", p, R::atLeastUpTo(0, kMaxPenaltyMs));
        const QJsonArray zones = r.array(o, "zones", p);
        const QString zp = R::child(p, "zones");
        if (r.has(o, "zones") && zones.size() != 2) {
            r.error(zp, QStringLiteral("must name two zones (got %1)").arg(zones.size()));
        } else {
            for (qsizetype i = 0; i < zones.size(); ++i) {
                const QString code = zones.at(i).toString();
                geo::Zone z;
                if (!zones.at(i).isString() || !geo::zoneFromCode(code, z))
                    r.error(R::item(zp, i),
                            QStringLiteral("unknown zone %1 (zones: %2)")
                                .arg(zones.at(i).isString() ? QLatin1Char('"') + code + QLatin1Char('"')
                                                            : R::typeName(zones.at(i)),
                                     zoneCodes()));
                (i == 0 ? c.zoneA : c.zoneB) = code;
            }
        }
    } else if (!kind.isEmpty()) {
        r.error(R::child(p, "kind"),
                QStringLiteral("must be down, surge, price or latency (got \"%1\")").arg(kind));
    }
    return true;
}

} // namespace

QString whatIfKindId(WhatIfCondition::Kind k)
{
    switch (k) {
    case WhatIfCondition::Kind::Down:
        return QStringLiteral("down");
    case WhatIfCondition::Kind::Surge:
        return QStringLiteral("surge");
    case WhatIfCondition::Kind::Price:
        return QStringLiteral("price");
    case WhatIfCondition::Kind::LatencyPenalty:
        return QStringLiteral("latency");
    }
    return {};
}

QString describeWhatIf(const WhatIfCondition &c)
{
    // Translated for the GUI (context "ea::WhatIf"); the command line installs no translator: English.
    QString text;
    switch (c.kind) {
    case WhatIfCondition::Kind::Down: {
        if (!c.nodes.isEmpty()) {
            text = c.nodes.size() == 1
                       ? QCoreApplication::translate("ea::WhatIf", "node %1 down").arg(c.nodes.front())
                       : QCoreApplication::translate("ea::WhatIf", "%1 nodes down (%2)")
                             .arg(c.nodes.size())
                             .arg(c.nodes.join(QStringLiteral(", ")));
        } else {
            QStringList where;
            if (c.zone.size())
                where << QCoreApplication::translate("ea::WhatIf", "zone %1").arg(c.zone);
            if (c.country.size())
                where << QCoreApplication::translate("ea::WhatIf", "country %1").arg(c.country);
            const QString what =
                c.tier ? QCoreApplication::translate("ea::WhatIf", "tier %1").arg(tierId(*c.tier))
                       : QCoreApplication::translate("ea::WhatIf", "every node");
            text = where.isEmpty()
                       ? QCoreApplication::translate("ea::WhatIf", "%1 down", "what is down").arg(what)
                       : QCoreApplication::translate("ea::WhatIf", "%1 in %2 down", "what, where")
                             .arg(what, where.join(QStringLiteral(", ")));
        }
        break;
    }
    case WhatIfCondition::Kind::Surge:
        text = c.workload.size() ? QCoreApplication::translate("ea::WhatIf", "demand x%1 for workload %2")
                                       .arg(c.factor)
                                       .arg(c.workload)
               : c.zone.size()
                   ? QCoreApplication::translate("ea::WhatIf", "demand x%1 for zone %2")
                         .arg(c.factor)
                         .arg(c.zone)
                   : QCoreApplication::translate("ea::WhatIf", "demand x%1 for everything").arg(c.factor);
        break;
    case WhatIfCondition::Kind::Price:
        text =
            c.gpu.size()
                ? QCoreApplication::translate("ea::WhatIf", "price x%1 for GPU %2").arg(c.factor).arg(c.gpu)
                : QCoreApplication::translate("ea::WhatIf", "price x%1 for tier %2")
                      .arg(c.factor)
                      .arg(c.tier ? tierId(*c.tier) : QString());
        break;
    case WhatIfCondition::Kind::LatencyPenalty:
        text = QCoreApplication::translate("ea::WhatIf", "+%1 ms between %2 and %3")
                   .arg(c.penaltyMs)
                   .arg(c.zoneA, c.zoneB);
        break;
    }
    if (!c.name.isEmpty())
        text = QCoreApplication::translate("ea::WhatIf", "%1: %2", "condition name: description")
                   .arg(c.name, text);
    return c.enabled ? text : QCoreApplication::translate("ea::WhatIf", "%1 (off)").arg(text);
}

std::vector<WhatIfCondition> readWhatIfList(JsonReader &r, const QJsonArray &a, const QString &path)
{
    std::vector<WhatIfCondition> out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        WhatIfCondition c;
        if (readCondition(r, a.at(i), R::item(path, i), c))
            out.push_back(std::move(c));
    }
    return out;
}

QJsonArray whatIfListToJson(const std::vector<WhatIfCondition> &list)
{
    QJsonArray a;
    for (const WhatIfCondition &c : list) {
        QJsonObject o{{QStringLiteral("kind"), whatIfKindId(c.kind)}};
        if (!c.name.isEmpty())
            o.insert(QStringLiteral("name"), c.name);
        if (!c.enabled)
            o.insert(QStringLiteral("enabled"), false);
        const auto put = [&](const char *key, const QString &v) {
            if (!v.isEmpty())
                o.insert(QLatin1String(key), v);
        };
        switch (c.kind) {
        case WhatIfCondition::Kind::Down:
            if (!c.nodes.isEmpty())
                o.insert(QStringLiteral("nodes"), QJsonArray::fromStringList(c.nodes));
            if (c.tier)
                o.insert(QStringLiteral("tier"), tierId(*c.tier));
            put("zone", c.zone);
            put("country", c.country);
            break;
        case WhatIfCondition::Kind::Surge:
            o.insert(QStringLiteral("factor"), c.factor);
            put("workload", c.workload);
            put("zone", c.zone);
            break;
        case WhatIfCondition::Kind::Price:
            o.insert(QStringLiteral("factor"), c.factor);
            put("gpu", c.gpu);
            if (c.tier)
                o.insert(QStringLiteral("tier"), tierId(*c.tier));
            break;
        case WhatIfCondition::Kind::LatencyPenalty:
            o.insert(QStringLiteral("zones"), QJsonArray{c.zoneA, c.zoneB});
            o.insert(QStringLiteral("penaltyMs"), c.penaltyMs);
            break;
        }
        a.append(o);
    }
    return a;
}

void validateWhatIf(const std::vector<WhatIfCondition> &list, const Scenario &s, const QString &path,
                    QStringList *errors)
{
    QHash<QString, int> nodeIds;
    for (size_t i = 0; i < s.nodes.size(); ++i)
        nodeIds.insert(s.nodes[i].id, int(i));
    const auto report = [&](const QString &p, const QString &reason) { errors->append(p + ": " + reason); };
    for (size_t i = 0; i < list.size(); ++i) {
        const WhatIfCondition &c = list[i];
        const QString p = R::item(path, qsizetype(i));
        for (qsizetype n = 0; n < c.nodes.size(); ++n)
            if (!nodeIds.contains(c.nodes[n]))
                report(R::item(R::child(p, "nodes"), n),
                       QStringLiteral("no node with id \"%1\" in the scenario").arg(c.nodes[n]));
        if (!c.workload.isEmpty() && s.workloadIndex(c.workload) < 0)
            report(R::child(p, "workload"),
                   QStringLiteral("no workload with id \"%1\" in the scenario").arg(c.workload));
        if (!c.gpu.isEmpty() && s.gpuIndex(c.gpu) < 0)
            report(R::child(p, "gpu"),
                   QStringLiteral("no GPU type with id \"%1\" in the scenario").arg(c.gpu));
    }
}

WhatIfLoad parseWhatIf(const QByteArray &json, const Scenario &s)
{
    WhatIfLoad result;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        result.errors
            << QStringLiteral("$: invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString());
        return result;
    }
    R r(&result.errors);
    QJsonObject root;
    const QString p = QStringLiteral("$");
    if (!r.object(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), p,
                  {"schema", "conditions"}, &root))
        return result;
    const QString schema = r.string(root, "schema", p);
    if (!schema.isEmpty() && schema != QLatin1String(WhatIfSchema)) {
        r.error(R::child(p, "schema"), QStringLiteral("unsupported schema \"%1\" (this version reads \"%2\")")
                                           .arg(schema, QLatin1String(WhatIfSchema)));
        return result;
    }
    const QString cp = R::child(p, "conditions");
    std::vector<WhatIfCondition> list = readWhatIfList(r, r.array(root, "conditions", p), cp);
    if (result.errors.isEmpty())
        validateWhatIf(list, s, cp, &result.errors);
    if (result.errors.isEmpty())
        result.conditions = std::move(list);
    return result;
}

WhatIfLoad loadWhatIfFile(const QString &fileName, const Scenario &s)
{
    QByteArray bytes;
    QString error;
    if (!readUserFile(fileName, MaxWhatIfFileBytes, &bytes, &error)) {
        WhatIfLoad result;
        result.errors << QStringLiteral("$: ") + error;
        return result;
    }
    return parseWhatIf(bytes, s);
}

QByteArray whatIfToJson(const std::vector<WhatIfCondition> &list)
{
    const QJsonObject root{{QStringLiteral("schema"), QLatin1String(WhatIfSchema)},
                           {QStringLiteral("conditions"), whatIfListToJson(list)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool saveWhatIfFile(const std::vector<WhatIfCondition> &list, const QString &fileName, QString *error)
{
    return writeUserFile(fileName, whatIfToJson(list), error);
}

} // namespace ea
