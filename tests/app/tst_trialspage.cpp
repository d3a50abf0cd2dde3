// SPDX-License-Identifier: GPL-3.0-or-later
// The Trials mode end to end on the CPU backend with a tiny model: an A/B run with its A/A control, the
// table against the runner's numbers, the noise verdict, cancel, export, and "Use as compute profile"
// changing the plan (undoably). EA_TRIALS_SCREENSHOT=FILE.png saves the page after the run.
#include "app/document.h"
#include "app/trials/profiledialog.h"
#include "app/trials/trialconfigform.h"
#include "app/trials/trialspage.h"
#include "app/trials/trialsresultsmodel.h"
#include "app/trials/trialsrunner.h"
#include "engine/model/scenariojson.h"
#include "engine/plan/evaluator.h"
#include "widgets/trials/trialboxchart.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace ea;

namespace {

const QString kTiny = QStringLiteral("tiny-llama");

/** The small fixture with the tiny test model of engine/trials/tools, which its workload then runs. */
Scenario fixture()
{
    const ScenarioLoad l = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    if (!l.ok())
        qFatal("%s", qPrintable(l.errors.join(QLatin1Char('\n'))));
    Scenario s = *l.scenario;
    ModelSpec m;
    m.id = kTiny;
    m.name = QStringLiteral("tiny Llama-shaped test model");
    m.layers = 2;
    m.hidden = 256;
    m.heads = 8;
    m.kvHeads = 2;
    m.ffn = 512;
    m.vocab = 2048;
    m.paramsB = 0.00216;
    m.source = QStringLiteral("engine/trials/tools/tiny-scenario.json");
    s.models.push_back(m);
    s.workloads[0].model = kTiny;
    return s;
}

/** A run of a few seconds on two shared cores. */
TrialsSettings quick()
{
    TrialsSettings s;
    s.backend = trials::BackendKind::Cpu;
    s.minSamples = 5;
    s.minTimeS = 0.03;
    s.maxTimeS = 0.5;
    s.rounds = 9;
    s.copyMiB = 16;
    s.gemmSize = 128;
    return s;
}

void configure(TrialsPage &page, const TrialsSettings &settings)
{
    page.settingsForm()->setSettings(settings);
    for (TrialConfigForm *f : {page.configA(), page.configB()}) {
        f->setModel(kTiny);
        f->setPhase(trials::Phase::Decode);
        f->setPrecision(trials::Precision::BF16);
        f->setContext(128);
    }
    page.configA()->setBatch(1);
    page.configB()->setBatch(4);
}

/** Saves the widget to $EA_TRIALS_SCREENSHOT with a suffix before ".png", when that is set. */
void screenshot(QWidget *w, const char *suffix)
{
    QString file = QString::fromLocal8Bit(qgetenv("EA_TRIALS_SCREENSHOT"));
    if (file.isEmpty())
        return;
    file.insert(file.endsWith(QLatin1String(".png")) ? file.size() - 4 : file.size(), QLatin1String(suffix));
    QTest::qWait(100); // let the layouts settle on the new texts
    if (!w->grab().save(file))
        qWarning("cannot save %s", qPrintable(file));
}

bool near(double a, double b, double rel = 1e-9)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(b), 1e-12);
}

trials::PairResult pairWithRatios(double p10, double median, double p90)
{
    trials::PairResult p;
    p.ratio.p10 = p10;
    p.ratio.median = median;
    p.ratio.p90 = p90;
    p.ratio.n = 10;
    return p;
}

} // namespace

