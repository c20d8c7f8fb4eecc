// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/dashboardservice.h"

#include "access/accesscontrol.h"
#include "clock.h"
#include "evaluation/resultsservice.h"
#include "services/servicecontext.h"
#include "storage/database.h"
#include "storage/sqlvalue.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace bagalau {

namespace {

// The order of the kinds on one day: the steps of an evaluation as they follow one another.
int kindOrder(const QString &kind)
{
    static const QStringList order = {QStringLiteral("kci_plan"), QStringLiteral("kci_preliminary"),
        QStringLiteral("head_notice"), QStringLiteral("corps_b_notice"),
        QStringLiteral("score_sheet"), QStringLiteral("acquaintance"),
        QStringLiteral("appeal_window"), QStringLiteral("session_decision"),
        QStringLiteral("session"), QStringLiteral("survey360")};
    return int(order.indexOf(kind));
}

QString quarterText(const Quarter &quarter)
{
    return DashboardService::tr("Q%1 %2", "a quarter: its number, its year")
        .arg(quarter.number())
        .arg(quarter.year());
}

// Whether a servant evaluated in the quarter needs a sheet: the head only with KCI (§22).
bool needsSheet(const QuarterResultRow &row)
{
    if (!row.eligibility.evaluated)
        return false;
    return row.method != QLatin1String("kci") || row.eligibility.kciAllowed;
}

QSet<QString> personnelNumbers(
    const ServiceContext &context, const QString &sql, const QVariantList &values)
{
    QSet<QString> numbers;
    QSqlQuery query(context.database().connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec()) {
        while (query.next())
            numbers.insert(query.value(0).toString());
    }
    return numbers;
}

struct Collector
{
    const ServiceContext &context;
    QDate today;
    QDate horizon;
    QList<DueItem> items;

    // Adds the item when it is overdue or due within the horizon.
    void add(DueItem item, bool mayBeOverdue = true)
    {
        if (!item.date.isValid() || item.date > horizon)
            return;
        if (item.date < today && !mayBeOverdue)
            return;
        item.overdue = item.date < today;
        items << std::move(item);
    }
};

} // namespace

// The results of the quarters asked for, read once per dashboard.
class DashboardService::QuarterRows
{
public:
    explicit QuarterRows(const ServiceContext &context)
        : m_results(context)
    { }
    const QList<QuarterResultRow> &of(const Quarter &quarter)
    {
        auto found = m_rows.find(quarter.key());
        if (found == m_rows.end())
            found = m_rows.insert(quarter.key(), m_results.quarter(quarter));
        return *found;
    }

private:
    ResultsService m_results;
    QHash<QString, QList<QuarterResultRow>> m_rows;
};

QString dueTargetKey(DueTarget target)
{
    switch (target) {
    case DueTarget::QuarterEvaluation:
        return QStringLiteral("quarter");
    case DueTarget::KciPlans:
        return QStringLiteral("kci-plans");
    case DueTarget::Appeals:
        return QStringLiteral("appeals");
    case DueTarget::Survey360:
        return QStringLiteral("survey360");
    }
    return {};
}

QString DueItem::label() const
{
    return DashboardService::kindLabel(kind);
}

int GradeDistribution::total() const
{
    return std::accumulate(counts.cbegin(), counts.cend(), 0);
}

DashboardService::DashboardService(const ServiceContext &context)
    : m_context(context)
{ }

QString DashboardService::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("head_notice"))
        return tr("Notice of the evaluation to the head of the apparatus (§26)");
    if (kind == QLatin1String("corps_b_notice"))
        return tr("Notice of the evaluation to the corps B servants (§30)");
    if (kind == QLatin1String("kci_plan"))
        return tr("Individual work plan with KCI (§22)");
    if (kind == QLatin1String("kci_preliminary"))
        return tr("Preliminary actual values of the KCI to the evaluator (§22)");
    if (kind == QLatin1String("score_sheet"))
        return tr("Score sheet signed (§4)");
    if (kind == QLatin1String("acquaintance"))
        return tr("Acquaintance with the results (§11)");
    if (kind == QLatin1String("appeal_window"))
        return tr("Last day to apply for a calibration session (§12)");
    if (kind == QLatin1String("session_decision"))
        return tr("Decision on the calibration session (§38)");
    if (kind == QLatin1String("session"))
        return tr("Calibration session held (§39)");
    if (kind == QLatin1String("survey360"))
        return tr("360 survey completed (§4, §33)");
    return kind;
}

