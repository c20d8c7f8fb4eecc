// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/editorganisationcommand.h"

namespace bagalau {

EditOrganisationCommand::EditOrganisationCommand(
    Organisation before, Organisation after, Apply apply)
    : m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
{
    setText(tr("edit the organisation's details"));
}

void EditOrganisationCommand::undo()
{
    // A refused undo (the account changed, the file is locked) leaves nothing to redo.
    if (!m_apply(m_before))
        setObsolete(true);
    m_done = false;
}

void EditOrganisationCommand::redo()
{
    if (m_done)
        return;
    if (!m_apply(m_after))
        setObsolete(true);
    m_done = true;
}

} // namespace bagalau
