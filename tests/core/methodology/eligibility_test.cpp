// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/eligibility.h"

#include "catchqt.h"

using namespace bagalau;
using namespace Qt::Literals::StringLiterals;

namespace {

QDate day(const char16_t *iso)
{
    return QDate::fromString(QString::fromUtf16(iso), Qt::ISODate);
}

// A quarter evaluated by the 10th of the next month (§4).
EligibilityInput quarterInput(const Quarter &quarter, QDate first, QDate last = {})
{
    EligibilityInput input;
    input.period = quarter.range();
    input.evaluation = {quarter.lastDay().addDays(1), quarter.lastDay().addDays(10)};
    input.firstDayInPosition = first;
    input.lastDayInPosition = last;
    return input;
}

Eligibility assess(const EligibilityInput &input)
{
    QString error;
    const std::optional<Eligibility> result = assessEligibility(input, &error);
    INFO(error.toStdString());
    REQUIRE(result.has_value());
    return *result;
}

} // namespace

TEST_CASE("§5 decision 4 exactly one calendar month in the position is evaluated", "[methodology]")
{
    struct Row
    {
        QDate first;
        QDate last; // invalid: still in the position
        QString reason;
    };
    const auto row = GENERATE(values<Row>({
        {day(u"2024-03-01"), {}, u"evaluated"_s}, // 1–31 March: a month
        {day(u"2024-03-02"), {}, u"less_than_one_month"_s}, // 2–31 March: not
        {day(u"2024-01-01"), day(u"2024-01-31"), u"evaluated"_s}, // all of January
        {day(u"2024-01-01"), day(u"2024-01-30"), u"less_than_one_month"_s},
        {day(u"2024-02-01"), day(u"2024-02-29"), u"evaluated"_s}, // February of a leap year
        {day(u"2024-02-02"), day(u"2024-03-01"), u"evaluated"_s}, // 2 Feb + 1 month = 2 Mar
        {day(u"2024-02-02"), day(u"2024-02-29"), u"less_than_one_month"_s},
        // No 31 February: a month from 31 January runs to the last day of February.
        {day(u"2024-01-31"), day(u"2024-02-29"), u"evaluated"_s},
        {day(u"2024-01-31"), day(u"2024-02-28"), u"less_than_one_month"_s},
        {day(u"2023-05-10"), {}, u"evaluated"_s}, // the whole quarter
        {day(u"2023-05-10"), day(u"2024-01-20"), u"less_than_one_month"_s}, // 20 days in it
        {day(u"2024-04-01"), {}, u"not_in_position"_s}, // appointed after it
        {day(u"2023-01-01"), day(u"2023-12-31"), u"not_in_position"_s}, // left before it
    }));
    INFO(row.first.toString(Qt::ISODate).toStdString()
        << " – " << row.last.toString(Qt::ISODate).toStdString());
    const Eligibility result = assess(quarterInput(Quarter(2024, 1), row.first, row.last));
    CHECK(result.reasonKey == row.reason);
    CHECK(result.evaluated == (row.reason == u"evaluated"_s));
    CHECK_FALSE(result.withoutParticipation);
}

TEST_CASE("§5 the days in the position are clipped to the period", "[methodology]")
{
    const Eligibility result =
        assess(quarterInput(Quarter(2024, 1), day(u"2023-05-10"), day(u"2024-02-15")));
    CHECK(result.inPosition.first == day(u"2024-01-01"));
    CHECK(result.inPosition.last == day(u"2024-02-15"));
    CHECK(lastsLessThanMonths({day(u"2024-03-02"), day(u"2024-03-31")}, 1));
    CHECK_FALSE(lastsLessThanMonths({day(u"2024-03-01"), day(u"2024-03-31")}, 1));
}

