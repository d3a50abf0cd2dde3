// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/rttparams.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <utility>

namespace ea {
namespace {

constexpr auto kModelId = "zone-distance/2";
// The format before the major-hub and backbone terms: read as the same model with those terms at 0.
constexpr auto kModelIdV1 = "zone-distance/1";

// The errors of network.rtt join the scenario reader's in the same list: one context for both.
struct RttReader
{
    Q_DECLARE_TR_FUNCTIONS(ea::ScenarioReader)
};

QString pairKey(int a, int b)
{
    return geo::zoneCode(static_cast<geo::Zone>(a)) + QLatin1Char('-') +
           geo::zoneCode(static_cast<geo::Zone>(b));
}

// Reads one number member of obj (if present) into target, checking the lower bound.
class NumberReader
{
public:
    NumberReader(const QJsonObject &obj, const QString &path, QStringList &errors)
        : m_obj(obj), m_path(path), m_errors(errors)
    {
    }

    enum class Bound { Any, Positive, NonNegative, AtLeastOne, Share };

    void read(const QString &key, double &target, Bound bound)
    {
        const auto it = m_obj.constFind(key);
        if (it == m_obj.constEnd())
            return;
        const QString where = m_path + QLatin1Char('.') + key;
        if (!it->isDouble()) {
            fail(where, RttReader::tr("must be a number"));
            return;
        }
        const double v = it->toDouble();
        if (!std::isfinite(v))
            fail(where, RttReader::tr("must be finite"));
        else if (bound == Bound::Positive && !(v > 0))
            fail(where, RttReader::tr("must be > 0"));
        else if (bound == Bound::NonNegative && !(v >= 0))
            fail(where, RttReader::tr("must be >= 0"));
        else if (bound == Bound::AtLeastOne && !(v >= 1))
            fail(where, RttReader::tr("must be >= 1"));
        else if (bound == Bound::Share && !(v >= 0 && v <= 1))
            fail(where, RttReader::tr("must be in [0, 1]"));
        else
            target = v;
    }

    void fail(const QString &where, const QString &reason)
    {
        m_errors << where + QStringLiteral(": ") + reason;
    }

private:
    const QJsonObject &m_obj;
    QString m_path;
    QStringList &m_errors;
};

bool checkKeys(const QJsonObject &obj, const QString &path, std::initializer_list<const char *> allowed,
               QStringList &errors)
{
    bool ok = true;
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        const bool known = std::any_of(allowed.begin(), allowed.end(),
                                       [&](const char *k) { return it.key() == QLatin1String(k); });
        if (!known) {
            errors << path + QLatin1Char('.') + it.key() + QStringLiteral(": ") +
                          RttReader::tr("unknown key");
            ok = false;
        }
    }
    return ok;
}

} // namespace

QJsonObject rttParamsToJson(const RttParams &p)
{
    QJsonObject zones;
    for (int z = 0; z < geo::kZoneCount; ++z) {
        zones.insert(geo::zoneCode(static_cast<geo::Zone>(z)),
                     QJsonObject{{QStringLiteral("serverOverheadMs"), p.serverOverheadMs[z]},
                                 {QStringLiteral("userAccessMs"), p.userAccessMs[z]}});
    }
    QJsonObject pairs;
    for (int a = 0; a < geo::kZoneCount; ++a) {
        for (int b = a; b < geo::kZoneCount; ++b)
            pairs.insert(pairKey(a, b), p.pairInflationDelta[rttZonePairIndex(a, b)]);
    }
    const QJsonObject inflation{{QStringLiteral("sameZone"), p.sameZoneInflation},
                                {QStringLiteral("crossZone"), p.crossZoneInflation},
                                {QStringLiteral("ocean"), p.oceanInflation},
                                {QStringLiteral("shortPath"), p.shortPathInflation},
                                {QStringLiteral("shortPathScaleKm"), p.shortPathScaleKm},
                                {QStringLiteral("hubRoutingShare"), p.hubRoutingShare},
                                {QStringLiteral("hubLocalKm"), p.hubLocalKm},
                                {QStringLiteral("majorHubShare"), p.majorHubShare}};
    const QJsonObject backbone{{QStringLiteral("inflationDelta"), p.backboneInflationDelta},
                               {QStringLiteral("overheadMs"), p.backboneOverheadMs}};
    return QJsonObject{{QStringLiteral("model"), QLatin1String(kModelId)},
                       {QStringLiteral("fiberKmPerMs"), p.fiberKmPerMs},
                       {QStringLiteral("inflation"), inflation},
                       {QStringLiteral("backbone"), backbone},
                       {QStringLiteral("zones"), zones},
                       {QStringLiteral("regionalHopMs"), p.regionalHopMs},
                       {QStringLiteral("regionalHopScaleKm"), p.regionalHopScaleKm},
                       {QStringLiteral("pairInflationDelta"), pairs},
                       {QStringLiteral("note"), p.note}};
}

