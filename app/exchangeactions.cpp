// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exchangeactions.h"

#include "app/benchmarkimportdialog.h"
#include "app/document.h"
#include "app/jobrunner.h"
#include "engine/export/exportfile.h"
#include "engine/export/geojson.h"
#include "engine/export/litellm.h"
#include "engine/export/policy.h"
#include "engine/export/prices.h"
#include "engine/plan/evaluator.h"

#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace ea {

ExchangeActions::ExchangeActions(Document *document, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_document(document), m_parent(dialogParent)
{
}

void ExchangeActions::fillExportMenu(QMenu *menu)
{
    const auto geo = [this](GeoLayer layer, const QString &name) {
        const QString file = askSave(tr("Export GeoJSON"), name, tr("GeoJSON (*.geojson *.json)"));
        QString error;
        if (!file.isEmpty() && !exportGeoJson(file, static_cast<int>(layer), &error))
            showProblems(tr("Cannot Export GeoJSON"), tr("%1 was not written.").arg(file), {error});
    };
    menu->addAction(tr("&Nodes as GeoJSON…"), this,
                    [geo] { geo(GeoLayer::Nodes, QStringLiteral("nodes.geojson")); })
        ->setStatusTip(tr("Inference nodes as GeoJSON points (RFC 7946), for QGIS and GDAL"));
    menu->addAction(tr("Demand &Regions as GeoJSON…"), this,
                    [geo] { geo(GeoLayer::Regions, QStringLiteral("regions.geojson")); })
        ->setStatusTip(tr("Demand regions as GeoJSON points (RFC 7946)"));
    menu->addSeparator();
    const auto policy = [this](bool liteLlm) {
        const QString file = liteLlm ? askSave(tr("Export LiteLLM Configuration"),
                                               QStringLiteral("config.yaml"), tr("YAML (*.yaml *.yml)"))
                                     : askSave(tr("Export Routing Policy"), QStringLiteral("policy.json"),
                                               tr("JSON (*.json)"));
        if (file.isEmpty())
            return;
        QString error;
        QStringList warnings;
        if (!exportPolicy(file, liteLlm, &error, &warnings))
            showProblems(tr("Cannot Export the Routing Policy"), tr("%1 was not written.").arg(file),
                         {error});
        else if (!warnings.isEmpty())
            showProblems(tr("Routing Policy Exported"),
                         tr("%1 was written; some parts were left out:").arg(file), warnings);
    };
    menu->addAction(tr("Routing &Policy (JSON)…"), this, [policy] { policy(false); })
        ->setStatusTip(
            tr("Per workload: tier, SLO, cost, and the candidate nodes of every region, best first"));
    menu->addAction(tr("&LiteLLM Router Configuration…"), this, [policy] { policy(true); })
        ->setStatusTip(
            tr("A LiteLLM proxy config.yaml with latency-based routing and fallbacks in plan order"));
}

void ExchangeActions::fillImportMenu(QMenu *menu)
{
    const auto geo = [this](bool asNodes) {
        const QString file = askOpen(tr("Import GeoJSON"), tr("GeoJSON (*.geojson *.json)"));
        if (file.isEmpty())
            return;
        const auto answer = QMessageBox::question(
            m_parent, tr("Import GeoJSON"),
            asNodes ? tr("Merge the file's nodes into the scenario (same id: updated), or replace all nodes?")
                    : tr("Merge the file's regions into the scenario (same id: updated), or replace all "
                         "regions?"),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        QStringList errors;
        if (!importGeoJson(file, asNodes, answer == QMessageBox::No, &errors) && !errors.isEmpty())
            showProblems(tr("Cannot Import GeoJSON"),
                         tr("%1 was not imported; the scenario is unchanged.").arg(file), errors);
    };
    QAction *nodes = menu->addAction(tr("&Nodes from GeoJSON…"), this, [geo] { geo(true); });
    nodes->setStatusTip(tr("Add or replace inference nodes from GeoJSON points"));
    nodes->setToolTip(tr("Yes merges, No replaces"));
    menu->addAction(tr("Demand &Regions from GeoJSON…"), this, [geo] { geo(false); })
        ->setStatusTip(tr("Add or replace demand regions from GeoJSON points"));
    menu->addSeparator();
    menu->addAction(
            tr("API &Prices (LiteLLM JSON)…"), this,
            [this] {
                const QString file = askOpen(tr("Import API Prices"), tr("JSON (*.json)"));
                if (file.isEmpty())
                    return;
                QStringList errors, report;
                if (!importPrices(file, &errors, &report)) {
                    if (!errors.isEmpty())
                        showProblems(tr("Cannot Import Prices"),
                                     tr("%1 was not imported; the scenario is unchanged.").arg(file), errors);
                } else {
                    showProblems(tr("Prices Imported"), tr("Prices imported from %1:").arg(file), report);
                }
            })
        ->setStatusTip(
            tr("API prices per million tokens from a LiteLLM model_prices_and_context_window.json"));
    menu->addAction(
            tr("Serving &Benchmark…"), this,
            [this] {
                const auto scenario = m_document->scenario();
                if (!scenario)
                    return;
                BenchmarkImportDialog dialog(*scenario, m_parent);
                if (dialog.exec() != QDialog::Accepted || !dialog.result())
                    return;
                QStringList errors;
                if (!m_document->applyEdit(*dialog.result(), benchmarkEditText(dialog.files()), &errors) &&
                    !errors.isEmpty())
                    showProblems(tr("Cannot Import Benchmark"), tr("The scenario is unchanged."), errors);
            })
        ->setStatusTip(
            tr("A measured compute profile from vLLM, GenAI-Perf/AIPerf or trtllm-bench result files"));
}

QString ExchangeActions::benchmarkEditText(const QStringList &files) const
{
    QStringList names;
    for (const QString &f : files)
        names << QFileInfo(f).fileName();
    return tr("Import serving benchmark %1").arg(names.join(QStringLiteral(", ")));
}

bool ExchangeActions::importServingBenchmark(const QStringList &files, const QString &gpuId,
                                             const QString &modelId, QStringList *errors)
{
    const auto scenario = m_document->scenario();
    if (!scenario)
        return false;
    BenchmarkImportDialog dialog(*scenario, m_parent);
    dialog.setGpu(gpuId);
    dialog.setModel(modelId);
    dialog.setFiles(files);
    if (!dialog.result()) {
        *errors = dialog.import().errors;
        return false;
    }
    return m_document->applyEdit(*dialog.result(), benchmarkEditText(files), errors);
}

bool ExchangeActions::exportGeoJson(const QString &fileName, int layer, QString *error)
{
    const auto scenario = m_document->scenario();
    if (!scenario)
        return false;
    return writeFileAtomically(fileName, geoJsonFromScenario(*scenario, static_cast<GeoLayer>(layer)), error);
}

bool ExchangeActions::exportPolicy(const QString &fileName, bool liteLlm, QString *error,
                                   QStringList *warnings)
{
    const auto evaluator = m_document->evaluator();
    const PlanOutcomePtr outcome = m_document->outcome();
    if (!evaluator || !outcome || outcome->placement != m_document->placement()) {
        if (error)
            *error = tr("the plan is still being evaluated; try again in a moment");
        return false;
    }
    QByteArray bytes;
    LiteLlmConfig config;
    runBusy(tr("Building the routing policy…"), [&] {
        const RoutingPolicy policy = buildRoutingPolicy(*evaluator, *outcome);
        if (liteLlm)
            config = liteLlmConfig(evaluator->scenario(), policy);
        else
            bytes = policyToJson(evaluator->scenario(), policy);
    });
    if (liteLlm) {
        if (warnings)
            *warnings = config.warnings;
        if (config.deployments == 0) {
            if (error)
                *error = tr("no node of the plan has an endpoint URL: a router needs them (set the nodes' "
                            "\"endpoint\" in the scenario)");
            return false;
        }
        bytes = config.yaml;
    }
    return writeFileAtomically(fileName, bytes, error);
}

bool ExchangeActions::importGeoJson(const QString &fileName, bool asNodes, bool replace, QStringList *errors)
{
    QByteArray bytes;
    QString error;
    if (!readInputFile(fileName, &bytes, &error)) {
        *errors = {error};
        return false;
    }
    const GeoJsonImport result =
        ea::importGeoJson(*m_document->scenario(), bytes, asNodes ? GeoLayer::Nodes : GeoLayer::Regions,
                          replace ? GeoImportMode::Replace : GeoImportMode::Merge);
    if (!result.scenario) {
        *errors = result.errors + result.scenarioErrors;
        return false;
    }
    const QString what = QFileInfo(fileName).fileName();
    return m_document->applyEdit(
        *result.scenario,
        asNodes ? tr("Import nodes from %1").arg(what) : tr("Import regions from %1").arg(what), errors);
}

bool ExchangeActions::importPrices(const QString &fileName, QStringList *errors, QStringList *report)
{
    QByteArray bytes;
    QString error;
    if (!readInputFile(fileName, &bytes, &error)) {
        *errors = {error};
        return false;
    }
    PriceImportOptions options;
    options.source = QFileInfo(fileName).fileName();
    options.asOf = QDate::currentDate().toString(Qt::ISODate);
    const PriceImport result = importLiteLlmPrices(*m_document->scenario(), bytes, options);
    if (!result.scenario) {
        *errors = result.errors;
        return false;
    }
    if (report) {
        *report = result.imported;
        for (const QString &m : result.unmatched)
            *report << tr("%1: no entry in the file; its price is kept").arg(m);
    }
    if (result.imported.isEmpty()) {
        *errors = {tr("none of the scenario's models has an entry in the file")};
        return false;
    }
    return m_document->applyEdit(*result.scenario,
                                 tr("Import prices from %1").arg(QFileInfo(fileName).fileName()), errors);
}

QString ExchangeActions::askSave(const QString &title, const QString &suggestion, const QString &filter)
{
    const QString dir = m_document->fileName().isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(m_document->fileName()).absolutePath();
    return QFileDialog::getSaveFileName(m_parent, title, QDir(dir).filePath(suggestion), filter);
}

QString ExchangeActions::askOpen(const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(m_parent, title, QString(), filter);
}

void ExchangeActions::showProblems(const QString &title, const QString &text, const QStringList &problems)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, m_parent);
    box.setInformativeText(problems.mid(0, 12).join(QLatin1Char('\n')));
    if (problems.size() > 12)
        box.setDetailedText(problems.join(QLatin1Char('\n')));
    box.exec();
}

void ExchangeActions::runBusy(const QString &label, const std::function<void()> &work)
{
    // A job like every background task (the status bar shows it); the user waits for its answer here.
    QProgressDialog progress(label, QString(), 0, 0, m_parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    JobSpec spec;
    spec.lane = QStringLiteral("export");
    spec.label = label;
    spec.policy = JobSpec::Policy::Queue;
    spec.cancellable = false; // the caller needs the answer it waits for
    QEventLoop loop;
    std::exception_ptr failure;
    const quint64 id = m_document->jobs()->run(
        spec, this,
        [&work, &failure](JobControl &) {
            try {
                work();
            } catch (...) {
                failure = std::current_exception();
            }
            return true;
        },
        [](bool) {});
    const auto done =
        connect(m_document->jobs(), &JobRunner::jobFinished, &loop, [&loop, id](quint64 finished) {
            if (finished == id)
                loop.quit();
        });
    if (m_document->jobs()->isActive(id))
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    disconnect(done);
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace ea
