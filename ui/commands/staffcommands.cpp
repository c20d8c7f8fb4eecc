// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/staffcommands.h"

namespace bagalau {

StaffCommand::StaffCommand(const ServiceContext &context, QString personnelNo, Done done)
    : m_context(context)
    , m_personnelNo(std::move(personnelNo))
    , m_done(std::move(done))
{ }

void StaffCommand::redo()
{
    if (m_applied)
        return;
    StaffService service(m_context);
    InputErrors errors;
    if (!apply(service, &errors))
        setObsolete(true);
    m_applied = true;
    m_done(errors);
}

void StaffCommand::undo()
{
    StaffService service(m_context);
    InputErrors errors;
    if (!revert(service, &errors))
        setObsolete(true);
    m_applied = false;
    m_done(errors);
}

AddServantCommand::AddServantCommand(const ServiceContext &context, NewServant servant, Done done)
    : StaffCommand(context, servant.personnelNo, std::move(done))
    , m_servant(std::move(servant))
{
    setText(tr("add servant %1").arg(m_servant.fullName));
}

bool AddServantCommand::apply(StaffService &service, InputErrors *errors)
{
    return service.add({m_servant}, errors);
}

bool AddServantCommand::revert(StaffService &service, InputErrors *errors)
{
    return service.removeServant(personnelNo(), errors);
}

AddAbsenceCommand::AddAbsenceCommand(
    const ServiceContext &context, QString personnelNo, Absence absence, Done done)
    : StaffCommand(context, std::move(personnelNo), std::move(done))
    , m_absence(absence)
{
    setText(tr("add an absence of %1").arg(this->personnelNo()));
}

bool AddAbsenceCommand::apply(StaffService &service, InputErrors *errors)
{
    return service.addAbsence(personnelNo(), m_absence, errors);
}

bool AddAbsenceCommand::revert(StaffService &service, InputErrors *errors)
{
    return service.removeAbsence(personnelNo(), m_absence, errors);
}

EditServantCommand::EditServantCommand(const ServiceContext &context, QString personnelNo,
    ServantDetails before, ServantDetails after, Done done)
    : StaffCommand(context, std::move(personnelNo), std::move(done))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("edit servant %1").arg(this->personnelNo()));
}

bool EditServantCommand::apply(StaffService &service, InputErrors *errors)
{
    return service.editServant(personnelNo(), m_after, errors);
}

bool EditServantCommand::revert(StaffService &service, InputErrors *errors)
{
    return service.editServant(personnelNo(), m_before, errors);
}

ReassignCommand::ReassignCommand(const ServiceContext &context, QString personnelNo,
    NewAssignment assignment, Reassignment made, Done done)
    : StaffCommand(context, std::move(personnelNo), std::move(done))
    , m_assignment(std::move(assignment))
    , m_made(made)
{
    setText(tr("new position of %1").arg(this->personnelNo()));
}

bool ReassignCommand::apply(StaffService &service, InputErrors *errors)
{
    const auto made = service.reassign(personnelNo(), m_assignment, errors);
    if (made)
        m_made = *made;
    return made.has_value();
}

bool ReassignCommand::revert(StaffService &service, InputErrors *errors)
{
    return service.undoReassign(personnelNo(), m_made, errors);
}

EndAssignmentCommand::EndAssignmentCommand(
    const ServiceContext &context, QString personnelNo, QDate lastDay, Done done)
    : StaffCommand(context, std::move(personnelNo), std::move(done))
    , m_lastDay(lastDay)
{
    setText(tr("end the assignment of %1").arg(this->personnelNo()));
}

bool EndAssignmentCommand::apply(StaffService &service, InputErrors *errors)
{
    return service.endAssignment(personnelNo(), m_lastDay, errors);
}

bool EndAssignmentCommand::revert(StaffService &service, InputErrors *errors)
{
    return service.reopenAssignment(personnelNo(), errors);
}

DismissCommand::DismissCommand(
    const ServiceContext &context, QString personnelNo, QDate day, QString reason, Done done)
    : StaffCommand(context, std::move(personnelNo), std::move(done))
    , m_day(day)
    , m_reason(std::move(reason))
{
    setText(tr("dismiss %1").arg(this->personnelNo()));
}

bool DismissCommand::apply(StaffService &service, InputErrors *errors)
{
    return service.dismiss(personnelNo(), m_day, m_reason, errors);
}

bool DismissCommand::revert(StaffService &service, InputErrors *errors)
{
    return service.cancelDismissal(personnelNo(), errors);
}

} // namespace bagalau
