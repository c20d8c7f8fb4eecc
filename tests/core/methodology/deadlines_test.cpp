// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/deadlines.h"

#include "calendar/workingcalendar.h"

#include "catchqt.h"

using namespace bagalau;

namespace {

const WorkingCalendar &calendar()
{
    static const WorkingCalendar shipped = WorkingCalendar::shipped();
    return shipped;
}

QDate afterEvent(DeadlineEvent event, QDate date, const QString &key)
{
    const Deadlines deadlines(calendar(), DeadlinePolicy::Legal);
    const auto duties = deadlines.after(event, date);
    for (const DatedDuty &duty : duties) {
        if (duty.key == key)
            return duty.date;
    }
    FAIL("no duty " << key.toStdString());
    return {};
}

} // namespace

TEST_CASE("§4 §22 §26 §30 the dated duties of a quarter (2024Q1)", "[deadlines]")
{
    const QuarterDeadlines q =
        Deadlines(calendar(), DeadlinePolicy::Legal).quarter(Quarter(2024, 1));
    CHECK(q.periodStart == QDate(2024, 1, 1));
    CHECK(q.periodEnd == QDate(2024, 3, 31));
    // 1–2 January are holidays; the 3rd is the first working day, the 16th the tenth.
    CHECK(q.kciPlanDue == QDate(2024, 1, 16));
    CHECK(q.headNoticeDue == QDate(2024, 4, 5));
    CHECK(q.corpsBNoticeDue == QDate(2024, 4, 10));
    CHECK(q.evaluationDue == QDate(2024, 4, 10));
    CHECK(q.kciPreliminaryDue == QDate(2024, 4, 3));
}

TEST_CASE("§22 the preliminary KCI values skip the day off observed for Capital Day (2024Q2)",
    "[deadlines]")
{
    const QuarterDeadlines q =
        Deadlines(calendar(), DeadlinePolicy::Legal).quarter(Quarter(2024, 2));
    CHECK(q.kciPlanDue == QDate(2024, 4, 12));
    CHECK(q.evaluationDue == QDate(2024, 7, 10));
    // 6 July 2024 was a Saturday, so Monday 8 July was a day off: five working days before the
    // 10th are the 9th, 5th, 4th, 3rd and 2nd.
    CHECK(q.kciPreliminaryDue == QDate(2024, 7, 2));
}

TEST_CASE(
    "decision 3 a 10th on a weekend moves forward by law and back when cautious", "[deadlines]")
{
    struct Row
    {
        Quarter quarter;
        QDate legal;
        QDate cautious;
    };
    const Row rows[] = {
        {Quarter(2022, 2), QDate(2022, 7, 11), QDate(2022, 7, 8)}, // Sunday 10 July 2022
        {Quarter(2026, 3), QDate(2026, 10, 12), QDate(2026, 10, 9)}, // Saturday 10 October 2026
        {Quarter(2024, 3), QDate(2024, 10, 10), QDate(2024, 10, 10)}, // a Thursday: no move
    };
    for (const Row &row : rows) {
        INFO(row.quarter.key().toStdString());
        CHECK(Deadlines(calendar(), DeadlinePolicy::Legal).quarter(row.quarter).evaluationDue
            == row.legal);
        CHECK(Deadlines(calendar(), DeadlinePolicy::Cautious).quarter(row.quarter).evaluationDue
            == row.cautious);
    }
}

TEST_CASE("§26 the head's notice on 5 July 2025 passes the weekend and the observed Capital Day",
    "[deadlines]")
{
    // Saturday 5 July; Sunday 6 July is Capital Day, observed on Monday 7 July.
    CHECK(Deadlines(calendar(), DeadlinePolicy::Legal).quarter(Quarter(2025, 2)).headNoticeDue
        == QDate(2025, 7, 8));
    CHECK(Deadlines(calendar(), DeadlinePolicy::Cautious).quarter(Quarter(2025, 2)).headNoticeDue
        == QDate(2025, 7, 4));
}

TEST_CASE("§4 §33 the 360 survey of a year is due on the 10th of January after it", "[deadlines]")
{
    const YearDeadlines y2024 = Deadlines(calendar(), DeadlinePolicy::Legal).year(2024);
    CHECK(y2024.survey360Due == QDate(2025, 1, 10));
    CHECK(y2024.annualScoreDue == QDate(2025, 1, 10));
    // 10 January 2026 is a Saturday.
    CHECK(
        Deadlines(calendar(), DeadlinePolicy::Legal).year(2025).survey360Due == QDate(2026, 1, 12));
    CHECK(Deadlines(calendar(), DeadlinePolicy::Cautious).year(2025).survey360Due
        == QDate(2026, 1, 9));
}

TEST_CASE("§12 decision 2 five working days from Friday 12 April 2024 end on Friday 19 April",
    "[deadlines]")
{
    CHECK(afterEvent(DeadlineEvent::Acquainted, QDate(2024, 4, 12), QStringLiteral("appeal_due"))
        == QDate(2024, 4, 19));
}

