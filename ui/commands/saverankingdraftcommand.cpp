// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/saverankingdraftcommand.h"

#include <QUndoStack>

namespace bagalau {

bool SaveRankingDraftCommand::apply(QUndoStack *stack, const ServiceContext &context,
    const RankingSheetRecord &before, const RankingMarks &marks, Done done, InputErrors *errors)
{
    if (!RankingSheetService(context).saveDraft(before.personnelNo, before.quarter, marks, errors))
        return false;
    if (stack)
        stack->push(new SaveRankingDraftCommand(context, before, marks, std::move(done)));
    return true;
}

SaveRankingDraftCommand::SaveRankingDraftCommand(const ServiceContext &context,
    const RankingSheetRecord &before, const RankingMarks &marks, Done done)
    : m_context(context)
    , m_personnelNo(before.personnelNo)
    , m_quarter(before.quarter)
    , m_before(before.exists ? std::optional<RankingMarks>(before.marks) : std::nullopt)
    , m_after(marks)
    , m_done(std::move(done))
{
    setText(QCoreApplication::translate("SaveRankingDraftCommand", "Save the ranking sheet of %1")
                .arg(before.fullName));
}

void SaveRankingDraftCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    InputErrors errors;
    if (!RankingSheetService(m_context).saveDraft(m_personnelNo, m_quarter, m_after, &errors))
        setObsolete(true);
    if (m_done)
        m_done(errors);
}

void SaveRankingDraftCommand::undo()
{
    InputErrors errors;
    RankingSheetService sheets(m_context);
    const bool undone = m_before ? sheets.saveDraft(m_personnelNo, m_quarter, *m_before, &errors)
                                 : sheets.discardDraft(m_personnelNo, m_quarter, &errors);
    // A sheet signed since cannot go back: the command leaves the stack with its message.
    if (!undone)
        setObsolete(true);
    if (m_done)
        m_done(errors);
}

} // namespace bagalau
