// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/latency/rttfit.h"

#include "engine/geo/geodesy.h"
#include "engine/latency/rttterms.h"
#include "engine/model/csvtable.h"
#include "engine/stats/quantile.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ea {
namespace {

template <typename Predict>
RttErrorStats statsOf(const std::vector<RttSample> &samples, const Predict &predict)
{
    std::vector<double> e;
    e.reserve(samples.size());
    for (const RttSample &s : samples)
        e.push_back(std::abs(predict(s) - s.rttMs) / s.rttMs);
    return errorStatsFromAbsRelErrors(e);
}

// Solves A·x = b for symmetric positive definite A (n×n, row-major) by Cholesky, in place: the
// lower triangle of a becomes L, b becomes x.
bool solveSpd(std::vector<double> &a, std::vector<double> &b, int n)
{
    for (int j = 0; j < n; ++j) {
        for (int i = j; i < n; ++i) {
            double s = a[i * n + j];
            for (int k = 0; k < j; ++k)
                s -= a[i * n + k] * a[j * n + k];
            if (i == j && !(s > 0))
                return false;
            a[i * n + j] = i == j ? std::sqrt(s) : s / a[j * n + j];
        }
    }
    for (int i = 0; i < n; ++i) { // L·y = b
        for (int k = 0; k < i; ++k)
            b[i] -= a[i * n + k] * b[k];
        b[i] /= a[i * n + i];
    }
    for (int i = n - 1; i >= 0; --i) { // Lᵀ·x = y
        for (int k = i + 1; k < n; ++k)
            b[i] -= a[k * n + i] * b[k];
        b[i] /= a[i * n + i];
    }
    return true;
}

// RttModel is linear in its parameters once the shape (short-path scale, hub share) is fixed:
// each sample's prediction is Σ coef·θ[index] over five terms. θ is laid out as follows.
constexpr int kBase = 0; // sameZone, crossZone, ocean
constexpr int kShort = 3;
constexpr int kOverhead = 4;
constexpr int kDelta = kOverhead + geo::kZoneCount;
constexpr int kHop = kDelta + kRttZonePairCount; // regionalHopMs
constexpr int kMajor = kHop + 1;                 // majorHubShare
constexpr int kBackboneInflation = kMajor + 1;   // backboneInflationDelta
constexpr int kBackboneOverhead = kMajor + 2;    // backboneOverheadMs
constexpr int kParamCount = kBackboneOverhead + 1;
constexpr int kTerms = 9;

struct Row
{
    int index[kTerms];
    double coef[kTerms];
    double rttMs;
};

struct Prepared
{
    double distanceKm, viaHubsKm, nearerHubKm, viaMajorHubsKm;
    int zoneA, zoneB, baseIndex;
    bool backbone;
    double rttMs;
};

std::vector<double> toVector(const RttParams &p)
{
    std::vector<double> t(kParamCount);
    t[kBase] = p.sameZoneInflation;
    t[kBase + 1] = p.crossZoneInflation;
    t[kBase + 2] = p.oceanInflation;
    t[kShort] = p.shortPathInflation;
    std::copy(p.serverOverheadMs.begin(), p.serverOverheadMs.end(), t.begin() + kOverhead);
    std::copy(p.pairInflationDelta.begin(), p.pairInflationDelta.end(), t.begin() + kDelta);
    t[kHop] = p.regionalHopMs;
    t[kMajor] = p.majorHubShare;
    t[kBackboneInflation] = p.backboneInflationDelta;
    t[kBackboneOverhead] = p.backboneOverheadMs;
    return t;
}

void fromVector(const std::vector<double> &t, RttParams &p)
{
    p.sameZoneInflation = t[kBase];
    p.crossZoneInflation = t[kBase + 1];
    p.oceanInflation = t[kBase + 2];
    p.shortPathInflation = t[kShort];
    std::copy(t.begin() + kOverhead, t.begin() + kDelta, p.serverOverheadMs.begin());
    std::copy(t.begin() + kDelta, t.begin() + kHop, p.pairInflationDelta.begin());
    p.regionalHopMs = t[kHop];
    p.majorHubShare = t[kMajor];
    p.backboneInflationDelta = t[kBackboneInflation];
    p.backboneOverheadMs = t[kBackboneOverhead];
}

void project(std::vector<double> &t)
{
    for (int i = kBase; i < kBase + 3; ++i)
        t[i] = std::max(1.0, t[i]);
    t[kShort] = std::max(0.0, t[kShort]);
    for (int i = kOverhead; i < kDelta; ++i)
        t[i] = std::max(0.0, t[i]);
    t[kHop] = std::max(0.0, t[kHop]);
    t[kMajor] = std::max(0.0, t[kMajor]);
}

struct FitResult
{
    std::vector<double> theta;
    double objective = 0;
};

struct Shape
{
    double scaleKm, hubShare;
};

// IRLS for min Σ|pred/y − 1| + Σ λ_j (θ_j − θ0_j)² at a fixed shape, projected onto the bounds
// (inflations >= 1, overheads and the short-path term >= 0) after each step.
FitResult fitAtShape(const std::vector<Prepared> &data, const RttParams &fixed, Shape shape,
                     const std::vector<double> &theta0, const std::vector<double> &lambda, int iterations,
                     const std::function<void(int)> &onIteration = {})
{
    const double fiberKmPerMs = fixed.fiberKmPerMs;
    std::vector<Row> rows;
    rows.reserve(data.size());
    for (const Prepared &s : data) {
        const double direct = 2.0 * s.distanceKm / fiberKmPerMs;
        const double fade = s.distanceKm / (s.distanceKm + fixed.hubLocalKm);
        const double detour = std::max(0.0, s.viaHubsKm - s.distanceKm);
        const double length = s.distanceKm + shape.hubShare * detour * fade;
        const double f = 2.0 * length / fiberKmPerMs;
        // The public internet's terms, or the backbone's (RttModel's two formulas).
        const double internet = s.backbone ? 0.0 : 1.0;
        const double backbone = 1.0 - internet;
        const double g = 1.0 / (1.0 + s.distanceKm / shape.scaleKm);
        const double hop = rttterms::regionalHopShare(s.distanceKm, s.nearerHubKm, fixed);
        const double major = 2.0 * std::max(0.0, s.viaMajorHubsKm - s.distanceKm) *
                             rttterms::majorHubFade(s.distanceKm) / fiberKmPerMs;
        rows.push_back({{s.baseIndex, kShort, kOverhead + s.zoneA, kOverhead + s.zoneB,
                         kDelta + rttZonePairIndex(s.zoneA, s.zoneB), kHop, kMajor, kBackboneInflation,
                         kBackboneOverhead},
                        {f, internet * direct * g, 1.0, 1.0, f, internet * hop, internet * major,
                         backbone * f, backbone},
                        s.rttMs});
    }
    const auto predict = [](const Row &r, const std::vector<double> &t) {
        double p = 0;
        for (int k = 0; k < kTerms; ++k)
            p += r.coef[k] * t[r.index[k]];
        return p;
    };
    const auto objective = [&](const std::vector<double> &t) {
        double o = 0;
        for (const Row &r : rows)
            o += std::abs(predict(r, t) / r.rttMs - 1.0);
        for (int j = 0; j < kParamCount; ++j)
            o += lambda[j] * (t[j] - theta0[j]) * (t[j] - theta0[j]);
        return o;
    };

    std::vector<double> theta = theta0;
    std::vector<double> a(kParamCount * kParamCount), b(kParamCount);
    for (int it = 0; it < iterations; ++it) {
        std::fill(a.begin(), a.end(), 0.0);
        for (int j = 0; j < kParamCount; ++j) {
            a[j * kParamCount + j] = lambda[j];
            b[j] = lambda[j] * theta0[j];
        }
        for (const Row &r : rows) {
            const double rel = predict(r, theta) / r.rttMs - 1.0;
            const double w = 1.0 / std::max(std::abs(rel), 0.005);
            for (int k = 0; k < kTerms; ++k) {
                const double xk = r.coef[k] / r.rttMs;
                b[r.index[k]] += w * xk;
                for (int l = 0; l < kTerms; ++l)
                    a[r.index[k] * kParamCount + r.index[l]] += w * xk * r.coef[l] / r.rttMs;
            }
        }
        if (!solveSpd(a, b, kParamCount))
            break;
        project(b);
        theta = b;
        if (onIteration)
            onIteration(it + 1);
    }
    return {theta, objective(theta)};
}

} // namespace