bool rttParamsFromJson(const QJsonValue &v, const QString &path, RttParams &out, QStringList &errors)
{
    using Bound = NumberReader::Bound;
    if (!v.isObject()) {
        errors << path + QStringLiteral(": ") + RttReader::tr("must be an object");
        return false;
    }
    const qsizetype errorsBefore = errors.size();
    const QJsonObject obj = v.toObject();
    RttParams p = out;
    checkKeys(obj, path,
              {"model", "fiberKmPerMs", "inflation", "backbone", "zones", "regionalHopMs",
               "regionalHopScaleKm", "pairInflationDelta", "note"},
              errors);
    NumberReader top(obj, path, errors);

    if (const auto it = obj.constFind(QStringLiteral("model")); it != obj.constEnd()) {
        if (it->isString() && it->toString() == QLatin1String(kModelIdV1)) {
            // Parameters fitted without the later terms: those terms are not part of that model.
            p.majorHubShare = 0;
            p.backboneInflationDelta = 0;
            p.backboneOverheadMs = 0;
        } else if (!it->isString() || it->toString() != QLatin1String(kModelId)) {
            top.fail(path + QStringLiteral(".model"),
                     RttReader::tr("must be \"%1\"").arg(QLatin1String(kModelId)));
        }
    }
    if (const auto it = obj.constFind(QStringLiteral("note")); it != obj.constEnd()) {
        if (it->isString())
            p.note = it->toString();
        else
            top.fail(path + QStringLiteral(".note"), RttReader::tr("must be a string"));
    }
    top.read(QStringLiteral("fiberKmPerMs"), p.fiberKmPerMs, Bound::Positive);
    top.read(QStringLiteral("regionalHopMs"), p.regionalHopMs, Bound::NonNegative);
    top.read(QStringLiteral("regionalHopScaleKm"), p.regionalHopScaleKm, Bound::Positive);

    const auto subObject = [&](const char *key, QJsonObject &sub) {
        const auto it = obj.constFind(QLatin1String(key));
        if (it == obj.constEnd())
            return false;
        if (!it->isObject()) {
            top.fail(path + QLatin1Char('.') + QLatin1String(key), RttReader::tr("must be an object"));
            return false;
        }
        sub = it->toObject();
        return true;
    };

    QJsonObject sub;
    if (subObject("inflation", sub)) {
        const QString subPath = path + QStringLiteral(".inflation");
        checkKeys(sub, subPath,
                  {"sameZone", "crossZone", "ocean", "shortPath", "shortPathScaleKm", "hubRoutingShare",
                   "hubLocalKm", "majorHubShare"},
                  errors);
        NumberReader r(sub, subPath, errors);
        r.read(QStringLiteral("sameZone"), p.sameZoneInflation, Bound::AtLeastOne);
        r.read(QStringLiteral("crossZone"), p.crossZoneInflation, Bound::AtLeastOne);
        r.read(QStringLiteral("ocean"), p.oceanInflation, Bound::AtLeastOne);
        r.read(QStringLiteral("shortPath"), p.shortPathInflation, Bound::NonNegative);
        r.read(QStringLiteral("shortPathScaleKm"), p.shortPathScaleKm, Bound::Positive);
        r.read(QStringLiteral("hubRoutingShare"), p.hubRoutingShare, Bound::Share);
        r.read(QStringLiteral("hubLocalKm"), p.hubLocalKm, Bound::Positive);
        r.read(QStringLiteral("majorHubShare"), p.majorHubShare, Bound::NonNegative);
    }
    if (subObject("backbone", sub)) {
        const QString subPath = path + QStringLiteral(".backbone");
        checkKeys(sub, subPath, {"inflationDelta", "overheadMs"}, errors);
        NumberReader r(sub, subPath, errors);
        r.read(QStringLiteral("inflationDelta"), p.backboneInflationDelta, Bound::Any);
        r.read(QStringLiteral("overheadMs"), p.backboneOverheadMs, Bound::Any);
    }
    if (subObject("zones", sub)) {
        const QString subPath = path + QStringLiteral(".zones");
        for (auto it = sub.constBegin(); it != sub.constEnd(); ++it) {
            const QString zonePath = subPath + QLatin1Char('.') + it.key();
            geo::Zone zone;
            if (!geo::zoneFromCode(it.key(), zone)) {
                top.fail(zonePath,
                         RttReader::tr("unknown zone (expected NA, SA, EU, AF, ME, SAS, EAS, SEA or OC)"));
                continue;
            }
            if (!it->isObject()) {
                top.fail(zonePath, RttReader::tr("must be an object"));
                continue;
            }
            const QJsonObject zoneObj = it->toObject();
            const int z = static_cast<int>(zone);
            checkKeys(zoneObj, zonePath, {"serverOverheadMs", "userAccessMs"}, errors);
            NumberReader r(zoneObj, zonePath, errors);
            r.read(QStringLiteral("serverOverheadMs"), p.serverOverheadMs[z], Bound::NonNegative);
            r.read(QStringLiteral("userAccessMs"), p.userAccessMs[z], Bound::NonNegative);
        }
    }
    if (subObject("pairInflationDelta", sub)) {
        const QString subPath = path + QStringLiteral(".pairInflationDelta");
        NumberReader r(sub, subPath, errors);
        for (auto it = sub.constBegin(); it != sub.constEnd(); ++it) {
            const QStringList codes = it.key().split(QLatin1Char('-'));
            geo::Zone a, b;
            if (codes.size() != 2 || !geo::zoneFromCode(codes[0], a) || !geo::zoneFromCode(codes[1], b)) {
                r.fail(subPath + QLatin1Char('.') + it.key(),
                       RttReader::tr("unknown zone pair (expected e.g. \"EU-NA\")"));
                continue;
            }
            r.read(it.key(), p.pairInflationDelta[rttZonePairIndex(int(a), int(b))], Bound::Any);
        }
    }
    if (errors.size() != errorsBefore)
        return false;
    out = std::move(p);
    return true;
}

