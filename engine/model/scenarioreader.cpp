// SPDX-License-Identifier: GPL-3.0-or-later
// Typed reading of the edgeatlas/1 format. Cross-field rules live in scenariovalidate.cpp.
#include "engine/model/jsonreader.h"
#include "engine/model/scenariojson.h"
#include "engine/model/userfile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace ea {

namespace {
// Upper bounds of money figures, far above any real price: beyond them sums of a month overflow to
// infinity and a plan would print "$inf".
constexpr double kMaxUsdPerMTok = 1e6;     // USD per million tokens (1 USD per token)
constexpr double kMaxUsdPerGpuHour = 1e6;  // USD per GPU-hour
constexpr double kMaxEgressUsdPerGB = 1e4; // USD per GB
} // namespace

namespace {

using R = JsonReader;

// The reasons are shown in the GUI (file errors, the workload editor); paths and JSON keys stay as data.
struct ScenarioReader
{
    Q_DECLARE_TR_FUNCTIONS(ea::ScenarioReader)
};

QString at(const QString &p, const char *k)
{
    return R::child(p, k);
}

// Converts a byte offset into "line L, column C" for parse errors.
QString lineColumn(const QByteArray &json, int offset)
{
    int line = 1, col = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return ScenarioReader::tr("line %1, column %2").arg(line).arg(col);
}

// Set when a list item could not be read at all (not an object): list indices then no longer match the
// file, so cross-field checks, which name items by index, are skipped.
thread_local bool t_itemDropped = false;

template <typename T, typename F>
std::vector<T> readList(R &r, const QJsonObject &o, const char *key, const QString &path, R::Presence p,
                        F readOne)
{
    std::vector<T> out;
    const QJsonArray a = r.array(o, key, path, p);
    out.reserve(a.size());
    const QString base = at(path, key);
    for (qsizetype i = 0; i < a.size(); ++i) {
        T v;
        if (readOne(a.at(i), R::item(base, i), v))
            out.push_back(std::move(v));
        else
            t_itemDropped = true;
    }
    return out;
}

bool readSource(R &r, const QJsonValue &v, const QString &p, Source &s)
{
    QJsonObject o;
    if (!r.object(v, p, {"id", "title", "licence", "url", "asOf"}, &o))
        return false;
    s.id = r.string(o, "id", p);
    s.title = r.string(o, "title", p);
    s.licence = r.string(o, "licence", p, R::Optional, false);
    s.url = r.string(o, "url", p, R::Optional, false);
    s.asOf = r.string(o, "asOf", p, R::Optional, false);
    return true;
}

void readNetwork(R &r, const QJsonValue &v, const QString &p, NetworkParams &n, QStringList *errors)
{
    QJsonObject o;
    if (!r.object(v, p,
                  {"fiberKmPerMs", "handshakeRtts", "newConnectionShare", "jitterP95Factor",
                   "jitterP99Factor", "rtt", "access"},
                  &o))
        return;
    n.fiberKmPerMs = r.number(o, "fiberKmPerMs", p, R::positive(), R::Optional, n.fiberKmPerMs);
    n.handshakeRtts = r.integer(o, "handshakeRtts", p, R::between(0, 10), R::Optional, n.handshakeRtts);
    n.newConnectionShare =
        r.number(o, "newConnectionShare", p, R::between(0, 1), R::Optional, n.newConnectionShare);
    n.jitterP95Factor = r.number(o, "jitterP95Factor", p, R::atLeast(1), R::Optional, n.jitterP95Factor);
    n.jitterP99Factor = r.number(o, "jitterP99Factor", p, R::atLeast(1), R::Optional, n.jitterP99Factor);
    if (n.jitterP99Factor < n.jitterP95Factor)
        r.error(at(p, "jitterP99Factor"),
                ScenarioReader::tr("must be >= %1").arg(QLatin1String("jitterP95Factor")));
    if (r.has(o, "rtt")) {
        n.rtt = defaultRttParams(); // keys the file leaves out keep the shipped, fitted values
        n.hasRtt = rttParamsFromJson(o.value(QLatin1String("rtt")), at(p, "rtt"), n.rtt, *errors);
    }
    n.rtt.fiberKmPerMs = n.fiberKmPerMs;
    if (r.has(o, "access")) {
        QJsonObject a;
        const QString ap = at(p, "access");
        if (r.object(o.value(QLatin1String("access")), ap, {"mobileExtraMs", "enterpriseMs"}, &a)) {
            n.access.mobileExtraMs =
                r.number(a, "mobileExtraMs", ap, R::between(0, 1000), R::Optional, n.access.mobileExtraMs);
            n.access.enterpriseMs =
                r.number(a, "enterpriseMs", ap, R::between(0, 1000), R::Optional, n.access.enterpriseMs);
        }
    }
}

void readTiers(R &r, const QJsonValue &v, const QString &p, std::array<TierSettings, TierCount> &tiers)
{
    QJsonObject o;
    if (!r.object(v, p, {"edge", "regional", "central", "onprem"}, &o))
        return;
    for (Tier t : AllTiers) {
        const QString key = tierId(t);
        if (!o.contains(key))
            continue;
        const QString tp = p + QLatin1Char('.') + key;
        QJsonObject to;
        if (!r.object(o.value(key), tp,
                      {"billing", "targetUtilization", "minGpusPerSite", "egressUsdPerGB",
                       "computeEfficiency", "bandwidthEfficiency"},
                      &to))
            continue;
        TierSettings &s = tiers[static_cast<int>(t)];
        s.present = true;
        const QString billing = r.string(to, "billing", tp, R::Optional);
        if (billing == QLatin1String("api"))
            s.billing = Billing::Api;
        else if (billing.isEmpty() || billing == QLatin1String("gpu-hour"))
            s.billing = Billing::GpuHour;
        else
            r.error(at(tp, "billing"),
                    ScenarioReader::tr("must be %1 or %2 (got \"%3\")")
                        .arg(QLatin1String("\"gpu-hour\""), QLatin1String("\"api\""), billing));
        s.targetUtilization =
            r.number(to, "targetUtilization", tp, {0, 1, true}, R::Optional, s.targetUtilization);
        s.minGpusPerSite = r.integer(to, "minGpusPerSite", tp, R::atLeast(1), R::Optional, s.minGpusPerSite);
        s.egressUsdPerGB = r.number(to, "egressUsdPerGB", tp, R::atLeastUpTo(0, kMaxEgressUsdPerGB),
                                    R::Optional, s.egressUsdPerGB);
        s.computeEfficiency =
            r.number(to, "computeEfficiency", tp, {0, 1, true}, R::Optional, s.computeEfficiency);
        s.bandwidthEfficiency =
            r.number(to, "bandwidthEfficiency", tp, {0, 1, true}, R::Optional, s.bandwidthEfficiency);
    }
}

bool readGpu(R &r, const QJsonValue &v, const QString &p, GpuType &g)
{
    QJsonObject o;
    if (!r.object(v, p,
                  {"id", "name", "memoryGB", "bandwidthGBps", "tflops", "priceUsdPerHour", "priceSource",
                   "priceAsOf", "specSource", "specAsOf", "interconnectGBps"},
                  &o))
        return false;
    g.id = r.string(o, "id", p);
    g.name = r.string(o, "name", p);
    g.memoryGB = r.number(o, "memoryGB", p, R::positive());
    g.bandwidthGBps = r.number(o, "bandwidthGBps", p, R::positive());
    g.priceUsdPerHour = r.number(o, "priceUsdPerHour", p, R::atLeastUpTo(0, kMaxUsdPerGpuHour));
    g.interconnectGBps = r.number(o, "interconnectGBps", p, R::positive(), R::Optional, 0.0);
    g.priceSource = r.string(o, "priceSource", p);
    g.priceAsOf = r.string(o, "priceAsOf", p);
    g.specSource = r.string(o, "specSource", p, R::Optional, false);
    g.specAsOf = r.string(o, "specAsOf", p, R::Optional, false);
    QJsonObject t;
    const QString tp = at(p, "tflops");
    if (!r.has(o, "tflops")) {
        r.error(tp, ScenarioReader::tr("missing"));
    } else if (r.object(o.value(QLatin1String("tflops")), tp, {"fp32", "fp16", "bf16", "fp8", "fp4"}, &t)) {
        for (int i = 0; i < PrecisionCount; ++i) {
            const QByteArray key = precisionId(static_cast<Precision>(i)).toLatin1();
            g.tflops[i] = r.number(t, key.constData(), tp, R::positive(), R::Optional, 0.0);
        }
        if (g.tflops[static_cast<int>(Precision::FP32)] <= 0 &&
            g.tflops[static_cast<int>(Precision::FP16)] <= 0 &&
            g.tflops[static_cast<int>(Precision::BF16)] <= 0)
            r.error(tp,
                    ScenarioReader::tr("needs at least one of %1").arg(QLatin1String("fp32, fp16, bf16")));
    }
    return true;
}

bool readModel(R &r, const QJsonValue &v, const QString &p, ModelSpec &m)
{
    QJsonObject o;
    if (!r.object(v, p,
                  {"id", "name", "layers", "hidden", "heads", "kvHeads", "ffn", "vocab", "paramsB", "source",
                   "asOf"},
                  &o))
        return false;
    m.id = r.string(o, "id", p);
    m.name = r.string(o, "name", p);
    m.layers = r.integer(o, "layers", p, R::atLeast(1));
    m.hidden = r.integer(o, "hidden", p, R::atLeast(1));
    m.heads = r.integer(o, "heads", p, R::atLeast(1));
    m.kvHeads = r.integer(o, "kvHeads", p, R::atLeast(1));
    m.ffn = r.integer(o, "ffn", p, R::atLeast(1));
    m.vocab = r.integer(o, "vocab", p, R::atLeast(1));
    m.paramsB = r.number(o, "paramsB", p, R::positive());
    m.source = r.string(o, "source", p);
    m.asOf = r.string(o, "asOf", p, R::Optional, false);
    if (m.heads > 0 && m.kvHeads > 0 && m.heads % m.kvHeads != 0)
        r.error(at(p, "kvHeads"),
                ScenarioReader::tr("must divide %1 (%2)").arg(QLatin1String("heads")).arg(m.heads));
    if (m.heads > 0 && m.hidden > 0 && m.hidden % m.heads != 0)
        r.error(at(p, "heads"),
                ScenarioReader::tr("must divide %1 (%2)").arg(QLatin1String("hidden")).arg(m.hidden));
    return true;
}

bool readApiPrice(R &r, const QJsonValue &v, const QString &p, ApiPrice &a)
{
    QJsonObject o;
    if (!r.object(v, p, {"model", "provider", "inputUsdPerMTok", "outputUsdPerMTok", "source", "asOf"}, &o))
        return false;
    a.model = r.string(o, "model", p);
    a.provider = r.string(o, "provider", p);
    a.inputUsdPerMTok = r.number(o, "inputUsdPerMTok", p, R::atLeastUpTo(0, kMaxUsdPerMTok));
    a.outputUsdPerMTok = r.number(o, "outputUsdPerMTok", p, R::atLeastUpTo(0, kMaxUsdPerMTok));
    a.source = r.string(o, "source", p);
    a.asOf = r.string(o, "asOf", p);
    return true;
}

void readPriceBook(R &r, const QJsonValue &v, const QString &p, PriceBook &b)
{
    QJsonObject o;
    if (!r.object(v, p, {"currency", "hoursPerMonth", "api"}, &o))
        return;
    b.currency = r.string(o, "currency", p, R::Optional);
    if (b.currency.isEmpty())
        b.currency = QStringLiteral("USD");
    b.hoursPerMonth = r.number(o, "hoursPerMonth", p, R::between(1, 744), R::Optional, 730);
    b.api = readList<ApiPrice>(
        r, o, "api", p, R::Optional,
        [&](const QJsonValue &x, const QString &xp, ApiPrice &a) { return readApiPrice(r, x, xp, a); });
}

std::optional<Tier> readTier(R &r, const QJsonObject &o, const char *key, const QString &p)
{
    const QString s = r.string(o, key, p);
    if (s.isEmpty())
        return std::nullopt;
    const auto t = tierFromId(s);
    if (!t)
        r.error(at(p, key), ScenarioReader::tr("unknown tier \"%1\" (%2)")
                                .arg(s, QLatin1String("edge, regional, central, onprem")));
    return t;
}

void readLonLat(R &r, const QJsonObject &o, const QString &p, double &lon, double &lat)
{
    lon = r.number(o, "lon", p, R::between(-180, 180));
    lat = r.number(o, "lat", p, R::between(-90, 90));
}

bool readNode(R &r, const QJsonValue &v, const QString &p, Node &n)
{
    QJsonObject o;
    if (!r.object(v, p,
                  {"id", "name", "tier", "lon", "lat", "country", "provider", "gpu", "gpuCount",
                   "capacityGpus", "endpoint", "synthetic", "source"},
                  &o))
        return false;
    n.id = r.string(o, "id", p);
    n.name = r.string(o, "name", p);
    n.tier = readTier(r, o, "tier", p).value_or(Tier::Edge);
    readLonLat(r, o, p, n.lon, n.lat);
    n.country = r.string(o, "country", p, R::Optional, false);
    n.provider = r.string(o, "provider", p, R::Optional, false);
    n.gpu = r.string(o, "gpu", p);
    n.gpuCount = r.integer(o, "gpuCount", p, R::atLeast(0));
    if (r.has(o, "capacityGpus"))
        n.capacityGpus = r.integer(o, "capacityGpus", p, R::atLeast(0));
    n.endpoint = r.string(o, "endpoint", p, R::Optional, false);
    if (!n.endpoint.isEmpty() && !n.endpoint.startsWith(QLatin1String("http://")) &&
        !n.endpoint.startsWith(QLatin1String("https://")))
        r.error(at(p, "endpoint"), ScenarioReader::tr("must be an http:// or https:// URL"));
    n.synthetic = r.boolean(o, "synthetic", p);
    n.source = r.string(o, "source", p, R::Optional, false);
    return true;
}

bool readRegion(R &r, const QJsonValue &v, const QString &p, DemandRegion &d)
{
    QJsonObject o;
    if (!r.object(v, p, {"id", "name", "country", "lon", "lat", "weight", "utcOffsetHours", "accessMs"}, &o))
        return false;
    d.id = r.string(o, "id", p);
    d.name = r.string(o, "name", p);
    d.country = r.string(o, "country", p, R::Optional, false);
    readLonLat(r, o, p, d.lon, d.lat);
    d.weight = r.number(o, "weight", p, R::positiveUpTo(1e12));
    d.utcOffsetHours = r.number(o, "utcOffsetHours", p, R::between(-12, 14));
    if (r.has(o, "accessMs"))
        d.accessMs = r.number(o, "accessMs", p, R::between(0, 1000));
    return true;
}

void readSlo(R &r, const QJsonValue &v, const QString &p, Slo &s)
{
    QJsonObject o;
    if (!r.object(v, p, {"metric", "percentile", "budgetMs"}, &o))
        return;
    const QString m = r.string(o, "metric", p);
    if (m == QLatin1String("ttft"))
        s.metric = SloMetric::Ttft;
    else if (m == QLatin1String("e2e"))
        s.metric = SloMetric::E2e;
    else if (!m.isEmpty())
        r.error(at(p, "metric"), ScenarioReader::tr("must be %1 or %2 (got \"%3\")")
                                     .arg(QLatin1String("\"ttft\""), QLatin1String("\"e2e\""), m));
    s.percentile = r.number(o, "percentile", p, {50, 99.99, false});
    s.budgetMs = r.number(o, "budgetMs", p, R::positiveUpTo(1e9));
}

/** {"EU": "edge", "EAS": "edge"}: the tier of the workload's demand in some zones (codes of geo::zoneCode).
 */
void readZoneTiers(R &r, const QJsonValue &v, const QString &p, ZoneTiers &out)
{
    if (!v.isObject()) {
        r.error(p, ScenarioReader::tr("expected an object, got %1").arg(JsonReader::typeName(v)));
        return;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString kp = p + QLatin1Char('.') + it.key();
        geo::Zone z;
        if (!geo::zoneFromCode(it.key(), z)) {
            r.error(kp, ScenarioReader::tr("unknown zone (%1)")
                            .arg(QLatin1String("NA, SA, EU, AF, ME, SAS, EAS, SEA, OC")));
            continue;
        }
        const auto t = it.value().isString() ? tierFromId(it.value().toString()) : std::nullopt;
        if (!t) {
            r.error(kp, ScenarioReader::tr("unknown tier (%1)")
                            .arg(QLatin1String("edge, regional, central, onprem")));
            continue;
        }
        out[static_cast<int>(z)] = *t;
    }
}

bool readWorkload(R &r, const QJsonValue &v, const QString &p, Workload &w)
{
    QJsonObject o;
    if (!r.object(v, p,
                  {"id", "name", "category", "slo", "requestRate", "inputTokens", "outputTokens", "model",
                   "precision", "tier", "zoneTiers", "access", "pinned", "forbiddenTiers"},
                  &o))
        return false;
    w.id = r.string(o, "id", p);
    w.name = r.string(o, "name", p);
    const QString cat = r.string(o, "category", p);
    if (cat == QLatin1String("interactive"))
        w.category = WorkloadCategory::Interactive;
    else if (cat == QLatin1String("batch"))
        w.category = WorkloadCategory::Batch;
    else if (!cat.isEmpty())
        r.error(at(p, "category"),
                ScenarioReader::tr("must be %1 or %2 (got \"%3\")")
                    .arg(QLatin1String("\"interactive\""), QLatin1String("\"batch\""), cat));
    if (!r.has(o, "slo"))
        r.error(at(p, "slo"), ScenarioReader::tr("missing"));
    else
        readSlo(r, o.value(QLatin1String("slo")), at(p, "slo"), w.slo);
    const QString rp = at(p, "requestRate");
    QJsonObject ro;
    if (!r.has(o, "requestRate")) {
        r.error(rp, ScenarioReader::tr("missing"));
    } else if (r.object(o.value(QLatin1String("requestRate")), rp, {"meanRps", "diurnal"}, &ro)) {
        w.meanRps = r.number(ro, "meanRps", rp, R::positiveUpTo(1e9));
        const QJsonArray d = r.array(ro, "diurnal", rp, R::Optional);
        if (d.isEmpty()) {
            w.diurnal.fill(1.0);
            if (r.has(ro, "diurnal"))
                r.error(at(rp, "diurnal"), ScenarioReader::tr("must have 24 values"));
        } else if (d.size() != 24) {
            r.error(at(rp, "diurnal"), ScenarioReader::tr("must have 24 values (got %1)").arg(d.size()));
        } else {
            double sum = 0;
            for (int h = 0; h < 24; ++h) {
                const QString hp = R::item(at(rp, "diurnal"), h);
                if (!d.at(h).isDouble() || d.at(h).toDouble() < 0 || !std::isfinite(d.at(h).toDouble())) {
                    r.error(hp, ScenarioReader::tr("must be a number >= 0"));
                    continue;
                }
                w.diurnal[h] = d.at(h).toDouble();
                sum += w.diurnal[h];
            }
            if (sum <= 0)
                r.error(at(rp, "diurnal"), ScenarioReader::tr("must not be all zero"));
        }
    }
    w.inputTokens = r.integer(o, "inputTokens", p, R::between(1, 10'000'000));
    w.outputTokens = r.integer(o, "outputTokens", p, R::between(1, 1'000'000));
    w.model = r.string(o, "model", p);
    const QString prec = r.string(o, "precision", p, R::Optional);
    if (!prec.isEmpty()) {
        if (auto pr = precisionFromId(prec))
            w.precision = *pr;
        else
            r.error(at(p, "precision"),
                    ScenarioReader::tr("must be %1, %2, %3, %4 or %5 (got \"%6\")")
                        .arg(QLatin1String("fp32"), QLatin1String("fp16"), QLatin1String("bf16"),
                             QLatin1String("fp8"), QLatin1String("fp4"), prec));
    }
    w.tier = readTier(r, o, "tier", p).value_or(Tier::Regional);
    if (r.has(o, "zoneTiers"))
        readZoneTiers(r, o.value(QLatin1String("zoneTiers")), at(p, "zoneTiers"), w.zoneTiers);
    const QString access = r.string(o, "access", p, R::Optional);
    if (!access.isEmpty()) {
        if (auto a = accessProfileFromId(access))
            w.access = *a;
        else
            r.error(at(p, "access"), ScenarioReader::tr("must be %1, %2 or %3 (got \"%4\")")
                                         .arg(QLatin1String("\"fixed\""), QLatin1String("\"mobile\""),
                                              QLatin1String("\"enterprise\""), access));
    }
    w.pinned = r.boolean(o, "pinned", p);
    const QJsonArray ft = r.array(o, "forbiddenTiers", p, R::Optional);
    for (qsizetype i = 0; i < ft.size(); ++i) {
        const auto t = tierFromId(ft.at(i).toString());
        if (!ft.at(i).isString() || !t)
            r.error(R::item(at(p, "forbiddenTiers"), i), ScenarioReader::tr("unknown tier"));
        else
            w.forbiddenTiers.push_back(*t);
    }
    return true;
}

bool readComputeProfile(R &r, const QJsonValue &v, const QString &p, MeasuredProfile &m)
{
    QJsonObject o;
    if (!r.object(v, p,
                  {"gpu", "model", "precision", "prefillTokensPerSec", "decodeStepMsAtBatch1",
                   "decodeStepMsPerExtraSeq", "schedulingMs", "source", "asOf"},
                  &o))
        return false;
    m.gpu = r.string(o, "gpu", p);
    m.model = r.string(o, "model", p);
    const QString prec = r.string(o, "precision", p);
    if (!prec.isEmpty()) {
        if (auto pr = precisionFromId(prec))
            m.precision = *pr;
        else
            r.error(at(p, "precision"),
                    ScenarioReader::tr("must be %1, %2, %3, %4 or %5 (got \"%6\")")
                        .arg(QLatin1String("fp32"), QLatin1String("fp16"), QLatin1String("bf16"),
                             QLatin1String("fp8"), QLatin1String("fp4"), prec));
    }
    ComputeProfile &c = m.profile;
    c.prefillTokensPerSec = r.number(o, "prefillTokensPerSec", p, R::atLeast(0), R::Optional, 0.0);
    c.decodeStepMsAtBatch1 = r.number(o, "decodeStepMsAtBatch1", p, R::atLeast(0), R::Optional, 0.0);
    c.decodeStepMsPerExtraSeq = r.number(o, "decodeStepMsPerExtraSeq", p, R::atLeast(0), R::Optional, 0.0);
    if (r.has(o, "schedulingMs"))
        c.schedulingMs = r.number(o, "schedulingMs", p, R::between(0, 60000));
    if (c.prefillTokensPerSec <= 0 && c.decodeStepMsAtBatch1 <= 0)
        r.error(p, ScenarioReader::tr("needs %1 or %2 > 0")
                       .arg(QLatin1String("prefillTokensPerSec"), QLatin1String("decodeStepMsAtBatch1")));
    m.source = r.string(o, "source", p);
    m.asOf = r.string(o, "asOf", p, R::Optional, false);
    return true;
}

} // namespace

