// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the result files of vLLM's, NVIDIA's and TensorRT-LLM's serving benchmarks (formats as their
// documentation and their public example outputs define them; see servingbenchmark.h).
#include "engine/export/servingbenchmark.h"

#include "engine/model/scenariojson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

namespace ea {

namespace {

QString quoted(const QJsonValue &v)
{
    if (v.isString())
        return QLatin1Char('"') + v.toString().left(40) + QLatin1Char('"');
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isArray())
        return QStringLiteral("an array");
    if (v.isObject())
        return QStringLiteral("an object");
    return QString::number(v.toDouble(), 'g', 10);
}

/** Python's json writes NaN and ±Infinity, which JSON does not know; they mean "not measured" here. */
QByteArray withoutPythonNumbers(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    bool inString = false;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < in.size())
                out += in[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            continue;
        }
        for (const char *word : {"-Infinity", "Infinity", "NaN"}) {
            const qsizetype n = qsizetype(std::strlen(word));
            if (in.mid(i, n) == word) {
                out += "null";
                i += n - 1;
                goto next;
            }
        }
        out += c;
    next:;
    }
    return out;
}

/** Splits concatenated top-level JSON objects (vLLM --append-result writes one a line). */
std::vector<std::pair<QByteArray, int>> topLevelObjects(const QByteArray &text, QString *error)
{
    std::vector<std::pair<QByteArray, int>> out; // object, line it starts on
    int depth = 0, line = 1, startLine = 1;
    qsizetype start = -1;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n')
            ++line;
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (depth++ == 0) {
                start = i;
                startLine = line;
            }
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                out.emplace_back(text.mid(start, i - start + 1), startLine);
            } else if (depth < 0) {
                *error = QStringLiteral("line %1: unbalanced '%2'").arg(line).arg(QLatin1Char(c));
                return {};
            }
        } else if (depth == 0 && !std::isspace(static_cast<unsigned char>(c)) && c != ',') {
            *error = QStringLiteral("line %1: unexpected text outside a JSON object").arg(line);
            return {};
        }
    }
    if (depth != 0)
        *error = QStringLiteral("line %1: the JSON ends inside an object").arg(line);
    return out;
}

/** Collects "<path>: <reason>" problems while reading numbers and strings of one JSON object. */
struct Reader
{
    QStringList *errors;
    QString base; // "$" or "record 2: $"

    QString path(const QString &key) const { return base + QLatin1Char('.') + key; }

    /** A number (or a numeric string); nullopt and no error when absent or null and !required. */
    std::optional<double> number(const QJsonObject &o, const QString &key, const QString &p, bool required,
                                 double min, bool inclusive = false) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                *errors << p + QStringLiteral(": missing");
            return std::nullopt;
        }
        bool ok = v.isDouble();
        double x = v.toDouble();
        if (v.isString())
            x = v.toString().toDouble(&ok);
        if (!ok || !std::isfinite(x) || (inclusive ? x < min : x <= min)) {
            *errors << p + QStringLiteral(": must be a number %1 %2 (got %3)")
                               .arg(inclusive ? QStringLiteral(">=") : QStringLiteral(">"))
                               .arg(min)
                               .arg(quoted(v));
            return std::nullopt;
        }
        return x;
    }
    std::optional<double> number(const QJsonObject &o, const char *key, bool required, double min,
                                 bool inclusive = false) const
    {
        const QString k = QString::fromLatin1(key);
        return number(o, k, path(k), required, min, inclusive);
    }
};

QString vllmDate(const QString &s)
{
    // "20250118-010113"
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})-\\d{6}$"));
    const auto m = re.match(s);
    return m.hasMatch() ? QStringLiteral("%1-%2-%3").arg(m.captured(1), m.captured(2), m.captured(3))
                        : QString();
}

double littlesLaw(double requestsPerSec, double latencyMs)
{
    return requestsPerSec > 0 && latencyMs > 0 ? requestsPerSec * latencyMs / 1000.0 : 0.0;
}

