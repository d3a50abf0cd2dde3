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

ReplaceScenarioCommand::ReplaceScenarioCommand(Document *document, std::shared_ptr<const Scenario> before,
                                               std::shared_ptr<const Scenario> after, const QString &text,
                                               QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
}

void ReplaceScenarioCommand::redo()
{
    m_document->applyContent(m_after);
}

void ReplaceScenarioCommand::undo()
{
    m_document->applyContent(m_before);
}

} // namespace ea
