// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/respondentcommand.h"

namespace bagalau {

RespondentCommand::RespondentCommand(
    const QString &text, Step forward, Step backward, InputErrors *errors)
    : QUndoCommand(text)
    , m_forward(std::move(forward))
    , m_backward(std::move(backward))
    , m_errors(errors)
{ }

void RespondentCommand::redo()
{
    InputErrors errors;
    if (!m_forward(&errors))
        setObsolete(true);
    if (m_errors)
        *m_errors = errors;
    // Only the first run reports to the caller; later redos come from the Edit menu.
    m_errors = nullptr;
}

void RespondentCommand::undo()
{
    InputErrors errors;
    if (!m_backward(&errors))
        setObsolete(true);
}

} // namespace bagalau
