// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/probe/prometheus.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <initializer_list>

namespace ea {

namespace {
// The errors of parsePromText().
struct PromTextParser
{
    Q_DECLARE_TR_FUNCTIONS(ea::PromTextParser)
};

/** Shortest text that reads back as the same double; "+Inf", "-Inf", "NaN" as the format spells them. */
QByteArray num(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    std::array<char, 32> buf{};
    const auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    return QByteArray(buf.data(), static_cast<qsizetype>(res.ptr - buf.data()));
}

enum Hist { FirstByte, Ttft, Total, RequestRtt, SloValue, HistCount };

struct HistInfo
{
    const char *name, *help;
};
constexpr std::array<HistInfo, HistCount> kHist{{
    {"edgeatlas_probe_first_byte_ms",
     "First byte of the response after the start of the probe, Ok probes only, milliseconds."},
    {"edgeatlas_probe_ttft_ms", "Time to the first token of Ok streaming chat probes, milliseconds."},
    {"edgeatlas_probe_total_ms", "Whole transfer of Ok probes, milliseconds."},
    {"edgeatlas_probe_request_rtt_ms", "Round trip of the request itself (first byte after the connection "
                                       "was ready), Ok probes, milliseconds."},
    {"edgeatlas_probe_slo_ms",
     "The value the target's SLO is judged on (TTFT or the end-to-end estimate), Ok probes, milliseconds."},
}};

/** Joins label texts with commas, skipping empty ones. */
QByteArray joinLabels(std::initializer_list<QByteArray> parts)
{
    QByteArray out;
    for (const QByteArray &p : parts) {
        if (p.isEmpty())
            continue;
        if (!out.isEmpty())
            out += ',';
        out += p;
    }
    return out;
}
} // namespace

struct ProbeMetrics::Target
{
    QByteArray labels; // target="…",url="…"
    struct Histogram
    {
        std::vector<quint64> counts; // per bucket (not cumulative), plus one for +Inf
        double sum = 0;
        quint64 count = 0;
    };
    std::array<Histogram, HistCount> hist;
    std::array<quint64, ProbeStateCount> states{};
    double lastFirstByte = -1;
    qint64 lastTimestampMs = 0;
};

const std::vector<double> &ProbeMetrics::defaultBucketsMs()
{
    static const std::vector<double> b{1,   2.5, 5,   10,  15,  25,   35,   50,   75,   100,
                                       150, 200, 300, 500, 750, 1000, 2000, 5000, 10000};
    return b;
}

ProbeMetrics::ProbeMetrics(std::vector<double> bucketsMs, int maxTargets)
    : m_buckets(std::move(bucketsMs)), m_maxTargets(std::max(1, maxTargets))
{
    m_buckets.erase(
        std::remove_if(m_buckets.begin(), m_buckets.end(), [](double b) { return !std::isfinite(b); }),
        m_buckets.end());
    std::sort(m_buckets.begin(), m_buckets.end());
    m_buckets.erase(std::unique(m_buckets.begin(), m_buckets.end()), m_buckets.end());
}

ProbeMetrics::~ProbeMetrics() = default;

QByteArray promLabelText(const PromLabels &labels)
{
    QByteArray out;
    for (const auto &[name, value] : labels) {
        if (!out.isEmpty())
            out += ',';
        out += name.toLatin1() + "=\"" + ProbeMetrics::escapeLabelValue(value) + '"';
    }
    return out;
}

void ProbeMetrics::setCommonLabels(const PromLabels &labels)
{
    std::lock_guard lock(m_mutex);
    m_common = promLabelText(labels);
}

void ProbeMetrics::setTargetLabels(const QString &targetId, const PromLabels &labels)
{
    std::lock_guard lock(m_mutex);
    m_targetExtra.insert(targetId, promLabelText(labels));
}

QByteArray ProbeMetrics::escapeLabelValue(const QString &v)
{
    QByteArray out;
    const QByteArray utf8 = v.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

void ProbeMetrics::record(const ProbeResult &r, const ProbeDerivedValues &derived)
{
    std::lock_guard lock(m_mutex);
    auto it = m_index.constFind(r.targetId);
    if (it == m_index.constEnd()) {
        if (static_cast<int>(m_targets.size()) >= m_maxTargets) {
            ++m_dropped;
            return;
        }
        auto t = std::make_unique<Target>();
        t->labels = joinLabels(
            {m_common,
             "target=\"" + escapeLabelValue(r.targetId) + "\",url=\"" + escapeLabelValue(r.url) + '"',
             m_targetExtra.value(r.targetId)});
        for (auto &h : t->hist)
            h.counts.assign(m_buckets.size() + 1, 0);
        it = m_index.insert(r.targetId, static_cast<int>(m_targets.size()));
        m_targets.push_back(std::move(t));
    }
    Target &t = *m_targets[static_cast<size_t>(*it)];
    const int s = static_cast<int>(r.state);
    if (s >= 0 && s < ProbeStateCount)
        ++t.states[static_cast<size_t>(s)];
    t.lastTimestampMs = std::max(t.lastTimestampMs, r.timestampMs);
    if (!r.ok())
        return;
    const std::array<double, HistCount> values{r.firstByteMs, r.ttftMs, r.totalMs, derived.requestRttMs,
                                               derived.sloMs};
    for (int h = 0; h < HistCount; ++h) {
        const double v = values[static_cast<size_t>(h)];
        if (!(v >= 0) || !std::isfinite(v))
            continue;
        Target::Histogram &hist = t.hist[static_cast<size_t>(h)];
        const size_t b = static_cast<size_t>(std::lower_bound(m_buckets.begin(), m_buckets.end(), v) -
                                             m_buckets.begin()); // first bound >= v (le is inclusive)
        ++hist.counts[b];
        hist.sum += v;
        ++hist.count;
    }
    if (r.firstByteMs >= 0)
        t.lastFirstByte = r.firstByteMs;
}

int ProbeMetrics::targetCount() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_targets.size());
}

