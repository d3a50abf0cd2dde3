// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/benchcalibrate.h"

#include "app/cli/cli.h"
#include "engine/latency/rttfit.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cmath>
#include <random>

namespace ea::cli {

int benchCalibrate(bool quick, FILE *out, FILE *err)
{
    const int rows = quick ? 100000 : 1000000;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        printLine(err, QStringLiteral("bench calibrate: no temporary folder"));
        return RuntimeFailure;
    }
    const QString file = dir.filePath(QStringLiteral("pairs.csv"));
    {
        // Endpoints between 55° S and 70° N, RTT from the shipped model with log-normal noise (σ 0.25).
        std::mt19937_64 rng(20261207);
        std::uniform_real_distribution<double> lon(-180, 180), lat(-55, 70);
        std::normal_distribution<double> noise(0.0, 0.25);
        const RttModel model;
        QByteArray csv("src_lat,src_lon,dst_lat,dst_lon,rtt_ms,source\n");
        csv.reserve(rows * 64);
        for (int i = 0; i < rows; ++i) {
            const double a = lat(rng), b = lon(rng), c = lat(rng), d = lon(rng);
            const double rtt = model.rttMs(b, a, d, c) * std::exp(noise(rng));
            csv += QByteArray::number(a, 'f', 4) + ',' + QByteArray::number(b, 'f', 4) + ',' +
                   QByteArray::number(c, 'f', 4) + ',' + QByteArray::number(d, 'f', 4) + ',' +
                   QByteArray::number(rtt, 'f', 2) + ",bench\n";
        }
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size()) {
            printLine(err, QStringLiteral("bench calibrate: cannot write %1").arg(file));
            return RuntimeFailure;
        }
    }
    QElapsedTimer clock;
    clock.start();
    std::vector<RttSample> samples;
    QString error;
    if (!readRttSamplesCsv(file, samples, &error)) {
        printLine(err, error);
        return RuntimeFailure;
    }
    const double readS = clock.nsecsElapsed() / 1e9;
    clock.restart();
    const RttParams fitted = fitRttModel(samples, defaultRttParams());
    const double fitS = clock.nsecsElapsed() / 1e9;
    const RttErrorStats e = rttErrorStats(RttModel(fitted), samples);
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    printLine(out, QStringLiteral("calibrate_rows %1 rows").arg(samples.size()));
    printLine(out, QStringLiteral("calibrate_read %1 s").arg(readS, 0, 'f', 3));
    printLine(out, QStringLiteral("calibrate_fit %1 s").arg(fitS, 0, 'f', 3));
    printLine(out, QStringLiteral("calibrate_total %1 s").arg(readS + fitS, 0, 'f', 3));
    printLine(out, QStringLiteral("calibrate_fit_median_error %1 ").arg(e.medianAbsRelErr, 0, 'f', 3));
    printLine(out, QStringLiteral("calibrate_peak_rss %1 MB").arg(u.ru_maxrss / 1024.0, 0, 'f', 0));
    return Ok;
}

} // namespace ea::cli
