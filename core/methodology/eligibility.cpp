// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/eligibility.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bagalau {

namespace {

class EligibilityText
{
    Q_DECLARE_TR_FUNCTIONS(EligibilityText)
};

constexpr AbsenceKind allAbsenceKinds[] = {AbsenceKind::AnnualLeave, AbsenceKind::SocialLeave,
    AbsenceKind::SickLeave, AbsenceKind::BusinessTrip, AbsenceKind::Training};

const QString absentPrefix = u"absent_"_s;

Eligibility notEvaluated(const QString &reasonKey, const DateRange &inPosition)
{
    Eligibility result;
    result.reasonKey = reasonKey;
    result.inPosition = inPosition;
    return result;
}

} // namespace

QString absenceKindKey(AbsenceKind kind)
{
    switch (kind) {
    case AbsenceKind::AnnualLeave:
        return u"annual_leave"_s;
    case AbsenceKind::SocialLeave:
        return u"social_leave"_s;
    case AbsenceKind::SickLeave:
        return u"sick_leave"_s;
    case AbsenceKind::BusinessTrip:
        return u"business_trip"_s;
    case AbsenceKind::Training:
        return u"training"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<AbsenceKind> absenceKindFromKey(const QString &key)
{
    for (AbsenceKind kind : allAbsenceKinds) {
        if (absenceKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString absenceKindLabel(AbsenceKind kind)
{
    switch (kind) {
    case AbsenceKind::AnnualLeave:
        return EligibilityText::tr("Annual leave");
    case AbsenceKind::SocialLeave:
        return EligibilityText::tr("Social leave");
    case AbsenceKind::SickLeave:
        return EligibilityText::tr("Temporary incapacity for work");
    case AbsenceKind::BusinessTrip:
        return EligibilityText::tr("Business trip");
    case AbsenceKind::Training:
        return EligibilityText::tr("Internship, retraining or advanced training");
    }
    Q_UNREACHABLE();
    return {};
}

QString Eligibility::reasonText() const
{
    if (reasonKey == u"evaluated")
        return EligibilityText::tr("Evaluated.");
    if (reasonKey == u"not_in_position")
        return EligibilityText::tr("Not evaluated: not in the position during the period.");
    if (reasonKey == u"less_than_one_month") {
        return EligibilityText::tr("Not evaluated: less than one month in the position during "
                                   "the period (§5).");
    }
    if (reasonKey == u"dismissed") {
        return EligibilityText::tr("Evaluated without participation: dismissed before the end of "
                                   "the period (§6).");
    }
    if (reasonKey.startsWith(absentPrefix)) {
        if (const auto kind = absenceKindFromKey(reasonKey.mid(absentPrefix.size()))) {
            return EligibilityText::tr("Evaluated without participation: absent during the "
                                       "evaluation (%1, §5).")
                .arg(absenceKindLabel(*kind));
        }
    }
    return {};
}

QDate lastDayOfMonths(QDate first, int months)
{
    // A term of months ends the day before the same date so many months later (1–31 March is a
    // month). When that month has no such date (31 January → February), the term ends on the
    // month's last day, as the Civil Code counts terms; QDate::addMonths alone would clamp the
    // next date instead and let 31 January – 27 February count as a month.
    const QDate target = first.addMonths(months);
    if (target.day() != first.day())
        return target;
    return target.addDays(-1);
}

bool lastsLessThanMonths(const DateRange &stay, int months)
{
    return stay.last < lastDayOfMonths(stay.first, months);
}

std::optional<Eligibility> assessEligibility(const EligibilityInput &input, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Eligibility> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!input.period.isValid())
        return fail(EligibilityText::tr("The evaluated period is not a valid range of days."));
    if (!input.evaluation.isValid() || input.evaluation.first <= input.period.last) {
        return fail(EligibilityText::tr("The evaluation must be a valid range of days that begins "
                                        "after the evaluated period (§4)."));
    }
    if (!input.firstDayInPosition.isValid())
        return fail(EligibilityText::tr("The first day in the position is missing."));
    if (input.lastDayInPosition.isValid() && input.lastDayInPosition < input.firstDayInPosition) {
        return fail(EligibilityText::tr("The last day in the position is before the first."));
    }
    if (input.dismissedFromBody && !input.lastDayInPosition.isValid()) {
        return fail(EligibilityText::tr("A dismissal needs the last day in the position."));
    }
    for (const Absence &absence : input.absences) {
        if (!absence.days.isValid()) {
            return fail(EligibilityText::tr("An absence (%1) is not a valid range of days.")
                            .arg(absenceKindLabel(absence.kind)));
        }
    }

    // While the servant still holds the position, the stay runs to the end of the period.
    const DateRange stay{input.firstDayInPosition,
        input.lastDayInPosition.isValid() ? input.lastDayInPosition : input.period.last};
    if (!stay.isValid() || !stay.overlaps(input.period))
        return notEvaluated(u"not_in_position"_s, {});
    const DateRange inPosition = stay.clippedTo(input.period);

    // §5 and decision 4.
    if (lastsLessThanMonths(inPosition, 1))
        return notEvaluated(u"less_than_one_month"_s, inPosition);

    Eligibility result;
    result.evaluated = true;
    result.inPosition = inPosition;
    result.reasonKey = u"evaluated"_s;
    // §22: measured from the appointment, or from the period's start for a servant appointed
    // earlier, to the period's end — the day the servant leaves does not enter this rule.
    result.kciAllowed = !lastsLessThanMonths(
        {std::max(input.firstDayInPosition, input.period.first), input.period.last}, 3);

    // §6. A servant whose last day is the period's last day is gone when the period closes and
    // cannot take part either, so that day counts as "before the end".
    if (input.dismissedFromBody && input.lastDayInPosition <= input.period.last) {
        result.withoutParticipation = true;
        result.reasonKey = u"dismissed"_s;
        return result;
    }

    // §5 part 1: any absence that touches the evaluation's days; the earliest one is reported.
    std::optional<Absence> first;
    for (const Absence &absence : input.absences) {
        if (!absence.days.overlaps(input.evaluation))
            continue;
        if (!first || absence.days.first < first->days.first)
            first = absence;
    }
    if (first) {
        result.withoutParticipation = true;
        result.absence = first->kind;
        result.reasonKey = absentPrefix + absenceKindKey(first->kind);
    }
    return result;
}

DateRange chapter6WorkPeriod()
{
    return {QDate(2021, 7, 1), QDate(2022, 12, 31)};
}

QDate chapter6LastDayInForce()
{
    return QDate(2023, 8, 31);
}

bool chapter6Applies(const DateRange &period, const QList<Absence> &absences, QDate evaluationDate)
{
    if (!evaluationDate.isValid() || evaluationDate > chapter6LastDayInForce())
        return false;
    if (!period.isValid() || !period.overlaps(chapter6WorkPeriod()))
        return false;
    const DateRange work = period.clippedTo(chapter6WorkPeriod());
    return std::any_of(absences.cbegin(), absences.cend(), [&work](const Absence &absence) {
        return (absence.kind == AbsenceKind::SocialLeave || absence.kind == AbsenceKind::SickLeave)
            && absence.days.isValid() && absence.days.overlaps(work);
    });
}

} // namespace bagalau