bool DashboardService::maySeeSchedule() const
{
    return !scopesOf(m_context.actor(), Action::ReadSchedule).isEmpty();
}

Quarter DashboardService::quarterInEvaluation(QDate today, const ServiceContext &context)
{
    const Quarter current = Quarter::containing(today);
    const Quarter previous = current.previous();
    return today <= context.deadlines().quarter(previous).evaluationDue ? previous : current;
}

Quarter DashboardService::lastFinishedQuarter(QDate today, const ServiceContext &context)
{
    const Deadlines deadlines = context.deadlines();
    Quarter quarter = Quarter::containing(today).previous();
    while (deadlines.quarter(quarter).evaluationDue >= today)
        quarter = quarter.previous();
    return quarter;
}

Dashboard DashboardService::dashboard() const
{
    return dashboard(m_context.clock().today());
}

Dashboard DashboardService::dashboard(QDate today) const
{
    // The quarters' results are read once: the due list, the progress and the bands share them.
    QuarterRows rows(m_context);
    Dashboard result;
    result.today = today;
    result.items = dueItems(today, rows);
    result.progress = progress(quarterInEvaluation(today, m_context), rows);
    result.survey = survey(today);
    result.distribution = distribution(lastFinishedQuarter(today, m_context), rows);
    return result;
}

QList<DueItem> DashboardService::dueItems(QDate today) const
{
    QuarterRows rows(m_context);
    return dueItems(today, rows);
}

QuarterProgress DashboardService::progress(const Quarter &quarter) const
{
    QuarterRows rows(m_context);
    return progress(quarter, rows);
}

GradeDistribution DashboardService::distribution(const Quarter &quarter) const
{
    QuarterRows rows(m_context);
    return distribution(quarter, rows);
}

