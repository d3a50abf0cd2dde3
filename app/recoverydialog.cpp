// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/recoverydialog.h"

#include "app/document.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ea {

namespace {
enum Column { FileColumn, TimeColumn, ChangeColumn, ColumnCount };
} // namespace

RecoveryDialog::RecoveryDialog(const QList<RecoveryInfo> &files, QWidget *parent)
    : QDialog(parent), m_files(files)
{
    setWindowTitle(tr("Recover Unsaved Changes"));
    auto *intro = new QLabel(tr("EdgeAtlas did not close normally. These unsaved changes were kept:"));
    intro->setWordWrap(true);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Scenario"), tr("Saved"), tr("Last change")});
    m_list->setToolTip(tr("Recovery files of EdgeAtlas sessions that ended without saving"));
    const QLocale locale;
    for (const RecoveryInfo &f : m_files) {
        auto *item = new QTreeWidgetItem(m_list);
        const QString name =
            f.originalFile.isEmpty()
                ? tr("%1 (never saved)").arg(f.scenarioName.isEmpty() ? tr("Untitled") : f.scenarioName)
                : QFileInfo(f.originalFile).fileName();
        item->setText(FileColumn, name);
        item->setToolTip(FileColumn, f.originalFile.isEmpty() ? name : f.originalFile);
        item->setText(TimeColumn, locale.toString(f.savedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(ChangeColumn, f.error.isEmpty() ? f.lastChange : tr("Damaged: %1").arg(f.error));
        item->setToolTip(ChangeColumn, f.error.isEmpty() ? f.lastChange : f.error);
        if (!f.error.isEmpty())
            item->setForeground(ChangeColumn, QColor(0xc6, 0x28, 0x28));
    }
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox;
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_restore->setToolTip(tr("Open the selected changes; the scenario stays unsaved until you save it"));
    m_restore->setDefault(true);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discard"));
    m_discard->setToolTip(tr("Delete the selected recovery file for good"));
    QPushButton *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("later"));
    later->setToolTip(tr("Keep the recovery files and ask again at the next start (Esc)"));
    connect(m_restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discardSelected);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RecoveryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_restore->isEnabled())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 280);
    updateButtons();
}

RecoveryInfo RecoveryDialog::chosen() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 ? m_files.value(row) : RecoveryInfo{};
}

int RecoveryDialog::remaining() const
{
    return static_cast<int>(m_files.size());
}

void RecoveryDialog::updateButtons()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_restore->setEnabled(row >= 0 && m_files[row].error.isEmpty());
    m_discard->setEnabled(row >= 0);
}

void RecoveryDialog::discardSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0)
        return;
    RecoveryStore::remove(m_files[row].path);
    m_files.removeAt(row);
    delete m_list->takeTopLevelItem(row);
    if (m_files.isEmpty())
        reject();
    updateButtons();
}

bool offerRecovery(QWidget *parent, Document *doc)
{
    const QList<RecoveryInfo> files = RecoveryStore::orphaned();
    if (files.isEmpty() || !doc)
        return false;
    RecoveryDialog dialog(files, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const RecoveryInfo info = dialog.chosen();
    ScenarioLoad loaded = RecoveryStore::load(info.path);
    if (!loaded.ok()) {
        QMessageBox box(QMessageBox::Warning, RecoveryDialog::tr("Cannot Restore"),
                        RecoveryDialog::tr("The recovery file cannot be restored."), QMessageBox::Ok, parent);
        box.setInformativeText(loaded.errors.mid(0, 12).join(QLatin1Char('\n')));
        box.exec();
        return false;
    }
    doc->setScenario(std::move(*loaded.scenario), info.originalFile);
    doc->undoStack()->resetClean(); // unsaved until the user saves it
    RecoveryStore::remove(info.path);
    return true;
}

} // namespace ea