std::optional<RttModel::PathKind> rttPathKind(bool hasPathColumn, const QString &path, const QString &source,
                                              const QString &srcName, const QString &dstName, QString *error)
{
    using Kind = RttModel::PathKind;
    if (hasPathColumn) {
        const QString p = path.trimmed().toLower();
        if (p.isEmpty() || p == QLatin1String("internet"))
            return Kind::Internet;
        if (p == QLatin1String("backbone"))
            return Kind::Backbone;
        if (error)
            *error = QStringLiteral("path: expected internet, backbone or empty (got \"%1\")").arg(path);
        return std::nullopt;
    }
    static const char *const namePrefixes[] = {"aws", "gcp", "azure", "oci", "ibm", "alibaba"};
    const QString a = srcName.trimmed().toLower(), b = dstName.trimmed().toLower();
    for (const char *p : namePrefixes) {
        const QString prefix = QLatin1String(p) + QLatin1Char(':');
        if (a.startsWith(prefix) && b.startsWith(prefix))
            return Kind::Backbone;
    }
    static const char *const sourcePrefixes[] = {"aws", "gcp",    "google", "azure",  "microsoft",
                                                 "oci", "oracle", "ibm",    "alibaba"};
    const QString src = source.trimmed().toLower();
    for (const char *p : sourcePrefixes) {
        const QLatin1String prefix(p);
        if (src.startsWith(prefix) &&
            (src.size() == prefix.size() || QStringLiteral("_- ").contains(src.at(prefix.size()))))
            return Kind::Backbone;
    }
    return Kind::Internet;
}

