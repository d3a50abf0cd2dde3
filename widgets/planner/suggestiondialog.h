// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/evaluation.h"
#include "engine/plan/optimizer.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <thread>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ea {

class Evaluator;

/**
 * "Suggest placement": runs the optimizer off the GUI thread (progress, Cancel), then shows what the
 * cheapest placement meeting every SLO changes against the current plan: per workload the tier, cost and SLO
 * before and after, the totals and the saving, or why no placement meets every SLO. Apply accepts the
 * dialog; suggestedPlacement() then holds the placement for the caller to apply as one undoable step.
 */
class SuggestionDialog : public QDialog
{
    Q_OBJECT
public:
    /** `current` must be an outcome of `evaluator`'s scenario; the search starts at once. */
    SuggestionDialog(std::shared_ptr<const Evaluator> evaluator, PlanOutcomePtr current,
                     QWidget *parent = nullptr);
    /** Stops the search and waits for it. */
    ~SuggestionDialog() override;

    /** The suggested placement once Apply was pressed; empty otherwise. */
    Placement suggestedPlacement() const { return m_applied ? m_result->placement : Placement{}; }
    /** The optimizer's answer once the search finished; nullptr while it runs. */
    std::shared_ptr<const OptimizeResult> optimizeResult() const { return m_result; }
    bool isRunning() const { return m_running; }
    /** Cancels the search in flight (the dialog stays open and says so). */
    void cancelSearch();

    void done(int r) override;

signals:
    /** The search ended (finished or cancelled) and the dialog shows its outcome. */
    void searchFinished();

private:
    void start();
    void stopWorker();
    void showProgress(double fraction);
    void showResult(std::shared_ptr<const OptimizeResult> result);
    void fillTable(const PlanDiff &diff);

    std::shared_ptr<const Evaluator> m_evaluator;
    PlanOutcomePtr m_current;
    std::shared_ptr<const OptimizeResult> m_result;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::thread m_worker;
    bool m_running = false;
    bool m_applied = false;

    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace ea
