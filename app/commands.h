// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QUndoCommand>

#include <memory>

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

/**
 * Replaces the whole scenario content (a workload added, edited, duplicated or deleted, a calibration
 * applied, ...) with another; undo restores the previous content exactly. Both versions are immutable.
 */
class ReplaceScenarioCommand : public QUndoCommand
{
public:
    ReplaceScenarioCommand(Document *document, std::shared_ptr<const Scenario> before,
                           std::shared_ptr<const Scenario> after, const QString &text,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    std::shared_ptr<const Scenario> m_before, m_after;
};

} // namespace ea