void readVllm(const QJsonObject &o, const Reader &r, std::vector<BenchmarkRun> &runs)
{
    const qsizetype before = r.errors->size();
    BenchmarkRun run;
    run.tool = BenchmarkTool::Vllm;
    run.modelName = o.value(QLatin1String("model_id")).toString();
    run.date = vllmDate(o.value(QLatin1String("date")).toString());
    const auto completed = r.number(o, "completed", true, 0);
    const auto in = r.number(o, "total_input_tokens", true, 0);
    const auto out = r.number(o, "total_output_tokens", true, 0);
    const auto rps = r.number(o, "request_throughput", true, 0);
    const auto tps = r.number(o, "output_throughput", true, 0);
    const auto ttft = r.number(o, "mean_ttft_ms", false, 0);
    const auto tpot = r.number(o, "mean_tpot_ms", false, 0);
    const auto e2el = r.number(o, "mean_e2el_ms", false, 0);
    const auto cap = r.number(o, "max_concurrency", false, 0);
    std::optional<double> rate;
    const QJsonValue rv = o.value(QLatin1String("request_rate"));
    if (!(rv.isString() && rv.toString() == QLatin1String("inf")) && !rv.isUndefined() && !rv.isNull())
        rate = r.number(o, "request_rate", false, 0);
    if (r.errors->size() != before)
        return;
    run.requests = int(*completed);
    run.inputTokens = *in / *completed;
    run.outputTokens = *out / *completed;
    run.requestsPerSec = *rps;
    run.outputTokensPerSec = *tps;
    run.ttftMs = ttft.value_or(0);
    run.tpotMs = tpot.value_or(0);
    run.requestLatencyMs =
        e2el ? *e2el : (ttft && tpot ? *ttft + std::max(0.0, run.outputTokens - 1) * *tpot : 0.0);
    const double little = littlesLaw(run.requestsPerSec, run.requestLatencyMs);
    if (cap) {
        run.concurrency = rate && little > 0 ? std::min(*cap, little) : *cap;
        run.concurrencyStated = !rate;
    } else if (rate) {
        run.concurrency = little;
        if (little <= 0)
            *r.errors << r.path(QStringLiteral("mean_e2el_ms")) +
                             QStringLiteral(": missing (needed for the load when max_concurrency is null)");
    } else {
        run.offline = true; // every request at once, no cap
        run.concurrency = little;
    }
    if (r.errors->size() == before)
        runs.push_back(run);
}

/** A metric block {"unit": …, "avg": …} in ms (times), or as is (counts, rates). */
std::optional<double> metricAvg(const QJsonObject &o, const QStringList &keys, const Reader &r, bool required,
                                bool isTime)
{
    QString key;
    for (const QString &k : keys)
        if (o.contains(k)) {
            key = k;
            break;
        }
    if (key.isEmpty()) {
        if (required)
            *r.errors << r.path(keys.front()) + QStringLiteral(": missing");
        return std::nullopt;
    }
    const QJsonValue v = o.value(key);
    if (!v.isObject()) {
        *r.errors << r.path(key) +
                         QStringLiteral(": must be an object with unit and avg (got %1)").arg(quoted(v));
        return std::nullopt;
    }
    const QJsonObject m = v.toObject();
    auto avg = r.number(m, QStringLiteral("avg"), r.path(key) + QStringLiteral(".avg"), required, 0, !isTime);
    if (!avg)
        return std::nullopt;
    if (isTime) {
        const QString unit = m.value(QLatin1String("unit")).toString();
        const double scale = unit == QLatin1String("ms")   ? 1.0
                             : unit == QLatin1String("ns") ? 1e-6
                             : unit == QLatin1String("us") ? 1e-3
                             : unit == QLatin1String("s")  ? 1e3
                                                           : 0.0;
        if (scale == 0) {
            *r.errors << r.path(key) + QStringLiteral(".unit: must be ns, us, ms or s (got %1)")
                                           .arg(quoted(m.value(QLatin1String("unit"))));
            return std::nullopt;
        }
        *avg *= scale;
    }
    return avg;
}

