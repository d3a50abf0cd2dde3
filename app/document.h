// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/evaluationrunner.h"
#include "engine/model/scenario.h"
#include "engine/plan/evaluation.h"

#include <QObject>
#include <QStringList>
#include <QUndoStack>

#include <memory>

namespace ea {

class Evaluator;

/**
 * The open scenario, its file, its undo history and its latest evaluation.
 *
 * The scenario is immutable once handed out; a tier change replaces it with a copy whose workload tier
 * differs, so the workloads' tiers always are the current placement and saving writes them. Every change
 * queues an evaluation off the GUI thread; evaluated() brings back the outcome of the newest placement.
 * GUI thread only.
 */
class Document : public QObject
{
    Q_OBJECT
public:
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

    std::shared_ptr<const Scenario> scenario() const { return m_scenario; }
    Placement placement() const;
    QString fileName() const { return m_fileName; }
    /** The file's name, or the scenario's name when it has no file. */
    QString displayName() const;
    bool isDirty() const { return !m_undoStack->isClean(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    /** True when the workload exists and may run in the tier (defined, with nodes, not forbidden). */
    bool canSetTier(int workload, Tier tier) const;
    /** Moves a workload through an undoable command; false when not allowed or unchanged. */
    bool setTier(int workload, Tier tier);

    /**
     * Replaces the scenario's content through one undoable command named text (workload edits, calibration,
     * ...). The new content must be valid (validateScenario); returns false and changes nothing otherwise,
     * with every problem in errors. The file name stays; views get contentChanged().
     */
    bool applyEdit(Scenario next, const QString &text, QStringList *errors = nullptr);
    /** Moves several workloads as one undoable step (e.g. the optimizer's suggestion); false if nothing
     * moved. */
    bool applyPlacement(const Placement &placement, const QString &text);

    PlanOutcomePtr outcome() const { return m_outcome; }
    std::shared_ptr<const Evaluator> evaluator() const { return m_evaluator; }
    bool isEvaluating() const { return m_runner->isBusy(); }
    qint64 lastEvaluationMs() const { return m_lastEvaluationMs; }

signals:
    /** A different scenario was loaded: views reset. */
    void scenarioChanged();
    void placementChanged(int workload, ea::Tier tier);
    /** The scenario's content changed through an edit (workloads added/removed/edited): views reload it. */
    void contentChanged();
    void evaluationStarted();
    void evaluated(ea::PlanOutcomePtr outcome);
    /** The engine's evaluator of the current scenario (const, usable from any thread), for views. */
    void evaluatorChanged(std::shared_ptr<const ea::Evaluator> evaluator);
    void evaluationFailed(const QString &message);
    void dirtyChanged(bool dirty);
    void fileNameChanged(const QString &fileName);

private:
    friend class SetTierCommand;
    friend class ReplaceScenarioCommand;
    void applyTier(int workload, Tier tier);
    void applyContent(std::shared_ptr<const Scenario> content);
    void requestEvaluation();
    void setFileName(const QString &fileName);

    std::shared_ptr<const Scenario> m_scenario;
    QString m_fileName;
    QUndoStack *m_undoStack = nullptr;
    EvaluationRunner *m_runner = nullptr;
    PlanOutcomePtr m_outcome;
    std::shared_ptr<const Evaluator> m_evaluator;
    qint64 m_lastEvaluationMs = 0;
};

} // namespace ea