QByteArray ProbeMetrics::exposition(const ProbeStats *stats) const
{
    QByteArray out;
    const auto family = [&out](const char *name, const char *type, const char *help) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    };
    std::vector<QByteArray> les;
    for (double b : m_buckets)
        les.push_back(num(b));
    les.push_back("+Inf");

    std::lock_guard lock(m_mutex);
    // Every histogram line of a target holds its labels: reserve the whole text at once.
    const qsizetype labelBytes = m_targets.empty() ? 0 : m_targets.front()->labels.size();
    out.reserve(
        static_cast<qsizetype>(m_targets.size()) *
            (HistCount * static_cast<qsizetype>(les.size() + 2) * (labelBytes + 64) + 8 * (labelBytes + 64)) +
        4000);
    // Appended piece by piece: a temporary per line cost the agent a good part of its CPU at 1,000 targets.
    char digits[24];
    const auto appendCount = [&out, &digits](quint64 n) {
        const auto res = std::to_chars(digits, digits + sizeof digits, n);
        out.append(digits, static_cast<qsizetype>(res.ptr - digits));
    };
    for (int h = 0; h < HistCount; ++h) {
        const HistInfo &info = kHist[static_cast<size_t>(h)];
        family(info.name, "histogram", info.help);
        const QByteArrayView name(info.name);
        for (const auto &t : m_targets) {
            const Target::Histogram &hist = t->hist[static_cast<size_t>(h)];
            quint64 cumulative = 0;
            for (size_t b = 0; b < les.size(); ++b) {
                cumulative += hist.counts[b];
                out.append(name)
                    .append("_bucket{")
                    .append(t->labels)
                    .append(",le=\"")
                    .append(les[b])
                    .append("\"} ");
                appendCount(cumulative);
                out.append('\n');
            }
            out.append(name)
                .append("_sum{")
                .append(t->labels)
                .append("} ")
                .append(num(hist.sum))
                .append('\n');
            out.append(name).append("_count{").append(t->labels).append("} ");
            appendCount(hist.count);
            out.append('\n');
        }
    }
    family("edgeatlas_probe_total", "counter",
           "Probes by outcome state (ok, dns_failure, connection_refused, timeout, http_error, ...).");
    std::array<QByteArray, ProbeStateCount> stateIds;
    for (int s = 0; s < ProbeStateCount; ++s)
        stateIds[static_cast<size_t>(s)] = probeStateId(static_cast<ProbeState>(s)).toLatin1();
    for (const auto &t : m_targets) {
        for (int s = 0; s < ProbeStateCount; ++s) {
            const quint64 n = t->states[static_cast<size_t>(s)];
            if (n == 0 && s != static_cast<int>(ProbeState::Ok))
                continue; // a state appears once it happened; ok always (rate() needs a start)
            out.append("edgeatlas_probe_total{").append(t->labels).append(",state=\"");
            out.append(stateIds[static_cast<size_t>(s)]).append("\"} ");
            appendCount(n);
            out.append('\n');
        }
    }
    family("edgeatlas_probe_last_first_byte_ms", "gauge",
           "First byte of the target's latest Ok probe, milliseconds.");
    for (const auto &t : m_targets)
        if (t->lastFirstByte >= 0)
            out += "edgeatlas_probe_last_first_byte_ms{" + t->labels + "} " + num(t->lastFirstByte) + '\n';
    family("edgeatlas_probe_last_timestamp_seconds", "gauge",
           "Start of the target's latest probe, seconds since the Unix epoch.");
    for (const auto &t : m_targets)
        out += "edgeatlas_probe_last_timestamp_seconds{" + t->labels + "} " +
               num(static_cast<double>(t->lastTimestampMs) / 1000.0) + '\n';
    family("edgeatlas_probe_dropped_results_total", "counter",
           "Results not recorded because the agent already tracks its maximum number of targets.");
    const QByteArray common = m_common.isEmpty() ? QByteArray() : '{' + m_common + '}';
    out += "edgeatlas_probe_dropped_results_total" + common + ' ' + QByteArray::number(m_dropped) + '\n';
    if (stats) {
        const auto counter = [&](const char *name, const char *help, const QByteArray &value) {
            family(name, "counter", help);
            out += QByteArray(name) + common + ' ' + value + '\n';
        };
        counter("edgeatlas_prober_started_total", "Probes started.", QByteArray::number(stats->started));
        counter("edgeatlas_prober_completed_total", "Probes completed (any state).",
                QByteArray::number(stats->completed));
        counter("edgeatlas_prober_missed_intervals_total",
                "Probes not started because the target's previous probe still ran or waited.",
                QByteArray::number(stats->missedIntervals));
        counter("edgeatlas_prober_cpu_seconds_total", "CPU time of the prober thread, seconds.",
                num(stats->threadCpuSeconds));
        family("edgeatlas_prober_in_flight", "gauge", "Transfers running now.");
        out += "edgeatlas_prober_in_flight" + common + ' ' + QByteArray::number(stats->inFlight) + '\n';
    }
    return out;
}