ScenarioLoad parseScenario(const QByteArray &json)
{
    ScenarioLoad result;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        result.errors << QStringLiteral("$: ") + ScenarioReader::tr("invalid JSON at %1: %2")
                                                     .arg(lineColumn(json, pe.offset), pe.errorString());
        return result;
    }
    R r(&result.errors);
    QJsonObject root;
    const QString p = QStringLiteral("$");
    if (!r.object(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), p,
                  {"schema", "name", "description", "sources", "network", "tiers", "gpus", "models",
                   "priceBook", "nodes", "regions", "workloads", "computeProfiles", "whatIf"},
                  &root))
        return result;
    const QString schema = r.string(root, "schema", p);
    if (!schema.isEmpty() && schema != QLatin1String(ScenarioSchema)) {
        r.error(R::child(p, "schema"),
                ScenarioReader::tr("unsupported schema \"%1\" (this version reads \"%2\")")
                    .arg(schema, QLatin1String(ScenarioSchema)));
        return result; // the rest would be read with the wrong rules
    }
    Scenario s;
    t_itemDropped = false;
    s.name = r.string(root, "name", p);
    s.description = r.string(root, "description", p, R::Optional, false);
    s.sources = readList<Source>(
        r, root, "sources", p, R::Optional,
        [&](const QJsonValue &v, const QString &xp, Source &x) { return readSource(r, v, xp, x); });
    if (r.has(root, "network"))
        readNetwork(r, root.value(QLatin1String("network")), R::child(p, "network"), s.network,
                    &result.errors);
    if (r.has(root, "tiers"))
        readTiers(r, root.value(QLatin1String("tiers")), R::child(p, "tiers"), s.tiers);
    else
        r.error(R::child(p, "tiers"), ScenarioReader::tr("missing"));
    s.gpus = readList<GpuType>(
        r, root, "gpus", p, R::Required,
        [&](const QJsonValue &v, const QString &xp, GpuType &x) { return readGpu(r, v, xp, x); });
    s.models = readList<ModelSpec>(
        r, root, "models", p, R::Required,
        [&](const QJsonValue &v, const QString &xp, ModelSpec &x) { return readModel(r, v, xp, x); });
    if (r.has(root, "priceBook"))
        readPriceBook(r, root.value(QLatin1String("priceBook")), R::child(p, "priceBook"), s.priceBook);
    s.nodes = readList<Node>(
        r, root, "nodes", p, R::Required,
        [&](const QJsonValue &v, const QString &xp, Node &x) { return readNode(r, v, xp, x); });
    s.regions = readList<DemandRegion>(
        r, root, "regions", p, R::Required,
        [&](const QJsonValue &v, const QString &xp, DemandRegion &x) { return readRegion(r, v, xp, x); });
    s.workloads = readList<Workload>(
        r, root, "workloads", p, R::Required,
        [&](const QJsonValue &v, const QString &xp, Workload &x) { return readWorkload(r, v, xp, x); });
    s.computeProfiles =
        readList<MeasuredProfile>(r, root, "computeProfiles", p, R::Optional,
                                  [&](const QJsonValue &v, const QString &xp, MeasuredProfile &x) {
                                      return readComputeProfile(r, v, xp, x);
                                  });
    if (r.has(root, "whatIf")) {
        const int before = r.errorCount();
        s.whatIf = readWhatIfList(r, r.array(root, "whatIf", p), R::child(p, "whatIf"));
        if (r.errorCount() == before)
            validateWhatIf(s.whatIf, s, R::child(p, "whatIf"), &result.errors);
    }
    if (!t_itemDropped)
        validateScenario(s, &result.errors); // also after typed errors: report every problem at once
    if (result.errors.isEmpty())
        result.scenario = std::move(s);
    return result;
}

ScenarioLoad loadScenarioFile(const QString &fileName)
{
    QByteArray bytes;
    QString error;
    if (!readUserFile(fileName, MaxScenarioFileBytes, &bytes, &error)) {
        ScenarioLoad result;
        result.errors << QStringLiteral("$: ") + error;
        return result;
    }
    return parseScenario(bytes);
}

ScenarioLoad loadDefaultScenario()
{
    return loadScenarioFile(QLatin1String(DefaultScenarioPath));
}

} // namespace ea