class tst_TrialsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_doc = std::make_unique<Document>();
        m_doc->setScenario(fixture(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(m_doc->outcome() && !m_doc->isEvaluating(), 20000);
        m_page = std::make_unique<TrialsPage>(m_doc.get());
        m_page->resize(1500, 980);
        m_page->show();
        m_resultsTester = std::make_unique<QAbstractItemModelTester>(
            m_page->resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_pairsTester = std::make_unique<QAbstractItemModelTester>(
            m_page->pairsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void verdictFollowsTheDefinition()
    {
        // Noise = widest deviation from 1 of the A/A p10 and p90: here 3 %.
        const trials::PairResult control = pairWithRatios(0.98, 1.001, 1.03);
        const trials::Comparison slower = compareTrials(control, pairWithRatios(1.04, 1.05, 1.06));
        QVERIFY(slower.valid);
        QVERIFY(near(slower.noise, 0.03, 1e-12));
        QVERIFY(near(slower.delta, 0.05, 1e-12));
        QVERIFY(slower.exceedsNoise);
        const trials::Comparison same = compareTrials(control, pairWithRatios(0.99, 1.02, 1.05));
        QVERIFY(!same.exceedsNoise);
        QCOMPARE(TrialPairsModel::verdictText(same), QStringLiteral("within noise"));
        QVERIFY(compareTrials(control, pairWithRatios(0.9, 0.96, 0.97)).exceedsNoise); // faster counts too
        trials::PairResult failed = pairWithRatios(1, 1, 1);
        failed.status = "failed: out of memory";
        QVERIFY(!compareTrials(control, failed).valid);
    }

    void profileFromTrialResults()
    {
        const auto result = [](trials::Phase phase, int batch, double medianS, trials::Precision p) {
            trials::TrialResult r;
            r.config.model.id = kTiny.toStdString();
            r.config.phase = phase;
            r.config.batch = batch;
            r.config.precision = p;
            r.stats.median = medianS;
            r.stats.n = 10;
            r.accounting.tokens = phase == trials::Phase::Prefill ? 1024.0 : batch;
            return r;
        };
        using P = trials::Phase;
        const auto bf16 = trials::Precision::BF16;
        std::vector<trials::TrialResult> results{
            result(P::Decode, 2, 0.003, bf16), result(P::Decode, 4, 0.004, bf16),
            result(P::Decode, 1, 0.001, trials::Precision::FP8), result(P::Prefill, 1, 0.1, bf16)};
        trials::TrialResult failed = result(P::Decode, 1, 0.0005, bf16);
        failed.status = "failed: outputs not written or not finite";
        results.push_back(failed);
        // No batch-1 trial: extrapolated along the slope between batch 2 and 4 (0.5 ms per sequence).
        const ProfileDerivation d = deriveProfile(results, kTiny, bf16);
        QVERIFY(near(d.profile.decodeStepMsPerExtraSeq, 0.5));
        QVERIFY(near(d.profile.decodeStepMsAtBatch1, 2.5));
        QVERIFY(near(d.profile.prefillTokensPerSec, 10240.0));
        QCOMPARE(d.notes.size(), 3);
        QVERIFY(d.notes[0].contains(QStringLiteral("extrapolated")));
        // One batch only: its step, no slope; no prefill: the roofline keeps it (0).
        const ProfileDerivation fp8 = deriveProfile(results, kTiny, trials::Precision::FP8);
        QCOMPARE(fp8.profile.decodeStepMsAtBatch1, 1.0);
        QCOMPARE(fp8.profile.decodeStepMsPerExtraSeq, 0.0);
        QCOMPARE(fp8.profile.prefillTokensPerSec, 0.0);
        QVERIFY(!deriveProfile(results, kTiny, trials::Precision::FP16).usable());
        // Adding a profile replaces the one of the same GPU type, model and precision.
        Scenario s = fixture();
        MeasuredProfile m;
        m.gpu = QStringLiteral("g1");
        m.model = kTiny;
        m.profile = d.profile;
        m.source = QStringLiteral("test");
        s = withMeasuredProfile(s, m);
        m.profile.decodeStepMsAtBatch1 = 9;
        s = withMeasuredProfile(s, m);
        QCOMPARE(s.computeProfiles.size(), size_t(1));
        QCOMPARE(s.computeProfiles[0].profile.decodeStepMsAtBatch1, 9.0);
    }

    void devicesAreProbed()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_page->runner()->availability().probed, 30000);
        const BackendAvailability &a = m_page->runner()->availability();
        QVERIFY(!a.cpu.isEmpty());
        QVERIFY(!a.cuda.isEmpty()); // the GPU's name, or why there is none
        QVERIFY(m_page->devicesLabel()->text().contains(QStringLiteral("CUDA")));
        // The catalogue is listed smallest first: a CPU run starts from the tiny model.
        QCOMPARE(m_page->configA()->modelBox()->itemData(0).toString(), kTiny);
    }

    void abRunOnTheCpu()
    {
        TrialsSettings s = quick();
        s.profileTrials = true; // decode at batch 8 and a prefill, for the profile test below
        configure(*m_page, s);
        QSignalSpy progress(m_page.get(), &TrialsPage::progressChanged);
        QSignalSpy done(m_page.get(), &TrialsPage::outcomeChanged);
        // What the page shows at each partial outcome (this connection runs after the page's own).
        struct Seen
        {
            TrialsOutcomePtr outcome;
            int rows, boxes, pairs;
            bool measuring, doneBefore;
        };
        QList<Seen> seen;
        const QMetaObject::Connection watch =
            connect(m_page->runner(), &TrialsRunner::partial, this, [&](const TrialsOutcomePtr &o) {
                seen.append({o, m_page->resultsModel()->rowCount(), int(m_page->charts()[0]->boxes().size()),
                             m_page->pairsModel()->rowCount(),
                             m_page->verdictLabel()->text().contains(QStringLiteral("Measuring")),
                             !done.isEmpty()});
            });
        const auto unwatch = qScopeGuard([watch] { disconnect(watch); });
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_page->run());
        QVERIFY(m_page->isRunning());
        QVERIFY(!m_page->runButton()->isEnabled());
        QVERIFY(m_page->cancelButton()->isEnabled());
        QVERIFY(!m_page->run()); // one at a time
        QVERIFY(done.wait(120000));
        qInfo("A/B run with A/A control and 2 profile trials: %lld ms", clock.elapsed());
        const TrialsOutcomePtr o = m_page->outcome();
        QVERIFY2(o->error.isEmpty(), qPrintable(o->error));
        QVERIFY(!o->cancelled);
        // Backend, ceilings, A, B, decode B=8, prefill, A/A, A/B.
        QCOMPARE(progress.size(), 8);
        QCOMPARE(progress.last().at(1).toInt(), 8);
        QCOMPARE(m_page->progressBar()->value(), m_page->progressBar()->maximum());
        QCOMPARE(o->report.provenance.device.backend, std::string("cpu"));
        QVERIFY(o->report.haveCeilings && o->report.ceilings.copyBps > 0);
        QVERIFY(m_page->ceilingsLabel()->text().contains(QStringLiteral("copy")));
        QCOMPARE(o->report.results.size(), size_t(4));
        for (const trials::TrialResult &r : o->report.results)
            QVERIFY2(r.ok() && r.stats.median > 0 && r.outputsWritten, r.status.c_str());
        QCOMPARE(o->a()->config.batch, 1);
        QCOMPARE(o->b()->config.batch, 4);
        QVERIFY(!o->partial);

        // Results as they came: after the ceilings, after each of the 4 configurations, after the A/A
        // control; each row and box shown at once, the verdict only at the end.
        QCOMPARE(seen.size(), 6);
        const QList<int> rows{0, 1, 2, 3, 4, 4};
        for (int i = 0; i < seen.size(); ++i) {
            const Seen &p = seen[i];
            QVERIFY(p.outcome->partial);
            QVERIFY(!p.doneBefore);
            QCOMPARE(p.rows, rows[i]);
            QCOMPARE(p.boxes, std::min(rows[i], 2)); // A's box once A is measured, B's once B is
            QCOMPARE(p.pairs, i == 5 ? 1 : 0);       // the A/A control, not yet the A/B pair
            QVERIFY(p.measuring);
            QVERIFY(p.outcome->report.haveCeilings);
            // The same measurements the finished run reports.
            for (size_t r = 0; r < p.outcome->report.results.size(); ++r)
                QCOMPARE(p.outcome->report.results[r].stats.median, o->report.results[r].stats.median);
        }
        QVERIFY(!m_page->verdictLabel()->text().contains(QStringLiteral("Measuring")));

        // The table shows the runner's numbers.
        TrialResultsModel *m = m_page->resultsModel();
        QCOMPARE(m->rowCount(), 4);
        const auto raw = [&](int row, int column) {
            return m->index(row, column).data(Qt::UserRole).toDouble();
        };
        for (int row = 0; row < 2; ++row) {
            const trials::TrialResult &r = o->report.results[size_t(row)];
            QCOMPARE(raw(row, TrialResultsModel::MedianMs), r.stats.median * 1e3);
            QCOMPARE(raw(row, TrialResultsModel::P10Ms), r.stats.p10 * 1e3);
            QCOMPARE(raw(row, TrialResultsModel::P90Ms), r.stats.p90 * 1e3);
            QCOMPARE(raw(row, TrialResultsModel::TokensPerS), r.tokensPerS);
            QCOMPARE(raw(row, TrialResultsModel::PctRoofline), r.pctOfRoofline);
            QVERIFY(near(raw(row, TrialResultsModel::MsPerToken), r.stats.median * 1e3 / r.config.batch));
            QVERIFY(near(raw(row, TrialResultsModel::AchievedGBps), r.achievedBps / 1e9));
        }
        QCOMPARE(m->index(0, TrialResultsModel::Role).data().toString(), QStringLiteral("A"));
        QCOMPARE(m->index(1, TrialResultsModel::Role).data().toString(), QStringLiteral("B"));

        // The delta and the verdict, as defined, from the pairs the runner measured.
        QCOMPARE(o->report.pairs.size(), size_t(2));
        const trials::PairResult &aa = o->report.pairs[0], &ab = o->report.pairs[1];
        QCOMPARE(ab.ratio.n, 9);
        const double noise = std::max(std::fabs(aa.ratio.p10 - 1), std::fabs(aa.ratio.p90 - 1));
        const bool exceeds = std::fabs(ab.ratio.median - 1) > noise;
        TrialPairsModel *pm = m_page->pairsModel();
        QCOMPARE(pm->rowCount(), 2);
        QCOMPARE(pm->index(1, TrialPairsModel::RatioMedian).data(Qt::UserRole).toDouble(), ab.ratio.median);
        QVERIFY(near(pm->index(1, TrialPairsModel::NoisePct).data(Qt::UserRole).toDouble(), 100 * noise));
        const QString verdict =
            exceeds ? QStringLiteral("exceeds A/A noise") : QStringLiteral("within noise");
        QCOMPARE(pm->index(1, TrialPairsModel::Verdict).data().toString(), verdict);
        QVERIFY(m_page->verdictLabel()->text().contains(verdict));
        qInfo("A %.3f ms, B %.3f ms per step; B/A %.4f (p10 %.4f, p90 %.4f); A/A p10 %.4f p90 %.4f -> %s",
              o->a()->stats.median * 1e3, o->b()->stats.median * 1e3, ab.ratio.median, ab.ratio.p10,
              ab.ratio.p90, aa.ratio.p10, aa.ratio.p90, qPrintable(verdict));

        // Charts: A and B, the medians the table shows.
        const QList<TrialBoxChart *> charts = m_page->charts();
        QCOMPARE(charts.size(), 3);
        QCOMPARE(charts[0]->boxes().size(), size_t(2));
        QVERIFY(near(charts[0]->boxes()[1].median, raw(1, TrialResultsModel::MsPerToken)));
        QVERIFY(near(charts[1]->boxes()[0].median, o->a()->tokensPerS));
        QVERIFY(near(charts[2]->boxes()[1].median, o->b()->pctOfRoofline));
        QVERIFY(charts[1]->boxes()[0].p10 <= charts[1]->boxes()[0].median);

        screenshot(m_page.get(), "");
    }

    void exportWritesEveryFormat()
    {
        QTemporaryDir dir;
        QString error;
        for (const char *name : {"t.json", "t.md", "t.csv"})
            QVERIFY2(m_page->exportResults(dir.filePath(QLatin1String(name)), &error), qPrintable(error));
        QVERIFY(!m_page->exportResults(dir.filePath(QStringLiteral("t.pdf")), &error));
        QFile f(dir.filePath(QStringLiteral("t.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject j = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(j.value(QStringLiteral("schema")).toString(), QStringLiteral("edgeatlas-trials/1"));
        QCOMPARE(j.value(QStringLiteral("results")).toArray().size(), 4);
        QCOMPARE(j.value(QStringLiteral("pairs")).toArray().size(), 2);
    }

    void useAsComputeProfileChangesThePlanUndoably()
    {
        const TrialsOutcomePtr o = m_page->outcome();
        QVERIFY(o);
        const Scenario before = *m_doc->scenario();
        const WorkloadOutcome roofline = m_doc->outcome()->workloads[0];
        const int undoSteps = m_doc->undoStack()->count();

        QString error;
        QVERIFY(!m_page->useAsComputeProfile(QStringLiteral("nope"), kTiny, trials::Precision::BF16, &error));
        QVERIFY(!m_page->useAsComputeProfile(QStringLiteral("g1"), kTiny, trials::Precision::FP8, &error));
        QVERIFY(error.contains(QStringLiteral("no successful")));
        QVERIFY2(m_page->useAsComputeProfile(QStringLiteral("g1"), kTiny, trials::Precision::BF16, &error),
                 qPrintable(error));
        QCOMPARE(m_doc->undoStack()->count(), undoSteps + 1);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Use measured profile for Test GPU"));
        const auto now = m_doc->scenario();
        QCOMPARE(now->computeProfiles.size(), size_t(1));
        const MeasuredProfile &p = now->computeProfiles[0];
        QCOMPARE(p.gpu, QStringLiteral("g1"));
        QCOMPARE(p.model, kTiny);
        QCOMPARE(p.precision, Precision::BF16);
        QVERIFY(p.source.startsWith(QStringLiteral("edgeatlas-trials ")) &&
                p.source.contains(QStringLiteral("cpu")));
        // Batch 1 from A; the slope between batch 1 and the profile trial at batch 8; prefill from its trial.
        const trials::TrialResult &b8 = o->report.results[2], &prefill = o->report.results[3];
        QCOMPARE(b8.config.batch, 8);
        QCOMPARE(prefill.config.phase, trials::Phase::Prefill);
        QCOMPARE(p.profile.decodeStepMsAtBatch1, o->a()->stats.median * 1e3);
        QVERIFY(near(p.profile.decodeStepMsPerExtraSeq,
                     std::max(0.0, (b8.stats.median - o->a()->stats.median) * 1e3 / 7.0)));
        QVERIFY(near(p.profile.prefillTokensPerSec, 512.0 / prefill.stats.median));
        QCOMPARE(m_page->profilesTable()->rowCount(), 1);

        // The plan re-evaluates with the measured numbers.
        QTRY_VERIFY_WITH_TIMEOUT(!m_doc->isEvaluating() && m_doc->evaluator() &&
                                     m_doc->evaluator()->scenario().computeProfiles.size() == 1,
                                 20000);
        const WorkloadOutcome measured = m_doc->outcome()->workloads[0];
        const int inputTokens = now->workloads[0].inputTokens;
        QVERIFY(
            near(measured.breakdown.prefillMs, 1000.0 * inputTokens / p.profile.prefillTokensPerSec, 1e-6));
        int batch = measured.siteLoads.front().batch;
        for (const auto &site : measured.siteLoads)
            QCOMPARE(site.batch, batch);
        // TTFT = the engine's scheduling (with the queueing) + the prefill + at batch b > 1 the step the
        // request joins: the measured decode step plus the prefill chunks of the b / output requests that
        // start (computemodel.h); at batch 1 there is no step.
        const double prefillMs = 1000.0 * inputTokens / p.profile.prefillTokensPerSec;
        const double step = p.profile.decodeStepMsAtBatch1 + (batch - 1) * p.profile.decodeStepMsPerExtraSeq +
                            double(batch) / now->workloads[0].outputTokens * prefillMs;
        QVERIFY(near(measured.breakdown.decodeMs, batch > 1 ? step : 0.0, 1e-6));
        QVERIFY(!near(measured.breakdown.prefillMs, roofline.breakdown.prefillMs, 1e-3));

        // Undo restores exactly, and the plan with it.
        m_doc->undoStack()->undo();
        QVERIFY(*m_doc->scenario() == before);
        QCOMPARE(m_page->profilesTable()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_doc->isEvaluating() && m_doc->evaluator() &&
                                     m_doc->evaluator()->scenario().computeProfiles.empty(),
                                 20000);
        QCOMPARE(m_doc->outcome()->workloads[0].breakdown.decodeMs, roofline.breakdown.decodeMs);
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->scenario()->computeProfiles.size(), size_t(1));
        // Removing is undoable as well.
        QVERIFY(m_page->removeProfile(0));
        QVERIFY(*m_doc->scenario() == before);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->scenario()->computeProfiles[0], p);
        QCOMPARE(m_page->profilesTable()->rowCount(), 1);
        QCOMPARE(m_page->profilesTable()->item(0, 0)->text(), QStringLiteral("Test GPU"));
        screenshot(m_page.get(), "-profile");
    }

    void profileDialogAsksWhenTheDeviceMatchesNoGpuType()
    {
        ProfileDialog dialog(*m_doc->scenario(), m_page->outcome());
        QCOMPARE(dialog.gpuId(), QString()); // a CPU is no "Test GPU": the user must choose
        QCOMPARE(dialog.modelId(), kTiny);
        dialog.gpuBox()->setCurrentIndex(1);
        QCOMPARE(dialog.gpuId(), QStringLiteral("g1"));
        QVERIFY(dialog.derivation().usable());
        dialog.show();
        screenshot(&dialog, "-dialog");

        Scenario s;
        for (const auto &[id, name] : {std::pair{"h100-sxm", "NVIDIA H100 SXM 80GB"},
                                       {"h200", "NVIDIA H200 SXM 141GB"},
                                       {"a100-80", "NVIDIA A100 SXM 80GB"}}) {
            GpuType g;
            g.id = QLatin1String(id);
            g.name = QLatin1String(name);
            s.gpus.push_back(g);
        }
        QCOMPARE(matchGpuType(s, QStringLiteral("NVIDIA H100 80GB HBM3")), 0);
        QCOMPARE(matchGpuType(s, QStringLiteral("NVIDIA H200")), 1);
        QCOMPARE(matchGpuType(s, QStringLiteral("AMD EPYC 7B13")), -1);
        QCOMPARE(matchGpuType(s, QStringLiteral("80GB")), -1); // a tie: ask
    }

    void cancelStopsPromptly_data()
    {
        QTest::addColumn<bool>("longCeilings");
        QTest::addColumn<int>("cancelAtStep");
        // A stop rule that would run for minutes: cancelled while the ceilings are measured.
        QTest::newRow("ceilings") << true << 1;
        // Endless rounds: cancelled in the A/A control, between rounds.
        QTest::newRow("pair rounds") << false << 4;
    }
    void cancelStopsPromptly()
    {
        QFETCH(bool, longCeilings);
        QFETCH(int, cancelAtStep);
        TrialsSettings s = quick();
        if (longCeilings) {
            s.minSamples = 100000;
            s.minTimeS = 120;
            s.maxTimeS = 240;
        }
        s.rounds = 1000000;
        configure(*m_page, s);
        QSignalSpy progress(m_page.get(), &TrialsPage::progressChanged);
        QSignalSpy done(m_page.get(), &TrialsPage::outcomeChanged);
        QVERIFY(m_page->run());
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() >= cancelAtStep, 60000);
        QCOMPARE(progress.last().at(0).toInt(), cancelAtStep);
        QTest::qWait(300);
        QVERIFY(m_page->isRunning());
        QElapsedTimer clock;
        clock.start();
        m_page->cancelButton()->click();
        QVERIFY(done.wait(10000));
        qInfo("cancel took %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < 3000);
        const TrialsOutcomePtr o = m_page->outcome();
        QVERIFY(o->cancelled);
        QVERIFY(o->error.isEmpty());
        QCOMPARE(o->report.results.size(), longCeilings ? size_t(0) : size_t(2));
        QVERIFY(o->report.pairs.size() <= 1);
        QVERIFY(!o->comparison().valid);
        QVERIFY(m_page->verdictLabel()->text().contains(QStringLiteral("Cancelled")));
        QVERIFY(!m_page->isRunning());
        QVERIFY(m_page->runButton()->isEnabled());
    }

    /**
     * Not a check: EA_TRIALS_MODEL=llama-3.2-1b runs that catalogue model of the default scenario with the
     * panel's default measurement settings (decode bf16, ctx 1024, batch 1 against 8) and prints the figures.
     */
    void catalogueModelRun()
    {
        const QString model = QString::fromLocal8Bit(qgetenv("EA_TRIALS_MODEL"));
        if (model.isEmpty())
            QSKIP("set EA_TRIALS_MODEL to run a catalogue model");
        Document doc;
        QStringList errors;
        QVERIFY(doc.loadDefault(&errors));
        TrialsPage page(&doc);
        page.resize(1500, 980);
        page.show();
        TrialsSettings s;
        s.backend = trials::BackendKind::Cpu;
        page.settingsForm()->setSettings(s);
        for (TrialConfigForm *f : {page.configA(), page.configB()})
            f->setModel(model);
        page.configA()->setBatch(1);
        page.configB()->setBatch(8);
        QSignalSpy done(&page, &TrialsPage::outcomeChanged);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(page.run());
        QVERIFY(done.wait(600000));
        const TrialsOutcomePtr o = page.outcome();
        QVERIFY2(o->error.isEmpty(), qPrintable(o->error));
        qInfo("%s: %lld s", qPrintable(QString::fromStdString(o->report.provenance.device.device)),
              clock.elapsed() / 1000);
        qInfo("%s", qPrintable(page.ceilingsLabel()->text()));
        for (int r = 0; r < page.resultsModel()->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < TrialResultsModel::ColumnCount; ++c)
                cells << page.resultsModel()->index(r, c).data().toString();
            qInfo("%s", qPrintable(cells.join(QStringLiteral(" | "))));
        }
        for (int r = 0; r < page.pairsModel()->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < TrialPairsModel::ColumnCount; ++c)
                cells << page.pairsModel()->index(r, c).data().toString();
            qInfo("%s", qPrintable(cells.join(QStringLiteral(" | "))));
        }
        qInfo("%s", qPrintable(page.verdictLabel()->text()));
        screenshot(&page, "-catalogue");
    }

    void cleanupTestCase()
    {
        m_resultsTester.reset();
        m_pairsTester.reset();
        m_page.reset();
        m_doc.reset();
    }

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<TrialsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_resultsTester, m_pairsTester;
};

QTEST_MAIN(tst_TrialsPage)
#include "tst_trialspage.moc"
