// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document.h"

#include "app/commands.h"
#include "engine/model/scenariojson.h"

#include <algorithm>

#include <QFileInfo>

namespace ea {

Document::Document(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_runner(new EvaluationRunner(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit dirtyChanged(!clean); });
    connect(m_runner, &EvaluationRunner::finished, this, [this](PlanOutcomePtr outcome, qint64 elapsedMs) {
        m_outcome = std::move(outcome);
        m_lastEvaluationMs = elapsedMs;
        emit evaluated(m_outcome);
    });
    connect(m_runner, &EvaluationRunner::failed, this, &Document::evaluationFailed);
    connect(m_runner, &EvaluationRunner::evaluatorChanged, this,
            [this](std::shared_ptr<const Evaluator> evaluator) {
                m_evaluator = std::move(evaluator);
                emit evaluatorChanged(m_evaluator);
            });
}

Document::~Document() = default;

bool Document::load(const QString &fileName, QStringList *errors)
{
    ScenarioLoad loaded = loadScenarioFile(fileName);
    if (!loaded.ok()) {
        if (errors)
            *errors = loaded.errors;
        return false;
    }
    setScenario(std::move(*loaded.scenario), QFileInfo(fileName).absoluteFilePath());
    return true;
}

bool Document::loadDefault(QStringList *errors)
{
    ScenarioLoad loaded = loadDefaultScenario();
    if (!loaded.ok()) {
        if (errors)
            *errors = loaded.errors;
        return false;
    }
    setScenario(std::move(*loaded.scenario), QString());
    return true;
}

void Document::setScenario(Scenario scenario, const QString &fileName)
{
    m_undoStack->clear();
    m_scenario = std::make_shared<const Scenario>(std::move(scenario));
    m_outcome.reset();
    m_runner->setScenario(m_scenario);
    setFileName(fileName);
    emit scenarioChanged();
    requestEvaluation();
}

void Document::setFileName(const QString &fileName)
{
    if (fileName == m_fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(m_fileName);
}

bool Document::save(QString *error)
{
    if (m_fileName.isEmpty()) {
        if (error)
            *error = tr("The scenario has no file name yet.");
        return false;
    }
    return saveAs(m_fileName, error);
}

bool Document::saveAs(const QString &fileName, QString *error)
{
    if (!m_scenario || !saveScenarioFile(*m_scenario, fileName, error))
        return false;
    setFileName(QFileInfo(fileName).absoluteFilePath());
    m_undoStack->setClean();
    return true;
}

Placement Document::placement() const
{
    return m_scenario ? placementOf(*m_scenario) : Placement{};
}

QString Document::displayName() const
{
    if (!m_fileName.isEmpty())
        return QFileInfo(m_fileName).fileName();
    return m_scenario ? m_scenario->name : tr("Untitled");
}

bool Document::canSetTier(int workload, Tier tier) const
{
    if (!m_scenario || workload < 0 || workload >= static_cast<int>(m_scenario->workloads.size()))
        return false;
    // Only tiers with nodes: a tier without nodes would make the saved file invalid.
    const std::vector<Tier> ok = m_scenario->assignableTiers(workload);
    return std::find(ok.begin(), ok.end(), tier) != ok.end();
}

bool Document::setTier(int workload, Tier tier)
{
    if (!canSetTier(workload, tier) || m_scenario->workloads[workload].tier == tier)
        return false;
    m_undoStack->push(new SetTierCommand(this, workload, m_scenario->workloads[workload].tier, tier));
    return true;
}

void Document::applyTier(int workload, Tier tier)
{
    // Copying is cheap next to an evaluation: strings are shared, and views keep reading the old copy.
    auto next = std::make_shared<Scenario>(*m_scenario);
    next->workloads[workload].tier = tier;
    m_scenario = std::move(next);
    emit placementChanged(workload, tier);
    requestEvaluation();
}

bool Document::applyEdit(Scenario next, const QString &text, QStringList *errors)
{
    QStringList problems;
    validateScenario(next, &problems);
    if (!problems.isEmpty()) {
        if (errors)
            *errors = problems;
        return false;
    }
    if (m_scenario && next == *m_scenario)
        return false;
    m_undoStack->push(new ReplaceScenarioCommand(this, m_scenario,
                                                 std::make_shared<const Scenario>(std::move(next)), text));
    return true;
}

bool Document::applyPlacement(const Placement &placement, const QString &text)
{
    if (!m_scenario || placement.size() != m_scenario->workloads.size())
        return false;
    std::vector<int> moves;
    for (size_t w = 0; w < placement.size(); ++w)
        if (placement[w] != m_scenario->workloads[w].tier) {
            if (!canSetTier(static_cast<int>(w), placement[w]))
                return false;
            moves.push_back(static_cast<int>(w));
        }
    if (moves.empty())
        return false;
    m_undoStack->beginMacro(text);
    for (int w : moves)
        m_undoStack->push(new SetTierCommand(this, w, m_scenario->workloads[w].tier, placement[w]));
    m_undoStack->endMacro();
    return true;
}

void Document::applyContent(std::shared_ptr<const Scenario> content)
{
    m_scenario = std::move(content);
    m_runner->setScenario(m_scenario);
    emit contentChanged();
    requestEvaluation();
}

void Document::requestEvaluation()
{
    m_runner->evaluate(placementOf(*m_scenario));
    emit evaluationStarted();
}

} // namespace ea