void readPerfExport(const QJsonObject &o, const Reader &r, std::vector<BenchmarkRun> &runs)
{
    const qsizetype before = r.errors->size();
    BenchmarkRun run;
    const bool aiperf =
        o.contains(QLatin1String("aiperf_version")) || o.contains(QLatin1String("schema_version"));
    run.tool = aiperf ? BenchmarkTool::AiPerf : BenchmarkTool::GenAiPerf;
    const auto ttft = metricAvg(o, {QStringLiteral("time_to_first_token")}, r, false, true);
    const auto itl = metricAvg(o, {QStringLiteral("inter_token_latency")}, r, false, true);
    const auto latency = metricAvg(o, {QStringLiteral("request_latency")}, r, true, true);
    const auto rps = metricAvg(o, {QStringLiteral("request_throughput")}, r, true, false);
    const auto tps = metricAvg(o, {QStringLiteral("output_token_throughput")}, r, true, false);
    const auto osl = metricAvg(
        o, {QStringLiteral("output_sequence_length"), QStringLiteral("num_output_token")}, r, true, false);
    const auto isl = metricAvg(
        o, {QStringLiteral("input_sequence_length"), QStringLiteral("num_input_token")}, r, true, false);
    const auto count = metricAvg(o, {QStringLiteral("request_count")}, r, false, false);
    // The load: GenAI-Perf input_config.concurrency / request_rate, AIPerf input_config.loadgen.*.
    const QJsonObject config = o.value(QLatin1String("input_config")).toObject();
    const QJsonObject loadgen = config.value(QLatin1String("loadgen")).toObject();
    const QJsonObject &load = config.contains(QLatin1String("loadgen")) ? loadgen : config;
    const QString loadPath =
        r.base + (config.contains(QLatin1String("loadgen")) ? QStringLiteral(".input_config.loadgen")
                                                            : QStringLiteral(".input_config"));
    const auto concurrency =
        r.number(load, QStringLiteral("concurrency"), loadPath + QStringLiteral(".concurrency"), false, 0);
    const auto rate =
        r.number(load, QStringLiteral("request_rate"), loadPath + QStringLiteral(".request_rate"), false, 0);
    if (r.errors->size() != before)
        return;
    const QJsonValue models = config.value(QLatin1String("model"));
    const QJsonValue names =
        config.value(QLatin1String("endpoint")).toObject().value(QLatin1String("model_names"));
    run.modelName = models.isArray()    ? models.toArray().first().toString()
                    : models.isString() ? models.toString()
                                        : names.toArray().first().toString();
    const QString start = o.value(QLatin1String("start_time")).toString();
    run.date = start.left(10);
    run.inputTokens = *isl;
    run.outputTokens = *osl;
    run.requestsPerSec = *rps;
    run.outputTokensPerSec = *tps;
    run.ttftMs = ttft.value_or(0);
    run.tpotMs = itl.value_or(0);
    run.requestLatencyMs = *latency;
    run.requests = count ? int(*count) : 0;
    const double little = littlesLaw(run.requestsPerSec, run.requestLatencyMs);
    if (concurrency && !rate) {
        run.concurrency = *concurrency;
        run.concurrencyStated = true;
    } else {
        run.concurrency = concurrency ? std::min(*concurrency, little) : little;
    }
    if (!(run.inputTokens > 0) || !(run.outputTokens > 0))
        *r.errors << r.path(QStringLiteral("input_sequence_length")) +
                         QStringLiteral(": the mean input and output lengths must be > 0");
    else
        runs.push_back(run);
}

void readJson(const QByteArray &data, BenchmarkFile &file)
{
    QString error;
    const auto objects = topLevelObjects(withoutPythonNumbers(data), &error);
    if (!error.isEmpty()) {
        file.errors << error;
        return;
    }
    for (size_t i = 0; i < objects.size(); ++i) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(objects[i].first, &pe);
        const QString where = objects.size() > 1 ? QStringLiteral("record %1").arg(i + 1) : QString();
        const QString at = where.isEmpty() ? QString() : where + QStringLiteral(": ");
        if (pe.error != QJsonParseError::NoError) {
            file.errors << QStringLiteral("line %1: not valid JSON (%2)")
                               .arg(objects[i].second)
                               .arg(pe.errorString());
            continue;
        }
        if (!doc.isObject()) {
            file.errors << at + QStringLiteral("$: must be an object (got an array)");
            continue;
        }
        const QJsonObject o = doc.object();
        const Reader r{&file.errors, at + QStringLiteral("$")};
        const size_t before = file.runs.size();
        if (o.value(QLatin1String("request_throughput")).isObject() ||
            o.value(QLatin1String("time_to_first_token")).isObject())
            readPerfExport(o, r, file.runs);
        else if (o.contains(QLatin1String("request_throughput")) || o.contains(QLatin1String("mean_ttft_ms")))
            readVllm(o, r, file.runs);
        else
            file.errors << at + QStringLiteral(
                                    "$: neither a vLLM bench serve result (request_throughput, "
                                    "output_throughput, mean_ttft_ms) nor a GenAI-Perf/AIPerf export "
                                    "(time_to_first_token, request_throughput as {unit, avg})");
        if (file.runs.size() > before)
            file.runs.back().where = where;
    }
}