TEST_CASE(
    "§12 16 June 2024 was Kurban Ait on a Sunday and Monday 17 June stayed working", "[deadlines]")
{
    CHECK(afterEvent(DeadlineEvent::Acquainted, QDate(2024, 6, 14), QStringLiteral("appeal_due"))
        == QDate(2024, 6, 21));
}

TEST_CASE("§38 §39 the calibration chain across Nauryz 2024", "[deadlines]")
{
    // 21–22 March are holidays, 23 March (Saturday) is observed on Monday 25 March.
    CHECK(afterEvent(
              DeadlineEvent::Applied, QDate(2024, 3, 18), QStringLiteral("session_decision_due"))
        == QDate(2024, 3, 26));
    CHECK(afterEvent(DeadlineEvent::Applied, QDate(2024, 3, 18), QStringLiteral("session_due"))
        == QDate(2024, 4, 4));
}

TEST_CASE("§11 acquaintance counts a Saturday made a working day (4 May 2024)", "[deadlines]")
{
    CHECK(
        afterEvent(DeadlineEvent::Completed, QDate(2024, 5, 2), QStringLiteral("acquaintance_due"))
        == QDate(2024, 5, 4));
}

TEST_CASE("§11 Constitution Day: 30 August 2025 moved a day off to 1 September, 2026 did not",
    "[deadlines]")
{
    CHECK(
        afterEvent(DeadlineEvent::Completed, QDate(2025, 8, 28), QStringLiteral("acquaintance_due"))
        == QDate(2025, 9, 2));
    CHECK(
        afterEvent(DeadlineEvent::Completed, QDate(2026, 8, 28), QStringLiteral("acquaintance_due"))
        == QDate(2026, 9, 1));
}

TEST_CASE("§14 documents are kept three years from the evaluation's completion", "[deadlines]")
{
    CHECK(afterEvent(
              DeadlineEvent::Completed, QDate(2024, 4, 10), QStringLiteral("documents_kept_until"))
        == QDate(2027, 4, 10));
}

TEST_CASE("§22 §41 §52 §53 §67 the periods after an event", "[deadlines]")
{
    struct Row
    {
        DeadlineEvent event;
        QDate date;
        const char *key;
        QDate due;
    };
    // Across 1 May 2024, the working Saturday 5 March 2022, Independence Day 2022 and Nauryz 2023.
    const Row rows[] = {
        {DeadlineEvent::ProtocolSigned, QDate(2024, 4, 26), "protocol_posted_due",
            QDate(2024, 5, 2)},
        {DeadlineEvent::Appointed, QDate(2024, 2, 12), "kci_plan_due", QDate(2024, 2, 26)},
        {DeadlineEvent::PlanApproved, QDate(2024, 1, 16), "plan_posted_due", QDate(2024, 1, 23)},
        {DeadlineEvent::Returned, QDate(2022, 3, 4), "resubmission_due", QDate(2022, 3, 9)},
        {DeadlineEvent::SuperiorSigned, QDate(2022, 12, 15), "commission_submission_due",
            QDate(2022, 12, 20)},
        {DeadlineEvent::CommissionDecided, QDate(2023, 3, 15), "complaint_due", QDate(2023, 4, 3)},
    };
    for (const Row &row : rows) {
        INFO(row.key);
        CHECK(afterEvent(row.event, row.date, QString::fromLatin1(row.key)) == row.due);
    }
}

TEST_CASE("§54 the evaluators' notice three working days before a meeting counts a working "
          "Saturday (5 March 2022)",
    "[deadlines]")
{
    // 8 March is a holiday, Monday 7 March 2022 a transferred day off, Saturday 5 March working.
    CHECK(afterEvent(DeadlineEvent::CommissionMeeting, QDate(2022, 3, 10),
              QStringLiteral("evaluators_notice_due"))
        == QDate(2022, 3, 4));
}

TEST_CASE("RULES §3 deadlines in a year without a confirmed calendar are flagged", "[deadlines]")
{
    const Deadlines deadlines(calendar(), DeadlinePolicy::Legal);
    CHECK(deadlines.isConfirmed(deadlines.quarter(Quarter(2026, 1)).duties()));
    CHECK_FALSE(deadlines.isConfirmed(deadlines.quarter(Quarter(2027, 2)).duties()));
}

TEST_CASE("event and policy keys round-trip; unknown keys are refused", "[deadlines]")
{
    for (DeadlineEvent event : deadlineEvents())
        CHECK(deadlineEventFromKey(deadlineEventKey(event)) == event);
    CHECK_FALSE(deadlineEventFromKey(QStringLiteral("signed")).has_value());
    CHECK(deadlinePolicyFromKey(QStringLiteral("cautious")) == DeadlinePolicy::Cautious);
    CHECK_FALSE(deadlinePolicyFromKey(QStringLiteral("strict")).has_value());
}
