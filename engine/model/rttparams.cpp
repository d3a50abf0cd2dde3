// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/rttparams.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <utility>

namespace ea {
namespace {

constexpr auto kModelId = "zone-distance/1";

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
                                {QStringLiteral("hubLocalKm"), p.hubLocalKm}};
    return QJsonObject{{QStringLiteral("model"), QLatin1String(kModelId)},
                       {QStringLiteral("fiberKmPerMs"), p.fiberKmPerMs},
                       {QStringLiteral("inflation"), inflation},
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
              {"model", "fiberKmPerMs", "inflation", "zones", "regionalHopMs", "regionalHopScaleKm",
               "pairInflationDelta", "note"},
              errors);
    NumberReader top(obj, path, errors);

    if (const auto it = obj.constFind(QStringLiteral("model")); it != obj.constEnd()) {
        if (!it->isString() || it->toString() != QLatin1String(kModelId))
            top.fail(path + QStringLiteral(".model"),
                     RttReader::tr("must be \"%1\"").arg(QLatin1String(kModelId)));
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
                   "hubLocalKm"},
                  errors);
        NumberReader r(sub, subPath, errors);
        r.read(QStringLiteral("sameZone"), p.sameZoneInflation, Bound::AtLeastOne);
        r.read(QStringLiteral("crossZone"), p.crossZoneInflation, Bound::AtLeastOne);
        r.read(QStringLiteral("ocean"), p.oceanInflation, Bound::AtLeastOne);
        r.read(QStringLiteral("shortPath"), p.shortPathInflation, Bound::NonNegative);
        r.read(QStringLiteral("shortPathScaleKm"), p.shortPathScaleKm, Bound::Positive);
        r.read(QStringLiteral("hubRoutingShare"), p.hubRoutingShare, Bound::Share);
        r.read(QStringLiteral("hubLocalKm"), p.hubLocalKm, Bound::Positive);
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
        p.sameZoneInflation = 1.8338;
        p.crossZoneInflation = 2.0521;
        p.oceanInflation = 1.7436;
        p.shortPathInflation = 1.0002;
        p.shortPathScaleKm = 84.1;
        p.hubRoutingShare = 0.5000;
        p.regionalHopMs = 5.639;
        p.serverOverheadMs = {0.000, 2.259, 0.726, 6.773, 3.908, 1.649, 0.936, 0.000, 0.490};
        p.userAccessMs = {16.4, 13.7, 8.9, 3.3, 9.4, 9.4, 8.7, 6.2, 9.4};
        p.pairInflationDelta = {
            -0.1225, -0.3881, -0.1887, 0.0315,  -0.1533, -0.0107, -0.2463, -0.2649, -0.3128, // NA-*
            0.0086,  0.2358,  0.4949,  0.2524,  0.2875,  -0.1791, 0.0819,  0.2954,           // SA-*
            0.1882,  -0.0137, 0.0621,  0.0386,  0.4026,  -0.1114, -0.1354,                   // EU-*
            0.2886,  0.1498,  0.0783,  0.2907,  0.1878,  0.1886,                             // AF-*
            0.0525,  0.1069,  0.2860,  -0.2036, 0.1424,                                      // ME-*
            -0.0315, 0.0332,  -0.2158, -0.2215,                                              // SAS-*
            -0.0031, -0.4430, -0.0388,                                                       // EAS-*
            -0.0426, -0.0410,                                                                // SEA-*
            -0.1691,                                                                         // OC-*
        };
        p.note = QStringLiteral(
            "Fitted by ea::fitRttModel on 6766 measured server-to-server RTT pairs (WonderProxy 2020-07-19, "
            "Google Cloud inter-region 2023-11-27, AWS inter-region via cloudping.co) on 2026-12-07. Abs "
            "relative "
            "error: in-sample median 0.117, P90 0.378; 5-fold held-out median 0.118, P90 0.382 (one global "
            "inflation factor: 0.177, 0.470). userAccessMs is not fitted: per zone the median over the "
            "zone's "
            "countries with an M-Lab server (over all of them where a zone has fewer than 3) of the "
            "fixed-broadband last mile derived from M-Lab NDT per-country medians (2025-10, "
            "engine/latency/accessmodel.h), the fallback for places without a measured country; editable per "
            "scenario and per region (accessMs).");
        return p;
    }();
    return params;
}

} // namespace ea
