// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/actor.h"

#include <QCoreApplication>
#include <QList>

namespace bagalau {

// What a front end may ask of the services.
enum class Action {
    ReadStaff, // the staff list and a servant's history
    ChangeStaff, // add servants, assignments, absences, dismissals
    FillScoreSheets, // fill and sign score sheets
    ReadResults, // quarterly and annual scores and bands
    ChangeCalendar, // the working calendar's edits
    ManageAccounts, // accounts, roles, passwords
    Backup, // copy the file
    Restore, // replace the file with a copy
    CheckFile, // integrity and the audit chain
    ReadAudit, // the audit log
    GenerateDemo, // fill a new file with a synthetic organisation
    ReadSchedule, // the evaluation schedule and deadlines (§10)
    DecideAppeals, // the decision on a calibration session (§38)
    AnswerSurvey, // a 360 questionnaire one is asked to answer (§33)
    ChangeOrganisation, // the organisation's names and officials, as the printed forms show them
};
QString actionKey(Action action);

// Over whom a role may take an action.
enum class Scope {
    Everyone, // the whole organisation
    Evaluated, // the people the actor evaluates on that date (§17, §20)
    Own, // the actor's own records
};

// One row of the table: a role may take an action over a scope.
struct PermissionRule
{
    Role role;
    Action action;
    Scope scope;
};

// Who sees and does what (§15, §20): results are known only to the evaluated person, the
// evaluator, the chief specialist and the calibration participants. One table, one place;
// anything it does not grant is refused.
const QList<PermissionRule> &permissionTable();
// The scopes the actor's roles give for an action; empty when the action is refused.
QList<Scope> scopesOf(const Actor &actor, Action action);

} // namespace bagalau
