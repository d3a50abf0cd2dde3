// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/autosave.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace ea {

class Document;

/**
 * Lists recovery files left by instances that did not close normally (original file, time, last
 * change) and offers Restore (the selected one), Discard (delete the selected one) and Later (keep them
 * all for the next start). A damaged file says why and can only be discarded.
 */
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecoveryDialog(const QList<RecoveryInfo> &files, QWidget *parent = nullptr);

    /** The file to restore once the dialog was accepted. */
    RecoveryInfo chosen() const;
    /** Files still listed (not discarded). */
    int remaining() const;

private:
    void updateButtons();
    void discardSelected();

    QList<RecoveryInfo> m_files;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_discard = nullptr;
};

/**
 * At start-up, after the main window shows: when crashed instances left recovery files, asks what to do.
 * Restore loads the saved scenario into doc under its original file name and leaves the document dirty,
 * so the user saves it; the recovery file is then removed (this instance's Autosaver writes its own).
 * Returns true when a scenario was restored. Call it while doc has no unsaved changes of its own.
 */
bool offerRecovery(QWidget *parent, Document *doc);

} // namespace ea