TEST_CASE("§22 decision 4 KCI need three months from the appointment to the period's end",
    "[methodology]")
{
    struct Row
    {
        DateRange period;
        QDate appointed;
        bool kciAllowed;
    };
    const DateRange q1 = Quarter(2024, 1).range();
    const DateRange q2 = Quarter(2024, 2).range();
    const DateRange year{day(u"2024-01-01"), day(u"2024-12-31")};
    const auto row = GENERATE_COPY(values<Row>({
        {q1, day(u"2023-06-01"), true}, // appointed earlier: counted from 1 January
        {q1, day(u"2024-01-01"), true}, // 1 January – 31 March: three months
        {q1, day(u"2024-01-02"), false}, // 2 January: less than three months
        {q1, day(u"2024-03-01"), false}, // evaluated (one month) but no KCI
        {q2, day(u"2024-04-01"), true},
        {q2, day(u"2024-04-02"), false},
        {year, day(u"2024-10-01"), true},
        {year, day(u"2024-10-02"), false},
    }));
    INFO(row.appointed.toString(Qt::ISODate).toStdString());
    EligibilityInput input;
    input.period = row.period;
    input.evaluation = {row.period.last.addDays(1), row.period.last.addDays(10)};
    input.firstDayInPosition = row.appointed;
    const Eligibility result = assess(input);
    CHECK(result.evaluated);
    CHECK(result.kciAllowed == row.kciAllowed);
}

TEST_CASE("§22 no KCI for a servant who is not evaluated at all", "[methodology]")
{
    CHECK_FALSE(assess(quarterInput(Quarter(2024, 1), day(u"2024-03-02"))).kciAllowed);
    CHECK_FALSE(assess(quarterInput(Quarter(2024, 1), day(u"2024-04-01"))).kciAllowed);
}

TEST_CASE(
    "§5 a servant absent during the evaluation is evaluated without participation", "[methodology]")
{
    struct Row
    {
        AbsenceKind kind;
        QString reason;
    };
    const auto row = GENERATE(values<Row>({{AbsenceKind::AnnualLeave, u"absent_annual_leave"_s},
        {AbsenceKind::SocialLeave, u"absent_social_leave"_s},
        {AbsenceKind::SickLeave, u"absent_sick_leave"_s},
        {AbsenceKind::BusinessTrip, u"absent_business_trip"_s},
        {AbsenceKind::Training, u"absent_training"_s}}));
    // Q1 2024 is evaluated from 1 to 10 April.
    EligibilityInput input = quarterInput(Quarter(2024, 1), day(u"2023-05-10"));
    input.absences = {{row.kind, {day(u"2024-04-08"), day(u"2024-04-20")}}};
    const Eligibility result = assess(input);
    CHECK(result.evaluated);
    CHECK(result.withoutParticipation);
    CHECK(result.reasonKey == row.reason);
    CHECK(result.absence == row.kind);
}

TEST_CASE("§5 only an absence that touches the evaluation's days counts", "[methodology]")
{
    EligibilityInput input = quarterInput(Quarter(2024, 1), day(u"2023-05-10"));
    // Ends the day before the evaluation starts, starts the day after it ends.
    input.absences = {{AbsenceKind::SickLeave, {day(u"2024-03-20"), day(u"2024-03-31")}},
        {AbsenceKind::AnnualLeave, {day(u"2024-04-11"), day(u"2024-05-01")}}};
    Eligibility result = assess(input);
    CHECK(result.evaluated);
    CHECK_FALSE(result.withoutParticipation);
    CHECK(result.reasonKey == u"evaluated"_s);

    // Two absences in the evaluation: the earliest is the reason.
    input.absences = {{AbsenceKind::BusinessTrip, {day(u"2024-04-09"), day(u"2024-04-12")}},
        {AbsenceKind::SickLeave, {day(u"2024-03-25"), day(u"2024-04-02")}}};
    result = assess(input);
    CHECK(result.withoutParticipation);
    CHECK(result.reasonKey == u"absent_sick_leave"_s);
}

