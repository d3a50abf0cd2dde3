// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace ea {

/**
 * Edits the tier column of a WorkloadTableModel with a combo box listing only the tiers the workload may
 * use (WorkloadTableModel::AllowedTiersRole). Picking an entry commits at once, by mouse or keyboard; the
 * model turns the commit into a request, so the delegate never changes a document.
 */
class TierDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TierDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    void commitAndClose();
};

} // namespace ea