void readTrtllm(const QByteArray &data, BenchmarkFile &file)
{
    // "Key:   value" lines; the first occurrence of a key counts.
    QHash<QString, std::pair<QString, int>> kv;
    static const QRegularExpression line(
        QStringLiteral("^\\s*([A-Za-z][^:\\[\\]]*(?:\\[[^\\]]*\\][^:]*)?):\\s+(\\S.*?)\\s*$"));
    const QList<QByteArray> lines = data.split('\n');
    int reports = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString text = QString::fromUtf8(lines[i]);
        if (text.contains(QLatin1String("= PERFORMANCE OVERVIEW")))
            ++reports;
        const auto m = line.match(text);
        if (m.hasMatch() && !kv.contains(m.captured(1).trimmed()))
            kv.insert(m.captured(1).trimmed(), {m.captured(2), i + 1});
    }
    if (reports > 1) {
        file.errors
            << QStringLiteral("%1 reports in one file: give each run's report as its own file").arg(reports);
        return;
    }
    const qsizetype before = file.errors.size();
    const auto number = [&](const QStringList &keys, bool required, double min, bool inclusive = false) {
        for (const QString &k : keys) {
            const auto it = kv.constFind(k);
            if (it == kv.constEnd())
                continue;
            bool ok = false;
            const double x = it->first.toDouble(&ok);
            if (!ok || !std::isfinite(x) || (inclusive ? x < min : x <= min)) {
                file.errors << QStringLiteral("line %1: %2: must be a number %3 %4 (got \"%5\")")
                                   .arg(it->second)
                                   .arg(k, inclusive ? QStringLiteral(">=") : QStringLiteral(">"))
                                   .arg(min)
                                   .arg(it->first.left(40));
                return std::optional<double>();
            }
            return std::optional<double>(x);
        }
        if (required)
            file.errors << keys.front() + QStringLiteral(": missing");
        return std::optional<double>();
    };
    BenchmarkRun run;
    run.tool = BenchmarkTool::TrtllmBench;
    run.offline = true; // trtllm-bench throughput issues every request at once
    run.modelName = kv.value(QStringLiteral("Model")).first;
    run.quantization = kv.value(QStringLiteral("Quantization")).first;
    const auto in = number({QStringLiteral("Average Input Length (tokens)")}, true, 0);
    const auto out = number({QStringLiteral("Average Output Length (tokens)")}, true, 0);
    const auto rps = number({QStringLiteral("Request Throughput (req/sec)")}, true, 0);
    const auto tps = number({QStringLiteral("Total Output Throughput (tokens/sec)"),
                             QStringLiteral("Token Throughput (tokens/sec)")},
                            true, 0);
    const auto latency = number({QStringLiteral("Average request latency (ms)")}, false, 0);
    const auto ttft = number({QStringLiteral("Average time-to-first-token [TTFT] (ms)")}, false, 0);
    const auto tpot = number({QStringLiteral("Average time-per-output-token [TPOT] (ms)")}, false, 0);
    const auto concurrency = number({QStringLiteral("Number of concurrent requests")}, false, 0);
    const auto requests = number({QStringLiteral("Number of requests")}, false, 0);
    const auto tp = number({QStringLiteral("TP Size")}, false, 1, true);
    const auto pp = number({QStringLiteral("PP Size")}, false, 1, true);
    if (pp && *pp > 1)
        file.errors << QStringLiteral(
                           "line %1: PP Size: pipeline parallel runs (%2) are not modeled; give a run "
                           "with PP Size 1")
                           .arg(kv.value(QStringLiteral("PP Size")).second)
                           .arg(*pp);
    if (file.errors.size() != before)
        return;
    run.inputTokens = *in;
    run.outputTokens = *out;
    run.requestsPerSec = *rps;
    run.outputTokensPerSec = *tps;
    run.requestLatencyMs = latency.value_or(0);
    run.ttftMs = ttft.value_or(0);
    run.tpotMs = tpot.value_or(0);
    run.requests = requests ? int(*requests) : 0;
    run.tensorParallel = tp ? int(*tp) : 0;
    run.concurrency = concurrency ? *concurrency : littlesLaw(run.requestsPerSec, run.requestLatencyMs);
    file.runs.push_back(run);
}

} // namespace

