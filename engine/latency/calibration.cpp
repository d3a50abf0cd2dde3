// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/latency/calibration.h"

#include "engine/latency/accessmodel.h"
#include "engine/stats/quantile.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <set>

namespace ea {

namespace {
// The errors and notes of calibrateNetwork(), shown in the Monitor.
struct CalibrationText
{
    Q_DECLARE_TR_FUNCTIONS(ea::Calibration)
};

/** engine/stats' quantile, 0 for no values (the errors of no samples). */
double quantile(std::vector<double> v, double p)
{
    return stats::valueOr(stats::quantileInPlace(v, p), 0);
}

CalibrationErrors errorsOf(const std::vector<double> &model, const std::vector<double> &measured)
{
    CalibrationErrors e;
    e.n = static_cast<int>(measured.size());
    std::vector<double> rel, abs;
    for (size_t i = 0; i < measured.size(); ++i) {
        abs.push_back(std::fabs(model[i] - measured[i]));
        rel.push_back(abs.back() / measured[i]);
    }
    e.medianAbsRelErr = quantile(rel, 0.5);
    e.p90AbsRelErr = quantile(rel, 0.9);
    e.medianAbsMs = quantile(abs, 0.5);
    return e;
}

/** The base inflation K of a zone pair in RttModel's formula (before the pair's delta). */
double baseInflation(const RttParams &p, int a, int b)
{
    return a == b ? p.sameZoneInflation
           : geo::zonesSeparatedByOcean(static_cast<geo::Zone>(a), static_cast<geo::Zone>(b))
               ? p.oceanInflation
               : p.crossZoneInflation;
}

/** Solves the n×n system a·x = b (row-major) by Gaussian elimination with partial pivoting. */
bool solve(std::vector<double> a, std::vector<double> &b, int n)
{
    for (int c = 0; c < n; ++c) {
        int piv = c;
        for (int r = c + 1; r < n; ++r)
            if (std::fabs(a[r * n + c]) > std::fabs(a[piv * n + c]))
                piv = r;
        if (!(std::fabs(a[piv * n + c]) > 1e-300))
            return false;
        if (piv != c) {
            for (int k = 0; k < n; ++k)
                std::swap(a[c * n + k], a[piv * n + k]);
            std::swap(b[c], b[piv]);
        }
        for (int r = c + 1; r < n; ++r) {
            const double f = a[r * n + c] / a[c * n + c];
            for (int k = c; k < n; ++k)
                a[r * n + k] -= f * a[c * n + k];
            b[r] -= f * b[c];
        }
    }
    for (int r = n - 1; r >= 0; --r) {
        for (int k = r + 1; k < n; ++k)
            b[r] -= a[r * n + k] * b[k];
        b[r] /= a[r * n + r];
    }
    return true;
}

/** A sample reduced to the linear model: measured ≈ access[v] + base + k[p]·c. */
struct Row
{
    int vantage = 0, pair = 0; // indices into the unknowns' lists
    double base = 0, c = 0, y = 0, before = 0;
    QString nodeKey, provider;
};

struct Problem
{
    std::vector<Row> rows;
    std::vector<double> access0; // per vantage
    std::vector<double> k0;      // per pair
};

/** Fits the unknowns on the rows of `use`; x = [access…, k…]. */
std::vector<double> fit(const Problem &pr, const std::vector<size_t> &use, const CalibrationOptions &o)
{
    const int nv = static_cast<int>(pr.access0.size()), np = static_cast<int>(pr.k0.size());
    const int n = nv + np;
    std::vector<double> x0(pr.access0);
    x0.insert(x0.end(), pr.k0.begin(), pr.k0.end());
    std::vector<double> x = x0, lower(static_cast<size_t>(n), 0.0);
    std::fill(lower.begin() + nv, lower.end(), 1.0);
    std::vector<double> w(pr.rows.size(), 1.0);
    for (int iter = 0; iter < 30; ++iter) {
        std::vector<bool> fixed(static_cast<size_t>(n), false);
        for (int round = 0; round <= n; ++round) {
            std::vector<double> a(static_cast<size_t>(n * n), 0.0), b(static_cast<size_t>(n), 0.0);
            for (size_t i : use) {
                const Row &r = pr.rows[i];
                const double wt = w[i] / (r.y * r.y);
                const int iv = r.vantage, ik = nv + r.pair;
                const double t = r.y - r.base;
                a[iv * n + iv] += wt;
                a[iv * n + ik] += wt * r.c;
                a[ik * n + iv] += wt * r.c;
                a[ik * n + ik] += wt * r.c * r.c;
                b[iv] += wt * t;
                b[ik] += wt * r.c * t;
            }
            for (int j = 0; j < n; ++j) {
                const double lambda = j < nv ? o.accessWeight : o.inflationWeight;
                a[j * n + j] += lambda;
                b[j] += lambda * x0[j];
            }
            for (int j = 0; j < n; ++j) {
                if (!fixed[j])
                    continue;
                for (int r = 0; r < n; ++r) { // move the fixed value to the right-hand side
                    if (r != j)
                        b[r] -= a[r * n + j] * lower[j];
                    a[r * n + j] = 0;
                    a[j * n + r] = 0;
                }
                a[j * n + j] = 1;
                b[j] = lower[j];
            }
            if (!solve(a, b, n))
                return x;
            bool violated = false;
            for (int j = 0; j < n; ++j) {
                if (!fixed[j] && b[j] < lower[j]) {
                    fixed[j] = true;
                    violated = true;
                }
            }
            x = b;
            if (!violated)
                break;
        }
        for (size_t i : use) { // least absolute relative error: reweight by 1/|r|
            const Row &r = pr.rows[i];
            const double res = (x[r.vantage] + r.base + x[nv + r.pair] * r.c - r.y) / r.y;
            w[i] = 1.0 / std::max(std::fabs(res), 1e-3);
        }
    }
    return x;
}

double predict(const Problem &pr, const std::vector<double> &x, const Row &r)
{
    const int nv = static_cast<int>(pr.access0.size());
    return x[r.vantage] + r.base + x[nv + r.pair] * r.c;
}

int regionIndex(const Scenario &s, const QString &id)
{
    for (size_t i = 0; i < s.regions.size(); ++i)
        if (s.regions[i].id == id)
            return static_cast<int>(i);
    return -1;
}
} // namespace

CalibrationResult calibrateNetwork(const Scenario &s, const std::vector<CalibrationSample> &samples,
                                   const CalibrationOptions &options)
{
    CalibrationResult res;
    const RttModel current = RttModel::forScenario(s);
    res.params = s.network.hasRtt ? s.network.rtt : RttModel().params();
    if (samples.empty()) {
        res.error = CalibrationText::tr("no measurements to calibrate with: probe some nodes first");
        return res;
    }
    // Two models whose every zone pair has k = 1.5 and 2.5: their difference is the path term 2/v·L.
    RttParams p15 = current.params(), p25 = current.params();
    for (int a = 0; a < geo::kZoneCount; ++a) {
        for (int b = a; b < geo::kZoneCount; ++b) {
            p15.pairInflationDelta[rttZonePairIndex(a, b)] = 1.5 - baseInflation(p15, a, b);
            p25.pairInflationDelta[rttZonePairIndex(a, b)] = 2.5 - baseInflation(p25, a, b);
        }
    }
    const RttModel m15(p15), m25(p25);
    const AccessModel currentAccess(s, current);

    Problem pr;
    QHash<QString, int> vantageIndex;
    QMap<int, int> pairIndex; // rttZonePairIndex → unknown
    std::vector<std::pair<int, int>> pairZones;
    std::set<QString> nodes;
    for (const CalibrationSample &cs : samples) {
        const QString label = cs.label.isEmpty() ? CalibrationText::tr("a sample") : cs.label;
        if (!(cs.measuredMs > 0) || !std::isfinite(cs.measuredMs)) {
            res.error =
                CalibrationText::tr("%1: the measured round trip must be a positive number of ms").arg(label);
            return res;
        }
        if (cs.node >= static_cast<int>(s.nodes.size())) {
            res.error =
                CalibrationText::tr("%1: no node %2 in the scenario").arg(label, QString::number(cs.node));
            return res;
        }
        const Node *node = cs.node >= 0 ? &s.nodes[static_cast<size_t>(cs.node)] : nullptr;
        const RttModel::Site user = current.site(cs.vantageLon, cs.vantageLat);
        const RttModel::Site site =
            node ? current.site(node->lon, node->lat) : current.site(cs.nodeLon, cs.nodeLat);
        const int region = cs.vantageRegion.isEmpty() ? -1 : regionIndex(s, cs.vantageRegion);
        if (!cs.vantageRegion.isEmpty() && region < 0 && !res.notes.contains(cs.vantageRegion))
            res.notes << CalibrationText::tr(
                             "no demand region \"%1\": its access latency is fitted for its zone")
                             .arg(cs.vantageRegion);
        const QString vKey = region >= 0
                                 ? cs.vantageRegion
                                 : QStringLiteral("zone:") + geo::zoneCode(static_cast<geo::Zone>(user.zone));
        auto v = vantageIndex.constFind(vKey);
        if (v == vantageIndex.constEnd()) {
            v = vantageIndex.insert(vKey, static_cast<int>(res.access.size()));
            FittedAccess fa;
            fa.region = region >= 0 ? cs.vantageRegion : QString();
            fa.lon = cs.vantageLon;
            fa.lat = cs.vantageLat;
            fa.zone = static_cast<geo::Zone>(user.zone);
            // As the planner has it: the region's fixed-broadband access (its own, its country's or its
            // zone's).
            fa.beforeMs = region >= 0 ? currentAccess.fixedMs(region) : current.userAccessMs(user);
            res.access.push_back(fa);
            pr.access0.push_back(fa.beforeMs);
        }
        const int pairKey = rttZonePairIndex(user.zone, site.zone);
        if (!pairIndex.contains(pairKey)) {
            pairIndex.insert(pairKey, static_cast<int>(pr.k0.size()));
            pr.k0.push_back(
                current.pairInflation(static_cast<geo::Zone>(user.zone), static_cast<geo::Zone>(site.zone)));
            pairZones.emplace_back(std::min(user.zone, site.zone), std::max(user.zone, site.zone));
        }
        Row r;
        r.vantage = *v;
        r.pair = pairIndex.value(pairKey);
        const double r15 = m15.rttMs(user, site), r25 = m25.rttMs(user, site);
        r.c = r25 - r15;
        r.base = r15 - 1.5 * r.c;
        r.y = cs.measuredMs;
        r.before = res.access[static_cast<size_t>(*v)].beforeMs + current.rttMs(user, site);
        r.nodeKey =
            node ? node->id : QStringLiteral("%1,%2").arg(cs.nodeLat, 0, 'f', 4).arg(cs.nodeLon, 0, 'f', 4);
        r.provider = !cs.provider.isEmpty()              ? cs.provider
                     : node && !node->provider.isEmpty() ? node->provider
                                                         : CalibrationText::tr("(unknown)");
        ++res.access[static_cast<size_t>(*v)].samples;
        nodes.insert(r.nodeKey);
        pr.rows.push_back(r);
    }
    if (nodes.size() < 2) {
        res.error = CalibrationText::tr(
            "measurements of %n node(s) only: at least two nodes at different distances are "
            "needed to tell access latency from path inflation",
            nullptr, static_cast<int>(nodes.size()));
        return res;
    }

    std::vector<size_t> all(pr.rows.size());
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    const std::vector<double> x = fit(pr, all, options);
    const int nv = static_cast<int>(pr.access0.size());

    // Parameters and the caveats of the fit.
    for (auto it = pairIndex.constBegin(); it != pairIndex.constEnd(); ++it) {
        const auto [za, zb] = pairZones[static_cast<size_t>(*it)];
        FittedInflation fi;
        fi.a = static_cast<geo::Zone>(za);
        fi.b = static_cast<geo::Zone>(zb);
        fi.before = pr.k0[static_cast<size_t>(*it)];
        fi.after = x[static_cast<size_t>(nv + *it)];
        double lo = 1e300, hi = -1e300;
        for (const Row &r : pr.rows) {
            if (r.pair == *it) {
                ++fi.samples;
                lo = std::min(lo, r.c);
                hi = std::max(hi, r.c);
            }
        }
        res.params.pairInflationDelta[it.key()] = fi.after - baseInflation(res.params, za, zb);
        res.inflations.push_back(fi);
    }
    for (int v = 0; v < nv; ++v) {
        res.access[static_cast<size_t>(v)].afterMs = x[static_cast<size_t>(v)];
        double lo = 1e300, hi = -1e300;
        for (const Row &r : pr.rows) {
            if (r.vantage == v) {
                lo = std::min(lo, r.c);
                hi = std::max(hi, r.c);
            }
        }
        if (hi - lo < 5.0)
            res.notes << CalibrationText::tr(
                             "the nodes measured from %1 lie at nearly the same distance: access latency and "
                             "inflation cannot be told apart and stay near their current values")
                             .arg(res.access[static_cast<size_t>(v)].region.isEmpty()
                                      ? geo::zoneName(res.access[static_cast<size_t>(v)].zone)
                                      : res.access[static_cast<size_t>(v)].region);
    }

    // Errors before and after, the latter from the applied scenario so they are what the planner sees.
    res.ok = true;
    const Scenario applied = res.apply(s);
    const RttModel after = RttModel::forScenario(applied);
    std::vector<double> measured, before, fitted;
    QMap<QString, std::pair<std::vector<double>, std::vector<double>>> byProvider;
    for (size_t i = 0; i < samples.size(); ++i) {
        const CalibrationSample &cs = samples[i];
        const Row &r = pr.rows[i];
        const RttModel::Site user = after.site(cs.vantageLon, cs.vantageLat);
        const RttModel::Site site = cs.node >= 0 ? after.site(s.nodes[static_cast<size_t>(cs.node)].lon,
                                                              s.nodes[static_cast<size_t>(cs.node)].lat)
                                                 : after.site(cs.nodeLon, cs.nodeLat);
        const FittedAccess &fa = res.access[static_cast<size_t>(r.vantage)];
        const int region = fa.region.isEmpty() ? -1 : regionIndex(applied, fa.region);
        const double access = region >= 0 ? applied.regions[static_cast<size_t>(region)].accessMs.value_or(0)
                                          : after.userAccessMs(user);
        measured.push_back(r.y);
        before.push_back(r.before);
        fitted.push_back(access + after.rttMs(user, site));
        byProvider[r.provider].first.push_back(r.y / r.before);
        byProvider[r.provider].second.push_back(r.y / fitted.back());
    }
    res.before = errorsOf(before, measured);
    res.after = errorsOf(fitted, measured);
    for (auto it = byProvider.constBegin(); it != byProvider.constEnd(); ++it)
        res.providers.push_back({it.key(), static_cast<int>(it->first.size()), quantile(it->first, 0.5),
                                 quantile(it->second, 0.5)});

    // Held out: each node's samples predicted by a fit on the other folds.
    if (static_cast<int>(nodes.size()) >= std::max(options.minNodesForHoldout, 2) && options.folds >= 2) {
        QHash<QString, int> fold;
        int rank = 0;
        for (const QString &n : nodes)
            fold.insert(n, rank++ % options.folds);
        std::vector<double> out(pr.rows.size(), 0.0);
        for (int f = 0; f < options.folds; ++f) {
            std::vector<size_t> train, test;
            for (size_t i = 0; i < pr.rows.size(); ++i)
                (fold.value(pr.rows[i].nodeKey) == f ? test : train).push_back(i);
            const std::vector<double> xf = fit(pr, train, options);
            for (size_t i : test)
                out[i] = predict(pr, xf, pr.rows[i]);
        }
        res.heldOut = errorsOf(out, measured);
    }
    res.params.note =
        CalibrationText::tr("calibrated on %n measured round trip(s) (%1 nodes) on %2: median abs relative "
                            "error %3% before, %4% after",
                            nullptr, static_cast<int>(samples.size()))
            .arg(nodes.size())
            .arg(QDate::currentDate().toString(Qt::ISODate))
            .arg(res.before.medianAbsRelErr * 100, 0, 'f', 1)
            .arg(res.after.medianAbsRelErr * 100, 0, 'f', 1) +
        (current.params().note.isEmpty() ? QString() : QStringLiteral("; ") + current.params().note);
    return res;
}

Scenario CalibrationResult::apply(const Scenario &s) const
{
    Scenario out = s;
    if (!ok)
        return out;
    RttParams p = params;
    for (const FittedAccess &a : access) {
        const int region = a.region.isEmpty() ? -1 : regionIndex(out, a.region);
        if (region >= 0)
            out.regions[static_cast<size_t>(region)].accessMs = a.afterMs;
        else
            p.userAccessMs[static_cast<size_t>(a.zone)] = a.afterMs;
    }
    out.network.rtt = p;
    out.network.hasRtt = true;
    return out;
}

} // namespace ea
