// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/permissions.h"

namespace bagalau {

QList<Action> allActions()
{
    // actionKey's switch names every action (-Wswitch makes a missing one an error), so the
    // first value without a key is the end of the enum.
    QList<Action> actions;
    for (int value = 0; !actionKey(static_cast<Action>(value)).isEmpty(); ++value)
        actions << static_cast<Action>(value);
    return actions;
}

QString actionKey(Action action)
{
    switch (action) {
    case Action::ReadStaff:
        return QStringLiteral("read_staff");
    case Action::ChangeStaff:
        return QStringLiteral("change_staff");
    case Action::FillScoreSheets:
        return QStringLiteral("fill_score_sheets");
    case Action::ReadResults:
        return QStringLiteral("read_results");
    case Action::ChangeCalendar:
        return QStringLiteral("change_calendar");
    case Action::ManageAccounts:
        return QStringLiteral("manage_accounts");
    case Action::Backup:
        return QStringLiteral("backup");
    case Action::Restore:
        return QStringLiteral("restore");
    case Action::CheckFile:
        return QStringLiteral("check_file");
    case Action::ReadAudit:
        return QStringLiteral("read_audit");
    case Action::GenerateDemo:
        return QStringLiteral("generate_demo");
    case Action::ReadSchedule:
        return QStringLiteral("read_schedule");
    case Action::DecideAppeals:
        return QStringLiteral("decide_appeals");
    case Action::AnswerSurvey:
        return QStringLiteral("answer_survey");
    case Action::RecordAcquaintance:
        return QStringLiteral("record_acquaintance");
    case Action::ReadKciPlans:
        return QStringLiteral("read_kci_plans");
    case Action::ManageKciPlans:
        return QStringLiteral("manage_kci_plans");
    case Action::ApproveKciPlans:
        return QStringLiteral("approve_kci_plans");
    case Action::ChangeAllowedMarks:
        return QStringLiteral("change_allowed_marks");
    case Action::RunAppeals:
        return QStringLiteral("run_appeals");
    case Action::ReadCalibrationCase:
        return QStringLiteral("read_calibration_case");
    case Action::RunCommission:
        return QStringLiteral("run_commission");
    case Action::RunSurvey:
        return QStringLiteral("run_survey");
    case Action::ReadSurveyReports:
        return QStringLiteral("read_survey_reports");
    case Action::ChangeOrganisation:
        return QStringLiteral("change_organisation");
    }
    return {};
}

const QList<PermissionRule> &permissionTable()
{
    static const QList<PermissionRule> table = [] {
        QList<PermissionRule> rules;
        // The chief specialist runs everything (§10, §19) and knows every result (§20).
        for (Action action : allActions()) {
            // What one answers oneself is one's own questionnaire, not everyone's (§33).
            if (action != Action::AnswerSurvey)
                rules << PermissionRule{Role::ChiefSpecialist, action, Scope::Everyone};
        }
        rules << PermissionRule{Role::ChiefSpecialist, Action::AnswerSurvey, Scope::Own};
        // Evaluators: the head of the apparatus evaluates corps B, the chairman the head (§2,
        // §22, §29); each sees and fills the sheets of the people they evaluate (§17, §20).
        for (Role evaluator : {Role::Head, Role::Chairman}) {
            rules << PermissionRule{evaluator, Action::ReadStaff, Scope::Evaluated}
                  << PermissionRule{evaluator, Action::FillScoreSheets, Scope::Evaluated}
                  << PermissionRule{evaluator, Action::ReadResults, Scope::Evaluated}
                  << PermissionRule{evaluator, Action::ReadSchedule, Scope::Everyone}
                  << PermissionRule{evaluator, Action::ReadSurveyReports, Scope::Evaluated};
        }
        // KCI plans (§22): the chairman, the superior manager, sets the head's KCI with the chief
        // specialist and approves the plan; the head reads their own.
        rules << PermissionRule{Role::Chairman, Action::ReadKciPlans, Scope::Evaluated}
              << PermissionRule{Role::Chairman, Action::ManageKciPlans, Scope::Evaluated}
              << PermissionRule{Role::Chairman, Action::ApproveKciPlans, Scope::Evaluated}
              << PermissionRule{Role::Head, Action::ReadKciPlans, Scope::Own};
        // Servants: their own results and the questionnaires they are asked to answer (§20, §33).
        for (Role person : {Role::Servant, Role::Head}) {
            rules << PermissionRule{person, Action::ReadResults, Scope::Own}
                  << PermissionRule{person, Action::AnswerSurvey, Scope::Own}
                  << PermissionRule{person, Action::ReadSurveyReports, Scope::Own};
        }
        // The appointing official: the schedule (§10) and the appeals to decide (§12, §38).
        rules << PermissionRule{Role::AppointingOfficial, Action::ReadSchedule, Scope::Everyone}
              << PermissionRule{Role::AppointingOfficial, Action::DecideAppeals, Scope::Everyone}
              << PermissionRule{
                     Role::AppointingOfficial, Action::ReadCalibrationCase, Scope::Everyone};
        // Calibration participants know the case of their session and its protocol (§20, §41);
        // a servant reads their own appeal.
        for (Role person : {Role::Servant, Role::Head, Role::Chairman})
            rules << PermissionRule{person, Action::ReadCalibrationCase, Scope::SessionParticipant};
        for (Role person : {Role::Servant, Role::Head})
            rules << PermissionRule{person, Action::ReadCalibrationCase, Scope::Own};
        return rules;
    }();
    return table;
}

QList<Scope> scopesOf(const Actor &actor, Action action)
{
    QList<Scope> scopes;
    for (const PermissionRule &rule : permissionTable()) {
        if (rule.action == action && actor.has(rule.role) && !scopes.contains(rule.scope))
            scopes << rule.scope;
    }
    return scopes;
}

} // namespace bagalau
