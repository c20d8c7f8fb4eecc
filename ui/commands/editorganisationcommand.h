// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/organisationservice.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace bagalau {

// The organisation's details changed from `before` to `after`. The change is made before the
// command is pushed (so its errors reach the fields); the first redo() therefore does nothing,
// and undo() saves `before` again through OrganisationService, audited like any edit.
class EditOrganisationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditOrganisationCommand)

public:
    // Saves details through the service; false when the service refused them.
    using Apply = std::function<bool(const Organisation &)>;

    EditOrganisationCommand(Organisation before, Organisation after, Apply apply);

    void undo() override;
    void redo() override;

private:
    Organisation m_before;
    Organisation m_after;
    Apply m_apply;
    bool m_done = true;
};

} // namespace bagalau
