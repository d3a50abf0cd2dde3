// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/benchmarkimportdialog.h"
#include "app/document.h"
#include "app/exchangeactions.h"
#include "engine/model/scenariojson.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ea;

class tst_ExchangeActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void geoJsonRoundTripThroughTheDocument();
    void badGeoJsonChangesNothing();
    void pricesImportIsUndoable();
    void servingBenchmarkImportIsUndoable();
    void benchmarkDialogShowsTheProfileOrTheProblems();
    void policyExportsOnceEvaluated();

private:
    bool write(const QString &name, const QByteArray &data);
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<ExchangeActions> m_actions;
};

bool tst_ExchangeActions::write(const QString &name, const QByteArray &data)
{
    QFile f(m_dir.filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

void tst_ExchangeActions::init()
{
    QVERIFY(m_dir.isValid());
    m_doc = std::make_unique<Document>();
    QStringList errors;
    QVERIFY2(m_doc->load(QStringLiteral(EA_TEST_DATA_DIR "/small.json"), &errors),
             qPrintable(errors.join('\n')));
    m_actions = std::make_unique<ExchangeActions>(m_doc.get(), nullptr);
}

void tst_ExchangeActions::geoJsonRoundTripThroughTheDocument()
{
    const Scenario original = *m_doc->scenario();
    const QString file = m_dir.filePath(QStringLiteral("nodes.geojson"));
    QString error;
    QVERIFY2(m_actions->exportGeoJson(file, 0 /* nodes */, &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject fc = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(fc.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    QCOMPARE(fc.value(QStringLiteral("features")).toArray().size(), qsizetype(original.nodes.size()));
    // Replacing the nodes by the file's gives the same scenario: nothing to do, nothing on the undo stack.
    QStringList errors;
    QVERIFY(!m_actions->importGeoJson(file, true, true, &errors));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QVERIFY(*m_doc->scenario() == original);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void tst_ExchangeActions::badGeoJsonChangesNothing()
{
    const Scenario original = *m_doc->scenario();
    QVERIFY(
        write(QStringLiteral("bad.geojson"),
              R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString",
                  "coordinates":[[0,0],[1,1]]},"properties":{"id":"x"}}]})"));
    QStringList errors;
    QVERIFY(!m_actions->importGeoJson(m_dir.filePath(QStringLiteral("bad.geojson")), true, false, &errors));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.join('\n').contains(QStringLiteral("features[0]")), qPrintable(errors.join('\n')));
    QVERIFY(*m_doc->scenario() == original);
    errors.clear();
    QVERIFY(
        !m_actions->importGeoJson(m_dir.filePath(QStringLiteral("missing.geojson")), true, false, &errors));
    QCOMPARE(errors.size(), 1);
}

void tst_ExchangeActions::pricesImportIsUndoable()
{
    const Scenario original = *m_doc->scenario();
    QVERIFY(!original.models.empty());
    const QString model = original.models.front().id;
    QVERIFY(write(QStringLiteral("prices.json"),
                  QStringLiteral(R"({"%1": {"input_cost_per_token": 1.5e-07, "output_cost_per_token": 6e-07,
                                 "litellm_provider": "openai"}})")
                      .arg(model)
                      .toUtf8()));
    QStringList errors, report;
    QVERIFY2(m_actions->importPrices(m_dir.filePath(QStringLiteral("prices.json")), &errors, &report),
             qPrintable(errors.join('\n')));
    const ApiPrice *price = m_doc->scenario()->apiPrice(model);
    QVERIFY(price);
    QCOMPARE(price->inputUsdPerMTok, 0.15);
    QCOMPARE(price->outputUsdPerMTok, 0.6);
    QVERIFY(m_doc->isDirty());
    m_doc->undoStack()->undo();
    QVERIFY(*m_doc->scenario() == original);
    // A bad entry is named and nothing changes.
    QVERIFY(write(QStringLiteral("bad-prices.json"),
                  QStringLiteral(R"({"%1": {"input_cost_per_token": -1, "output_cost_per_token": 1e-6}})")
                      .arg(model)
                      .toUtf8()));
    errors.clear();
    QVERIFY(!m_actions->importPrices(m_dir.filePath(QStringLiteral("bad-prices.json")), &errors));
    QVERIFY2(errors.join('\n').contains(QStringLiteral("input_cost_per_token")),
             qPrintable(errors.join('\n')));
    QVERIFY(*m_doc->scenario() == original);
}

