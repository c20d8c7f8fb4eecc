// SPDX-License-Identifier: GPL-3.0-or-later
#include "areaaccess.h"

#include "access/actor.h"
#include "access/permissions.h"

#include <initializer_list>

namespace bagalau {

namespace {

bool mayAny(const Actor &actor, std::initializer_list<Action> actions)
{
    for (Action action : actions) {
        if (!scopesOf(actor, action).isEmpty())
            return true;
    }
    return false;
}

} // namespace

bool mayOpen(const Actor &actor, Area area)
{
    switch (area) {
    case Area::Dashboard:
        return true;
    case Area::Staff:
        return mayAny(actor, {Action::ReadStaff});
    case Area::QuarterEvaluation:
        return mayAny(actor, {Action::FillScoreSheets, Action::ReadResults});
    case Area::Results:
        // Everyone with a scope of results: their own, those they evaluate, or all (§20).
        return mayAny(actor, {Action::ReadResults});
    case Area::KciPlans:
        return mayAny(actor, {Action::FillScoreSheets, Action::ReadKciPlans});
    case Area::Survey360:
        return mayAny(actor, {Action::AnswerSurvey});
    case Area::AppealsAndCalibration:
        return mayAny(
            actor, {Action::DecideAppeals, Action::RunAppeals, Action::ReadCalibrationCase});
    case Area::Commission:
        // Chapter 6 is the chief specialist's work alone.
        return mayAny(actor, {Action::RunCommission});
    case Area::Documents:
        return mayAny(actor, {Action::ReadResults});
    case Area::Settings:
        return mayAny(actor, {Action::ChangeCalendar});
    case Area::Accounts:
        return mayAny(actor, {Action::ManageAccounts});
    }
    return false;
}

} // namespace bagalau
