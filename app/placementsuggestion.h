// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace ea {

class Document;
class SuggestionDialog;

/**
 * Plan → Suggest Placement: runs the optimizer as a job of the document's runner (progress, the best cost
 * found and its gap, and Cancel in the dialog and in the status bar; the dialog's time limit and granularity,
 * Search Again) from the document's evaluated plan, shows its answer in a
 * SuggestionDialog, and applies the suggestion as one undoable step on Apply. Closing the dialog cancels
 * the search without waiting for it.
 */
class PlacementSuggestion : public QObject
{
    Q_OBJECT
public:
    static constexpr char JobLane[] = "optimizer";

    /** Starts the search at once; the dialog is a child of parent (not shown yet). */
    PlacementSuggestion(Document *document, QWidget *parent);
    ~PlacementSuggestion() override;

    SuggestionDialog *dialog() const { return m_dialog; }
    /** The search's job id (0 once it has delivered). */
    quint64 job() const { return m_job; }
    /** Shows the dialog modally; true when the suggestion was applied. */
    bool exec();
    /** Applies the accepted suggestion; true when something moved. */
    bool applyAccepted();

private:
    /** Starts a search with the dialog's options (cancelling one that runs). */
    void start();

    Document *m_document;
    SuggestionDialog *m_dialog = nullptr;
    quint64 m_job = 0;
};

} // namespace ea
