// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/monitor/monitortable.h"

#include <QHeaderView>
#include <QTableView>

namespace ea {

QTableView *makeMonitorTable(QWidget *parent, const QString &name, const QString &description)
{
    auto *t = new QTableView(parent);
    t->setAccessibleName(name);
    t->setAccessibleDescription(description);
    t->setToolTip(description);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setWordWrap(false);
    return t;
}

} // namespace ea
