// SPDX-License-Identifier: GPL-3.0-or-later
// Measured compute profiles in the scenario: JSON round trip, validation, and the planner using them
// instead of the roofline.
#include "engine/latency/computemodel.h"
#include "engine/model/scenariojson.h"
#include "engine/plan/evaluator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ea;

namespace {

QByteArray fixtureBytes()
{
    QFile f(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture missing");
    return f.readAll();
}

Scenario fixture()
{
    const ScenarioLoad l = parseScenario(fixtureBytes());
    if (!l.ok())
        qFatal("%s", qPrintable(l.errors.join(QLatin1Char('\n'))));
    return *l.scenario;
}

MeasuredProfile profile(double prefillTps, double step1, double perSeq)
{
    MeasuredProfile m;
    m.gpu = QStringLiteral("g1");
    m.model = QStringLiteral("m1");
    m.precision = Precision::BF16;
    m.profile = {prefillTps, step1, perSeq, std::nullopt};
    m.source = QStringLiteral("edgeatlas-trials 0.1.0, cpu (test), 2026-11-27");
    m.asOf = QStringLiteral("2026-11-27");
    return m;
}

QJsonObject profileJson(const QString &gpu, const QString &model)
{
    return QJsonObject{{QStringLiteral("gpu"), gpu},
                       {QStringLiteral("model"), model},
                       {QStringLiteral("precision"), QStringLiteral("bf16")},
                       {QStringLiteral("decodeStepMsAtBatch1"), 5.0},
                       {QStringLiteral("source"), QStringLiteral("test")}};
}

QByteArray withProfiles(const QJsonArray &profiles)
{
    QJsonObject o = QJsonDocument::fromJson(fixtureBytes()).object();
    o.insert(QStringLiteral("computeProfiles"), profiles);
    return QJsonDocument(o).toJson();
}

bool near(double a, double b, double rel = 1e-9)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(b), 1e-9);
}

} // namespace

class tst_ComputeProfiles : public QObject
{
    Q_OBJECT
private slots:
    void oldFilesLoadWithoutProfilesAndStayUnchanged()
    {
        const Scenario s = fixture();
        QVERIFY(s.computeProfiles.empty());
        QVERIFY(!scenarioToJson(s).contains("computeProfiles"));
    }