bool readRttSamplesCsv(const QString &fileName, std::vector<RttSample> &out, QString *error)
{
    const QString name = QFileInfo(fileName).fileName();
    const auto fail = [&](int line, const QString &reason) {
        if (error)
            *error = QStringLiteral("%1:%2: %3").arg(name).arg(line).arg(reason);
        return false;
    };
    CsvTable table;
    QString why;
    if (!CsvTable::read(fileName, table, &why)) {
        if (error)
            *error = name + QLatin1Char(':') + why;
        return false;
    }
    const char *required[] = {"src_lon", "src_lat", "dst_lon", "dst_lat", "rtt_ms"};
    int column[5];
    for (int i = 0; i < 5; ++i) {
        column[i] = table.column(QLatin1String(required[i]));
        if (column[i] < 0)
            return fail(1, QStringLiteral("no column %1").arg(QLatin1String(required[i])));
    }
    const int sourceColumn = table.column(QStringLiteral("source"));
    const int pathColumn = table.column(QStringLiteral("path"));
    const int srcNameColumn = table.column(QStringLiteral("src_name"));
    const int dstNameColumn = table.column(QStringLiteral("dst_name"));
    const auto field = [](const QStringList &fields, int column) {
        return column >= 0 && column < fields.size() ? fields.at(column) : QString();
    };
    for (size_t row = 0; row < table.rows.size(); ++row) {
        const QStringList &fields = table.rows[row];
        const int lineNo = table.lines[row];
        double v[5];
        for (int i = 0; i < 5; ++i) {
            bool ok = false;
            v[i] = fields.at(column[i]).trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(v[i]))
                return fail(lineNo, QStringLiteral("%1 is not a number").arg(QLatin1String(required[i])));
        }
        for (int i = 0; i < 4; ++i) {
            const double limit = i % 2 == 0 ? 180.0 : 90.0;
            if (std::abs(v[i]) > limit)
                return fail(lineNo, QStringLiteral("%1 out of range").arg(QLatin1String(required[i])));
        }
        if (!(v[4] > 0))
            return fail(lineNo, QStringLiteral("rtt_ms must be > 0"));
        QString why;
        const auto path = rttPathKind(pathColumn >= 0, field(fields, pathColumn), field(fields, sourceColumn),
                                      field(fields, srcNameColumn), field(fields, dstNameColumn), &why);
        if (!path)
            return fail(lineNo, why);
        out.push_back({v[0], v[1], v[2], v[3], v[4], field(fields, sourceColumn), *path});
    }
    return true;
}