void tst_ExchangeActions::servingBenchmarkImportIsUndoable()
{
    const Scenario original = *m_doc->scenario();
    const QStringList files{QStringLiteral(EA_TEST_DATA_DIR "/benchmarks/vllm-llama3-8b-sweep.jsonl")};
    QStringList errors;
    QVERIFY2(m_actions->importServingBenchmark(files, QStringLiteral("g1"), QStringLiteral("m1"), &errors),
             qPrintable(errors.join('\n')));
    const MeasuredProfile *p =
        m_doc->scenario()->measuredProfile(QStringLiteral("g1"), QStringLiteral("m1"), Precision::BF16);
    QVERIFY(p);
    QVERIFY(std::abs(p->profile.decodeStepMsAtBatch1 - 6.0) < 1e-3); // the fixture's step (README there)
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->undoStack()->text(0).contains(QLatin1String("vllm-llama3-8b-sweep.jsonl")));
    m_doc->undoStack()->undo();
    QVERIFY(*m_doc->scenario() == original);
    m_doc->undoStack()->redo();
    QVERIFY(m_doc->scenario()->measuredProfile(QStringLiteral("g1"), QStringLiteral("m1"), Precision::BF16));
    m_doc->undoStack()->undo();
    // A bad file: named, nothing changes, nothing on the stack.
    errors.clear();
    QVERIFY(!m_actions->importServingBenchmark({QStringLiteral(EA_TEST_DATA_DIR "/benchmarks/vllm-bad.json")},
                                               QStringLiteral("g1"), QStringLiteral("m1"), &errors));
    QVERIFY2(errors.join('\n').contains(QStringLiteral("vllm-bad.json: $.completed: missing")),
             qPrintable(errors.join('\n')));
    QVERIFY(*m_doc->scenario() == original);
    QVERIFY(!m_doc->undoStack()->canUndo());
}

void tst_ExchangeActions::benchmarkDialogShowsTheProfileOrTheProblems()
{
    BenchmarkImportDialog dialog(*m_doc->scenario());
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no file yet
    dialog.setGpu(QStringLiteral("g1"));
    dialog.setModel(QStringLiteral("m1"));
    dialog.setFiles(
        {QStringLiteral(EA_TEST_DATA_DIR "/benchmarks/aiperf-llama3-8b-c4_profile_export_aiperf.json")});
    QVERIFY2(ok->isEnabled(), qPrintable(dialog.previewText()));
    QVERIFY(dialog.result());
    QVERIFY2(dialog.previewText().contains(QLatin1String("AIPerf")), qPrintable(dialog.previewText()));
    QVERIFY(dialog.previewText().contains(QLatin1String("TPOT 7")));
    dialog.setFiles({QStringLiteral(EA_TEST_DATA_DIR "/benchmarks/trtllm-bench-llama3-8b-fp8-tp2.txt")});
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.result());
    QVERIFY2(dialog.previewText().contains(QLatin1String("TP Size 2")), qPrintable(dialog.previewText()));
}

void tst_ExchangeActions::policyExportsOnceEvaluated()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_doc->outcome() && !m_doc->isEvaluating(), 20000);
    const QString file = m_dir.filePath(QStringLiteral("policy.json"));
    QString error;
    QVERIFY2(m_actions->exportPolicy(file, false, &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject policy = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(policy.value(QStringLiteral("schema")).toString(), QStringLiteral("edgeatlas-policy/1"));
    // The fixture's nodes have no endpoints: a LiteLLM config cannot be made, and says why.
    const QString yaml = m_dir.filePath(QStringLiteral("config.yaml"));
    QVERIFY(!m_actions->exportPolicy(yaml, true, &error));
    QVERIFY(error.contains(QStringLiteral("endpoint")));
    QVERIFY(!QFile::exists(yaml));
}

QTEST_MAIN(tst_ExchangeActions)
#include "tst_exchangeactions.moc"
