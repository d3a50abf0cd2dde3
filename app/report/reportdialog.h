// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/report/reportwriter.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace ea {

class Document;
class ReportPainter;

/**
 * File → Export Report…: the report's options (format, title, author, baseline), a preview of its pages
 * as they will be printed, and an atomic save. The numbers are computed by a job of the document's runner
 * (cancelled when the options change again or the dialog closes, which never waits for it); the pages are
 * painted on the GUI thread, one at a time, with the progress shown.
 */
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Baseline { NoBaseline, SavedFile, Optimizer, PlacementFile };

    explicit ReportDialog(Document *document, QWidget *parent = nullptr);
    ~ReportDialog() override;

    /** Lane of the document's jobs() that computes the numbers. */
    static constexpr char JobLane[] = "report";

    /** Recomputes the numbers and the preview from the options (runs in the background). */
    void regenerate();
    /** True while the numbers or the preview pages are being made. */
    bool isBusy() const;
    int previewPageCount() const;
    const ReportData *data() const { return m_data.get(); }
    /** Writes the report in the chosen format to fileName; false with *error on failure. */
    bool exportTo(const QString &fileName, QString *error);
    void setBaselineFile(const QString &placementFile); // selects "placement file" with that file
    QComboBox *formatBox() const { return m_format; }
    QComboBox *baselineBox() const { return m_baseline; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *authorEdit() const { return m_author; }

signals:
    /** The preview shows every page of the current options. */
    void previewReady();

private:
    void chooseBaseline(int index);
    void exportInteractively();
    void paintNextPage();
    void setStatus(const QString &text);

    Document *m_document;
    QComboBox *m_format = nullptr;
    QComboBox *m_baseline = nullptr;
    QLineEdit *m_title = nullptr, *m_author = nullptr;
    QLabel *m_baselineFile = nullptr, *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_export = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_pagesLayout = nullptr;
    QString m_placementFile;
    int m_lastBaseline = NoBaseline;

    quint64 m_job = 0; // the job computing the numbers; 0 when none runs
    std::unique_ptr<ReportData> m_data;
    std::unique_ptr<ReportPainter> m_painter;
    int m_nextPage = 0;
};

/** Opens the Export Report dialog for the document (modal); what File → Export Report… calls. */
void exportReport(QWidget *parent, Document *document);

} // namespace ea