const RttParams &defaultRttParams()
{
    // Written by fitting on the shared calibration pairs (see the note); must stay identical to
    // resources/data/rtt-params.json, which tst_RttModel checks.
    static const RttParams params = [] {
        RttParams p;
        p.sameZoneInflation = 1.8017;
        p.crossZoneInflation = 2.0256;
        p.oceanInflation = 1.7112;
        p.shortPathInflation = 1.0053;
        p.shortPathScaleKm = 282.84;
        p.hubRoutingShare = 0.3500;
        p.majorHubShare = 1.0750;
        p.backboneInflationDelta = -0.0582;
        p.backboneOverheadMs = -0.696;
        p.regionalHopMs = 3.942;
        p.serverOverheadMs = {0.054, 2.515, 0.936, 5.895, 2.157, 1.165, 1.458, 0.000, 0.000};
        p.userAccessMs = {16.5, 13.0, 9.0, 5.9, 9.5, 9.5, 7.6, 5.5, 9.5};
        p.pairInflationDelta = {
            -0.1082, -0.3891, -0.2059, -0.0254, -0.1924, 0.0090,  -0.2349, -0.2138, -0.4023, // NA-*
            0.0620,  0.2275,  0.4072,  0.2940,  0.3309,  -0.1859, 0.1442,  0.2943,           // SA-*
            0.0922,  -0.0814, -0.0971, 0.0088,  0.3440,  -0.1422, -0.1206,                   // EU-*
            0.1368,  0.1001,  0.0779,  0.1881,  0.1573,  0.0335,                             // AF-*
            0.0617,  0.2127,  0.3224,  -0.1085, 0.1077,                                      // ME-*
            -0.0185, 0.1124,  -0.1886, -0.1456,                                              // SAS-*
            -0.0282, -0.3887, -0.0116,                                                       // EAS-*
            -0.0381, -0.0541,                                                                // SEA-*
            -0.1512,                                                                         // OC-*
        };
        p.note = QStringLiteral(
            "Fitted by ea::fitRttModel on 6766 measured server-to-server RTT pairs (WonderProxy 2020-07-19 "
            "over "
            "the public internet; Google Cloud inter-region 2023-11-27 and AWS inter-region via cloudping.co "
            "as cloud backbone paths) on 2026-12-07. Abs relative error: in-sample median 0.105, P90 0.353; "
            "5-fold held-out median 0.105, P90 0.357; whole cities held out median 0.112, P90 0.368, under "
            "500 km 0.292 (one global inflation factor: 0.177, 0.470). userAccessMs is not fitted: per zone "
            "the median over the zone's countries with an M-Lab server (over all of them where a zone has "
            "fewer than 3) of the fixed-broadband last mile derived from M-Lab NDT per-country medians "
            "(2025-10, engine/latency/accessmodel.h), the fallback for places without a measured country; "
            "editable per scenario and per region (accessMs).");
        return p;
    }();
    return params;
}

} // namespace ea
