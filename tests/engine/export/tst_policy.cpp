// SPDX-License-Identifier: GPL-3.0-or-later
// Routing policy export: the JSON policy against the evaluator, and the LiteLLM YAML read by a real YAML
// parser (python3 with PyYAML) and checked field by field.
#include "engine/export/litellm.h"
#include "engine/export/policy.h"
#include "engine/model/scenariojson.h"
#include "engine/plan/evaluator.h"
#include "tests/common/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ea;

namespace {
// The small fixture with endpoints and a third tier (edge, one node in Berlin), so a workload has two
// fallback tiers to order.
Scenario fixture()
{
    const ScenarioLoad l = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    if (!l.ok())
        qFatal("%s", qPrintable(l.errors.join(QLatin1Char('\n'))));
    Scenario s = *l.scenario;
    s.tiers[static_cast<int>(Tier::Edge)] = s.tier(Tier::Regional);
    Node edge = s.nodes[1];
    edge.id = QStringLiteral("edge-ber");
    edge.tier = Tier::Edge;
    edge.gpuCount = 2;
    s.nodes.push_back(edge);
    for (Node &n : s.nodes)
        n.endpoint = QStringLiteral("https://%1.example.net/v1").arg(n.id);
    return s;
}

struct Planned
{
    std::shared_ptr<const Scenario> scenario;
    std::unique_ptr<Evaluator> evaluator;
    PlanOutcome plan;
    RoutingPolicy policy;
};

Planned planned(const Scenario &s, int candidates = Evaluator::CandidatesPerRegion)
{
    Planned p;
    p.scenario = std::make_shared<const Scenario>(s);
    p.evaluator = std::make_unique<Evaluator>(p.scenario);
    p.plan = p.evaluator->evaluate(placementOf(s));
    p.policy = buildRoutingPolicy(*p.evaluator, p.plan, candidates);
    return p;
}

// A python3 that has PyYAML, or empty.
QString pythonWithYaml()
{
    QStringList tried;
    for (const QString &name :
         {QStandardPaths::findExecutable(QStringLiteral("python3")), QStringLiteral("/usr/bin/python3")}) {
        if (name.isEmpty() || tried.contains(name) || !QFile::exists(name))
            continue;
        tried << name;
        QProcess p;
        p.start(name, {QStringLiteral("-c"), QStringLiteral("import yaml")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return name;
    }
    return {};
}

// The document as PyYAML's safe_load reads it, converted to JSON.
QJsonValue parseYaml(const QString &python, const QByteArray &yaml)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.yaml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(yaml);
    f.close();
    QProcess p;
    p.start(python, {QStringLiteral("-c"),
                     QStringLiteral("import yaml,json,sys; print(json.dumps(yaml.safe_load(open(sys.argv[1], "
                                    "encoding='utf-8'))))"),
                     path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("%s", p.readAllStandardError().constData());
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput());
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}
} // namespace

class tst_Policy : public QObject
{
    Q_OBJECT

    QString m_python;

private slots:
    void initTestCase() { m_python = pythonWithYaml(); }

    void candidatesAreTheEvaluators()
    {
        const ScenarioLoad l = loadDefaultScenario(); // thousands of regions, 8 candidates each
        QVERIFY(l.ok());
        const Planned p = planned(*l.scenario);
        const Scenario &s = *p.scenario;
        const QJsonObject root = QJsonDocument::fromJson(policyToJson(s, p.policy)).object();
        QCOMPARE(root.value(QLatin1String("schema")).toString(), QStringLiteral("edgeatlas-policy/1"));
        const QJsonArray workloads = root.value(QLatin1String("workloads")).toArray();
        QCOMPARE(workloads.size(), static_cast<qsizetype>(s.workloads.size()));
        const QJsonObject nodes = root.value(QLatin1String("nodes")).toObject();
        for (size_t w = 0; w < s.workloads.size(); ++w) {
            const QJsonObject jw = workloads.at(static_cast<qsizetype>(w)).toObject();
            const Tier tier = p.plan.placement[w];
            QCOMPARE(jw.value(QLatin1String("id")).toString(), s.workloads[w].id);
            QCOMPARE(jw.value(QLatin1String("tier")).toString(), tierId(tier));
            QCOMPARE(jw.value(QLatin1String("slo")).toObject().value(QLatin1String("budgetMs")).toDouble(),
                     s.workloads[w].slo.budgetMs);
            QVERIFY(
                std::fabs(
                    jw.value(QLatin1String("cost")).toObject().value(QLatin1String("usdPerMTok")).toDouble() -
                    p.plan.workloads[w].usdPerMTok()) < 1e-6);
            const Evaluator::Candidates &c = p.evaluator->candidates(tier);
            const QJsonArray regions = jw.value(QLatin1String("regions")).toArray();
            QCOMPARE(regions.size(), static_cast<qsizetype>(s.regions.size()));
            for (size_t r = 0; r < s.regions.size(); r += 97) { // a spread sample of the regions
                const QJsonObject jr = regions.at(static_cast<qsizetype>(r)).toObject();
                QCOMPARE(jr.value(QLatin1String("region")).toString(), s.regions[r].id);
                const QJsonArray cand = jr.value(QLatin1String("candidates")).toArray();
                int j = 0;
                for (; j < Evaluator::CandidatesPerRegion; ++j) {
                    const int node = c.node[r * Evaluator::CandidatesPerRegion + static_cast<size_t>(j)];
                    if (node < 0)
                        break;
                    const QJsonObject jc = cand.at(j).toObject();
                    QCOMPARE(jc.value(QLatin1String("node")).toString(),
                             s.nodes[static_cast<size_t>(node)].id);
                    QVERIFY(std::fabs(jc.value(QLatin1String("rttMs")).toDouble() -
                                      c.rtt[r * Evaluator::CandidatesPerRegion + static_cast<size_t>(j)]) <=
                            0.005);
                    QVERIFY(nodes.contains(jc.value(QLatin1String("node")).toString()));
                }
                QCOMPARE(cand.size(), j);
                const int served = p.plan.workloads[w].regions[r].node;
                QCOMPARE(jr.value(QLatin1String("servedBy")).toString(),
                         served >= 0 ? s.nodes[static_cast<size_t>(served)].id : QString());
            }
        }
    }

    void splitWorkloadRegionsUseTheirZonesTier()
    {
        // Code completion on the edge in Europe, regional elsewhere: a European region's candidates are the
        // edge tier's, the others' the regional tier's, and the JSON says so.
        const ScenarioLoad l = loadDefaultScenario();
        QVERIFY(l.ok());
        const auto scenario = std::make_shared<const Scenario>(*l.scenario);
        const Evaluator e(scenario);
        const Scenario &s = *scenario;
        Placement placement = placementOf(s);
        const size_t w = 0;
        placement.setTier(w, Tier::Regional);
        placement.setZoneTier(w, geo::Zone::Europe, Tier::Edge);
        const PlanOutcome plan = e.evaluate(placement);
        const RoutingPolicy policy = buildRoutingPolicy(e, plan);
        const QJsonObject jw = QJsonDocument::fromJson(policyToJson(s, policy))
                                   .object()
                                   .value(QLatin1String("workloads"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
        QCOMPARE(jw.value(QLatin1String("tier")).toString(), QStringLiteral("regional"));
        QCOMPARE(jw.value(QLatin1String("zoneTiers")).toObject(),
                 (QJsonObject{{QStringLiteral("EU"), QStringLiteral("edge")}}));
        const QJsonArray regions = jw.value(QLatin1String("regions")).toArray();
        int europe = 0, elsewhere = 0;
        QSet<Tier> servingTiers;
        for (size_t r = 0; r < s.regions.size(); ++r) {
            const bool inEurope = e.regionZone(int(r)) == int(geo::Zone::Europe);
            const Tier tier = inEurope ? Tier::Edge : Tier::Regional;
            (inEurope ? europe : elsewhere)++;
            const QJsonObject jr = regions.at(qsizetype(r)).toObject();
            QCOMPARE(jr.value(QLatin1String("tier")).toString(), tierId(tier));
            const Evaluator::Candidates &c = e.candidates(tier);
            const QJsonArray cand = jr.value(QLatin1String("candidates")).toArray();
            QVERIFY(!cand.isEmpty());
            QCOMPARE(cand.at(0).toObject().value(QLatin1String("node")).toString(),
                     s.nodes[size_t(c.node[r * Evaluator::CandidatesPerRegion])].id);
            if (const int served = plan.workloads[w].regions[r].node; served >= 0) {
                QCOMPARE(s.nodes[size_t(served)].tier, tier); // the evaluator served it from that tier too
                servingTiers.insert(tier);
            }
        }
        QVERIFY(europe > 0 && elsewhere > 0);
        QCOMPARE(servingTiers.size(), 2);
        // The router's node list (the LiteLLM group's deployments) holds both tiers' serving nodes.
        QSet<Tier> routeTiers;
        for (int n : policy.workloads[w].route.nodes)
            routeTiers.insert(s.nodes[size_t(n)].tier);
        QCOMPARE(routeTiers, (QSet<Tier>{Tier::Edge, Tier::Regional}));
        // A workload that is not split is written as before: no zoneTiers, no per-region tier.
        const QJsonObject other = QJsonDocument::fromJson(policyToJson(s, policy))
                                      .object()
                                      .value(QLatin1String("workloads"))
                                      .toArray()
                                      .at(1)
                                      .toObject();
        QVERIFY(!other.contains(QLatin1String("zoneTiers")));
        QVERIFY(!other.value(QLatin1String("regions"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QLatin1String("tier")));
    }

    void fallbacksInThePlansOrder()
    {
        const Planned p = planned(fixture());
        const Scenario &s = *p.scenario;
        const WorkloadPolicy &wp = p.policy.workloads.at(0);
        QCOMPARE(wp.route.tier, Tier::Regional);
        QCOMPARE(wp.fallbacks.size(), size_t(2)); // edge and central
        QSet<Tier> seen;
        for (size_t i = 0; i < wp.fallbacks.size(); ++i) {
            const PolicyRoute &f = wp.fallbacks[i];
            QVERIFY(f.tier != wp.route.tier);
            seen.insert(f.tier);
            QVERIFY(!f.nodes.empty());
            for (int n : f.nodes)
                QCOMPARE(s.nodes[static_cast<size_t>(n)].tier, f.tier);
            if (i > 0) { // meeting the SLO first, then fastest
                const PolicyRoute &prev = wp.fallbacks[i - 1];
                QVERIFY(prev.meetsSlo > f.meetsSlo || (prev.meetsSlo == f.meetsSlo && prev.sloMs <= f.sloMs));
            }
        }
        QVERIFY(seen.contains(Tier::Edge) && seen.contains(Tier::Central));
        // The plan's own nodes, most demand first: Paris carries 3 of the 4 weight units.
        QCOMPARE(wp.route.nodes, (std::vector<int>{0, 1}));
        QCOMPARE(wp.maxNetworkMs, s.workloads[0].slo.budgetMs - (p.plan.workloads[0].sloMs - wp.networkMs));
        // --candidates trims the list per region.
        const Planned one = planned(fixture(), 1);
        QCOMPARE(one.policy.workloads[0].regions[0].candidates.size(), size_t(1));
        QCOMPARE(p.policy.workloads[0].regions[0].candidates.size(), size_t(2));
    }

    void liteLlmYamlReadByPyYaml()
    {
        EA_REQUIRE(!m_python.isEmpty(),
                   "python3 with PyYAML (Debian package python3-yaml, packaging/install-deps.sh)");
        Scenario s = fixture();
        s.name = QStringLiteral("Line one\nline \"two\" # not a comment");
        s.nodes[1].endpoint = QStringLiteral("https://ber.example.net/v1?q=a: b #frag"); // YAML-significant
        const Planned p = planned(s);
        const LiteLlmConfig config = liteLlmConfig(*p.scenario, p.policy, {QStringLiteral("EDGE_KEY")});
        const QJsonObject doc = parseYaml(m_python, config.yaml).toObject();
        QVERIFY2(!doc.isEmpty(), config.yaml.constData());
        QCOMPARE(doc.keys(), (QStringList{QStringLiteral("model_list"), QStringLiteral("router_settings")}));

        const WorkloadPolicy &wp = p.policy.workloads[0];
        const QJsonArray list = doc.value(QLatin1String("model_list")).toArray();
        size_t expected = wp.route.nodes.size();
        for (const PolicyRoute &f : wp.fallbacks)
            expected += f.nodes.size();
        QCOMPARE(static_cast<size_t>(list.size()), expected);
        QCOMPARE(list.size(), config.deployments);
        QSet<QString> planEndpoints, ids;
        for (int n : wp.route.nodes)
            planEndpoints.insert(s.nodes[static_cast<size_t>(n)].endpoint);
        int primary = 0;
        for (const QJsonValue &v : list) {
            const QJsonObject e = v.toObject();
            const QJsonObject params = e.value(QLatin1String("litellm_params")).toObject();
            QCOMPARE(params.value(QLatin1String("model")).toString(), QStringLiteral("openai/m1"));
            QCOMPARE(params.value(QLatin1String("api_key")).toString(),
                     QStringLiteral("os.environ/EDGE_KEY"));
            const QString base = params.value(QLatin1String("api_base")).toString();
            const QString group = e.value(QLatin1String("model_name")).toString();
            if (group == QLatin1String("chat")) {
                ++primary;
                QVERIFY2(planEndpoints.contains(base), qPrintable(base)); // a node of the plan's tier
            } else {
                QVERIFY(group.startsWith(QLatin1String("chat@")));
                const auto tier = tierFromId(group.mid(5));
                QVERIFY(tier && *tier != wp.route.tier);
                bool ofTier = false;
                for (const Node &n : s.nodes)
                    ofTier = ofTier || (n.endpoint == base && n.tier == *tier);
                QVERIFY2(ofTier, qPrintable(base));
            }
            const QString id =
                e.value(QLatin1String("model_info")).toObject().value(QLatin1String("id")).toString();
            QVERIFY(!ids.contains(id));
            ids.insert(id);
        }
        QCOMPARE(primary, 2);
        QVERIFY(planEndpoints.contains(QStringLiteral("https://ber.example.net/v1?q=a: b #frag")));
        // No literal key anywhere: the only key-like values name the environment.
        QVERIFY(!config.yaml.contains("sk-"));
        QCOMPARE(config.yaml.count("api_key:"), config.yaml.count("api_key: \"os.environ/EDGE_KEY\""));

        const QJsonObject router = doc.value(QLatin1String("router_settings")).toObject();
        QCOMPARE(router.value(QLatin1String("routing_strategy")).toString(),
                 QStringLiteral("latency-based-routing"));
        const QJsonArray fallbacks = router.value(QLatin1String("fallbacks")).toArray();
        QCOMPARE(fallbacks.size(), 1);
        QJsonArray order;
        for (const PolicyRoute &f : wp.fallbacks)
            order.append(QStringLiteral("chat@") + tierId(f.tier));
        QCOMPARE(fallbacks.at(0).toObject().value(QLatin1String("chat")).toArray(), order);
    }

    void yamlQuotingSurvivesAnyString()
    {
        EA_REQUIRE(!m_python.isEmpty(),
                   "python3 with PyYAML (Debian package python3-yaml, packaging/install-deps.sh)");
        const QStringList samples{QStringLiteral("plain"),
                                  QStringLiteral("yes"),
                                  QStringLiteral("1.5e3"),
                                  QStringLiteral("a: b # c"),
                                  QStringLiteral("- [x] {y} & *z ! | > % @ `"),
                                  QStringLiteral("quote \" back \\ slash"),
                                  QStringLiteral("tab\tnew\nline\rcr\x01\x7f"),
                                  QString::fromUtf8("Zürich \u2028 \xF0\x9F\x9A\x80 end"),
                                  QString()};
        QByteArray yaml;
        for (const QString &v : samples)
            yaml += "- " + yamlQuoted(v) + '\n';
        const QJsonArray got = parseYaml(m_python, yaml).toArray();
        QCOMPARE(got.size(), samples.size());
        for (qsizetype i = 0; i < samples.size(); ++i)
            QCOMPARE(got.at(i).toString(), samples[i]);
    }

    void noEndpointsNoDeployments()
    {
        Scenario s = fixture();
        for (Node &n : s.nodes)
            n.endpoint.clear();
        const Planned p = planned(s);
        const LiteLlmConfig config = liteLlmConfig(*p.scenario, p.policy);
        QCOMPARE(config.deployments, 0);
        QVERIFY(config.yaml.contains("model_list: []"));
        QVERIFY(!config.warnings.isEmpty());
        QVERIFY(config.warnings[0].contains(QLatin1String("none of its 2 serving nodes has an endpoint")));
        QVERIFY(isEnvironmentName(QStringLiteral("EDGEATLAS_API_KEY")));
        QVERIFY(!isEnvironmentName(QStringLiteral("sk-123")));
        QVERIFY(!isEnvironmentName(QStringLiteral("1ABC")));
    }
};

QTEST_GUILESS_MAIN(tst_Policy)
#include "tst_policy.moc"
