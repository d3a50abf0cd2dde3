// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document.h"

#include "app/commands.h"
#include "app/jobrunner.h"
#include "app/planselection.h"
#include "engine/model/scenariojson.h"
#include "engine/plan/evaluator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace ea {

/** The evaluation lane's memory between jobs: the evaluator of the content and the newest outcome. */
struct Document::EvaluationState
{
    quint64 contentGeneration = 0;
    std::shared_ptr<const Evaluator> evaluator; // const, thread-safe: shared with the views once published
    PlanOutcomePtr last;                        // re-evaluated incrementally from here
    WhatIfPlanPtr lastWhatIf;                   // of this content: lends its evaluator to the next
};

struct Document::Evaluated
{
    std::shared_ptr<const Evaluator> evaluator;
    PlanOutcomePtr outcome;
    WhatIfPlanPtr whatIf; // under the scenario's active what-if conditions; null when none
    qint64 elapsedMs = 0;
};

Document::Document(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_jobs(new JobRunner(this)),
      m_selection(new PlanSelection(this)), m_alternativesDelay(new QTimer(this)),
      m_evaluation(std::make_shared<EvaluationState>())
{
    qRegisterMetaType<ea::PlanSnapshotPtr>();
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit dirtyChanged(!clean); });
    // A command (or a macro of them) has run: publish what it changed once.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (m_changed)
            planChanged();
    });
    m_alternativesDelay->setSingleShot(true);
    m_alternativesDelay->setInterval(AlternativesDelayMs);
    connect(m_alternativesDelay, &QTimer::timeout, this, &Document::requestAlternatives);
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
    m_changed = false;
    m_scenario = std::make_shared<const Scenario>(std::move(scenario));
    ++m_contentGeneration;
    m_selection->clear();
    setFileName(fileName);
    emit scenarioChanged();
    planChanged();
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

bool Document::isEvaluating() const
{
    return m_jobs->isBusy(QLatin1String(EvaluationLane));
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
    m_changed = true;
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
    ++m_contentGeneration;
    m_changed = true;
}

void Document::planChanged()
{
    m_changed = false;
    const PlanSnapshotPtr before = m_snapshot;
    const bool sameContent = before && before->contentGeneration == m_contentGeneration;
    if (!sameContent)
        m_selection->setCounts(int(m_scenario->workloads.size()), int(m_scenario->regions.size()),
                               int(m_scenario->nodes.size()));
    // The new placement at once, with the numbers of the one before (greyed) while it is re-evaluated.
    if (sameContent)
        publish(before->evaluator, before->outcome, before->alternatives, before->whatIf);
    else
        publish(nullptr, nullptr);
    requestEvaluation();
}

void Document::publish(std::shared_ptr<const Evaluator> evaluator, PlanOutcomePtr outcome,
                       std::shared_ptr<const PlanAlternatives> alternatives, WhatIfPlanPtr whatIf)
{
    const bool sameContent = m_snapshot && m_snapshot->contentGeneration == m_contentGeneration;
    m_snapshot = PlanSnapshot::make(++m_generation, m_contentGeneration, m_scenario, std::move(evaluator),
                                    std::move(outcome), std::move(alternatives),
                                    sameContent ? m_snapshot->content : m_scenario, std::move(whatIf));
    emit snapshotChanged(m_snapshot);
}

void Document::requestEvaluation()
{
    // A newer plan is coming: alternatives of the old one would only compete with it for the cores.
    m_alternativesDelay->stop();
    m_jobs->cancelLane(QLatin1String(AlternativesLane));
    JobSpec spec;
    spec.lane = QLatin1String(EvaluationLane);
    spec.label = tr("Evaluating the plan");
    spec.cancellable = false; // the plan on show must match the placement
    spec.failed = [this](const QString &message) { onEvaluationFailed(message); };
    m_jobs->run(
        spec, this,
        [state = m_evaluation, content = m_contentGeneration, scenario = m_scenario,
         placement = placementOf(*m_scenario)](JobControl &) {
            QElapsedTimer timer;
            timer.start();
            try {
                if (!state->evaluator || state->contentGeneration != content) {
                    state->last.reset();
                    state->lastWhatIf.reset();
                    state->evaluator.reset();
                    state->evaluator = std::make_shared<const Evaluator>(scenario);
                    state->contentGeneration = content;
                }
                const Evaluator &ev = *state->evaluator;
                state->last = std::make_shared<const PlanOutcome>(
                    state->last ? ev.reevaluate(*state->last, placement) : ev.evaluate(placement));
                // The same placement under the active what-if conditions, by the same runner, so the
                // snapshot shows both plans of one placement.
                state->lastWhatIf =
                    evaluateWhatIf(*scenario, scenario->whatIf, *state->last, state->lastWhatIf.get());
            } catch (...) {
                state->last.reset();
                state->lastWhatIf.reset();
                throw;
            }
            return Evaluated{state->evaluator, state->last, state->lastWhatIf, timer.elapsed()};
        },
        [this](const Evaluated &result) { onEvaluated(result); });
}

void Document::onEvaluated(const Evaluated &result)
{
    // Only the newest evaluation delivers (the lane supersedes), so it is of the current placement.
    m_lastEvaluationMs = result.elapsedMs;
    publish(result.evaluator, result.outcome, {}, result.whatIf);
    m_alternativesDelay->start();
}

void Document::onEvaluationFailed(const QString &message)
{
    // No numbers rather than numbers of another placement.
    publish(nullptr, nullptr);
    emit evaluationFailed(message);
}

void Document::requestAlternatives()
{
    const PlanSnapshotPtr plan = m_snapshot;
    if (!plan || !plan->evaluator || plan->pending() || plan->alternatives)
        return;
    JobSpec spec;
    spec.lane = QLatin1String(AlternativesLane);
    spec.label = tr("Comparing every workload in its other tiers");
    spec.background = true;
    m_jobs->run(
        spec, this,
        [plan](JobControl &control) {
            return std::make_shared<const PlanAlternatives>(
                evaluateAlternatives(*plan->evaluator, *plan->outcome, control.cancelFlag()));
        },
        [this, plan](std::shared_ptr<const PlanAlternatives> alternatives) {
            if (m_snapshot->generation == plan->generation) // nothing newer was published meanwhile
                publish(plan->evaluator, plan->outcome, std::move(alternatives), plan->whatIf);
        });
}

} // namespace ea
