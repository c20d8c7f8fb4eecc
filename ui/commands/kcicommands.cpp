// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/kcicommands.h"

#include <QUndoStack>

#include <memory>

namespace bagalau {

SaveDraftKciCommand::SaveDraftKciCommand(const ServiceContext &context, QString personnelNo,
    Quarter quarter, std::optional<KciItem> before, KciItem after, CommandDone done)
    : m_context(context)
    , m_personnelNo(std::move(personnelNo))
    , m_quarter(quarter)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_done(std::move(done))
{
    setText(
        m_before ? tr("edit KCI %1").arg(m_after.number) : tr("add KCI %1").arg(m_after.number));
}

void SaveDraftKciCommand::redo()
{
    InputErrors errors;
    if (!KciPlanService(m_context).saveDraftKci(m_personnelNo, m_quarter, m_after, &errors))
        setObsolete(true);
    m_done(errors);
}

void SaveDraftKciCommand::undo()
{
    InputErrors errors;
    KciPlanService service(m_context);
    if (m_before)
        service.saveDraftKci(m_personnelNo, m_quarter, *m_before, &errors);
    else
        service.removeDraftKci(m_personnelNo, m_quarter, m_after.number, &errors);
    m_done(errors);
}

RemoveDraftKciCommand::RemoveDraftKciCommand(const ServiceContext &context, QString personnelNo,
    Quarter quarter, KciItem removed, CommandDone done)
    : m_context(context)
    , m_personnelNo(std::move(personnelNo))
    , m_quarter(quarter)
    , m_removed(std::move(removed))
    , m_done(std::move(done))
{
    setText(tr("remove KCI %1").arg(m_removed.number));
}

void RemoveDraftKciCommand::redo()
{
    InputErrors errors;
    if (!KciPlanService(m_context).removeDraftKci(
            m_personnelNo, m_quarter, m_removed.number, &errors))
        setObsolete(true);
    m_done(errors);
}

void RemoveDraftKciCommand::undo()
{
    InputErrors errors;
    KciPlanService(m_context).saveDraftKci(m_personnelNo, m_quarter, m_removed, &errors);
    m_done(errors);
}

SaveKciSheetDraftCommand::SaveKciSheetDraftCommand(const ServiceContext &context,
    QString personnelNo, Quarter quarter, QList<KciSheetEntry> before, QList<KciSheetEntry> after,
    CommandDone done)
    : m_context(context)
    , m_personnelNo(std::move(personnelNo))
    , m_quarter(quarter)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_done(std::move(done))
{
    setText(tr("save the KCI sheet draft"));
}

void SaveKciSheetDraftCommand::redo()
{
    InputErrors errors;
    if (!KciSheetService(m_context).saveDraft(m_personnelNo, m_quarter, m_after, &errors))
        setObsolete(true);
    m_done(errors);
}

void SaveKciSheetDraftCommand::undo()
{
    InputErrors errors;
    KciSheetService(m_context).saveDraft(m_personnelNo, m_quarter, m_before, &errors);
    m_done(errors);
}

ReplaceAllowedMarksCommand::ReplaceAllowedMarksCommand(const ServiceContext &context,
    QList<AllowedMarkRowText> before, QList<AllowedMarkRowText> after, CommandDone done)
    : m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_done(std::move(done))
{
    setText(tr("change the appendix-3 table"));
}

void ReplaceAllowedMarksCommand::redo()
{
    InputErrors errors;
    if (!AllowedMarkTableService(m_context).replace(m_after, &errors))
        setObsolete(true);
    m_done(errors);
}

void ReplaceAllowedMarksCommand::undo()
{
    InputErrors errors;
    AllowedMarkTableService(m_context).replace(m_before, &errors);
    m_done(errors);
}

bool pushCommand(QUndoStack *stack, QUndoCommand *command, const InputErrors *lastErrors)
{
    if (!stack) {
        std::unique_ptr<QUndoCommand> once(command);
        once->redo();
        return lastErrors->isEmpty();
    }
    stack->push(command);
    return lastErrors->isEmpty();
}

} // namespace bagalau
