// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas rtt: the network model on a CSV of point pairs, optionally calibrated first.
#include "app/cli/cli.h"
#include "app/cli/options.h"
#include "engine/latency/rttfit.h"
#include "engine/model/csvtable.h"

#include <cmath>

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

} // namespace

int rtt(const QStringList &args, FILE *out, FILE *err)
{
    Options o(args, {QStringLiteral("pairs"), QStringLiteral("calibrate"), QStringLiteral("scenario")}, {});
    if (!o.ok() || !o.has(QStringLiteral("pairs")) || !o.positional().isEmpty()) {
        printLine(err,
                  o.ok() ? QStringLiteral("usage: edgeatlas rtt --pairs PAIRS.csv [--calibrate MEASURED.csv] "
                                          "[--scenario SCENARIO]")
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
        if (!readRttSamplesCsv(file, samples, &error)) {
            printLine(err, error);
            return BadInput;
        }
        if (samples.empty()) {
            printLine(err, QStringLiteral("%1: no measurements to calibrate with").arg(file));
            return BadInput;
        }
        const RttErrorStats before = rttErrorStats(RttModel(params), samples);
        params = fitRttModel(samples, params);
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
        const double modeled = model.rttMs(lon1, lat1, lon2, lat2);
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