QList<DueItem> DashboardService::dueItems(QDate today, QuarterRows &rows) const
{
    const Deadlines deadlines = m_context.deadlines();
    const bool schedule = maySeeSchedule();
    Collector collector{m_context, today, today.addDays(HorizonDays), {}};

    const Quarter current = Quarter::containing(today);
    Quarter first = current;
    for (int i = 0; i < LookbackQuarters; ++i)
        first = first.previous();
    const Quarter last = current.next();
    const DateRange span{first.firstDay(), last.lastDay()};
    const auto allowed = AccessControl(m_context).allowedServants(Action::ReadResults, span);
    const auto visible = [&allowed](const QString &personnelNo) {
        return !allowed || allowed->contains(personnelNo);
    };

    for (Quarter quarter = first; quarter <= last; quarter = quarter.next()) {
        if (quarter.firstDay() > collector.horizon)
            break;
        const QuarterDeadlines dates = deadlines.quarter(quarter);
        const QString key = quarter.key();
        const QString detail = quarterText(quarter);
        if (schedule) {
            // Nothing in the file records a notice as sent: shown while it is ahead only.
            collector.add({dates.headNoticeDue, QStringLiteral("head_notice"), {}, {},
                              DueTarget::QuarterEvaluation, key, false, detail},
                false);
            collector.add({dates.corpsBNoticeDue, QStringLiteral("corps_b_notice"), {}, {},
                              DueTarget::QuarterEvaluation, key, false, detail},
                false);
        }
        if (dates.kciPlanDue > collector.horizon && dates.evaluationDue > collector.horizon
            && dates.kciPreliminaryDue > collector.horizon)
            continue;

        const QSet<QString> plans = personnelNumbers(m_context,
            QStringLiteral("SELECT s.personnel_no FROM kci_plan p JOIN servant s ON s.id = "
                           "p.servant_id WHERE p.status = 'approved' AND p.regime = 'quarterly' "
                           "AND p.period_first <= ? AND p.period_last >= ?"),
            {dateValue(quarter.lastDay()), dateValue(quarter.firstDay())});
        const QSet<QString> withValues = personnelNumbers(m_context,
            QStringLiteral("SELECT s.personnel_no FROM score_sheet sh JOIN servant s ON s.id = "
                           "sh.servant_id WHERE sh.quarter = ? AND EXISTS (SELECT 1 FROM kci_mark "
                           "m WHERE m.sheet_id = sh.id)"),
            {key});
        const QList<QuarterResultRow> &results = rows.of(quarter);
        for (const QuarterResultRow &row : results) {
            if (!needsSheet(row) || row.sheetStatus == QLatin1String("signed"))
                continue;
            const bool kci = row.method == QLatin1String("kci");
            if (kci && !plans.contains(row.personnelNo)) {
                // §22: within ten working days of the period's start, or of the appointment.
                const QDate firstDay = row.eligibility.inPosition.first;
                const QDate due = firstDay.isValid() && firstDay > quarter.firstDay()
                    ? deadlines.kciPlanDueAfterAppointment(firstDay)
                    : dates.kciPlanDue;
                collector.add({due, QStringLiteral("kci_plan"), row.personnelNo, row.fullName,
                    DueTarget::KciPlans, key, false, detail});
            }
            if (kci && !withValues.contains(row.personnelNo))
                collector.add({dates.kciPreliminaryDue, QStringLiteral("kci_preliminary"),
                    row.personnelNo, row.fullName, DueTarget::KciPlans, key, false, detail});
            collector.add({dates.evaluationDue, QStringLiteral("score_sheet"), row.personnelNo,
                row.fullName, DueTarget::QuarterEvaluation, key, false, detail});
        }
    }

    // §11, §12: a signed sheet is made known within two working days, after which the servant
    // has five working days to apply.
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT sh.quarter, sh.signed_on, s.personnel_no, s.full_name, a.day, "
        "EXISTS (SELECT 1 FROM appeal ap WHERE ap.sheet_id = sh.id) "
        "FROM score_sheet sh JOIN servant s ON s.id = sh.servant_id "
        "LEFT JOIN acquaintance a ON a.sheet_id = sh.id "
        "WHERE sh.status = 'signed' AND sh.signed_on IS NOT NULL AND sh.quarter >= ? "
        "AND sh.quarter <= ? AND (a.day IS NULL OR a.day >= ?)"));
    query.addBindValue(first.key());
    query.addBindValue(last.key());
    // An appeal window closes at most a few weeks after the acquaintance.
    query.addBindValue(dateValue(today.addDays(-HorizonDays)));
    if (query.exec()) {
        while (query.next()) {
            const QString personnelNo = query.value(2).toString();
            if (!visible(personnelNo))
                continue;
            const auto quarter = Quarter::parse(query.value(0).toString());
            const QString detail = quarter ? quarterText(*quarter) : QString();
            const QDate signedOn = dateFrom(query.value(1));
            const QDate acquainted = dateFrom(query.value(4));
            if (!acquainted.isValid()) {
                collector.add({deadlines.acquaintanceDue(signedOn), QStringLiteral("acquaintance"),
                    personnelNo, query.value(3).toString(), DueTarget::QuarterEvaluation,
                    query.value(0).toString(), false, detail});
            } else if (!query.value(5).toBool()) {
                // The servant's right, not a duty: shown while it is open.
                collector.add({deadlines.appealDue(acquainted), QStringLiteral("appeal_window"),
                                  personnelNo, query.value(3).toString(), DueTarget::Appeals,
                                  query.value(0).toString(), false, detail},
                    false);
            }
        }
    }

    // §38, §39: the decision within three working days of the application, the session within
    // ten.
    const bool decidesAppeals =
        scopesOf(m_context.actor(), Action::DecideAppeals).contains(Scope::Everyone);
    query.prepare(QStringLiteral(
        "SELECT ap.id, ap.applied_on, ap.status, s.personnel_no, s.full_name, sh.quarter, "
        "cs.decided_on, cs.held_on FROM appeal ap JOIN score_sheet sh ON sh.id = ap.sheet_id "
        "JOIN servant s ON s.id = sh.servant_id "
        "LEFT JOIN calibration_session cs ON cs.appeal_id = ap.id "
        "WHERE ap.status IN ('registered', 'session_ordered')"));
    if (query.exec()) {
        while (query.next()) {
            const QString personnelNo = query.value(3).toString();
            if (!decidesAppeals && !visible(personnelNo))
                continue;
            const QDate applied = dateFrom(query.value(1));
            const QString status = query.value(2).toString();
            const bool decided = status != QLatin1String("registered") || !query.value(6).isNull();
            const auto quarter = Quarter::parse(query.value(5).toString());
            const QString detail = DashboardService::tr("applied %1, %2")
                                       .arg(applied.toString(Qt::ISODate),
                                           quarter ? quarterText(*quarter) : QString());
            const QString id = query.value(0).toString();
            if (!decided) {
                collector.add({deadlines.sessionDecisionDue(applied),
                    QStringLiteral("session_decision"), personnelNo, query.value(4).toString(),
                    DueTarget::Appeals, id, false, detail});
            }
            if (query.value(7).isNull()) {
                collector.add({deadlines.sessionDue(applied), QStringLiteral("session"),
                    personnelNo, query.value(4).toString(), DueTarget::Appeals, id, false, detail});
            }
        }
    }

    // §4, §33: the 360 survey of a year is finished by the 10th of January.
    if (schedule) {
        for (int year : {today.year() - 1, today.year()}) {
            QSqlQuery campaign(m_context.database().connection());
            campaign.prepare(QStringLiteral(
                "SELECT c.status, (SELECT count(*) FROM survey_respondent r JOIN survey_subject "
                "su ON su.id = r.subject_id WHERE su.campaign_id = c.id), (SELECT "
                "count(*) FROM survey_respondent r JOIN survey_subject su ON su.id = "
                "r.subject_id WHERE su.campaign_id = c.id AND r.answered = 1) "
                "FROM survey_campaign c WHERE c.year = ?"));
            campaign.addBindValue(year);
            const bool exists = campaign.exec() && campaign.next();
            if (exists && campaign.value(0).toString() == QLatin1String("closed"))
                continue;
            const QString detail = exists ? DashboardService::tr("%1: %2 of %3 answered")
                                                .arg(year)
                                                .arg(campaign.value(2).toInt())
                                                .arg(campaign.value(1).toInt())
                                          : DashboardService::tr("%1: not started").arg(year);
            collector.add({deadlines.year(year).survey360Due, QStringLiteral("survey360"), {}, {},
                DueTarget::Survey360, QString::number(year), false, detail});
        }
    }

    std::stable_sort(
        collector.items.begin(), collector.items.end(), [](const DueItem &a, const DueItem &b) {
            if (a.date != b.date)
                return a.date < b.date;
            if (a.kind != b.kind)
                return kindOrder(a.kind) < kindOrder(b.kind);
            return a.fullName < b.fullName;
        });
    return collector.items;
}

