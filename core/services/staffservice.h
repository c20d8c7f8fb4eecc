// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/eligibility.h"
#include "services/inputerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bagalau {

class ServiceContext;
struct AuditEntry;

enum class PositionCategory { Head, CorpsB };
QString positionCategoryKey(PositionCategory category); // "head", "corps_b"
std::optional<PositionCategory> positionCategoryFromKey(const QString &key);

// A servant to add, with the position they hold (or held) — one row of staff.csv.
struct NewServant
{
    int line = 0; // where it came from, for messages; 0 when typed in
    QString personnelNo;
    QString fullName;
    QString iin; // optional
    PositionCategory category = PositionCategory::CorpsB;
    QString unit;
    QString position;
    QDate appointed;
    QDate dismissed; // invalid while in service
    QString managerPersonnelNo; // optional: in the same batch or already in the file
};

// A servant as the evaluation sees them on a quarter: their position there, whom they report to.
struct StaffMember
{
    qint64 id = 0;
    QString personnelNo;
    QString fullName;
    PositionCategory category = PositionCategory::CorpsB;
    QString unit;
    QString position;
    DateRange inPosition; // last invalid while in service
    QDate dismissed;
    QString managerPersonnelNo;
    QList<Absence> absences;

    // What the eligibility rules (§5, §6, §22) need to know of this servant for a quarter whose
    // evaluation is due on `evaluationDue`.
    EligibilityInput eligibilityInput(const Quarter &quarter, QDate evaluationDue) const;
    // The same for any period: a year for the 360 survey (§4, §33).
    EligibilityInput eligibilityInput(const DateRange &period, QDate evaluationDue) const;
};

// One assignment in a servant's record: a position held from its first to its last day.
struct AssignmentRecord
{
    QString unit;
    QString position;
    PositionCategory category = PositionCategory::CorpsB;
    QString managerPersonnelNo; // empty when the servant reported to no one in the file
    QString managerName;
    DateRange days; // last invalid while the position is held
};

// All the file knows of one servant's service, for their card.
struct ServantHistory
{
    QString personnelNo;
    QString fullName;
    QString iin;
    QString dismissalReason;
    QList<AssignmentRecord> assignments; // by first day
    QList<Absence> absences; // by first day
    QDate dismissed; // invalid while in service
};

// A servant's own details as edited: the personnel number names them and does not change.
struct ServantDetails
{
    QString fullName;
    QString iin; // optional
    bool operator==(const ServantDetails &) const = default;
};

// A new position for a servant from `from` on, under a manager.
struct NewAssignment
{
    QDate from;
    PositionCategory category = PositionCategory::CorpsB;
    QString unit;
    QString position;
    QString managerPersonnelNo; // optional
};

// What reassign() changed, so undoReassign() can put it back.
struct Reassignment
{
    qint64 newAssignment = 0;
    qint64 previousAssignment = 0;
    QDate previousLastDay; // invalid when the previous assignment was open
};

// The staff list: servants, their assignments, absences and dismissals.
class StaffService
{
    Q_DECLARE_TR_FUNCTIONS(StaffService)

public:
    explicit StaffService(const ServiceContext &context);

    // Checks a batch against itself and the file; every problem is reported, nothing is written.
    InputErrors validate(const QList<NewServant> &batch) const;
    // All or nothing: validates, then writes the whole batch in one transaction, audited.
    bool add(const QList<NewServant> &batch, InputErrors *errors);
    bool addAbsence(const QString &personnelNo, const Absence &absence, InputErrors *errors);

    // The reverse of adding one servant (undo): only while nothing but their own assignments
    // and dismissal refers to them — no absences, sheets, plans, accounts, subordinates...
    bool removeServant(const QString &personnelNo, InputErrors *errors);
    // The reverse of addAbsence (undo): removes one absence with exactly these kind and days.
    bool removeAbsence(const QString &personnelNo, const Absence &absence, InputErrors *errors);
    // The full name and IIN, validated as add() validates them; also the way an edit is undone.
    bool editServant(
        const QString &personnelNo, const ServantDetails &details, InputErrors *errors);
    // A transfer or appointment to another position or manager from `assignment.from`: the
    // current assignment ends the day before (it must have begun before that day).
    std::optional<Reassignment> reassign(
        const QString &personnelNo, const NewAssignment &assignment, InputErrors *errors);
    // The reverse of reassign (undo): the new assignment is deleted and the previous one gets
    // back its last day, only while nothing (a score sheet, a later change) depends on it.
    bool undoReassign(
        const QString &personnelNo, const Reassignment &reassignment, InputErrors *errors);
    // The end of a secondment without dismissal: the open assignment's last day.
    bool endAssignment(const QString &personnelNo, QDate lastDay, InputErrors *errors);
    // The reverse of endAssignment (undo): the last assignment is open again.
    bool reopenAssignment(const QString &personnelNo, InputErrors *errors);
    // Dismissal from the body (§6): the open assignment ends on `day`.
    bool dismiss(const QString &personnelNo, QDate day, const QString &reason, InputErrors *errors);
    // The reverse of dismiss (undo): the dismissal is removed and the assignment it ended is
    // open again.
    bool cancelDismissal(const QString &personnelNo, InputErrors *errors);

    // Everyone who held a position during the range, in the last position they held in it.
    QList<StaffMember> staffDuring(const DateRange &range) const;
    // staffDuring, reduced to the servants the actor may read (§15, §20): what a list shows.
    QList<StaffMember> staffVisibleDuring(const DateRange &range) const;
    int servantCount() const;
    // The file's id of the servant with this personnel number; nullopt when there is none. Not
    // permission-checked: the services that ask say themselves what the user may see.
    std::optional<qint64> servantIdOf(const QString &personnelNo) const;
    // The servant's whole record, or nullopt with the reason: refused (§15, §20) or no servant
    // with this personnel number.
    std::optional<ServantHistory> history(const QString &personnelNo, QString *error) const;

private:
    bool mayChange(InputErrors *errors) const;
    bool audited(const AuditEntry &entry, InputErrors *errors) const;

    const ServiceContext &m_context;
};

} // namespace bagalau
