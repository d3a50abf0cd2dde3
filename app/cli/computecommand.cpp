// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas compute: the serving-engine compute model alone, for comparison with published serving
// benchmarks.
#include "app/cli/cli.h"
#include "app/cli/options.h"
#include "engine/latency/computefit.h"
#include "engine/latency/computemodel.h"
#include "engine/model/units.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ea::cli {

namespace {

QJsonObject pointJson(const ComputePoint &c)
{
    return QJsonObject{{QStringLiteral("batch"), c.batch},
                       {QStringLiteral("prefillMs"), c.prefillMs},
                       {QStringLiteral("decodeStepMs"), c.stepMs},
                       {QStringLiteral("ttftMs"), c.ttftMs},
                       {QStringLiteral("tpotMs"), c.tpotMs},
                       {QStringLiteral("e2eMs"), c.e2eMs},
                       {QStringLiteral("requestsPerSec"), c.requestsPerSec},
                       {QStringLiteral("tokensPerSecPerGpu"), c.tokensPerSecPerGpu},
                       {QStringLiteral("decodeBound"),
                        c.decodeMemoryBound ? QStringLiteral("memory") : QStringLiteral("compute")}};
}

QString pointText(const QString &label, const ComputePoint &c)
{
    return QStringLiteral(
               "%1 (batch %2)\n  prefill      %3\n  TTFT         %4\n  TPOT         %5\n"
               "  decode step  %6 (%7-bound)\n  E2E          %8\n  throughput   %9 output tok/s per GPU, "
               "%10 req/s per replica\n")
        .arg(label)
        .arg(c.batch)
        .arg(units::ms(c.prefillMs), units::ms(c.ttftMs), units::ms(c.tpotMs), units::ms(c.stepMs),
             c.decodeMemoryBound ? QStringLiteral("memory") : QStringLiteral("compute"), units::ms(c.e2eMs))
        .arg(c.tokensPerSecPerGpu, 0, 'f', 0)
        .arg(c.requestsPerSec, 0, 'f', 2);
}

QString errorLine(const QString &family, ServingMetric metric, const std::vector<double> &logErrors)
{
    const double abs = medianAbs(logErrors), bias = median(logErrors);
    return QStringLiteral("%1 %2 %3 %4 %5 %6\n")
        .arg(family, -22)
        .arg(servingMetricId(metric), -17)
        .arg(logErrors.size(), 4)
        .arg(abs, 9, 'f', 3)
        .arg(100 * std::expm1(abs), 9, 'f', 1)
        .arg(100 * std::expm1(bias), 9, 'f', 1);
}

// compute --validate SERVING.csv: leave-one-model-out errors of the serving model on published results, every
// fit started from the documented defaults (servingFitPrior), never from the shipped parameters.
int validate(const Scenario &catalogue, const QString &file, FILE *out, FILE *err)
{
    std::vector<ServingSample> samples;
    QString error;
    if (!readServingSamplesCsv(file, catalogue, samples, &error)) {
        printLine(err, error);
        return BadInput;
    }
    const std::map<QString, ServingErrors> byFamily =
        leaveOneModelOutByFamily(samples, catalogue, servingFitPrior());
    if (byFamily.size() < 2) {
        printLine(err,
                  QStringLiteral("%1: results of %2 model famil%3 the catalogue knows; leave-one-model-out "
                                 "needs at least 2")
                      .arg(file)
                      .arg(byFamily.size())
                      .arg(byFamily.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies")));
        return BadInput;
    }
    int usable = 0;
    for (const ServingSample &s : samples)
        usable += servingSampleUsable(s) ? 1 : 0;
    QString text =
        QStringLiteral("leave-one-model-out: %1 usable published results (of %2) of %3 model families; "
                       "each family predicted by a fit without it\n")
            .arg(usable)
            .arg(samples.size())
            .arg(byFamily.size());
    text += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                .arg(QStringLiteral("family"), -22)
                .arg(QStringLiteral("metric"), -17)
                .arg(QStringLiteral("n"), 4)
                .arg(QStringLiteral("med|log|"), 9)
                .arg(QStringLiteral("error %"), 9)
                .arg(QStringLiteral("bias %"), 9);
    ServingErrors all;
    for (const auto &[family, errors] : byFamily) {
        for (const auto &[metric, e] : errors) {
            if (e.empty())
                continue;
            text += errorLine(family, metric, e);
            all[metric].insert(all[metric].end(), e.begin(), e.end());
        }
    }
    for (const auto &[metric, e] : all)
        if (!e.empty())
            text += errorLine(QStringLiteral("all"), metric, e);
    text += QStringLiteral("error %: exp(median |log(model/published)|) - 1; bias %: exp(median log) - 1 "
                           "(negative: the model is low)\n");
    print(out, text);
    return Ok;
}

} // namespace

int compute(const QStringList &args, FILE *out, FILE *err)
{
    Options o(args,
              {QStringLiteral("gpu"), QStringLiteral("model"), QStringLiteral("precision"),
               QStringLiteral("in"), QStringLiteral("out"), QStringLiteral("batch"), QStringLiteral("format"),
               QStringLiteral("scenario"), QStringLiteral("tier"), QStringLiteral("tp"),
               QStringLiteral("kv-precision"), QStringLiteral("validate")},
              {QStringLiteral("list")});
    const int in = o.intValue(QStringLiteral("in"), 1024);
    const int outTokens = o.intValue(QStringLiteral("out"), 256);
    const int batch = o.intValue(QStringLiteral("batch"), 1);
    if (!o.ok() || !o.positional().isEmpty()) {
        printLine(err, o.ok() ? QStringLiteral("compute: unexpected argument %1").arg(o.positional().front())
                              : o.error());
        return BadInput;
    }
    const auto s = loadScenarioOrReport(o.value(QStringLiteral("scenario")), err);
    if (!s)
        return BadInput;
    if (o.has(QStringLiteral("validate"))) {
        for (const char *other : {"gpu", "model", "precision", "in", "out", "batch", "format", "tier", "tp",
                                  "kv-precision", "list"}) {
            if (o.has(QLatin1String(other))) {
                printLine(err, QStringLiteral("--validate: --%1 does not apply (usage: edgeatlas compute "
                                              "--validate SERVING.csv [--scenario S])")
                                   .arg(QLatin1String(other)));
                return BadInput;
            }
        }
        return validate(*s, o.value(QStringLiteral("validate")), out, err);
    }
    if (o.has(QStringLiteral("list"))) {
        QString text = QStringLiteral("GPUs:\n");
        for (const GpuType &g : s->gpus)
            text += QStringLiteral("  %1  %2, %3 GB, %4 GB/s, $%5/h\n")
                        .arg(g.id.leftJustified(14), g.name)
                        .arg(g.memoryGB)
                        .arg(g.bandwidthGBps)
                        .arg(g.priceUsdPerHour);
        text += QStringLiteral("models:\n");
        for (const ModelSpec &m : s->models)
            text += QStringLiteral("  %1  %2, %3 B parameters\n")
                        .arg(m.id.leftJustified(14), m.name)
                        .arg(m.paramsB);
        print(out, text);
        return Ok;
    }
    const int g = s->gpuIndex(o.value(QStringLiteral("gpu")));
    const int m = s->modelIndex(o.value(QStringLiteral("model")));
    if (g < 0 || m < 0) {
        printLine(
            err,
            g < 0
                ? QStringLiteral("--gpu: unknown GPU \"%1\" (see --list)").arg(o.value(QStringLiteral("gpu")))
                : QStringLiteral("--model: unknown model \"%1\" (see --list)")
                      .arg(o.value(QStringLiteral("model"))));
        return BadInput;
    }
    const auto precision = precisionFromId(o.value(QStringLiteral("precision"), QStringLiteral("bf16")));
    const auto tier = tierFromId(o.value(QStringLiteral("tier"), QStringLiteral("regional")));
    if (!precision || !tier) {
        printLine(err, !precision ? QStringLiteral("--precision: expected fp32, fp16, bf16, fp8 or fp4")
                                  : QStringLiteral("--tier: expected edge, regional, central or onprem"));
        return BadInput;
    }
    ComputeOptions options;
    if (o.has(QStringLiteral("kv-precision"))) {
        options.kvPrecision = precisionFromId(o.value(QStringLiteral("kv-precision")));
        if (!options.kvPrecision || *options.kvPrecision == Precision::FP4) {
            printLine(err, QStringLiteral("--kv-precision: expected fp32, fp16, bf16 or fp8"));
            return BadInput;
        }
    }
    if (o.has(QStringLiteral("tp"))) {
        options.tensorParallel = o.intValue(QStringLiteral("tp"), 0);
        if (options.tensorParallel < 1 || options.tensorParallel > 64) {
            printLine(err, QStringLiteral("--tp: expected an integer in [1, 64] (GPUs per replica)"));
            return BadInput;
        }
    }
    const TierSettings &ts = s->tier(*tier);
    ComputeModel cm(s->gpus[g], s->models[m], *precision, ts.computeEfficiency, ts.bandwidthEfficiency,
                    defaultServingParams(), options);
    // A profile measured by a benchmark trial replaces the roofline, as in the planner.
    if (const MeasuredProfile *mp = s->measuredProfile(s->gpus[g].id, s->models[m].id, *precision))
        cm.setProfile(mp->profile);
    if (!cm.fits()) {
        printLine(err, QStringLiteral("%1 in %2 does not fit on %3 × %4")
                           .arg(s->models[m].name, precisionId(*precision),
                                options.tensorParallel > 0 ? QString::number(options.tensorParallel)
                                                           : QStringLiteral("up to 8"),
                                s->gpus[g].name));
        return BadInput;
    }
    const ComputePoint at = cm.at(batch, in, outTokens);
    const ComputePoint sat = cm.saturation(in, outTokens);
    if (o.value(QStringLiteral("format"), QStringLiteral("table")) == QLatin1String("json")) {
        const QJsonObject j{{QStringLiteral("gpu"), s->gpus[g].id},
                            {QStringLiteral("model"), s->models[m].id},
                            {QStringLiteral("precision"), precisionId(*precision)},
                            {QStringLiteral("inputTokens"), in},
                            {QStringLiteral("outputTokens"), outTokens},
                            {QStringLiteral("gpusPerReplica"), cm.gpusPerReplica()},
                            {QStringLiteral("weightGB"), cm.weightBytes() / 1e9},
                            {QStringLiteral("kvBytesPerToken"), cm.kvBytesPerToken()},
                            {QStringLiteral("kvPrecision"), precisionId(cm.kvPrecision())},
                            {QStringLiteral("kvCacheGB"), cm.kvCacheBytes() / 1e9},
                            {QStringLiteral("servingParams"), defaultServingParams().note},
                            {QStringLiteral("computeEfficiency"), ts.computeEfficiency},
                            {QStringLiteral("bandwidthEfficiency"), ts.bandwidthEfficiency},
                            {QStringLiteral("atBatch"), pointJson(at)},
                            {QStringLiteral("saturation"), pointJson(sat)}};
        print(out, QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    QString text =
        QStringLiteral("%1 %2 on %3 (%4 GPU%5 per replica, weights %6 GB, KV %7 kB/token in %13, KV cache "
                       "%14 GB; efficiency %8 compute, %9 bandwidth, tier %10)\ninput %11 tokens, output %12 "
                       "tokens\n")
            .arg(s->models[m].name, precisionId(*precision), s->gpus[g].name)
            .arg(cm.gpusPerReplica())
            .arg(cm.gpusPerReplica() > 1 ? QStringLiteral("s") : QString())
            .arg(cm.weightBytes() / 1e9, 0, 'f', 2)
            .arg(cm.kvBytesPerToken() / 1e3, 0, 'f', 1)
            .arg(ts.computeEfficiency)
            .arg(ts.bandwidthEfficiency)
            .arg(tierId(*tier))
            .arg(in)
            .arg(outTokens)
            .arg(precisionId(cm.kvPrecision()))
            .arg(cm.kvCacheBytes() / 1e9, 0, 'f', 1);
    text += pointText(QStringLiteral("at the requested batch"), at);
    text += pointText(
        QStringLiteral("at saturation (every request queued: KV cache or the engine's batch cap full)"), sat);
    print(out, text);
    return Ok;
}

} // namespace ea::cli
