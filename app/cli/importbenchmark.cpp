// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas import benchmark: a serving benchmark's result files (vLLM, GenAI-Perf/AIPerf, trtllm-bench) as
// the measured compute profile of a GPU type, written into a copy of the scenario.
#include "app/cli/cli.h"
#include "app/cli/options.h"
#include "engine/export/exportfile.h"
#include "engine/export/servingbenchmark.h"
#include "engine/model/scenariojson.h"

#include <QDate>

namespace ea::cli {

namespace {
const char *kUsage =
    "usage: edgeatlas import benchmark SCENARIO FILE... --gpu G --model M [--precision P] -o OUT.json";
}

int importBenchmark(const QStringList &args, FILE *out, FILE *err)
{
    // -o / --output is taken out first (Options knows only --name options).
    QStringList rest;
    QString output;
    bool hasOutput = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("-o") || args[i] == QLatin1String("--output")) {
            if (i + 1 >= args.size()) {
                printLine(err, QStringLiteral("%1: needs a file name").arg(args[i]));
                printLine(err, QString::fromLatin1(kUsage));
                return BadInput;
            }
            output = args[++i];
            hasOutput = true;
        } else if (args[i].startsWith(QLatin1String("--output="))) {
            output = args[i].mid(9);
            hasOutput = true;
        } else {
            rest << args[i];
        }
    }
    Options o(rest, {QStringLiteral("gpu"), QStringLiteral("model"), QStringLiteral("precision")}, {});
    QString problem;
    if (!o.ok())
        problem = o.error();
    else if (o.positional().size() < 3) // "benchmark" SCENARIO FILE...
        problem = QStringLiteral("import benchmark: needs SCENARIO and at least one result file");
    else if (!o.has(QStringLiteral("gpu")) || !o.has(QStringLiteral("model")))
        problem = QStringLiteral("import benchmark: --gpu and --model are required (ids of the scenario's "
                                 "catalogues; `edgeatlas compute --list` prints them)");
    else if (!hasOutput || output.isEmpty())
        problem =
            QStringLiteral("import benchmark: -o OUT.json is required (the input is never changed in place "
                           "unless OUT names it)");
    std::optional<Precision> precision;
    if (problem.isEmpty() && o.has(QStringLiteral("precision"))) {
        precision = precisionFromId(o.value(QStringLiteral("precision")));
        if (!precision)
            problem = QStringLiteral("--precision: expected fp32, fp16, bf16, fp8 or fp4 (got \"%1\")")
                          .arg(o.value(QStringLiteral("precision")));
    }
    if (!problem.isEmpty()) {
        printLine(err, problem);
        printLine(err, QString::fromLatin1(kUsage));
        return BadInput;
    }
    const auto base = loadScenarioOrReport(o.positional().at(1), err);
    if (!base)
        return BadInput;
    std::vector<BenchmarkInput> files;
    bool readOk = true;
    for (qsizetype i = 2; i < o.positional().size(); ++i) {
        BenchmarkInput in{o.positional().at(i), {}};
        QString error;
        if (!readInputFile(in.fileName, &in.data, &error)) {
            printLine(err, in.fileName + QStringLiteral(": ") + error);
            readOk = false;
        }
        files.push_back(std::move(in));
    }
    if (!readOk)
        return BadInput;
    const ServingBenchmarkImport r =
        importServingBenchmark(*base, files, o.value(QStringLiteral("gpu")), o.value(QStringLiteral("model")),
                               precision, QDate::currentDate().toString(Qt::ISODate));
    for (const QString &e : r.errors)
        printLine(err, e);
    if (!r.scenario)
        return BadInput;
    if (output != QLatin1String("-")) {
        QString error;
        if (!writeFileAtomically(output, scenarioToJson(*r.scenario), &error)) {
            printLine(err, error);
            return RuntimeFailure;
        }
    } else {
        print(out, QString::fromUtf8(scenarioToJson(*r.scenario)));
    }
    // What was imported and how the planner now reproduces each run; never mixed into data on stdout.
    FILE *info = output == QLatin1String("-") ? err : out;
    const MeasuredProfile &p = *r.profile.profile;
    printLine(info,
              QStringLiteral("profile %1 / %2 / %3 (%4 GPU(s) per replica): prefill %5 tokens/s, decode step "
                             "%6 ms + %7 ms per extra sequence, scheduling %8 ms; %9")
                  .arg(p.gpu, p.model, precisionId(p.precision))
                  .arg(r.profile.gpusPerReplica)
                  .arg(p.profile.prefillTokensPerSec, 0, 'f', 0)
                  .arg(p.profile.decodeStepMsAtBatch1, 0, 'f', 3)
                  .arg(p.profile.decodeStepMsPerExtraSeq, 0, 'f', 4)
                  .arg(p.profile.schedulingMs.value_or(0), 0, 'f', 2)
                  .arg(p.source));
    for (const BenchmarkProfile::Check &c : r.profile.checks) {
        const auto pair = [](const char *what, double measured, double model) {
            return measured > 0 ? QStringLiteral(" %1 %2 -> %3")
                                      .arg(QLatin1String(what))
                                      .arg(measured, 0, 'f', 2)
                                      .arg(model, 0, 'f', 2)
                                : QString();
        };
        printLine(info, QStringLiteral("  %1: measured -> planner:%2%3%4")
                            .arg(c.run, pair("TTFT ms", c.measuredTtftMs, c.modelTtftMs),
                                 pair("TPOT ms", c.measuredTpotMs, c.modelTpotMs),
                                 pair("tokens/s", c.measuredTokensPerSec, c.modelTokensPerSec)));
    }
    return Ok;
}

} // namespace ea::cli
