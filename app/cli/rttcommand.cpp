// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas rtt: the network model on a CSV of point pairs (optionally calibrated first), or per demand
// region the best node of a tier with the user's modeled RTT.
#include "app/cli/cli.h"
#include "app/cli/options.h"
#include "engine/latency/accessmodel.h"
#include "engine/latency/calibration.h"
#include "engine/latency/rttfit.h"
#include "engine/latency/rttvalidation.h"
#include "engine/model/csvtable.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace ea::cli {

namespace {

bool coordinates(const CsvTable &t, const QString &file, std::array<int, 4> &cols, FILE *err)
{
    const QStringList names{QStringLiteral("src_lat"), QStringLiteral("src_lon"), QStringLiteral("dst_lat"),
                            QStringLiteral("dst_lon")};
    for (int i = 0; i < 4; ++i) {
        cols[i] = t.column(names[i]);
        if (cols[i] < 0) {
            printLine(err, QStringLiteral("%1:1: missing column %2").arg(file, names[i]));
            return false;
        }
    }
    return true;
}

bool number(const CsvTable &t, size_t row, int col, const QString &file, double lo, double hi, double &v,
            FILE *err)
{
    bool ok = false;
    v = t.rows[row][col].trimmed().toDouble(&ok);
    if (!ok || !(v >= lo && v <= hi)) {
        printLine(err, QStringLiteral("%1:%2: %3: expected a number in [%4, %5] (got \"%6\")")
                           .arg(file)
                           .arg(t.lines[row])
                           .arg(t.header[col])
                           .arg(lo)
                           .arg(hi)
                           .arg(t.rows[row][col]));
        return false;
    }
    return true;
}

int regions(const Options &o, FILE *out, FILE *err)
{
    if (o.positional().size() > 1 || o.has(QStringLiteral("pairs")) || o.has(QStringLiteral("calibrate"))) {
        printLine(err,
                  QStringLiteral("usage: edgeatlas rtt --regions [SCENARIO] [--tier T] [--format csv|json]"));
        return BadInput;
    }
    const QString file =
        o.positional().isEmpty() ? o.value(QStringLiteral("scenario")) : o.positional().front();
    const auto s = loadScenarioOrReport(file, err);
    if (!s)
        return BadInput;
    const auto tier = tierFromId(o.value(QStringLiteral("tier"), QStringLiteral("edge")));
    if (!tier) {
        printLine(err, QStringLiteral("--tier: expected edge, regional, central or onprem"));
        return BadInput;
    }
    const QString format = o.value(QStringLiteral("format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        printLine(err, QStringLiteral("--format: expected csv or json"));
        return BadInput;
    }
    const RttModel model = RttModel::forScenario(*s);
    const AccessModel accessModel(*s, model); // fixed broadband, as the planner routes
    std::vector<int> nodes;
    std::vector<RttModel::Site> sites;
    for (size_t i = 0; i < s->nodes.size(); ++i) {
        if (s->nodes[i].tier == *tier) {
            nodes.push_back(int(i));
            sites.push_back(model.site(s->nodes[i].lon, s->nodes[i].lat));
        }
    }
    if (nodes.empty()) {
        printLine(err, QStringLiteral("--tier: the scenario has no %1 nodes").arg(tierId(*tier)));
        return BadInput;
    }
    QString csv = QStringLiteral("id,country,lat,lon,weight,access_ms,best_node,best_node_lat,best_node_lon,"
                                 "network_rtt_ms,model_rtt_ms\n");
    QJsonArray rows;
    for (size_t ri = 0; ri < s->regions.size(); ++ri) {
        const DemandRegion &r = s->regions[ri];
        const RttModel::Site user = model.site(r.lon, r.lat);
        // Exhaustive over the tier's nodes: the answer is checkable, and 4,400 × 5,600 pairs take a second.
        double best = std::numeric_limits<double>::infinity();
        int bestNode = -1;
        for (size_t k = 0; k < nodes.size(); ++k) {
            const double rtt = model.rttMs(user, sites[k]);
            if (rtt < best) {
                best = rtt;
                bestNode = nodes[k];
            }
        }
        const double access = accessModel.fixedMs(int(ri));
        const Node &n = s->nodes[size_t(bestNode)];
        if (format == QLatin1String("json")) {
            rows.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("country"), r.country},
                                    {QStringLiteral("lat"), r.lat},
                                    {QStringLiteral("lon"), r.lon},
                                    {QStringLiteral("weight"), r.weight},
                                    {QStringLiteral("accessMs"), access},
                                    {QStringLiteral("bestNode"), n.id},
                                    {QStringLiteral("bestNodeLat"), n.lat},
                                    {QStringLiteral("bestNodeLon"), n.lon},
                                    {QStringLiteral("networkRttMs"), best},
                                    {QStringLiteral("modelRttMs"), access + best}});
        } else {
            csv += QStringList{CsvTable::quote(r.id),
                               CsvTable::quote(r.country),
                               QString::number(r.lat, 'f', 4),
                               QString::number(r.lon, 'f', 4),
                               QString::number(r.weight, 'g', 10),
                               QString::number(access, 'f', 2),
                               CsvTable::quote(n.id),
                               QString::number(n.lat, 'f', 4),
                               QString::number(n.lon, 'f', 4),
                               QString::number(best, 'f', 2),
                               QString::number(access + best, 'f', 2)}
                       .join(QLatin1Char(',')) +
                   QLatin1Char('\n');
        }
    }
    if (format == QLatin1String("json"))
        print(out, QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("tier"), tierId(*tier)},
                                                               {QStringLiteral("regions"), rows}})
                                         .toJson(QJsonDocument::Indented)));
    else
        print(out, csv);
    return Ok;
}

