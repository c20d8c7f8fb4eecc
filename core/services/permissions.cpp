// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/permissions.h"

namespace bagalau {

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
        for (Action action : {Action::ReadStaff, Action::ChangeStaff, Action::FillScoreSheets,
                 Action::ReadResults, Action::ChangeCalendar, Action::ManageAccounts,
                 Action::Backup, Action::Restore, Action::CheckFile, Action::ReadAudit,
                 Action::GenerateDemo, Action::ReadSchedule, Action::DecideAppeals})
            rules << PermissionRule{Role::ChiefSpecialist, action, Scope::Everyone};
        rules << PermissionRule{Role::ChiefSpecialist, Action::AnswerSurvey, Scope::Own};
        // The organisation's details head every printed form; the chief specialist keeps them.
        rules << PermissionRule{Role::ChiefSpecialist, Action::ChangeOrganisation, Scope::Everyone};
        // Evaluators: the head of the apparatus evaluates corps B, the chairman the head (§2,
        // §22, §29); each sees and fills the sheets of the people they evaluate (§17, §20).
        for (Role evaluator : {Role::Head, Role::Chairman}) {
            rules << PermissionRule{evaluator, Action::ReadStaff, Scope::Evaluated}
                  << PermissionRule{evaluator, Action::FillScoreSheets, Scope::Evaluated}
                  << PermissionRule{evaluator, Action::ReadResults, Scope::Evaluated}
                  << PermissionRule{evaluator, Action::ReadSchedule, Scope::Everyone};
        }
        // Servants: their own results and the questionnaires they are asked to answer (§20, §33).
        for (Role person : {Role::Servant, Role::Head}) {
            rules << PermissionRule{person, Action::ReadResults, Scope::Own}
                  << PermissionRule{person, Action::AnswerSurvey, Scope::Own};
        }
        // The appointing official: the schedule (§10) and the appeals to decide (§12, §38).
        rules << PermissionRule{Role::AppointingOfficial, Action::ReadSchedule, Scope::Everyone}
              << PermissionRule{Role::AppointingOfficial, Action::DecideAppeals, Scope::Everyone};
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