namespace {
bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}
bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

std::optional<double> parseValue(const QByteArray &t)
{
    if (t == "+Inf" || t == "Inf")
        return INFINITY;
    if (t == "-Inf")
        return -INFINITY;
    if (t == "NaN")
        return NAN;
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}
} // namespace

std::optional<std::vector<PromTextSample>> parsePromText(const QByteArray &text, QString *error)
{
    std::vector<PromTextSample> out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype ln = 0; ln < lines.size(); ++ln) {
        const QByteArray &line = lines[ln];
        const auto fail = [&](const QString &why) {
            if (error)
                *error = PromTextParser::tr("line %1: %2").arg(ln + 1).arg(why);
            return std::nullopt;
        };
        qsizetype i = 0;
        const qsizetype n = line.size();
        const auto skipBlanks = [&] {
            while (i < n && (line[i] == ' ' || line[i] == '\t'))
                ++i;
        };
        skipBlanks();
        if (i == n || line[i] == '#')
            continue;
        PromTextSample s;
        const qsizetype nameStart = i;
        if (!isNameStart(line[i]))
            return fail(PromTextParser::tr("expected a metric name"));
        while (i < n && isNameChar(line[i]))
            ++i;
        s.name = QString::fromLatin1(line.mid(nameStart, i - nameStart));
        skipBlanks();
        if (i < n && line[i] == '{') {
            ++i;
            for (;;) {
                skipBlanks();
                if (i < n && line[i] == '}') {
                    ++i;
                    break;
                }
                const qsizetype ls = i;
                if (i >= n || !isNameStart(line[i]) || line[i] == ':')
                    return fail(PromTextParser::tr("expected a label name"));
                while (i < n && isNameChar(line[i]) && line[i] != ':')
                    ++i;
                const QString label = QString::fromLatin1(line.mid(ls, i - ls));
                skipBlanks();
                if (i >= n || line[i] != '=')
                    return fail(PromTextParser::tr("expected '=' after label %1").arg(label));
                ++i;
                skipBlanks();
                if (i >= n || line[i] != '"')
                    return fail(PromTextParser::tr("expected a quoted value for label %1").arg(label));
                ++i;
                QByteArray value;
                bool closed = false;
                while (i < n) {
                    const char c = line[i++];
                    if (c == '"') {
                        closed = true;
                        break;
                    }
                    if (c != '\\') {
                        value += c;
                        continue;
                    }
                    if (i >= n)
                        break;
                    const char e = line[i++];
                    if (e == 'n')
                        value += '\n';
                    else if (e == '\\' || e == '"')
                        value += e;
                    else
                        return fail(PromTextParser::tr("unknown escape \\%1 in label %2")
                                        .arg(QLatin1Char(e))
                                        .arg(label));
                }
                if (!closed)
                    return fail(PromTextParser::tr("unterminated value of label %1").arg(label));
                if (s.labels.contains(label))
                    return fail(PromTextParser::tr("label %1 given twice").arg(label));
                s.labels.insert(label, QString::fromUtf8(value));
                skipBlanks();
                if (i < n && line[i] == ',')
                    ++i;
                else if (i >= n || line[i] != '}')
                    return fail(PromTextParser::tr("expected ',' or '}' after label %1").arg(label));
            }
        }
        skipBlanks();
        const QList<QByteArray> rest = line.mid(i).simplified().split(' ');
        if (rest.isEmpty() || rest.size() > 2 || rest[0].isEmpty())
            return fail(PromTextParser::tr("expected a value (and an optional timestamp)"));
        const auto v = parseValue(rest[0]);
        if (!v)
            return fail(PromTextParser::tr("not a number: %1").arg(QString::fromUtf8(rest[0])));
        if (rest.size() == 2) {
            bool ok = false;
            rest[1].toLongLong(&ok);
            if (!ok)
                return fail(PromTextParser::tr("not a timestamp: %1").arg(QString::fromUtf8(rest[1])));
        }
        s.value = *v;
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace ea
