// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/plan/plansnapshot.h"

#include <QObject>
#include <QStringList>
#include <QUndoStack>

#include <memory>

class QTimer;

namespace ea {

class Evaluator;
class JobRunner;
class PlanSelection;

/**
 * The open scenario, its file, its undo history, its plan and what the user picked.
 *
 * The scenario is immutable once handed out; a tier change replaces it with a copy whose workload tier
 * differs, so the workloads' tiers always are the current placement and saving writes them. Every change
 * publishes one PlanSnapshot (snapshotChanged()) — at once with the new placement and the previous
 * numbers (pending), again when the evaluation off the GUI thread is done, and once more when every
 * workload's alternatives are computed — so views take that one value and never re-join signals. A
 * macro (several moves as one undo step) publishes once. Background work goes through jobs().
 * GUI thread only.
 */
class Document : public QObject
{
    Q_OBJECT
public:
    /** Lanes of jobs() the document uses. */
    static constexpr char EvaluationLane[] = "evaluation";
    static constexpr char AlternativesLane[] = "alternatives";
    /** The alternatives wait until the user pauses between moves (they cost a few dozen evaluations). */
    static constexpr int AlternativesDelayMs = 250;

    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    /** Loads a file; on failure lists every problem ("<json path>: <reason>") and changes nothing. */
    bool load(const QString &fileName, QStringList *errors);
    /** Loads the built-in default scenario (no file name: saving asks for one). */
    bool loadDefault(QStringList *errors);
    /** Replaces the whole document; clears the undo history. */
    void setScenario(Scenario scenario, const QString &fileName);

    /** Saves atomically to fileName(); on failure the file on disk is unchanged and error says why. */
    bool save(QString *error);
    bool saveAs(const QString &fileName, QString *error);

    /** The plan as last published; null before a scenario is loaded. */
    PlanSnapshotPtr snapshot() const { return m_snapshot; }
    std::shared_ptr<const Scenario> scenario() const { return m_scenario; }
    Placement placement() const;
    /** The snapshot's outcome (of the previous placement while an evaluation is pending). */
    PlanOutcomePtr outcome() const { return m_snapshot ? m_snapshot->outcome : nullptr; }
    std::shared_ptr<const Evaluator> evaluator() const
    {
        return m_snapshot ? m_snapshot->evaluator : nullptr;
    }
    bool isEvaluating() const;
    qint64 lastEvaluationMs() const { return m_lastEvaluationMs; }

    QString fileName() const { return m_fileName; }
    /** The file's name, or the scenario's name when it has no file. */
    QString displayName() const;
    bool isDirty() const { return !m_undoStack->isClean(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    /** Runs every background task of this document's window (status bar, cancel). */
    JobRunner *jobs() const { return m_jobs; }
    /** What is picked, shared by every mode. */
    PlanSelection *selection() const { return m_selection; }

    /** True when the workload exists and may run in the tier (defined, with nodes, not forbidden). */
    bool canSetTier(int workload, Tier tier) const;
    /** Moves a workload through an undoable command; false when not allowed or unchanged. */
    bool setTier(int workload, Tier tier);

    /**
     * Replaces the scenario's content through one undoable command named text (workload edits, calibration,
     * ...). The new content must be valid (validateScenario); returns false and changes nothing otherwise,
     * with every problem in errors. The file name stays.
     */
    bool applyEdit(Scenario next, const QString &text, QStringList *errors = nullptr);
    /** Moves several workloads as one undoable step (e.g. the optimizer's suggestion); false if nothing
     * moved. */
    bool applyPlacement(const Placement &placement, const QString &text);

signals:
    /** A different scenario was loaded (a file, the default): views reset their own state (zoom, picks). */
    void scenarioChanged();
    /** The one plan signal: a new snapshot (see the class comment). */
    void snapshotChanged(ea::PlanSnapshotPtr snapshot);
    void evaluationFailed(const QString &message);
    void dirtyChanged(bool dirty);
    void fileNameChanged(const QString &fileName);

private:
    friend class SetTierCommand;
    friend class ReplaceScenarioCommand;
    struct EvaluationState;
    struct Evaluated;
    void applyTier(int workload, Tier tier);
    void applyContent(std::shared_ptr<const Scenario> content);
    void planChanged();
    void publish(std::shared_ptr<const Evaluator> evaluator, PlanOutcomePtr outcome,
                 std::shared_ptr<const PlanAlternatives> alternatives = {}, WhatIfPlanPtr whatIf = {});
    void requestEvaluation();
    void onEvaluated(const Evaluated &result);
    void onEvaluationFailed(const QString &message);
    void requestAlternatives();
    void setFileName(const QString &fileName);

    std::shared_ptr<const Scenario> m_scenario;
    PlanSnapshotPtr m_snapshot;
    QString m_fileName;
    QUndoStack *m_undoStack = nullptr;
    JobRunner *m_jobs = nullptr;
    PlanSelection *m_selection = nullptr;
    QTimer *m_alternativesDelay = nullptr;
    std::shared_ptr<EvaluationState> m_evaluation; // used on the evaluation lane only
    quint64 m_generation = 0;
    quint64 m_contentGeneration = 0;
    bool m_changed = false; // a command changed the plan; published when the undo stack settles
    qint64 m_lastEvaluationMs = 0;
};

} // namespace ea
