// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/optimizer.h"
#include "engine/plan/plansnapshot.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ea {

/**
 * "Suggest placement": shows the optimizer's search while it runs (progress, Stop) and then what the
 * cheapest placement meeting every SLO changes against the current plan: per workload the tier, cost and
 * SLO before and after, the totals and the saving, or why no placement meets every SLO. Apply accepts the
 * dialog; suggestedPlacement() then holds the placement for the caller to apply as one undoable step.
 *
 * A view only: app/ runs the search and reports here (setProgress(), setResult()); Stop and closing the
 * dialog emit cancelRequested().
 */
class SuggestionDialog : public QDialog
{
    Q_OBJECT
public:
    /** `plan` is the evaluated plan the search starts from; the search is running when the dialog opens. */
    explicit SuggestionDialog(PlanSnapshotPtr plan, QWidget *parent = nullptr);
    ~SuggestionDialog() override;

    /** How far the search is, 0 to 1, and where it stands (best found, bound, gap; may be empty). */
    void setProgress(double fraction, const QString &text = {});
    /** The search starts again (with options()): the dialog shows it running. */
    void restart();
    /** What the user chose for the next search: granularity, time limit and whether to place for resilience
     * (the rest left default). */
    OptimizeOptions options() const;
    /** The optimizer's answer (cancelled or not): the dialog shows it and the search counts as over. */
    void setResult(std::shared_ptr<const OptimizeResult> result);

    /** The suggested placement once Apply was pressed; empty otherwise. */
    Placement suggestedPlacement() const { return m_applied ? m_result->placement : Placement{}; }
    /** The optimizer's answer once the search finished; nullptr while it runs. */
    std::shared_ptr<const OptimizeResult> optimizeResult() const { return m_result; }
    bool isRunning() const { return m_running; }
    /** Asks to stop the search (cancelRequested()); the dialog stays open and says so. */
    void cancelSearch();

    void done(int r) override;

signals:
    /** The search ended (finished or cancelled) and the dialog shows its outcome. */
    void searchFinished();
    /** The user wants the search stopped (Stop, or the dialog closed while it runs). */
    void cancelRequested();
    /** The user wants a new search with options() (Search Again). */
    void searchAgainRequested();

private:
    void fillTable(const PlanDiff &diff);

    PlanSnapshotPtr m_plan;
    std::shared_ptr<const OptimizeResult> m_result;
    bool m_running = true;
    bool m_applied = false;

    QLabel *m_status = nullptr;
    QLabel *m_bound = nullptr;
    QComboBox *m_granularity = nullptr;
    QDoubleSpinBox *m_timeLimit = nullptr;
    QCheckBox *m_resilient = nullptr;
    QPushButton *m_again = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace ea
