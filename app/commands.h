// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QUndoCommand>

namespace ea {

class Document;

/** Moves one workload to another tier; undo puts it back exactly. */
class SetTierCommand : public QUndoCommand
{
public:
    SetTierCommand(Document *document, int workload, Tier from, Tier to, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    int m_workload;
    Tier m_from, m_to;
};

} // namespace ea
