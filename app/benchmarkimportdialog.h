// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/export/servingbenchmark.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ea {

/**
 * File → Import → Serving Benchmark…: result files of vLLM bench serve, GenAI-Perf/AIPerf or trtllm-bench
 * become the measured compute profile of a GPU type running a model (engine: importServingBenchmark). The
 * user picks the files, the GPU type, the model and the precision; the dialog shows the profile and how the
 * planner then reproduces each measured run, or every problem of the files. OK is enabled only when the
 * import is valid; the caller applies result() as one undoable edit. Everything is computed on the GUI
 * thread (a few files of a few kB).
 */
class BenchmarkImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BenchmarkImportDialog(const Scenario &scenario, QWidget *parent = nullptr);

    void setFiles(const QStringList &files);
    QStringList files() const { return m_files; }
    void setGpu(const QString &id);
    void setModel(const QString &id);
    /** The scenario with the profile, when the current choice imports; else nullopt. */
    const std::optional<Scenario> &result() const { return m_import.scenario; }
    const ServingBenchmarkImport &import() const { return m_import; }
    /** What the preview shows (for tests). */
    QString previewText() const;

private:
    void addFiles();
    void removeFiles();
    void refresh();

    Scenario m_scenario;
    QStringList m_files;
    ServingBenchmarkImport m_import;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QComboBox *m_gpu = nullptr, *m_model = nullptr, *m_precision = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ea
