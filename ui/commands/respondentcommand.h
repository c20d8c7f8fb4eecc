// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/inputerror.h"

#include <QUndoCommand>

#include <functional>

namespace bagalau {

// A change of a 360 circle (§35) that undoes itself through the service's reverse: adding a
// respondent is undone by removing them and the other way round, each audited. A change the
// service refuses makes the command obsolete, so the stack drops it, and leaves the errors in
// `*errors` (owned by whoever pushes).
class RespondentCommand : public QUndoCommand
{
public:
    using Step = std::function<bool(InputErrors *errors)>;

    RespondentCommand(const QString &text, Step forward, Step backward, InputErrors *errors);

    void redo() override;
    void undo() override;

private:
    Step m_forward;
    Step m_backward;
    InputErrors *m_errors;
};

} // namespace bagalau
