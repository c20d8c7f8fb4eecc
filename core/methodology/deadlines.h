// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/period.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bagalau {

class WorkingCalendar;

// How a fixed date ("no later than the 10th") that is not a working day is read (DIGEST decision
// 3).
enum class DeadlinePolicy {
    Legal, // moves to the next working day: the general rule for periods ending on a day off
    Cautious, // moves to the previous working day, so nothing can be late by any reading
};
QString deadlinePolicyKey(DeadlinePolicy policy); // "legal", "cautious"
std::optional<DeadlinePolicy> deadlinePolicyFromKey(const QString &key);

// An event after which the methodology sets a period in working days.
enum class DeadlineEvent {
    Completed, // an evaluation completed: acquaintance (§11, §65), keeping (§14)
    Acquainted, // the servant acquainted with the result: the application (§12)
    Applied, // an application for a calibration session: decision (§38), session (§39)
    ProtocolSigned, // a calibration protocol signed: posting (§41)
    Appointed, // appointed after the period started: the KCI plan (§22)
    PlanApproved, // an individual work plan approved: posting (§22)
    Returned, // chapter 6: a score sheet returned for rework: resubmission (§52)
    SuperiorSigned, // chapter 6: signed by the superior manager: to the Commission (§53)
    CommissionMeeting, // chapter 6: a meeting of the Commission: notice to evaluators (§54)
    CommissionDecided, // chapter 6: a decision of the Commission: the complaint (§67)
};
// "completed", "acquainted", "applied", "protocol-signed", "appointed", "plan-approved",
// "returned", "superior-signed", "commission-meeting", "commission-decided"
QString deadlineEventKey(DeadlineEvent event);
std::optional<DeadlineEvent> deadlineEventFromKey(const QString &key);
QList<DeadlineEvent> deadlineEvents();

// A dated duty: a stable key ("evaluation_due") and its date.
struct DatedDuty
{
    QString key;
    QDate date;
    bool operator==(const DatedDuty &) const = default;
};

// The dated duties of one quarter's KCI and ranking evaluation.
struct QuarterDeadlines
{
    QDate periodStart;
    QDate periodEnd;
    QDate kciPlanDue; // §22: the period's 10th working day, its first day counting
    QDate headNoticeDue; // §26: the 5th of the next month
    QDate corpsBNoticeDue; // §30: the 10th of the next month
    QDate evaluationDue; // §4: the 10th of the next month
    QDate kciPreliminaryDue; // §22: the 5th working day before evaluationDue
    QList<DatedDuty> duties() const;
};

// The dated duties of a year: the 360 survey and the annual (итоговая) score.
struct YearDeadlines
{
    QDate periodStart;
    QDate periodEnd;
    QDate survey360Due; // §4, §33: the 10th of January of the next year
    QDate annualScoreDue; // §4: the annual score is the mean of the quarters, so the 4th quarter's
    QList<DatedDuty> duties() const;
};

// Every deadline of the methodology, counted on a working-day calendar (DIGEST decisions 1–3).
class Deadlines
{
public:
    Deadlines(const WorkingCalendar &calendar, DeadlinePolicy policy);

    // "No later than" a calendar date: the date itself when it is a working day, otherwise the
    // next (legal) or the previous (cautious) working day.
    QDate noLaterThan(QDate date) const;

    QuarterDeadlines quarter(const Quarter &quarter) const;
    YearDeadlines year(int year) const;
    // What follows from an event on a date, in the order the methodology names it.
    QList<DatedDuty> after(DeadlineEvent event, QDate date) const;

    // The single periods, for the services that need one of them.
    QDate acquaintanceDue(QDate completed) const; // §11, §65: 2 working days
    QDate documentsKeptUntil(QDate completed) const; // §14: 3 years
    QDate appealDue(QDate acquainted) const; // §12: 5 working days
    QDate sessionDecisionDue(QDate applied) const; // §38: 3 working days
    QDate sessionDue(QDate applied) const; // §39: 10 working days
    QDate protocolPostedDue(QDate signed_) const; // §41: 3 working days
    QDate kciPlanDueAfterAppointment(QDate appointed) const; // §22: 10 working days
    QDate planPostedDue(QDate approved) const; // §22: 5 working days
    QDate resubmissionDue(QDate returned) const; // §52: 2 working days
    QDate commissionSubmissionDue(QDate signed_) const; // §53: 2 working days
    QDate evaluatorsNoticeDue(QDate meeting) const; // §54: 3 working days before
    QDate complaintDue(QDate decided) const; // §67: 10 working days

    // Whether every year these deadlines touch has a confirmed calendar (RULES.md §3).
    bool isConfirmed(const QList<DatedDuty> &duties) const;

private:
    const WorkingCalendar &m_calendar;
    DeadlinePolicy m_policy;
};

} // namespace bagalau