RttErrorStats errorStatsFromAbsRelErrors(std::vector<double> &values)
{
    RttErrorStats s;
    s.n = int(values.size());
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    s.medianAbsRelErr = stats::quantileSorted(values, 0.5);
    s.p90AbsRelErr = stats::quantileSorted(values, 0.9);
    s.meanAbsRelErr = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    return s;
}

RttErrorStats rttErrorStats(const RttModel &m, const std::vector<RttSample> &s)
{
    return statsOf(s, [&](const RttSample &x) { return m.rttMs(x.lon1, x.lat1, x.lon2, x.lat2, x.path); });
}

RttParams fitRttModel(const std::vector<RttSample> &samples, const RttParams &startIn,
                      const RttFitOptions &options)
{
    const auto progress = [&](double share, const QString &stage) {
        if (options.progress)
            options.progress(std::clamp(share, 0.0, 1.0), stage);
    };
    const RttParams start = RttModel(startIn).params(); // sanitised: positive scales and speeds
    RttParams result = startIn;
    std::vector<Prepared> data;
    data.reserve(samples.size());
    const size_t step = std::max<size_t>(1, samples.size() / 20);
    for (size_t i = 0; i < samples.size(); ++i) {
        const RttSample &s = samples[i];
        if (i % step == 0)
            progress(0.1 * double(i) / double(samples.size()), QStringLiteral("preparing samples"));
        if (!(s.rttMs > 0) || !std::isfinite(s.rttMs))
            continue;
        const int za = int(geo::zoneOf(s.lon1, s.lat1));
        const int zb = int(geo::zoneOf(s.lon2, s.lat2));
        const int base = za == zb ? 0 : geo::zonesSeparatedByOcean(geo::Zone(za), geo::Zone(zb)) ? 2 : 1;
        double hubKmA = 0, hubKmB = 0;
        const int hubA = geo::nearestHub(s.lon1, s.lat1, &hubKmA);
        const int hubB = geo::nearestHub(s.lon2, s.lat2, &hubKmB);
        double majorKmA = 0, majorKmB = 0;
        const int majorA = geo::nearestMajorHub(s.lon1, s.lat1, &majorKmA);
        const int majorB = geo::nearestMajorHub(s.lon2, s.lat2, &majorKmB);
        data.push_back({geo::greatCircleKm(s.lon1, s.lat1, s.lon2, s.lat2),
                        hubKmA + geo::interHubKm(hubA, hubB) + hubKmB, std::min(hubKmA, hubKmB),
                        majorKmA + geo::interHubKm(majorA, majorB) + majorKmB, za, zb, kBase + base,
                        s.path == RttModel::PathKind::Backbone, s.rttMs});
    }
    if (data.empty())
        return result;
    std::vector<double> theta0 = toVector(start);
    project(theta0);
    std::vector<double> lambda(kParamCount);
    for (int j = 0; j < kParamCount; ++j) {
        lambda[j] = j < kOverhead ? options.inflationWeight
                    : j < kDelta  ? options.overheadWeight
                    : j < kHop    ? options.pairDeltaWeight
                                  : options.overheadWeight;
    }
    // No backbone samples: the backbone terms are not identified, and stay where they were (a heavy ridge);
    // with some, the light one above.
    const bool anyBackbone =
        std::any_of(data.begin(), data.end(), [](const Prepared &p) { return p.backbone; });
    if (!anyBackbone) {
        lambda[kBackboneInflation] = 1e6;
        lambda[kBackboneOverhead] = 1e6;
    }

    // The shape search sees a deterministic subset when there are many samples (order-independent: by a
    // hash of the endpoints, as the cross-validation folds).
    std::vector<Prepared> subset;
    const std::vector<Prepared> *shapeData = &data;
    if (options.shapeSampleCap > 0 && int(data.size()) > options.shapeSampleCap) {
        const int keepOneIn = int((data.size() + options.shapeSampleCap - 1) / options.shapeSampleCap);
        for (size_t i = 0, j = 0; i < samples.size(); ++i) {
            const RttSample &s = samples[i];
            if (!(s.rttMs > 0) || !std::isfinite(s.rttMs))
                continue;
            if (rttSampleFold(s, keepOneIn) == 0)
                subset.push_back(data[j]);
            ++j;
        }
        shapeData = &subset;
    }
    Shape shape{start.shortPathScaleKm, std::clamp(start.hubRoutingShare, 0.0, 1.0)};
    const bool searchShape = int(data.size()) >= options.minSamplesForScale;
    const int shapeFits = searchShape ? 1 + 2 * 21 + 33 : 1;
    int fitsDone = 0;
    const auto fitShape = [&](Shape sh) {
        FitResult r = fitAtShape(*shapeData, start, sh, theta0, lambda, options.iterations);
        ++fitsDone;
        progress(0.1 + 0.6 * fitsDone / shapeFits,
                 QStringLiteral("shape search on %1 samples (%2 of %3 trial fits)")
                     .arg(shapeData->size())
                     .arg(fitsDone)
                     .arg(shapeFits));
        return r;
    };
    FitResult best = fitShape(shape);
    if (searchShape) {
        // Coordinate search on fine grids: hub share, then the scale (log grid), then the share
        // again at that scale. Cheap: each fit is a few dozen 58×58 solves.
        const auto consider = [&](Shape s) {
            FitResult r = fitShape(s);
            if (r.objective < best.objective) {
                best = std::move(r);
                shape = s;
            }
        };
        for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i <= 20; ++i)
                consider({shape.scaleKm, i / 20.0});
            for (int i = 0; pass == 0 && i <= 32; ++i)
                consider({50.0 * std::pow(2.0, i / 4.0), shape.hubShare});
        }
    }
    if (shapeData != &data) {
        // The final fit at the chosen shape on every sample.
        best = fitAtShape(data, start, shape, theta0, lambda, options.iterations, [&](int it) {
            progress(0.7 + 0.25 * it / options.iterations,
                     QStringLiteral("fitting all %1 samples (iteration %2 of %3)")
                         .arg(data.size())
                         .arg(it)
                         .arg(options.iterations));
        });
    }
    fromVector(best.theta, result);
    result.shortPathScaleKm = shape.scaleKm;
    result.hubRoutingShare = shape.hubShare;

    progress(0.95, QStringLiteral("in-sample errors"));
    const RttErrorStats e = rttErrorStats(RttModel(result), samples);
    result.note =
        QStringLiteral("Fitted on %1 measured RTT samples on %2; in-sample abs relative error median %3, "
                       "P90 %4. userAccessMs not fitted (server-to-server data).")
            .arg(e.n)
            .arg(QDate::currentDate().toString(Qt::ISODate))
            .arg(e.medianAbsRelErr, 0, 'f', 3)
            .arg(e.p90AbsRelErr, 0, 'f', 3);
    progress(1.0, QStringLiteral("done"));
    return result;
}