QString bandLine(const QString &label, const RttBandErrors &b)
{
    if (b.errors.n == 0)
        return QStringLiteral("%1 %2 %3 %4 %5")
            .arg(label, -14)
            .arg(0, 6)
            .arg(QStringLiteral("-"), 8)
            .arg(QStringLiteral("-"), 6)
            .arg(QStringLiteral("-"), 12);
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(label, -14)
        .arg(b.errors.n, 6)
        .arg(b.errors.medianAbsRelErr, 8, 'f', 3)
        .arg(b.errors.p90AbsRelErr, 6, 'f', 3)
        .arg(b.medianRatio, 12, 'f', 3);
}

QJsonObject bandJson(const RttBandErrors &b)
{
    return QJsonObject{{QStringLiteral("fromKm"), b.fromKm},
                       {QStringLiteral("toKm"), std::isfinite(b.toKm) ? QJsonValue(b.toKm) : QJsonValue()},
                       {QStringLiteral("pairs"), b.errors.n},
                       {QStringLiteral("medianAbsRelErr"), b.errors.medianAbsRelErr},
                       {QStringLiteral("p90AbsRelErr"), b.errors.p90AbsRelErr},
                       {QStringLiteral("medianRatio"), b.medianRatio}};
}

// rtt --validate MEASURED.csv [--groups N] [--format text|json]: how well the model, fitted without them,
// predicts measured pairs: pairs held out (5-fold) and whole cities held out, overall and per distance band.
int validate(const Options &o, FILE *out, FILE *err)
{
    if (!o.positional().isEmpty() || o.has(QStringLiteral("pairs")) || o.has(QStringLiteral("calibrate")) ||
        o.has(QStringLiteral("scenario")) || o.has(QStringLiteral("tier"))) {
        printLine(err, QStringLiteral(
                           "usage: edgeatlas rtt --validate MEASURED.csv [--groups N] [--format text|json]"));
        return BadInput;
    }
    const QString format = o.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        printLine(err, QStringLiteral("--format: expected text or json (got \"%1\")").arg(format));
        return BadInput;
    }
    int groups = 5;
    if (o.has(QStringLiteral("groups"))) {
        bool ok = false;
        groups = o.value(QStringLiteral("groups")).toInt(&ok);
        if (!ok || groups < 2 || groups > 50) {
            printLine(err, QStringLiteral("--groups: expected an integer in [2, 50] (got \"%1\")")
                               .arg(o.value(QStringLiteral("groups"))));
            return BadInput;
        }
    }
    const QString file = o.value(QStringLiteral("validate"));
    std::vector<RttSample> samples;
    QString error;
    if (!readRttSamplesCsv(file, samples, &error)) {
        printLine(err, error);
        return BadInput;
    }
    if (samples.size() < 50) {
        printLine(err, QStringLiteral("%1: %2 measurements; validation needs at least 50")
                           .arg(file)
                           .arg(samples.size()));
        return BadInput;
    }
    printLine(err,
              QStringLiteral("validate: %1 measurements; %2 fits without a group of cities, then 5 without a "
                             "fold of pairs")
                  .arg(samples.size())
                  .arg(groups));
    const RttCityHoldout byCity = validateRttByCity(samples, groups);
    const CrossValidation byPair = crossValidateRtt(samples, 5);
    RttBandErrors all;
    all.toKm = std::numeric_limits<double>::infinity();
    all.errors = byCity.all;
    all.medianRatio = byCity.medianRatio;
    if (format == QLatin1String("json")) {
        QJsonArray bands;
        for (const RttBandErrors &b : byCity.bands)
            bands.append(bandJson(b));
        const QJsonObject j{
            {QStringLiteral("measurements"), int(samples.size())},
            {QStringLiteral("pairsHeldOut"),
             QJsonObject{{QStringLiteral("folds"), 5},
                         {QStringLiteral("medianAbsRelErr"), byPair.model.medianAbsRelErr},
                         {QStringLiteral("p90AbsRelErr"), byPair.model.p90AbsRelErr},
                         {QStringLiteral("globalFactorMedianAbsRelErr"), byPair.baseline.medianAbsRelErr},
                         {QStringLiteral("globalFactorP90AbsRelErr"), byPair.baseline.p90AbsRelErr}}},
            {QStringLiteral("citiesHeldOut"),
             QJsonObject{{QStringLiteral("groups"), byCity.groups},
                         {QStringLiteral("cities"), byCity.cities},
                         {QStringLiteral("bands"), bands},
                         {QStringLiteral("under500"), bandJson(byCity.under500)},
                         {QStringLiteral("all"), bandJson(all)}}}};
        print(out, QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    QString text;
    text +=
        QStringLiteral("pairs held out (5-fold): median abs. relative error %1, P90 %2 (one global factor: "
                       "%3, %4)\n")
            .arg(byPair.model.medianAbsRelErr, 0, 'f', 3)
            .arg(byPair.model.p90AbsRelErr, 0, 'f', 3)
            .arg(byPair.baseline.medianAbsRelErr, 0, 'f', 3)
            .arg(byPair.baseline.p90AbsRelErr, 0, 'f', 3);
    text += QStringLiteral("cities held out (%1 cities, 0.25 degree cells, in %2 groups):\n")
                .arg(byCity.cities)
                .arg(byCity.groups);
    text += QStringLiteral("%1 %2 %3 %4 %5\n")
                .arg(QStringLiteral("band km"), -14)
                .arg(QStringLiteral("pairs"), 6)
                .arg(QStringLiteral("median"), 8)
                .arg(QStringLiteral("P90"), 6)
                .arg(QStringLiteral("model/meas."), 12);
    for (const RttBandErrors &b : byCity.bands) {
        const QString label = std::isfinite(b.toKm) ? QStringLiteral("%1-%2").arg(b.fromKm).arg(b.toKm)
                                                    : QStringLiteral(">= %1").arg(b.fromKm);
        text += bandLine(label, b) + QLatin1Char('\n');
    }
    text += bandLine(QStringLiteral("under 500"), byCity.under500) + QLatin1Char('\n');
    text += bandLine(QStringLiteral("all"), all) + QLatin1Char('\n');
    print(out, text);
    return Ok;
}

} // namespace

