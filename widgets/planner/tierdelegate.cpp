// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/planner/tierdelegate.h"

#include "engine/model/scenario.h"
#include "widgets/planner/workloadtablemodel.h"

#include <QComboBox>
#include <QTimer>

namespace ea {

TierDelegate::TierDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *TierDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QVariantList tiers = index.data(WorkloadTableModel::AllowedTiersRole).toList();
    if (tiers.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    combo->setToolTip(tr("Tiers this workload may use"));
    for (const QVariant &t : tiers)
        combo->addItem(tierLabel(static_cast<Tier>(t.toInt())), t.toInt());
    // activated() fires only on a user's choice (click, Enter), not on setEditorData().
    connect(combo, &QComboBox::activated, this, &TierDelegate::commitAndClose);
    // Open the list straight away: one double-click or F2 shows the choices.
    QTimer::singleShot(0, combo, [combo] {
        if (combo->isVisible())
            combo->showPopup();
    });
    return combo;
}

void TierDelegate::commitAndClose()
{
    if (auto *combo = qobject_cast<QComboBox *>(sender())) {
        emit commitData(combo);
        emit closeEditor(combo, QAbstractItemDelegate::SubmitModelCache);
    }
}

void TierDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const int i = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

void TierDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    if (combo->currentData().toInt() != index.data(Qt::EditRole).toInt())
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace ea