double GlobalFactorModel::rttMs(double lon1, double lat1, double lon2, double lat2, double fiberKmPerMs) const
{
    return 2.0 * geo::greatCircleKm(lon1, lat1, lon2, lat2) / fiberKmPerMs * k + overheadMs;
}

GlobalFactorModel fitGlobalFactor(const std::vector<RttSample> &samples)
{
    // IRLS for min Σ|(f·k + c)/y − 1|, the same criterion as fitRttModel.
    GlobalFactorModel m;
    for (int it = 0; it < 60; ++it) {
        double a00 = 1e-9, a01 = 0, a11 = 1e-9, b0 = 0, b1 = 0;
        for (const RttSample &s : samples) {
            const double f = 2.0 * geo::greatCircleKm(s.lon1, s.lat1, s.lon2, s.lat2) / 204.0;
            const double rel = (f * m.k + m.overheadMs) / s.rttMs - 1.0;
            const double w = 1.0 / std::max(std::abs(rel), 0.005);
            const double x0 = f / s.rttMs, x1 = 1.0 / s.rttMs;
            a00 += w * x0 * x0;
            a01 += w * x0 * x1;
            a11 += w * x1 * x1;
            b0 += w * x0;
            b1 += w * x1;
        }
        const double det = a00 * a11 - a01 * a01;
        if (!(std::abs(det) > 0))
            break;
        m.k = std::max(1.0, (b0 * a11 - b1 * a01) / det);
        m.overheadMs = std::max(0.0, (a00 * b1 - a01 * b0) / det);
    }
    return m;
}

