// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/deadlines.h"

#include "calendar/workingcalendar.h"

namespace bagalau {

namespace {

struct EventName
{
    DeadlineEvent event;
    const char *key;
};

constexpr EventName eventNames[] = {
    {DeadlineEvent::Completed, "completed"},
    {DeadlineEvent::Acquainted, "acquainted"},
    {DeadlineEvent::Applied, "applied"},
    {DeadlineEvent::ProtocolSigned, "protocol-signed"},
    {DeadlineEvent::Appointed, "appointed"},
    {DeadlineEvent::PlanApproved, "plan-approved"},
    {DeadlineEvent::Returned, "returned"},
    {DeadlineEvent::SuperiorSigned, "superior-signed"},
    {DeadlineEvent::CommissionMeeting, "commission-meeting"},
    {DeadlineEvent::CommissionDecided, "commission-decided"},
};

// The methodology's periods in working days.
constexpr int acquaintanceDays = 2; // §11, §65
constexpr int documentsKeptYears = 3; // §14
constexpr int appealDays = 5; // §12
constexpr int sessionDecisionDays = 3; // §38
constexpr int sessionDays = 10; // §39
constexpr int protocolPostingDays = 3; // §41
constexpr int kciPlanDays = 10; // §22, §43
constexpr int planPostingDays = 5; // §22
constexpr int kciPreliminaryDays = 5; // §22
constexpr int resubmissionDays = 2; // §52
constexpr int commissionSubmissionDays = 2; // §53
constexpr int evaluatorsNoticeDays = 3; // §54
constexpr int complaintDays = 10; // §67

// The days of the month after a period on which its duties fall.
constexpr int headNoticeDay = 5; // §26
constexpr int corpsBNoticeDay = 10; // §30
constexpr int evaluationDay = 10; // §4

} // namespace

QString deadlinePolicyKey(DeadlinePolicy policy)
{
    return policy == DeadlinePolicy::Cautious ? QStringLiteral("cautious")
                                              : QStringLiteral("legal");
}

std::optional<DeadlinePolicy> deadlinePolicyFromKey(const QString &key)
{
    if (key == QLatin1String("legal"))
        return DeadlinePolicy::Legal;
    if (key == QLatin1String("cautious"))
        return DeadlinePolicy::Cautious;
    return std::nullopt;
}

QString deadlineEventKey(DeadlineEvent event)
{
    for (const EventName &name : eventNames) {
        if (name.event == event)
            return QString::fromLatin1(name.key);
    }
    return {};
}

std::optional<DeadlineEvent> deadlineEventFromKey(const QString &key)
{
    for (const EventName &name : eventNames) {
        if (key == QLatin1String(name.key))
            return name.event;
    }
    return std::nullopt;
}

QList<DeadlineEvent> deadlineEvents()
{
    QList<DeadlineEvent> events;
    for (const EventName &name : eventNames)
        events << name.event;
    return events;
}

QList<DatedDuty> QuarterDeadlines::duties() const
{
    return {{QStringLiteral("period_start"), periodStart},
        {QStringLiteral("period_end"), periodEnd}, {QStringLiteral("kci_plan_due"), kciPlanDue},
        {QStringLiteral("head_notice_due"), headNoticeDue},
        {QStringLiteral("corps_b_notice_due"), corpsBNoticeDue},
        {QStringLiteral("kci_preliminary_due"), kciPreliminaryDue},
        {QStringLiteral("evaluation_due"), evaluationDue}};
}

QList<DatedDuty> YearDeadlines::duties() const
{
    return {{QStringLiteral("period_start"), periodStart},
        {QStringLiteral("period_end"), periodEnd},
        {QStringLiteral("annual_score_due"), annualScoreDue},
        {QStringLiteral("survey360_due"), survey360Due}};
}

Deadlines::Deadlines(const WorkingCalendar &calendar, DeadlinePolicy policy)
    : m_calendar(calendar)
    , m_policy(policy)
{ }

QDate Deadlines::noLaterThan(QDate date) const
{
    return m_policy == DeadlinePolicy::Cautious ? m_calendar.workingDayOnOrBefore(date)
                                                : m_calendar.workingDayOnOrAfter(date);
}

QuarterDeadlines Deadlines::quarter(const Quarter &quarter) const
{
    QuarterDeadlines result;
    result.periodStart = quarter.firstDay();
    result.periodEnd = quarter.lastDay();
    const QDate nextMonth = result.periodEnd.addDays(1);
    result.kciPlanDue = m_calendar.nthWorkingDayFrom(result.periodStart, kciPlanDays);
    result.headNoticeDue = noLaterThan(nextMonth.addDays(headNoticeDay - 1));
    result.corpsBNoticeDue = noLaterThan(nextMonth.addDays(corpsBNoticeDay - 1));
    result.evaluationDue = noLaterThan(nextMonth.addDays(evaluationDay - 1));
    result.kciPreliminaryDue = m_calendar.addWorkingDays(result.evaluationDue, -kciPreliminaryDays);
    return result;
}

YearDeadlines Deadlines::year(int year) const
{
    YearDeadlines result;
    result.periodStart = QDate(year, 1, 1);
    result.periodEnd = QDate(year, 12, 31);
    result.survey360Due = noLaterThan(QDate(year + 1, 1, evaluationDay));
    result.annualScoreDue = quarter(Quarter(year, 4)).evaluationDue;
    return result;
}

QList<DatedDuty> Deadlines::after(DeadlineEvent event, QDate date) const
{
    switch (event) {
    case DeadlineEvent::Completed:
        return {{QStringLiteral("acquaintance_due"), acquaintanceDue(date)},
            {QStringLiteral("documents_kept_until"), documentsKeptUntil(date)}};
    case DeadlineEvent::Acquainted:
        return {{QStringLiteral("appeal_due"), appealDue(date)}};
    case DeadlineEvent::Applied:
        return {{QStringLiteral("session_decision_due"), sessionDecisionDue(date)},
            {QStringLiteral("session_due"), sessionDue(date)}};
    case DeadlineEvent::ProtocolSigned:
        return {{QStringLiteral("protocol_posted_due"), protocolPostedDue(date)}};
    case DeadlineEvent::Appointed:
        return {{QStringLiteral("kci_plan_due"), kciPlanDueAfterAppointment(date)}};
    case DeadlineEvent::PlanApproved:
        return {{QStringLiteral("plan_posted_due"), planPostedDue(date)}};
    case DeadlineEvent::Returned:
        return {{QStringLiteral("resubmission_due"), resubmissionDue(date)}};
    case DeadlineEvent::SuperiorSigned:
        return {{QStringLiteral("commission_submission_due"), commissionSubmissionDue(date)}};
    case DeadlineEvent::CommissionMeeting:
        return {{QStringLiteral("evaluators_notice_due"), evaluatorsNoticeDue(date)}};
    case DeadlineEvent::CommissionDecided:
        return {{QStringLiteral("complaint_due"), complaintDue(date)}};
    }
    return {};
}

QDate Deadlines::acquaintanceDue(QDate completed) const
{
    return m_calendar.addWorkingDays(completed, acquaintanceDays);
}

QDate Deadlines::documentsKeptUntil(QDate completed) const
{
    return completed.addYears(documentsKeptYears);
}

QDate Deadlines::appealDue(QDate acquainted) const
{
    return m_calendar.addWorkingDays(acquainted, appealDays);
}

QDate Deadlines::sessionDecisionDue(QDate applied) const
{
    return m_calendar.addWorkingDays(applied, sessionDecisionDays);
}

QDate Deadlines::sessionDue(QDate applied) const
{
    return m_calendar.addWorkingDays(applied, sessionDays);
}

QDate Deadlines::protocolPostedDue(QDate signed_) const
{
    return m_calendar.addWorkingDays(signed_, protocolPostingDays);
}

QDate Deadlines::kciPlanDueAfterAppointment(QDate appointed) const
{
    return m_calendar.addWorkingDays(appointed, kciPlanDays);
}

QDate Deadlines::planPostedDue(QDate approved) const
{
    return m_calendar.addWorkingDays(approved, planPostingDays);
}

QDate Deadlines::resubmissionDue(QDate returned) const
{
    return m_calendar.addWorkingDays(returned, resubmissionDays);
}

QDate Deadlines::commissionSubmissionDue(QDate signed_) const
{
    return m_calendar.addWorkingDays(signed_, commissionSubmissionDays);
}

QDate Deadlines::evaluatorsNoticeDue(QDate meeting) const
{
    return m_calendar.addWorkingDays(meeting, -evaluatorsNoticeDays);
}

QDate Deadlines::complaintDue(QDate decided) const
{
    return m_calendar.addWorkingDays(decided, complaintDays);
}

bool Deadlines::isConfirmed(const QList<DatedDuty> &duties) const
{
    for (const DatedDuty &duty : duties) {
        if (duty.date.isValid() && !m_calendar.isYearConfirmed(duty.date.year()))
            return false;
    }
    return true;
}

} // namespace bagalau
