// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/band.h"
#include "methodology/period.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace bagalau {

class ServiceContext;

// Where a due item is dealt with: the front end opens that place with the item's key.
enum class DueTarget {
    QuarterEvaluation, // key: the quarter, "2024Q1"
    KciPlans, // key: the quarter, "2024Q1"
    Appeals, // key: the appeal's id
    Survey360, // key: the survey's year, "2024"
};
QString dueTargetKey(DueTarget target); // "quarter", "kci-plans", "appeals", "survey360"

// What is due: one duty of the methodology on one date, for one person or for the organisation.
struct DueItem
{
    QDate date;
    // Stable key: "head_notice" (§26), "corps_b_notice" (§30), "kci_plan" (§22),
    // "kci_preliminary" (§22), "score_sheet" (§4), "acquaintance" (§11), "appeal_window" (§12),
    // "session_decision" (§38), "session" (§39), "survey360" (§4, §33).
    QString kind;
    QString personnelNo; // empty for a duty of the whole organisation
    QString fullName;
    DueTarget target = DueTarget::QuarterEvaluation;
    QString key;
    bool overdue = false; // the date has passed and the duty is not done
    QString detail; // the quarter, the appeal's date, the answers of the 360 survey
    QString label() const; // the kind, translated
};

// The score sheets of the quarter in evaluation: signed of due (§4).
struct QuarterProgress
{
    Quarter quarter;
    QDate due; // the evaluation's due date
    int sheetsDue = 0; // servants evaluated in the quarter
    int sheetsSigned = 0;
};

// The 360 survey of a year (§33): answered of asked, from survey_respondent.
struct SurveyProgress
{
    int year = 0;
    QDate due;
    QString status; // "preparing", "open", "closed"; empty when no survey was started
    int asked = 0;
    int answered = 0;
};

// The bands of a finished quarter's results (§7).
struct GradeDistribution
{
    Quarter quarter;
    std::array<int, 4> counts{}; // by Band, best first
    int count(Band band) const { return counts.at(std::size_t(band)); }
    int total() const;
};

// The dashboard: what is due, how far the evaluation has come, how the last quarter turned out.
struct Dashboard
{
    QDate today;
    QList<DueItem> items; // overdue ones and those due within HorizonDays, by date
    QuarterProgress progress;
    std::optional<SurveyProgress> survey;
    GradeDistribution distribution;
};

// Gathers the due items of the whole organisation from what the file holds, for the deadlines
// of Deadlines (never its own arithmetic). Filtered like the results (§15, §20): items about a
// person only for those whose results the account may read, the organisation's own duties only
// for an account that may read the schedule (§10), appeal decisions also for the appointing
// official (§38). Reads only.
class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(DashboardService)

public:
    static constexpr int HorizonDays = 30;
    // How far back a duty left undone is still shown as overdue: a year of quarters.
    static constexpr int LookbackQuarters = 4;

    explicit DashboardService(const ServiceContext &context);

    // Everything as of the context clock's today.
    Dashboard dashboard() const;
    Dashboard dashboard(QDate today) const;

    QList<DueItem> dueItems(QDate today) const;
    // The quarter in evaluation on `today`: the one just ended until its evaluation is due,
    // then the current one.
    static Quarter quarterInEvaluation(QDate today, const ServiceContext &context);
    // The last quarter whose evaluation was due before `today`.
    static Quarter lastFinishedQuarter(QDate today, const ServiceContext &context);
    QuarterProgress progress(const Quarter &quarter) const;
    GradeDistribution distribution(const Quarter &quarter) const;
    // The 360 survey of last year until its due date (or while it is not closed), then this
    // year's; nullopt for an account that may not read the schedule.
    std::optional<SurveyProgress> survey(QDate today) const;

    static QString kindLabel(const QString &kind);

private:
    class QuarterRows;
    QList<DueItem> dueItems(QDate today, QuarterRows &rows) const;
    QuarterProgress progress(const Quarter &quarter, QuarterRows &rows) const;
    GradeDistribution distribution(const Quarter &quarter, QuarterRows &rows) const;
    bool maySeeSchedule() const;

    const ServiceContext &m_context;
};

} // namespace bagalau