int rtt(const QStringList &args, FILE *out, FILE *err)
{
    Options o(args,
              {QStringLiteral("pairs"), QStringLiteral("calibrate"), QStringLiteral("scenario"),
               QStringLiteral("tier"), QStringLiteral("format"), QStringLiteral("validate"),
               QStringLiteral("groups")},
              {QStringLiteral("regions")});
    if (o.ok() && o.has(QStringLiteral("regions")))
        return regions(o, out, err);
    if (o.ok() && o.has(QStringLiteral("validate")))
        return validate(o, out, err);
    if (!o.ok() || !o.has(QStringLiteral("pairs")) || !o.positional().isEmpty() ||
        o.has(QStringLiteral("tier")) || o.has(QStringLiteral("format")) || o.has(QStringLiteral("groups"))) {
        printLine(err, o.ok()
                           ? QStringLiteral(
                                 "usage: edgeatlas rtt --pairs PAIRS.csv [--calibrate MEASURED.csv] "
                                 "[--scenario SCENARIO] | edgeatlas rtt --regions [SCENARIO] [--tier T] "
                                 "[--format csv|json] | edgeatlas rtt --validate MEASURED.csv [--groups N] "
                                 "[--format text|json]")
                           : o.error());
        return BadInput;
    }
    RttParams params = defaultRttParams();
    if (o.has(QStringLiteral("scenario"))) {
        const auto s = loadScenarioOrReport(o.value(QStringLiteral("scenario")), err);
        if (!s)
            return BadInput;
        if (s->network.hasRtt)
            params = s->network.rtt;
        params.fiberKmPerMs = s->network.fiberKmPerMs;
    }
    if (o.has(QStringLiteral("calibrate"))) {
        const QString file = o.value(QStringLiteral("calibrate"));
        std::vector<RttSample> samples;
        QString error;
        QElapsedTimer clock;
        clock.start();
        printLine(err, QStringLiteral("calibrate: reading %1").arg(file));
        if (!readRttSamplesCsv(file, samples, &error)) {
            printLine(err, error);
            return BadInput;
        }
        if (samples.empty()) {
            printLine(err, QStringLiteral("%1: no measurements to calibrate with").arg(file));
            return BadInput;
        }
        printLine(err, QStringLiteral("calibrate: %1 measurements read in %2 s; fitting")
                           .arg(samples.size())
                           .arg(clock.elapsed() / 1000.0, 0, 'f', 1));
        const RttErrorStats before = rttErrorStats(RttModel(params), samples);
        RttFitOptions fitOptions;
        // One line per tenth of the work (and per stage), so a long calibration shows it is alive.
        int lastTenth = -1;
        QString lastStage;
        fitOptions.progress = [&](double share, const QString &stage) {
            const int tenth = int(share * 10);
            const QString kind = stage.section(QLatin1Char(' '), 0, 1);
            if (tenth == lastTenth && kind == lastStage)
                return;
            lastTenth = tenth;
            lastStage = kind;
            printLine(err, QStringLiteral("calibrate: %1 % (%2 s) %3")
                               .arg(int(share * 100), 3)
                               .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                               .arg(stage));
        };
        params = fitRttModel(samples, params, fitOptions);
        const RttErrorStats after = rttErrorStats(RttModel(params), samples);
        printLine(err, QStringLiteral("calibrated on %1 measurements: median abs. relative error %2 -> %3, "
                                      "P90 %4 -> %5")
                           .arg(samples.size())
                           .arg(before.medianAbsRelErr, 0, 'f', 3)
                           .arg(after.medianAbsRelErr, 0, 'f', 3)
                           .arg(before.p90AbsRelErr, 0, 'f', 3)
                           .arg(after.p90AbsRelErr, 0, 'f', 3));
    }
    const QString file = o.value(QStringLiteral("pairs"));
    CsvTable t;
    QString error;
    if (!CsvTable::read(file, t, &error)) {
        printLine(err, file + QLatin1Char(':') + error);
        return BadInput;
    }
    std::array<int, 4> cols{};
    if (!coordinates(t, file, cols, err))
        return BadInput;
    const RttModel model(params);
    const int measuredCol = t.column(QStringLiteral("rtt_ms"));
    // src_kind (optional): "user" adds the source's last mile (a person on an access network), "server" or
    // empty does not.
    const int kindCol = t.column(QStringLiteral("src_kind"));
    // path (optional; without it inferred from source and the endpoint names, see rttPathKind): "backbone"
    // is a path on one cloud provider's private network.
    const int pathCol = t.column(QStringLiteral("path"));
    const int sourceCol = t.column(QStringLiteral("source"));
    const int srcNameCol = t.column(QStringLiteral("src_name"));
    const int dstNameCol = t.column(QStringLiteral("dst_name"));
    const auto cell = [&](size_t row, int col) { return col >= 0 ? t.rows[row][col] : QString(); };
    std::vector<double> relErrors;
    QString text;
    QStringList head = t.header;
    head << QStringLiteral("model_rtt_ms");
    text += head.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (size_t r = 0; r < t.rows.size(); ++r) {
        double lat1, lon1, lat2, lon2;
        if (!number(t, r, cols[0], file, -90, 90, lat1, err) ||
            !number(t, r, cols[1], file, -180, 180, lon1, err) ||
            !number(t, r, cols[2], file, -90, 90, lat2, err) ||
            !number(t, r, cols[3], file, -180, 180, lon2, err))
            return BadInput;
        QStringList fields;
        for (const QString &f : t.rows[r])
            fields << CsvTable::quote(f);
        QString why;
        const auto path = rttPathKind(pathCol >= 0, cell(r, pathCol), cell(r, sourceCol), cell(r, srcNameCol),
                                      cell(r, dstNameCol), &why);
        if (!path) {
            printLine(err, QStringLiteral("%1:%2: %3").arg(file).arg(t.lines[r]).arg(why));
            return BadInput;
        }
        double modeled = model.rttMs(lon1, lat1, lon2, lat2, *path);
        if (kindCol >= 0) {
            const QString kind = t.rows[r][kindCol].trimmed();
            if (kind == QLatin1String("user")) {
                modeled += model.userAccessMs(model.site(lon1, lat1));
            } else if (!kind.isEmpty() && kind != QLatin1String("server")) {
                printLine(err, QStringLiteral("%1:%2: src_kind: expected user, server or empty (got \"%3\")")
                                   .arg(file)
                                   .arg(t.lines[r])
                                   .arg(kind));
                return BadInput;
            }
        }
        fields << QString::number(modeled, 'f', 2);
        // A measured RTT, where given, must be a real one: "inf" or "nan" would poison the error figures.
        if (measuredCol >= 0 && !t.rows[r][measuredCol].trimmed().isEmpty()) {
            double measured = 0;
            if (!number(t, r, measuredCol, file, 0.001, 1e6, measured, err))
                return BadInput;
            relErrors.push_back(std::abs(modeled - measured) / measured);
        }
        text += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    print(out, text);
    if (!relErrors.empty()) {
        // The model states how well it does wherever measurements are at hand.
        const RttErrorStats e = errorStatsFromAbsRelErrors(relErrors);
        printLine(err,
                  QStringLiteral("model error on %1 measured pairs: median abs. relative error %2, P90 %3")
                      .arg(e.n)
                      .arg(e.medianAbsRelErr, 0, 'f', 3)
                      .arg(e.p90AbsRelErr, 0, 'f', 3));
    }
    return Ok;
}

} // namespace ea::cli