RttErrorStats globalFactorErrorStats(const GlobalFactorModel &m, const std::vector<RttSample> &s)
{
    return statsOf(s, [&](const RttSample &x) { return m.rttMs(x.lon1, x.lat1, x.lon2, x.lat2); });
}

int rttSampleFold(const RttSample &s, int folds)
{
    // FNV-1a over the endpoints quantised to 1e-4°, smaller endpoint first.
    qint64 e[2][2] = {{qRound64(s.lon1 * 1e4), qRound64(s.lat1 * 1e4)},
                      {qRound64(s.lon2 * 1e4), qRound64(s.lat2 * 1e4)}};
    if (std::make_pair(e[1][0], e[1][1]) < std::make_pair(e[0][0], e[0][1]))
        std::swap(e[0], e[1]);
    quint64 h = 14695981039346656037ull;
    for (const auto &p : e) {
        for (const qint64 v : p) {
            for (int byte = 0; byte < 8; ++byte) {
                h ^= (quint64(v) >> (8 * byte)) & 0xffu;
                h *= 1099511628211ull;
            }
        }
    }
    return int(h % quint64(std::max(1, folds)));
}

CrossValidation crossValidateRtt(const std::vector<RttSample> &samples, int folds)
{
    folds = std::max(2, folds);
    std::vector<int> fold(samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i)
        fold[i] = rttSampleFold(samples[i], folds);
    std::vector<double> modelErr, baseErr;
    for (int f = 0; f < folds; ++f) {
        std::vector<RttSample> train, test;
        for (std::size_t i = 0; i < samples.size(); ++i)
            (fold[i] == f ? test : train).push_back(samples[i]);
        const RttModel model(fitRttModel(train, RttParams{}));
        const GlobalFactorModel base = fitGlobalFactor(train);
        for (const RttSample &s : test) {
            modelErr.push_back(std::abs(model.rttMs(s.lon1, s.lat1, s.lon2, s.lat2, s.path) / s.rttMs - 1.0));
            baseErr.push_back(std::abs(base.rttMs(s.lon1, s.lat1, s.lon2, s.lat2) / s.rttMs - 1.0));
        }
    }
    return {errorStatsFromAbsRelErrors(modelErr), errorStatsFromAbsRelErrors(baseErr)};
}

} // namespace ea