BenchmarkFile parseServingBenchmark(const QByteArray &data)
{
    BenchmarkFile file;
    const QByteArray trimmed = data.trimmed();
    if (trimmed.isEmpty())
        file.errors << QStringLiteral("empty file");
    else if (!trimmed.startsWith('{') &&
             trimmed.contains("PERFORMANCE OVERVIEW")) // its log lines start "[…]"
        readTrtllm(trimmed, file);
    else if (trimmed.startsWith('{') || trimmed.startsWith('['))
        readJson(trimmed, file);
    else
        file.errors << QStringLiteral("not a result of vLLM bench serve (--save-result JSON), GenAI-Perf or "
                                      "AIPerf (profile_export JSON) or trtllm-bench throughput (its report, "
                                      "with a PERFORMANCE OVERVIEW section)");
    if (!file.errors.isEmpty())
        file.runs.clear();
    else if (file.runs.empty())
        file.errors << QStringLiteral("no benchmark result in the file");
    return file;
}

ServingBenchmarkImport importServingBenchmark(const Scenario &base, const std::vector<BenchmarkInput> &files,
                                              const QString &gpuId, const QString &modelId,
                                              std::optional<Precision> precision, const QString &today)
{
    ServingBenchmarkImport r;
    QStringList tools, names;
    for (const BenchmarkInput &f : files) {
        BenchmarkFile parsed = parseServingBenchmark(f.data);
        for (const QString &e : parsed.errors)
            r.errors << f.fileName + QStringLiteral(": ") + e;
        for (BenchmarkRun &run : parsed.runs) {
            if (!tools.contains(benchmarkToolName(run.tool)))
                tools << benchmarkToolName(run.tool);
            run.where = run.where.isEmpty() ? f.fileName : f.fileName + QStringLiteral(" ") + run.where;
            r.runs.push_back(run);
        }
        names << f.fileName.section(QLatin1Char('/'), -1);
    }
    if (files.empty())
        r.errors << QStringLiteral("no result file given");
    if (!r.errors.isEmpty())
        return r;
    if (precision) {
        r.precision = *precision;
    } else {
        r.precision = Precision::BF16;
        for (const BenchmarkRun &run : r.runs) {
            const QString q = run.quantization.toUpper();
            if (q == QLatin1String("FP8"))
                r.precision = Precision::FP8;
            else if (q == QLatin1String("NVFP4") || q == QLatin1String("FP4"))
                r.precision = Precision::FP4;
        }
    }
    QString asOf;
    double lo = 0, hi = 0;
    for (const BenchmarkRun &run : r.runs) {
        asOf = std::max(asOf, run.date);
        if (!run.offline) {
            lo = lo > 0 ? std::min(lo, run.concurrency) : run.concurrency;
            hi = std::max(hi, run.concurrency);
        }
    }
    const int offline =
        int(std::count_if(r.runs.begin(), r.runs.end(), [](const BenchmarkRun &x) { return x.offline; }));
    QStringList what;
    if (hi > 0)
        what << (lo == hi ? QStringLiteral("concurrency %1").arg(lo, 0, 'g', 4)
                          : QStringLiteral("concurrency %1-%2").arg(lo, 0, 'g', 4).arg(hi, 0, 'g', 4));
    if (offline)
        what << QStringLiteral("%1 offline").arg(offline);
    const QString source = QStringLiteral("%1: %2 run(s), %3 (%4)")
                               .arg(tools.join(QStringLiteral(", ")))
                               .arg(r.runs.size())
                               .arg(what.join(QStringLiteral(", ")), names.join(QStringLiteral(", ")));
    r.profile = profileFromBenchmark(base, gpuId, modelId, r.precision, r.runs, source,
                                     asOf.isEmpty() ? today : asOf);
    r.errors << r.profile.errors;
    if (!r.errors.isEmpty())
        return r;
    Scenario s = base;
    const MeasuredProfile &p = *r.profile.profile;
    const auto same = [&](const MeasuredProfile &m) {
        return m.gpu == p.gpu && m.model == p.model && m.precision == p.precision;
    };
    const auto it = std::find_if(s.computeProfiles.begin(), s.computeProfiles.end(), same);
    if (it != s.computeProfiles.end())
        *it = p;
    else
        s.computeProfiles.push_back(p);
    // Checked as the loader checks: what is written is what a later load reads.
    const ScenarioLoad check = parseScenario(scenarioToJson(s));
    if (!check.ok()) {
        r.errors << check.errors;
        return r;
    }
    r.scenario = std::move(s);
    return r;
}

} // namespace ea
