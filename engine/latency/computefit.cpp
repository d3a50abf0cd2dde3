// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/latency/computefit.h"

#include "engine/model/csvtable.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <set>

namespace ea {
namespace {

// Published names → catalogue ids. Llama 3.1 8B and 3.3 70B share Llama 3's shapes.
QString modelIdOf(const QString &name, const Scenario &c)
{
    static const std::array<std::pair<const char *, const char *>, 5> map{
        {{"Llama 3.1 8B", "llama-3-8b"},
         {"Llama 3.3 70B", "llama-3-70b"},
         {"Llama-3.3-70B", "llama-3-70b"},
         {"Llama 3.1 405B", "llama-3.1-405b"},
         {"Qwen3-8B", "qwen3-8b"}}};
    for (const auto &[published, id] : map)
        if (name.startsWith(QLatin1String(published)) && c.modelIndex(QLatin1String(id)) >= 0)
            return QLatin1String(id);
    return {};
}

QString gpuIdOf(const QString &name, const Scenario &c)
{
    QString id;
    if (name.contains(QLatin1String("RTX PRO 6000")))
        id = QStringLiteral("rtx-pro-6000");
    else if (name.contains(QLatin1String("GB200")))
        return {}; // a Grace-Blackwell superchip: not in the catalogue
    else if (name.contains(QLatin1String("B200")))
        id = QStringLiteral("b200");
    else if (name.contains(QLatin1String("H200")))
        id = QStringLiteral("h200");
    else if (name.contains(QLatin1String("H100")))
        id = QStringLiteral("h100-sxm");
    return c.gpuIndex(id) >= 0 ? id : QString();
}

// The family a sample belongs to for leave-one-model-out (the NIM build of Llama 3.3 70B is that model).
QString familyOf(const ServingSample &s)
{
    return s.model.isEmpty() ? s.modelName : s.model;
}

struct Prediction
{
    double saturation = 0, tpot = 0, ttft = 0, throughput = 0;
    bool ok = false;
};

Prediction predict(const ServingSample &s, const Scenario &c, const ServingFit &fit)
{
    Prediction p;
    const int g = c.gpuIndex(s.gpu), m = c.modelIndex(s.model);
    if (g < 0 || m < 0)
        return p;
    ComputeOptions o;
    o.kvPrecision = s.kvPrecision;
    o.tensorParallel = s.tensorParallel;
    const ComputeModel cm(c.gpus[g], c.models[m], s.precision, fit.computeEfficiency, fit.bandwidthEfficiency,
                          fit.serving, o);
    if (!cm.fits())
        return p;
    if (s.concurrency == 0) {
        const ComputePoint sat = cm.saturation(s.inputTokens, s.outputTokens);
        p.saturation = sat.tokensPerSecPerGpu * cm.gpusPerReplica();
    } else {
        const int b = std::min(s.concurrency, std::max(1, cm.maxBatch(s.inputTokens, s.outputTokens)));
        const ComputePoint at = cm.at(b, s.inputTokens, s.outputTokens);
        p.tpot = at.tpotMs;
        p.throughput = 1000.0 * b / at.stepMs;
        p.ttft = fit.serving.schedulingMs + at.prefillMs;
    }
    p.ok = true;
    return p;
}

void addErrors(const ServingSample &s, const Prediction &p, ServingErrors &e)
{
    const auto add = [&](ServingMetric m, double model, const std::optional<double> &published) {
        if (published && *published > 0)
            e[m].push_back(p.ok && model > 0 ? std::log(model / *published) : 3.0);
    };
    if (s.concurrency == 0) {
        add(ServingMetric::SaturationThroughput, p.saturation, s.throughputTokS);
    } else if (s.concurrency == 1) {
        add(ServingMetric::Tpot1, p.tpot, s.tpotMs);
        add(ServingMetric::Ttft1, p.ttft, s.ttftMs);
    } else {
        add(ServingMetric::TpotLoaded, p.tpot, s.tpotMs);
        add(ServingMetric::ThroughputLoaded, p.throughput, s.throughputTokS);
    }
}

// The parameters the fit moves, with their prior (mean, standard deviation) and bounds.
struct FreeParam
{
    double ServingFit::*top = nullptr;
    double ServingParams::*serving = nullptr;
    double prior, sigma, lo, hi;
};

const std::array<FreeParam, 9> &freeParams()
{
    // Priors: engine documentation and first principles, weak (the samples overrule them where they can).
    // KV share ~0.8 (TensorRT-LLM's kv_cache_free_gpu_mem_fraction 0.9, vLLM's gpu_memory_utilization 0.9,
    // less activations); a step costs ~0.5 ms of host work plus ~30 µs of launches per layer; an NVLink
    // all-reduce ~15 µs; HBM decode kernels reach ~80 % of peak bandwidth, GEMMs ~50 % of dense peak.
    static const std::array<FreeParam, 9> p{{
        {&ServingFit::bandwidthEfficiency, nullptr, 0.8, 0.1, 0.3, 1.0},
        {&ServingFit::computeEfficiency, nullptr, 0.5, 0.15, 0.2, 1.0},
        {nullptr, &ServingParams::stepOverheadMs, 0.5, 0.5, 0.0, 10.0},
        {nullptr, &ServingParams::layerOverheadMs, 0.03, 0.03, 0.0, 0.2},
        {nullptr, &ServingParams::allReduceLatencyMs, 0.015, 0.015, 0.0, 0.1},
        {nullptr, &ServingParams::kvMemoryShare, 0.8, 0.1, 0.3, 0.95},
        {nullptr, &ServingParams::schedulingMs, 8.0, 6.0, 0.0, 50.0},
        {nullptr, &ServingParams::kvOutputShare, 0.75, 0.25, 0.5, 1.0},
        {nullptr, nullptr, 0, 0, 0, 0}, // end marker (keeps the array size fixed when one is added)
    }};
    return p;
}

constexpr int kFree = 8;
constexpr double kPriorWeight = 0.01;
const std::array<double, 5> kMetricWeight{1.0, 1.0, 0.5, 0.5, 0.5}; // by ServingMetric

double &ref(ServingFit &f, const FreeParam &p)
{
    return p.top ? f.*(p.top) : f.serving.*(p.serving);
}

double value(const ServingFit &f, const FreeParam &p)
{
    return p.top ? f.*(p.top) : f.serving.*(p.serving);
}

ServingFit withVector(const ServingFit &base, const std::vector<double> &x)
{
    ServingFit f = base;
    for (int i = 0; i < kFree; ++i)
        ref(f, freeParams()[i]) = std::clamp(x[i], freeParams()[i].lo, freeParams()[i].hi);
    return f;
}

double objective(const std::vector<ServingSample> &samples, const Scenario &c, const ServingFit &f)
{
    const ServingErrors e = servingErrors(samples, c, f);
    double total = 0;
    for (const auto &[metric, errors] : e) {
        double sum = 0;
        for (double x : errors)
            sum += std::min(x * x, 1.0);
        total += kMetricWeight[static_cast<int>(metric)] * sum / double(errors.size());
    }
    for (int i = 0; i < kFree; ++i) {
        const FreeParam &p = freeParams()[i];
        const double z = (value(f, p) - p.prior) / p.sigma;
        total += kPriorWeight * z * z;
    }
    return total;
}

// Nelder–Mead (reflection 1, expansion 2, contraction ½, shrink ½) for a fixed number of iterations.
std::vector<double> nelderMead(const std::function<double(const std::vector<double> &)> &f,
                               std::vector<double> x0, const std::vector<double> &steps, int iterations)
{
    const int n = int(x0.size());
    std::vector<std::vector<double>> pts{x0};
    for (int i = 0; i < n; ++i) {
        pts.push_back(x0);
        pts.back()[i] += steps[i];
    }
    std::vector<double> val;
    for (const auto &p : pts)
        val.push_back(f(p));
    std::vector<int> order(n + 1);
    for (int it = 0; it < iterations; ++it) {
        for (int i = 0; i <= n; ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return val[a] < val[b]; });
        const int best = order[0], worst = order[n], second = order[n - 1];
        std::vector<double> centre(n, 0.0);
        for (int k = 0; k < n; ++k)
            for (int j = 0; j < n; ++j)
                centre[j] += pts[order[k]][j] / n;
        const auto along = [&](double t) {
            std::vector<double> x(n);
            for (int j = 0; j < n; ++j)
                x[j] = centre[j] + t * (pts[worst][j] - centre[j]);
            return x;
        };
        const std::vector<double> xr = along(-1.0);
        const double fr = f(xr);
        if (fr < val[best]) {
            const std::vector<double> xe = along(-2.0);
            const double fe = f(xe);
            pts[worst] = fe < fr ? xe : xr;
            val[worst] = std::min(fe, fr);
        } else if (fr < val[second]) {
            pts[worst] = xr;
            val[worst] = fr;
        } else {
            const std::vector<double> xc = along(0.5);
            const double fc = f(xc);
            if (fc < val[worst]) {
                pts[worst] = xc;
                val[worst] = fc;
            } else {
                for (int i = 0; i <= n; ++i) {
                    if (i == best)
                        continue;
                    for (int j = 0; j < n; ++j)
                        pts[i][j] = pts[best][j] + 0.5 * (pts[i][j] - pts[best][j]);
                    val[i] = f(pts[i]);
                }
            }
        }
    }
    const auto it = std::min_element(val.begin(), val.end());
    return pts[size_t(it - val.begin())];
}

} // namespace

