// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands.h"

#include "app/document.h"

#include <QCoreApplication>

namespace ea {

SetTierCommand::SetTierCommand(Document *document, int workload, Tier from, Tier to, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_workload(workload), m_from(from), m_to(to)
{
    setText(QCoreApplication::translate("ea::SetTierCommand", "Move %1 to %2")
                .arg(document->scenario()->workloads[workload].name, tierLabel(to)));
}

void SetTierCommand::redo()
{
    m_document->applyTier(m_workload, m_to);
}

void SetTierCommand::undo()
{
    m_document->applyTier(m_workload, m_from);
}

} // namespace ea
