// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/recordacquaintancecommand.h"

#include <QUndoStack>

namespace bagalau {

bool RecordAcquaintanceCommand::apply(QUndoStack *stack, const ServiceContext &context,
    const QString &personnelNo, const Quarter &quarter, const Acquaintance &acquaintance, Done done,
    InputErrors *errors)
{
    if (!AcquaintanceService(context).record(personnelNo, quarter, acquaintance, errors))
        return false;
    if (stack) {
        stack->push(new RecordAcquaintanceCommand(
            context, personnelNo, quarter, acquaintance, std::move(done)));
    }
    return true;
}

RecordAcquaintanceCommand::RecordAcquaintanceCommand(const ServiceContext &context,
    const QString &personnelNo, const Quarter &quarter, const Acquaintance &acquaintance, Done done)
    : m_context(context)
    , m_personnelNo(personnelNo)
    , m_quarter(quarter)
    , m_acquaintance(acquaintance)
    , m_done(std::move(done))
{
    setText(QCoreApplication::translate(
        "RecordAcquaintanceCommand", "Record the acquaintance of %1 with the result of %2")
                .arg(personnelNo, quarter.key()));
}

void RecordAcquaintanceCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    InputErrors errors;
    if (!AcquaintanceService(m_context).record(m_personnelNo, m_quarter, m_acquaintance, &errors))
        setObsolete(true);
    if (m_done)
        m_done(errors);
}

void RecordAcquaintanceCommand::undo()
{
    InputErrors errors;
    if (!AcquaintanceService(m_context).remove(m_personnelNo, m_quarter, &errors))
        setObsolete(true);
    if (m_done)
        m_done(errors);
}

} // namespace bagalau
