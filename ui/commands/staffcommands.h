// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/staffservice.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace bagalau {

class ServiceContext;

// An edit of the staff list on the window's undo stack. The page makes the change itself before
// pushing the command (so the service's errors reach the dialog's fields); the first redo()
// therefore does nothing. Later redo() and undo() call StaffService, audited like any edit;
// what either refuses (a sheet now depends on it, the account changed) makes the command
// obsolete. `done` hears the errors after each, empty when done, so the page reloads.
class StaffCommand : public QUndoCommand
{
public:
    using Done = std::function<void(const InputErrors &errors)>;

    void redo() final;
    void undo() final;

protected:
    StaffCommand(const ServiceContext &context, QString personnelNo, Done done);
    virtual bool apply(StaffService &service, InputErrors *errors) = 0;
    virtual bool revert(StaffService &service, InputErrors *errors) = 0;
    const QString &personnelNo() const { return m_personnelNo; }

private:
    const ServiceContext &m_context;
    QString m_personnelNo;
    Done m_done;
    bool m_applied = true;
};

// A servant added by hand; undo removes them while nothing refers to them yet. (A CSV import is
// not a command: a batch of dozens is checked on a preview first and is not taken back.)
class AddServantCommand : public StaffCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddServantCommand)

public:
    AddServantCommand(const ServiceContext &context, NewServant servant, Done done);

private:
    bool apply(StaffService &service, InputErrors *errors) override;
    bool revert(StaffService &service, InputErrors *errors) override;

    NewServant m_servant;
};

class AddAbsenceCommand : public StaffCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAbsenceCommand)

public:
    AddAbsenceCommand(
        const ServiceContext &context, QString personnelNo, Absence absence, Done done);

private:
    bool apply(StaffService &service, InputErrors *errors) override;
    bool revert(StaffService &service, InputErrors *errors) override;

    Absence m_absence;
};

class EditServantCommand : public StaffCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditServantCommand)

public:
    EditServantCommand(const ServiceContext &context, QString personnelNo, ServantDetails before,
        ServantDetails after, Done done);

private:
    bool apply(StaffService &service, InputErrors *errors) override;
    bool revert(StaffService &service, InputErrors *errors) override;

    ServantDetails m_before;
    ServantDetails m_after;
};

// A new position or manager; each redo records the assignment it made, for the next undo.
class ReassignCommand : public StaffCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReassignCommand)

public:
    ReassignCommand(const ServiceContext &context, QString personnelNo, NewAssignment assignment,
        Reassignment made, Done done);

private:
    bool apply(StaffService &service, InputErrors *errors) override;
    bool revert(StaffService &service, InputErrors *errors) override;

    NewAssignment m_assignment;
    Reassignment m_made;
};

class EndAssignmentCommand : public StaffCommand
{
    Q_DECLARE_TR_FUNCTIONS(EndAssignmentCommand)

public:
    EndAssignmentCommand(
        const ServiceContext &context, QString personnelNo, QDate lastDay, Done done);

private:
    bool apply(StaffService &service, InputErrors *errors) override;
    bool revert(StaffService &service, InputErrors *errors) override;

    QDate m_lastDay;
};

class DismissCommand : public StaffCommand
{
    Q_DECLARE_TR_FUNCTIONS(DismissCommand)

public:
    DismissCommand(
        const ServiceContext &context, QString personnelNo, QDate day, QString reason, Done done);

private:
    bool apply(StaffService &service, InputErrors *errors) override;
    bool revert(StaffService &service, InputErrors *errors) override;

    QDate m_day;
    QString m_reason;
};

} // namespace bagalau
