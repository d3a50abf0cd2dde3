// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/trials/trialsanalysis.h"

#include <QSplitter>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace ea {

class Document;
class TrialBoxChart;
class TrialConfigForm;
class TrialPairsModel;
class TrialResultsModel;
class TrialSettingsForm;
class TrialsRunner;

/**
 * The Trials mode (DESIGN.md, "Benchmark trials"): configurations A and B side by side, run off the GUI
 * thread (ceilings, A, B, the A/A control, then A and B interleaved) with progress and cancel; the
 * runner's figures per configuration, the B/A delta with its verdict against the A/A noise, box plots of
 * latency per token, tokens/s and % of roofline, the ceilings of the run, export (JSON, markdown, CSV),
 * and "Use as compute profile…", which turns a result into a measured profile of a GPU type of the
 * scenario through one undoable edit, so the plan re-evaluates with measured instead of roofline numbers.
 * The scenario's measured profiles are listed below, each removable (undoably).
 */
class TrialsPage : public QSplitter
{
    Q_OBJECT
public:
    explicit TrialsPage(Document *document, QWidget *parent = nullptr);
    ~TrialsPage() override;

    TrialConfigForm *configA() const { return m_formA; }
    TrialConfigForm *configB() const { return m_formB; }
    TrialSettingsForm *settingsForm() const { return m_settings; }
    TrialResultsModel *resultsModel() const { return m_results; }
    TrialPairsModel *pairsModel() const { return m_pairs; }
    QTableView *resultsView() const { return m_resultsView; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *useAsProfileButton() const { return m_useProfile; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *ceilingsLabel() const { return m_ceilings; }
    QLabel *devicesLabel() const { return m_devices; }
    QTableWidget *profilesTable() const { return m_profiles; }
    QList<TrialBoxChart *> charts() const;
    TrialsRunner *runner() const { return m_runner; }

    TrialsOutcomePtr outcome() const { return m_outcome; }
    bool isRunning() const;
    /** The request the forms describe now. */
    TrialsRequest request() const;

    /** Starts a run of the forms' A and B; false when one runs or a form has no model. */
    bool run();
    void cancel();
    /** Writes the latest results as JSON, markdown or CSV (by suffix: .json, .md, .csv). */
    bool exportResults(const QString &fileName, QString *error) const;
    /**
     * Adds (or replaces) the measured profile of a GPU type for a model and precision, from the latest
     * results, through one undoable edit; false with a reason when there is nothing usable.
     */
    bool useAsComputeProfile(const QString &gpuId, const QString &modelId, trials::Precision precision,
                             QString *error);
    /** Removes the scenario's profile at index through one undoable edit. */
    bool removeProfile(int index);

signals:
    void runningChanged(bool running);
    void progressChanged(int step, int total, const QString &text);
    /** A finished run's outcome (partial results of a run in progress show without this signal). */
    void outcomeChanged(ea::TrialsOutcomePtr outcome);

private:
    QWidget *createSetup();
    QWidget *createResults();
    void onScenario();
    void onProgress(int step, int total, const QString &text);
    void onPartial(TrialsOutcomePtr outcome);
    void onFinished(TrialsOutcomePtr outcome);
    void onBackends();
    void showOutcome();
    void updateCharts();
    void updateProfiles();
    void updateButtons();
    void exportDialog();
    void useAsProfileDialog();

    Document *m_document = nullptr;
    TrialsRunner *m_runner = nullptr;
    TrialsOutcomePtr m_outcome;
    TrialConfigForm *m_formA = nullptr;
    TrialConfigForm *m_formB = nullptr;
    TrialSettingsForm *m_settings = nullptr;
    QLabel *m_devices = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_ceilings = nullptr;
    TrialResultsModel *m_results = nullptr;
    TrialPairsModel *m_pairs = nullptr;
    QTableView *m_resultsView = nullptr;
    QTableView *m_pairsView = nullptr;
    TrialBoxChart *m_latencyChart = nullptr;
    TrialBoxChart *m_throughputChart = nullptr;
    TrialBoxChart *m_rooflineChart = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_useProfile = nullptr;
    QTableWidget *m_profiles = nullptr;
    QPushButton *m_removeProfile = nullptr;
};

} // namespace ea
