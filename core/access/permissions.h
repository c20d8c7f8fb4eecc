// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/actor.h"

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
    RecordAcquaintance, // acquaintance with a result (§11)
    ReadKciPlans, // individual work plans with their KCI and history (§22, §25)
    ManageKciPlans, // draw up a plan's KCI and change them for a reason (§22, §25)
    ApproveKciPlans, // approve a plan as the superior manager (§22, definition 12 of §3)
    ChangeAllowedMarks, // the appendix-3 table (decision 10)
    RunAppeals, // register applications, record sessions, sign protocols, feedback (§12, §39–42)
    ReadCalibrationCase, // an appeal's case while its session is open, and its protocol (§20, §41)
    RunCommission, // chapter 6: plans, sheets, the Commission's meetings and decisions (§43–68)
    RunSurvey, // the 360 campaign: respondents, codes, paper questionnaires (§35, §36)
    ReadSurveyReports, // a 360 individual report (§36, appendix 7)
    ChangeOrganisation, // the organisation's names and officials, as the printed forms show them
};
// Every action, in the order of the enum: the chief specialist's table and the tests walk it, so
// a new action is granted and tested without a second list to keep in step.
QList<Action> allActions();
QString actionKey(Action action);

// Over whom a role may take an action.
enum class Scope {
    Everyone, // the whole organisation
    Evaluated, // the people the actor evaluates on that date (§17, §20)
    Own, // the actor's own records
    SessionParticipant, // the calibration sessions the actor sits in (session_member, §20, §40)
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