    void roundTrip()
    {
        Scenario s = fixture();
        s.computeProfiles.push_back(profile(12345.5, 7.25, 0.125));
        MeasuredProfile partial = profile(0, 3.5, 0);
        partial.precision = Precision::FP8;
        partial.asOf.clear();
        s.computeProfiles.push_back(partial);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.json"));
        QString error;
        QVERIFY2(saveScenarioFile(s, file, &error), qPrintable(error));
        const ScenarioLoad back = loadScenarioFile(file);
        QVERIFY2(back.ok(), qPrintable(back.errors.join(QLatin1Char('\n'))));
        QVERIFY(*back.scenario == s);
        QCOMPARE(back.scenario->computeProfiles.size(), size_t(2));
        QCOMPARE(back.scenario->computeProfiles[1].precision, Precision::FP8);
        QCOMPARE(back.scenario->computeProfiles[0].profile.decodeStepMsPerExtraSeq, 0.125);
        QCOMPARE(scenarioToJson(*back.scenario), scenarioToJson(s));
        const MeasuredProfile *found =
            back.scenario->measuredProfile(QStringLiteral("g1"), QStringLiteral("m1"), Precision::FP8);
        QVERIFY(found);
        QCOMPARE(found->profile.decodeStepMsAtBatch1, 3.5);
        QVERIFY(!back.scenario->measuredProfile(QStringLiteral("g1"), QStringLiteral("m1"), Precision::FP16));
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        const QJsonObject ok = profileJson(QStringLiteral("g1"), QStringLiteral("m1"));
        QTest::newRow("unknown gpu")
            << withProfiles({profileJson(QStringLiteral("tpu"), QStringLiteral("m1"))})
            << QStringList{QStringLiteral("$.computeProfiles[0].gpu: unknown GPU type \"tpu\"")};
        QTest::newRow("unknown model")
            << withProfiles({ok, profileJson(QStringLiteral("g1"), QStringLiteral("gpt-9"))})
            << QStringList{QStringLiteral("$.computeProfiles[1].model: unknown model \"gpt-9\"")};
        QTest::newRow("duplicate") << withProfiles({ok, ok})
                                   << QStringList{QStringLiteral(
                                          "$.computeProfiles[1]: a second profile of g1 running m1 in bf16 "
                                          "(first at $.computeProfiles[0])")};
        QJsonObject bad = ok;
        bad.insert(QStringLiteral("precision"), QStringLiteral("int4"));
        bad.insert(QStringLiteral("decodeStepMsPerExtraSeq"), -1.0);
        bad.insert(QStringLiteral("speed"), 1.0);
        bad.remove(QStringLiteral("source"));
        QTest::newRow("typed problems")
            << withProfiles({bad})
            << QStringList{
                   QStringLiteral("$.computeProfiles[0].precision: must be fp32, fp16, bf16, fp8 or fp4"),
                   QStringLiteral("$.computeProfiles[0].decodeStepMsPerExtraSeq: must be >= 0"),
                   QStringLiteral("$.computeProfiles[0].speed: unknown key"),
                   QStringLiteral("$.computeProfiles[0].source: missing")};
        QJsonObject empty = ok;
        empty.remove(QStringLiteral("decodeStepMsAtBatch1"));
        QTest::newRow("no figures")
            << withProfiles({empty})
            << QStringList{QStringLiteral(
                   "$.computeProfiles[0]: needs prefillTokensPerSec or decodeStepMsAtBatch1 > 0")};
        QJsonObject notList = QJsonDocument::fromJson(fixtureBytes()).object();
        notList.insert(QStringLiteral("computeProfiles"), 3);
        QTest::newRow("not a list") << QJsonDocument(notList).toJson()
                                    << QStringList{QStringLiteral("$.computeProfiles: expected an array")};
    }
    void validation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const ScenarioLoad l = parseScenario(json);
        QVERIFY(!l.ok());
        for (const QString &e : expected)
            QVERIFY2(
                std::any_of(l.errors.begin(), l.errors.end(),
                            [&](const QString &x) { return x.startsWith(e); }),
                qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(e, l.errors.join(QLatin1Char('\n')))));
        // The same rules hold for a typed scenario (what Document::applyEdit checks).
        Scenario s = fixture();
        s.computeProfiles.push_back(profile(0, 5, 0));
        s.computeProfiles.back().gpu = QStringLiteral("tpu");
        QStringList errors;
        validateScenario(s, &errors);
        QCOMPARE(errors, QStringList{QStringLiteral("$.computeProfiles[0].gpu: unknown GPU type \"tpu\"")});
    }

    void computeModelUsesTheProfile()
    {
        const Scenario s = fixture();
        ComputeModel m(s.gpus[0], s.models[0], Precision::BF16, 1.0, 1.0);
        const double rooflineStep = m.decodeStepMs(1, 105);
        m.setProfile({20000.0, 7.0, 0.5, std::nullopt});
        QCOMPARE(m.prefillMs(100), 5.0);
        QCOMPARE(m.decodeStepMs(1, 105), 7.0);
        QCOMPARE(m.decodeStepMs(9, 105), 11.0);
        QVERIFY(!near(rooflineStep, 7.0, 1e-3));
        // A profile without a prefill rate keeps the roofline prefill.
        ComputeModel d(s.gpus[0], s.models[0], Precision::BF16, 1.0, 1.0);
        const double rooflinePrefill = d.prefillMs(100);
        d.setProfile({0, 7.0, 0, std::nullopt});
        QCOMPARE(d.prefillMs(100), rooflinePrefill);
    }

    void evaluationUsesTheMatchingProfile()
    {
        Scenario s = fixture();
        const auto base = std::make_shared<const Scenario>(s);
        const WorkloadOutcome before = Evaluator(base).evaluate(placementOf(s)).workloads[0];
        // Prompt 100 tokens at 10,000 tokens/s = 10 ms; TTFT at batch 1 = the engine's scheduling + the
        // prefill: the fitted scheduling when the profile states none, its own when it does (a serving
        // benchmark's).
        s.computeProfiles.push_back(profile(10000.0, 7.0, 0.5));
        auto measured = std::make_shared<const Scenario>(s);
        WorkloadOutcome w = Evaluator(measured).evaluate(placementOf(s)).workloads[0];
        QCOMPARE(w.siteLoads[0].batch, 1);
        QVERIFY2(near(w.breakdown.prefillMs, 10.0), qPrintable(QString::number(w.breakdown.prefillMs)));
        QVERIFY(near(w.p50Ms, 10.0 + defaultServingParams().schedulingMs + 10.0, 1e-5));
        QVERIFY(!near(before.breakdown.prefillMs, 10.0, 1e-3));
        s.computeProfiles.back().profile.schedulingMs = 2.5;
        measured = std::make_shared<const Scenario>(s);
        w = Evaluator(measured).evaluate(placementOf(s)).workloads[0];
        QVERIFY(near(w.p50Ms, 10.0 + 2.5 + 10.0, 1e-5));
        // An E2E SLO sees the measured step: TTFT + 9 more tokens at 7 ms (batch 1).
        s.workloads[0].slo.metric = SloMetric::E2e;
        measured = std::make_shared<const Scenario>(s);
        w = Evaluator(measured).evaluate(placementOf(s)).workloads[0];
        QVERIFY2(near(w.p50Ms, 10.0 + 2.5 + 10.0 + 9 * 7.0, 1e-5), qPrintable(QString::number(w.p50Ms)));
        QVERIFY2(near(w.breakdown.decodeMs, 9 * 7.0), qPrintable(QString::number(w.breakdown.decodeMs)));
        s.workloads[0].slo.metric = SloMetric::Ttft;

        // Another precision or GPU type does not match: the roofline stays.
        s.computeProfiles.back().precision = Precision::FP16;
        const auto other = std::make_shared<const Scenario>(s);
        const WorkloadOutcome o = Evaluator(other).evaluate(placementOf(s)).workloads[0];
        QCOMPARE(o.breakdown.decodeMs, before.breakdown.decodeMs);
        QCOMPARE(o.breakdown.prefillMs, before.breakdown.prefillMs);
    }
};

QTEST_GUILESS_MAIN(tst_ComputeProfiles)
#include "tst_computeprofiles.moc"