QuarterProgress DashboardService::progress(const Quarter &quarter, QuarterRows &rows) const
{
    QuarterProgress result;
    result.quarter = quarter;
    result.due = m_context.deadlines().quarter(quarter).evaluationDue;
    const QList<QuarterResultRow> &results = rows.of(quarter);
    for (const QuarterResultRow &row : results) {
        if (!needsSheet(row))
            continue;
        ++result.sheetsDue;
        if (row.sheetStatus == QLatin1String("signed"))
            ++result.sheetsSigned;
    }
    return result;
}

GradeDistribution DashboardService::distribution(const Quarter &quarter, QuarterRows &rows) const
{
    GradeDistribution result;
    result.quarter = quarter;
    const QList<QuarterResultRow> &results = rows.of(quarter);
    for (const QuarterResultRow &row : results) {
        if (const auto band = row.band())
            ++result.counts.at(std::size_t(*band));
    }
    return result;
}

std::optional<SurveyProgress> DashboardService::survey(QDate today) const
{
    if (!maySeeSchedule())
        return std::nullopt;
    // Last year's survey until its due date and while it is not closed, then this year's.
    SurveyProgress result;
    for (int year : {today.year() - 1, today.year()}) {
        QSqlQuery query(m_context.database().connection());
        query.prepare(QStringLiteral(
            "SELECT c.status, count(r.id), coalesce(sum(r.answered), 0) FROM survey_campaign c "
            "LEFT JOIN survey_subject su ON su.campaign_id = c.id "
            "LEFT JOIN survey_respondent r ON r.subject_id = su.id WHERE c.year = ? "
            "GROUP BY c.id"));
        query.addBindValue(year);
        result = SurveyProgress{year, m_context.deadlines().year(year).survey360Due, {}, 0, 0};
        if (query.exec() && query.next()) {
            result.status = query.value(0).toString();
            result.asked = query.value(1).toInt();
            result.answered = query.value(2).toInt();
            if (year < today.year()
                && (today <= result.due || result.status != QLatin1String("closed")))
                return result;
        }
    }
    return result;
}

} // namespace bagalau
