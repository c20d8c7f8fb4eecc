// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/rankingsheetservice.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

class QUndoStack;

namespace bagalau {

class ServiceContext;

// Saving a ranking sheet's draft. Undo puts the previous draft back, or removes the sheet when
// there was none, through RankingSheetService, so the undo is audited too. Signing is a legal
// act and is never a command.
class SaveRankingDraftCommand : public QUndoCommand
{
public:
    // Told after every redo and undo, with the service's errors (empty when it went through).
    using Done = std::function<void(const InputErrors &)>;

    // Saves now; on success pushes the command onto `stack` (when there is one).
    static bool apply(QUndoStack *stack, const ServiceContext &context,
        const RankingSheetRecord &before, const RankingMarks &marks, Done done,
        InputErrors *errors);

    void redo() override;
    void undo() override;

private:
    SaveRankingDraftCommand(const ServiceContext &context, const RankingSheetRecord &before,
        const RankingMarks &marks, Done done);

    const ServiceContext &m_context;
    QString m_personnelNo;
    Quarter m_quarter;
    std::optional<RankingMarks> m_before; // nullopt: there was no sheet
    RankingMarks m_after;
    Done m_done;
    bool m_skipRedo = true; // the first redo happened in apply()
};

} // namespace bagalau