TEST_CASE("§6 a servant dismissed before the period ends is evaluated without participation",
    "[methodology]")
{
    EligibilityInput input = quarterInput(Quarter(2024, 1), day(u"2023-05-10"), day(u"2024-02-15"));
    input.dismissedFromBody = true;
    Eligibility result = assess(input);
    CHECK(result.evaluated);
    CHECK(result.withoutParticipation);
    CHECK(result.reasonKey == u"dismissed"_s);

    // Gone on the period's last day: no one is left to take part in the evaluation.
    input.lastDayInPosition = day(u"2024-03-31");
    CHECK(assess(input).reasonKey == u"dismissed"_s);

    // Moved to another position of the same body: evaluated as usual.
    input.lastDayInPosition = day(u"2024-02-15");
    input.dismissedFromBody = false;
    result = assess(input);
    CHECK(result.reasonKey == u"evaluated"_s);
    CHECK_FALSE(result.withoutParticipation);

    // §5 first: dismissed after twenty days of the quarter, not evaluated at all.
    input.lastDayInPosition = day(u"2024-01-20");
    input.dismissedFromBody = true;
    result = assess(input);
    CHECK_FALSE(result.evaluated);
    CHECK(result.reasonKey == u"less_than_one_month"_s);
}

TEST_CASE("§5 §6 reasons have stable keys and translated texts", "[methodology]")
{
    struct Row
    {
        QString key;
        QString text;
    };
    const auto row = GENERATE(values<Row>({
        {u"evaluated"_s, u"Evaluated."_s},
        {u"not_in_position"_s, u"Not evaluated: not in the position during the period."_s},
        {u"less_than_one_month"_s,
            u"Not evaluated: less than one month in the position during the period (§5)."_s},
        {u"dismissed"_s,
            u"Evaluated without participation: dismissed before the end of the period (§6)."_s},
        {u"absent_sick_leave"_s,
            u"Evaluated without participation: absent during the "
            "evaluation (Temporary incapacity for work, §5)."_s},
        {u"absent_training"_s,
            u"Evaluated without participation: absent during the evaluation "
            "(Internship, retraining or advanced training, §5)."_s},
    }));
    Eligibility result;
    result.reasonKey = row.key;
    CHECK(result.reasonText() == row.text);

    for (AbsenceKind kind : {AbsenceKind::AnnualLeave, AbsenceKind::SocialLeave,
             AbsenceKind::SickLeave, AbsenceKind::BusinessTrip, AbsenceKind::Training})
        CHECK(absenceKindFromKey(absenceKindKey(kind)) == kind);
    CHECK(absenceKindKey(AbsenceKind::BusinessTrip) == u"business_trip"_s);
    CHECK_FALSE(absenceKindFromKey(u"holiday"_s).has_value());
}

TEST_CASE("§4 §5 eligibility input that describes no real situation is refused", "[methodology]")
{
    struct Row
    {
        EligibilityInput input;
        QString error;
    };
    const Quarter q1(2024, 1);
    EligibilityInput badPeriod = quarterInput(q1, day(u"2023-01-01"));
    badPeriod.period = {day(u"2024-03-31"), day(u"2024-01-01")};
    EligibilityInput evaluationInside = quarterInput(q1, day(u"2023-01-01"));
    evaluationInside.evaluation = {day(u"2024-03-31"), day(u"2024-04-10")};
    EligibilityInput dismissedInPost = quarterInput(q1, day(u"2023-01-01"));
    dismissedInPost.dismissedFromBody = true;
    EligibilityInput badAbsence = quarterInput(q1, day(u"2023-01-01"));
    badAbsence.absences = {{AbsenceKind::BusinessTrip, {day(u"2024-04-05"), day(u"2024-04-01")}}};

    const auto row = GENERATE_COPY(values<Row>({
        {badPeriod, u"The evaluated period is not a valid range of days."_s},
        {evaluationInside,
            u"The evaluation must be a valid range of days that begins after the "
            "evaluated period (§4)."_s},
        {quarterInput(q1, QDate()), u"The first day in the position is missing."_s},
        {quarterInput(q1, day(u"2024-03-01"), day(u"2024-02-01")),
            u"The last day in the position is before the first."_s},
        {dismissedInPost, u"A dismissal needs the last day in the position."_s},
        {badAbsence, u"An absence (Business trip) is not a valid range of days."_s},
    }));
    QString error;
    CHECK_FALSE(assessEligibility(row.input, &error).has_value());
    CHECK(error == row.error);
}