QString servingMetricId(ServingMetric m)
{
    switch (m) {
    case ServingMetric::SaturationThroughput:
        return QStringLiteral("saturation");
    case ServingMetric::Tpot1:
        return QStringLiteral("tpot_c1");
    case ServingMetric::Ttft1:
        return QStringLiteral("ttft_c1");
    case ServingMetric::TpotLoaded:
        return QStringLiteral("tpot_loaded");
    case ServingMetric::ThroughputLoaded:
        return QStringLiteral("throughput_loaded");
    }
    return {};
}

double median(std::vector<double> v)
{
    if (v.empty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

double medianAbs(const std::vector<double> &logErrors)
{
    std::vector<double> a;
    a.reserve(logErrors.size());
    for (double x : logErrors)
        a.push_back(std::abs(x));
    return median(a);
}

bool readServingSamplesCsv(const QString &fileName, const Scenario &catalogue,
                           std::vector<ServingSample> &out, QString *error)
{
    const QString name = QFileInfo(fileName).fileName();
    CsvTable t;
    QString why;
    if (!CsvTable::read(fileName, t, &why)) {
        if (error)
            *error = name + QLatin1Char(':') + why;
        return false;
    }
    const QStringList required{
        QStringLiteral("model"),   QStringLiteral("gpu"),          QStringLiteral("precision"),
        QStringLiteral("batch"),   QStringLiteral("input_tokens"), QStringLiteral("output_tokens"),
        QStringLiteral("ttft_ms"), QStringLiteral("tpot_ms"),      QStringLiteral("throughput_tok_s"),
        QStringLiteral("source"),  QStringLiteral("notes")};
    std::map<QString, int> col;
    for (const QString &c : required) {
        col[c] = t.column(c);
        if (col[c] < 0) {
            if (error)
                *error = QStringLiteral("%1:1: missing column %2").arg(name, c);
            return false;
        }
    }
    static const QRegularExpression tpRe(QStringLiteral("TP(\\d+)")), ppRe(QStringLiteral("PP(\\d+)")),
        countRe(QStringLiteral("^(\\d+)\\s*x")), itlRe(QStringLiteral("ITL median ([0-9.]+)"));
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const QStringList &f = t.rows[r];
        const auto fail = [&](const QString &column, const QString &reason) {
            if (error)
                *error = QStringLiteral("%1:%2: %3: %4").arg(name).arg(t.lines[r]).arg(column, reason);
            return false;
        };
        const auto field = [&](const QString &c) { return f.at(col[c]).trimmed(); };
        ServingSample s;
        s.modelName = field(QStringLiteral("model"));
        s.gpuName = field(QStringLiteral("gpu"));
        s.source = field(QStringLiteral("source"));
        const auto precision = precisionFromId(field(QStringLiteral("precision")).toLower());
        if (!precision)
            return fail(QStringLiteral("precision"),
                        QStringLiteral("unknown precision \"%1\"").arg(field(QStringLiteral("precision"))));
        s.precision = *precision;
        bool ok = false;
        s.inputTokens = field(QStringLiteral("input_tokens")).toInt(&ok);
        if (!ok || s.inputTokens < 1)
            return fail(QStringLiteral("input_tokens"), QStringLiteral("expected an integer >= 1"));
        s.outputTokens = field(QStringLiteral("output_tokens")).toInt(&ok);
        if (!ok || s.outputTokens < 1)
            return fail(QStringLiteral("output_tokens"), QStringLiteral("expected an integer >= 1"));
        const QString batch = field(QStringLiteral("batch"));
        if (batch.startsWith(QLatin1String("max"))) {
            s.concurrency = 0;
        } else {
            s.concurrency = batch.section(QLatin1Char(' '), -1).toInt(&ok);
            if (!ok || s.concurrency < 1)
                return fail(QStringLiteral("batch"),
                            QStringLiteral("expected \"max …\" or \"concurrency N\""));
        }
        for (const char *c : {"ttft_ms", "tpot_ms", "throughput_tok_s"}) {
            const QString v = field(QLatin1String(c));
            if (v.isEmpty())
                continue;
            const double x = v.toDouble(&ok);
            if (!ok || !std::isfinite(x) || !(x > 0))
                return fail(QLatin1String(c), QStringLiteral("expected a number > 0 (got \"%1\")").arg(v));
            (c[1] == 't' ? s.ttftMs : c[1] == 'p' ? s.tpotMs : s.throughputTokS) = x;
        }
        if (const auto m = itlRe.match(field(QStringLiteral("notes"))); m.hasMatch())
            s.tpotMs = m.captured(1).toDouble(); // the median where the row's own figure is a P95
        if (const auto m = tpRe.match(s.gpuName); m.hasMatch())
            s.tensorParallel = m.captured(1).toInt();
        else if (const auto m = countRe.match(s.gpuName); m.hasMatch())
            s.tensorParallel = m.captured(1).toInt();
        if (const auto m = ppRe.match(s.gpuName); m.hasMatch())
            s.pipelineParallel = m.captured(1).toInt();
        if (s.source.contains(QLatin1String("silybench")))
            s.kvPrecision = Precision::BF16; // served by a pinned vLLM with kv_cache_dtype auto
        s.model = modelIdOf(s.modelName, catalogue);
        s.gpu = gpuIdOf(s.gpuName, catalogue);
        out.push_back(std::move(s));
    }
    return true;
}

bool servingSampleUsable(const ServingSample &s)
{
    return !s.model.isEmpty() && !s.gpu.isEmpty() && s.pipelineParallel == 1 && s.concurrency <= 128;
}

ServingErrors servingErrors(const std::vector<ServingSample> &samples, const Scenario &catalogue,
                            const ServingFit &fit)
{
    ServingErrors e;
    for (const ServingSample &s : samples)
        if (servingSampleUsable(s))
            addErrors(s, predict(s, catalogue, fit), e);
    return e;
}

ServingFit fitServingParams(const std::vector<ServingSample> &samples, const Scenario &catalogue,
                            const ServingFit &start)
{
    std::vector<ServingSample> usable;
    for (const ServingSample &s : samples)
        if (servingSampleUsable(s))
            usable.push_back(s);
    std::vector<double> x(kFree), steps(kFree);
    ServingFit s0 = start;
    for (int i = 0; i < kFree; ++i) {
        x[i] = ref(s0, freeParams()[i]);
        steps[i] = 0.1 * std::max(std::abs(x[i]), 0.01);
    }
    const auto f = [&](const std::vector<double> &v) {
        return objective(usable, catalogue, withVector(start, v));
    };
    x = nelderMead(f, x, steps, 600);
    for (double &s : steps)
        s *= 0.3;
    x = nelderMead(f, x, steps, 600);
    ServingFit result = withVector(start, x);
    result.objective = f(x);
    return result;
}

ServingFit servingFitPrior()
{
    ServingFit f;
    f.serving = ServingParams{};
    f.serving.kvMemoryShare = 0.8;
    f.serving.kvOutputShare = 0.75;
    f.serving.stepOverheadMs = 0.5;
    f.serving.layerOverheadMs = 0.03;
    f.serving.allReduceLatencyMs = 0.015;
    f.serving.schedulingMs = 8.0;
    f.serving.maxBatch = 2048;
    f.computeEfficiency = 0.5;
    f.bandwidthEfficiency = 0.8;
    return f;
}

std::map<QString, ServingErrors> leaveOneModelOutByFamily(const std::vector<ServingSample> &samples,
                                                          const Scenario &catalogue, const ServingFit &start)
{
    std::set<QString> families;
    for (const ServingSample &s : samples)
        if (servingSampleUsable(s))
            families.insert(familyOf(s));
    std::map<QString, ServingErrors> out;
    for (const QString &family : families) {
        std::vector<ServingSample> train, test;
        for (const ServingSample &s : samples)
            (familyOf(s) == family ? test : train).push_back(s);
        const ServingFit fit = fitServingParams(train, catalogue, start);
        out[family] = servingErrors(test, catalogue, fit);
    }
    return out;
}

ServingErrors leaveOneModelOut(const std::vector<ServingSample> &samples, const Scenario &catalogue,
                               const ServingFit &start)
{
    ServingErrors all;
    for (const auto &[family, errors] : leaveOneModelOutByFamily(samples, catalogue, start))
        for (const auto &[metric, e] : errors)
            all[metric].insert(all[metric].end(), e.begin(), e.end());
    return all;
}

QString describeServingErrors(const ServingErrors &e)
{
    QStringList parts;
    for (const auto &[metric, errors] : e) {
        parts << QStringLiteral("%1: n=%2 median |log| %3 (bias %4)")
                     .arg(servingMetricId(metric))
                     .arg(errors.size())
                     .arg(medianAbs(errors), 0, 'f', 3)
                     .arg(median(errors), 0, 'f', 3);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace ea
