// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/period.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bagalau {

// The absences of §5 that make an evaluation go on without the servant.
enum class AbsenceKind {
    AnnualLeave, // трудовой отпуск
    SocialLeave, // социальный отпуск (maternity, child care, unpaid)
    SickLeave, // период временной нетрудоспособности
    BusinessTrip, // командировка
    Training, // стажировка, переподготовка, повышение квалификации
};

// "annual_leave", "social_leave", "sick_leave", "business_trip", "training".
QString absenceKindKey(AbsenceKind kind);
std::optional<AbsenceKind> absenceKindFromKey(const QString &key);
QString absenceKindLabel(AbsenceKind kind);

struct Absence
{
    AbsenceKind kind = AbsenceKind::AnnualLeave;
    DateRange days;
    bool operator==(const Absence &) const = default;
};

// What the eligibility rules need to know about one servant and one evaluation.
struct EligibilityInput
{
    DateRange period; // the evaluated period: a quarter (§4) or a year (360, chapter 6)
    DateRange evaluation; // from the day after the period to the evaluation's due date (§4)
    QDate firstDayInPosition;
    QDate lastDayInPosition; // invalid while the servant still holds the position
    bool dismissedFromBody = false; // the last day ended the service in the body (§6), not a move
    QList<Absence> absences;
};

// Whether and how a servant is evaluated in a period.
struct Eligibility
{
    bool evaluated = false;
    bool withoutParticipation = false; // §5 part 1, §6
    bool kciAllowed = false; // §22: KCI may be set for this period
    // Stable ASCII key: "evaluated", "not_in_position", "less_than_one_month", "dismissed",
    // "absent_" + absenceKindKey() ("absent_sick_leave"...).
    QString reasonKey;
    std::optional<AbsenceKind> absence; // the absence behind an "absent_*" reason
    DateRange inPosition; // the days in the position within the period

    QString reasonText() const;
};

// §5, §6, §22 and DIGEST decision 4. nullopt, with the message in `error`, when the input does
// not describe a real situation (an invalid range, an evaluation that does not follow the
// period, a last day before the first).
std::optional<Eligibility> assessEligibility(
    const EligibilityInput &input, QString *error = nullptr);

// Decision 4: a stay in [first, last] lasts less than `months` calendar months when it ends before
// lastDayOfMonths(first, months). 1–31 March is one month, 2–31 March is not; from 31 January
// the month runs to the last day of February.
bool lastsLessThanMonths(const DateRange &stay, int months);
// The last day of a term of `months` months that starts on `first`, that day counting.
QDate lastDayOfMonths(QDate first, int months);

// §5 part 2, §43 and §2 of decision No. 5-2: chapter 6 governs the evaluation of a servant who
// was on social leave or sick leave during work in 01.07.2021–31.12.2022, for an evaluated period
// within those dates, and only for an evaluation carried out no later than 31.08.2023 (the day
// the chapter ceases to be in force).
bool chapter6Applies(const DateRange &period, const QList<Absence> &absences, QDate evaluationDate);
DateRange chapter6WorkPeriod(); // 01.07.2021–31.12.2022
QDate chapter6LastDayInForce(); // 31.08.2023

} // namespace bagalau
