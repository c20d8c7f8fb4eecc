// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/allowedmarktableservice.h"
#include "evaluation/kciplanservice.h"
#include "evaluation/kcisheetservice.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

class QUndoStack;

namespace bagalau {

class ServiceContext;

// What a command reports after each redo or undo: the service's errors, empty when it was done.
using CommandDone = std::function<void(const InputErrors &errors)>;

// A draft KCI added or edited (§22); undo puts back what was there, or removes a new one.
class SaveDraftKciCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveDraftKciCommand)

public:
    SaveDraftKciCommand(const ServiceContext &context, QString personnelNo, Quarter quarter,
        std::optional<KciItem> before, KciItem after, CommandDone done);
    void redo() override;
    void undo() override;

private:
    const ServiceContext &m_context;
    QString m_personnelNo;
    Quarter m_quarter;
    std::optional<KciItem> m_before;
    KciItem m_after;
    CommandDone m_done;
};

// A draft KCI removed; undo restores it.
class RemoveDraftKciCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveDraftKciCommand)

public:
    RemoveDraftKciCommand(const ServiceContext &context, QString personnelNo, Quarter quarter,
        KciItem removed, CommandDone done);
    void redo() override;
    void undo() override;

private:
    const ServiceContext &m_context;
    QString m_personnelNo;
    Quarter m_quarter;
    KciItem m_removed;
    CommandDone m_done;
};

// The draft of a KCI sheet saved; undo saves the draft as it was before.
class SaveKciSheetDraftCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveKciSheetDraftCommand)

public:
    SaveKciSheetDraftCommand(const ServiceContext &context, QString personnelNo, Quarter quarter,
        QList<KciSheetEntry> before, QList<KciSheetEntry> after, CommandDone done);
    void redo() override;
    void undo() override;

private:
    const ServiceContext &m_context;
    QString m_personnelNo;
    Quarter m_quarter;
    QList<KciSheetEntry> m_before;
    QList<KciSheetEntry> m_after;
    CommandDone m_done;
};

// The appendix-3 table replaced whole; undo puts back the previous table.
class ReplaceAllowedMarksCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceAllowedMarksCommand)

public:
    ReplaceAllowedMarksCommand(const ServiceContext &context, QList<AllowedMarkRowText> before,
        QList<AllowedMarkRowText> after, CommandDone done);
    void redo() override;
    void undo() override;

private:
    const ServiceContext &m_context;
    QList<AllowedMarkRowText> m_before;
    QList<AllowedMarkRowText> m_after;
    CommandDone m_done;
};

// Pushes the command onto the stack, or runs it once when the page has no stack. A command whose
// first redo failed is made obsolete, so the stack drops it. Returns whether it was done.
bool pushCommand(QUndoStack *stack, QUndoCommand *command, const InputErrors *lastErrors);

} // namespace bagalau