TEST_CASE("§5 part 2 §43 chapter 6 applies to social or sick leave in 01.07.2021–31.12.2022, "
          "evaluated by 31.08.2023",
    "[methodology]")
{
    struct Row
    {
        DateRange period;
        Absence absence;
        QDate evaluated;
        bool applies;
    };
    const DateRange y2021{day(u"2021-01-01"), day(u"2021-12-31")};
    const DateRange y2022{day(u"2022-01-01"), day(u"2022-12-31")};
    const DateRange sick2022{day(u"2022-03-01"), day(u"2022-03-10")};
    const auto row = GENERATE_COPY(values<Row>({
        {y2022, {AbsenceKind::SickLeave, sick2022}, day(u"2023-01-10"), true},
        {y2022, {AbsenceKind::SocialLeave, sick2022}, day(u"2023-08-31"), true}, // last day
        {y2022, {AbsenceKind::SickLeave, sick2022}, day(u"2023-09-01"), false}, // chapter gone
        {y2022, {AbsenceKind::AnnualLeave, sick2022}, day(u"2023-01-10"), false},
        {y2022, {AbsenceKind::BusinessTrip, sick2022}, day(u"2023-01-10"), false},
        {y2022, {AbsenceKind::Training, sick2022}, day(u"2023-01-10"), false},
        // Before 1 July 2021, and touching it by one day.
        {y2021, {AbsenceKind::SocialLeave, {day(u"2021-06-01"), day(u"2021-06-30")}},
            day(u"2022-01-10"), false},
        {y2021, {AbsenceKind::SocialLeave, {day(u"2021-06-20"), day(u"2021-07-01")}},
            day(u"2022-01-10"), true},
        // A period after 2022, and a leave outside the evaluated period.
        {Quarter(2023, 1).range(),
            {AbsenceKind::SickLeave, {day(u"2023-01-05"), day(u"2023-01-20")}}, day(u"2023-04-10"),
            false},
        {y2022, {AbsenceKind::SickLeave, {day(u"2023-01-05"), day(u"2023-01-20")}},
            day(u"2023-01-30"), false},
        {y2022, {AbsenceKind::SickLeave, sick2022}, QDate(), false},
    }));
    CHECK(chapter6Applies(row.period, {row.absence}, row.evaluated) == row.applies);
    CHECK_FALSE(chapter6Applies(y2022, {}, day(u"2023-01-10")));
    CHECK(chapter6WorkPeriod().first == day(u"2021-07-01"));
    CHECK(chapter6WorkPeriod().last == day(u"2022-12-31"));
    CHECK(chapter6LastDayInForce() == day(u"2023-08-31"));
}

TEST_CASE("§5 decision 4 a month from 31 January runs to the last day of February", "[methodology]")
{
    // The Civil Code's way: a term with no corresponding date ends on the month's last day.
    CHECK(lastDayOfMonths(QDate(2023, 1, 31), 1) == QDate(2023, 2, 28));
    CHECK(lastDayOfMonths(QDate(2024, 1, 31), 1) == QDate(2024, 2, 29));
    CHECK(lastDayOfMonths(QDate(2024, 3, 1), 1) == QDate(2024, 3, 31));
    CHECK(lastDayOfMonths(QDate(2024, 1, 28), 1) == QDate(2024, 2, 27));
    CHECK(lastsLessThanMonths({QDate(2023, 1, 31), QDate(2023, 2, 27)}, 1));
    CHECK_FALSE(lastsLessThanMonths({QDate(2023, 1, 31), QDate(2023, 2, 28)}, 1));
    CHECK(lastsLessThanMonths({QDate(2024, 1, 31), QDate(2024, 2, 28)}, 1));
    CHECK_FALSE(lastsLessThanMonths({QDate(2024, 1, 31), QDate(2024, 2, 29)}, 1));
    // §22 three months to the period's end: from 30 November the term ends on 28 February... of
    // the next year, so a quarter is never concerned; inside a quarter, 1 January to 31 March is
    // exactly three months and 2 January is not.
    CHECK_FALSE(lastsLessThanMonths({QDate(2024, 1, 1), QDate(2024, 3, 31)}, 3));
    CHECK(lastsLessThanMonths({QDate(2024, 1, 2), QDate(2024, 3, 31)}, 3));
}
