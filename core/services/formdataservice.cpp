// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/formdataservice.h"

#include "access/accesscontrol.h"
#include "evaluation/resultsservice.h"
#include "methodology/chapter6.h"
#include "methodology/kci.h"
#include "methodology/ranking.h"
#include "methodology/survey360.h"
#include "methodology/votes.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/database.h"
#include "storage/sqlvalue.h"

#include <QHash>
#include <QSqlQuery>

namespace bagalau {

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

std::optional<Score> scoreOf(const QVariant &hundredths)
{
    if (hundredths.isNull())
        return std::nullopt;
    const int value = hundredths.toInt();
    if (value < 0 || value > Score::MaxHundredths)
        return std::nullopt;
    return Score::fromHundredths(value);
}

template <typename T>
std::optional<T> fail(FormError *error, FormError::Kind kind, const QString &message)
{
    if (error)
        *error = FormError{kind, message};
    return std::nullopt;
}

// A score sheet's own row.
struct SheetRow
{
    qint64 id = 0;
    qint64 evaluatorId = 0;
    QDate signedOn;
    std::optional<Score> score;
    bool withoutParticipation = false;
};

std::optional<SheetRow> sheetOf(
    const ServiceContext &context, qint64 servantId, const Quarter &quarter, const char *method)
{
    QSqlQuery query(context.database().connection());
    query.prepare(QStringLiteral("SELECT id, evaluator_id, signed_on, score, without_participation "
                                 "FROM score_sheet WHERE servant_id = ? AND quarter = ? AND "
                                 "method = ?"));
    query.addBindValue(servantId);
    query.addBindValue(quarter.key());
    query.addBindValue(QString::fromLatin1(method));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return SheetRow{query.value(0).toLongLong(), query.value(1).toLongLong(),
        dateFrom(query.value(2)), scoreOf(query.value(3)), query.value(4).toInt() == 1};
}

// The plan of the servant that covers the quarter: a quarterly one first (§22), else chapter 6's.
struct PlanRow
{
    qint64 id = 0;
    DateRange period;
    QDate approvedOn;
    QString approvedBy;
};

std::optional<PlanRow> planOf(
    const ServiceContext &context, qint64 servantId, const Quarter &quarter)
{
    QSqlQuery query(context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT id, period_first, period_last, approved_on, approved_by FROM kci_plan "
        "WHERE servant_id = ? AND period_first <= ? AND period_last >= ? "
        "ORDER BY regime = 'quarterly' DESC, period_first DESC LIMIT 1"));
    query.addBindValue(servantId);
    query.addBindValue(isoDate(quarter.lastDay()));
    query.addBindValue(isoDate(quarter.firstDay()));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return PlanRow{query.value(0).toLongLong(),
        {dateFrom(query.value(1)), dateFrom(query.value(2))}, dateFrom(query.value(3)),
        query.value(4).toString()};
}

QList<AllowedMarkRow> appendix3(const ServiceContext &context)
{
    QList<AllowedMarkRow> table;
    QSqlQuery query(context.database().connection());
    if (!query.exec(QStringLiteral("SELECT from_percent, to_percent, min_mark, max_mark FROM "
                                   "appendix3_row ORDER BY from_percent")))
        return table;
    while (query.next()) {
        // Stored in hundredths of a percent; a Decimal keeps ten-thousandths.
        table << AllowedMarkRow{Decimal::fromRaw(query.value(0).toLongLong() * 100),
            Decimal::fromRaw(query.value(1).toLongLong() * 100), query.value(2).toInt(),
            query.value(3).toInt()};
    }
    return table;
}

} // namespace

FormDataService::FormDataService(const ServiceContext &context)
    : m_context(context)
{ }

FormOrganisation FormDataService::organisation() const
{
    const auto organisation = OrganisationService(m_context).organisation();
    return organisation ? FormOrganisation{organisation->nameRu, organisation->nameKk}
                        : FormOrganisation{};
}

std::optional<StaffMember> FormDataService::member(
    const QString &personnelNo, const Quarter &quarter, FormError *error) const
{
    QString refusal;
    if (!AccessControl(m_context).mayFor(
            Action::ReadResults, personnelNo, quarter.range(), &refusal))
        return fail<StaffMember>(error, FormError::Kind::Refused, refusal);
    if (!StaffService(m_context).servantIdOf(personnelNo))
        return fail<StaffMember>(error, FormError::Kind::NotFound,
            tr("no servant with the personnel number %1").arg(personnelNo));
    const QList<StaffMember> staff = StaffService(m_context).staffDuring(quarter.range());
    for (const StaffMember &member : staff) {
        if (member.personnelNo == personnelNo)
            return member;
    }
    return fail<StaffMember>(error, FormError::Kind::Missing,
        tr("%1 held no position in %2").arg(personnelNo, quarter.key()));
}

FormServant FormDataService::servantOf(const StaffMember &member) const
{
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral("SELECT name_kk FROM unit WHERE name_ru = ?"));
    query.addBindValue(member.unit);
    const QString unitKk = query.exec() && query.next() ? query.value(0).toString() : QString();
    return FormServant{member.personnelNo, member.fullName, member.position, member.unit, unitKk};
}

FormSigner FormDataService::signerOf(qint64 servantId, const Quarter &quarter) const
{
    QSqlQuery query(m_context.database().connection());
    query.prepare(
        QStringLiteral("SELECT s.full_name, coalesce(p.title, '') FROM servant s "
                       "LEFT JOIN assignment a ON a.servant_id = s.id AND a.first_day <= ? "
                       "LEFT JOIN position p ON p.id = a.position_id WHERE s.id = ? "
                       "ORDER BY a.first_day DESC LIMIT 1"));
    query.addBindValue(isoDate(quarter.lastDay()));
    query.addBindValue(servantId);
    if (!query.exec() || !query.next())
        return {};
    return FormSigner{query.value(1).toString(), query.value(0).toString(), {}};
}

FormSigner FormDataService::managerOf(const StaffMember &member, const Quarter &quarter) const
{
    if (!member.managerPersonnelNo.isEmpty()) {
        if (const auto managerId = StaffService(m_context).servantIdOf(member.managerPersonnelNo))
            return signerOf(*managerId, quarter);
    }
    // The head of the apparatus answers to the chairman, the superior manager (§2, §22).
    if (member.category == PositionCategory::Head)
        return superiorManager();
    return {};
}

FormSigner FormDataService::superiorManager() const
{
    const auto organisation = OrganisationService(m_context).organisation();
    // The position is left to the form, which names it in its own language.
    return FormSigner{QString(), organisation ? organisation->chairman : QString(), {}};
}

FormSigner FormDataService::chiefSpecialist() const
{
    const Actor &actor = m_context.actor();
    if (actor.has(Role::ChiefSpecialist) && !actor.displayName.isEmpty())
        return FormSigner{QString(), actor.displayName, {}};
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral("SELECT a.display_name FROM user_account a JOIN user_role r ON "
                                 "r.user_id = a.id WHERE r.role = 'chief_specialist' AND "
                                 "a.disabled = 0 ORDER BY a.id LIMIT 1"));
    if (query.exec() && query.next())
        return FormSigner{QString(), query.value(0).toString(), {}};
    return {};
}

std::optional<FormAcquaintance> FormDataService::acquaintanceOf(qint64 sheetId) const
{
    QSqlQuery query(m_context.database().connection());
    query.prepare(
        QStringLiteral("SELECT day, method, reference FROM acquaintance WHERE sheet_id = ?"));
    query.addBindValue(sheetId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return FormAcquaintance{
        dateFrom(query.value(0)), query.value(1).toString(), query.value(2).toString()};
}

std::optional<WorkPlanForm> FormDataService::workPlan(
    const QString &personnelNo, const Quarter &quarter, FormError *error) const
{
    const auto found = member(personnelNo, quarter, error);
    if (!found)
        return std::nullopt;
    const auto plan = planOf(m_context, found->id, quarter);
    if (!plan)
        return fail<WorkPlanForm>(error, FormError::Kind::Missing,
            tr("%1 has no individual work plan for %2").arg(personnelNo, quarter.key()));

    WorkPlanForm form;
    form.organisation = organisation();
    form.period = plan->period;
    form.servant = servantOf(*found);
    form.approver = superiorManager();
    if (!plan->approvedBy.trimmed().isEmpty())
        form.approver.fullName = plan->approvedBy;
    form.approver.date = plan->approvedOn;
    form.directManager = managerOf(*found, quarter);
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT number, title, source_document, unit_of_measure, plan_value, due_date, "
        "expected_result FROM kci WHERE plan_id = ? ORDER BY number"));
    query.addBindValue(plan->id);
    if (query.exec()) {
        while (query.next()) {
            form.lines << WorkPlanForm::Line{query.value(0).toInt(), query.value(1).toString(),
                query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                dateFrom(query.value(5)), query.value(6).toString()};
        }
    }
    return form;
}

std::optional<KciSheetForm> FormDataService::kciSheet(
    const QString &personnelNo, const Quarter &quarter, FormError *error) const
{
    const auto found = member(personnelNo, quarter, error);
    if (!found)
        return std::nullopt;
    const auto sheet = sheetOf(m_context, found->id, quarter, "kci");
    if (!sheet)
        return fail<KciSheetForm>(error, FormError::Kind::Missing,
            tr("%1 has no KCI score sheet for %2").arg(personnelNo, quarter.key()));

    KciSheetForm form;
    form.organisation = organisation();
    form.quarter = quarter;
    form.servant = servantOf(*found);
    form.approver = superiorManager();
    form.evaluator = sheet->evaluatorId != 0 ? signerOf(sheet->evaluatorId, quarter)
                                             : managerOf(*found, quarter);
    form.evaluator.date = sheet->signedOn;
    form.withoutParticipation = sheet->withoutParticipation;
    form.acquaintance = acquaintanceOf(sheet->id);

    // The KCI of the plan give the titles, units and directions the marks refer to.
    struct PlanKci
    {
        QString title;
        QString unit;
        KciDirection direction = KciDirection::MoreIsBetter;
    };
    QHash<int, PlanKci> planKcis;
    if (const auto plan = planOf(m_context, found->id, quarter)) {
        QSqlQuery kcis(m_context.database().connection());
        kcis.prepare(QStringLiteral(
            "SELECT number, title, unit_of_measure, direction FROM kci WHERE plan_id = ?"));
        kcis.addBindValue(plan->id);
        if (kcis.exec()) {
            while (kcis.next()) {
                planKcis.insert(kcis.value(0).toInt(),
                    {kcis.value(1).toString(), kcis.value(2).toString(),
                        kcis.value(3).toString() == QLatin1String("less")
                            ? KciDirection::LessIsBetter
                            : KciDirection::MoreIsBetter});
            }
        }
    }
    const QList<AllowedMarkRow> table = appendix3(m_context);
    QList<int> marks;
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral("SELECT kci_number, plan_value, actual_value, mark FROM kci_mark "
                                 "WHERE sheet_id = ? ORDER BY kci_number"));
    query.addBindValue(sheet->id);
    if (query.exec()) {
        while (query.next()) {
            KciSheetForm::Line line;
            line.number = query.value(0).toInt();
            const PlanKci planKci = planKcis.value(line.number);
            line.title = planKci.title;
            line.unitOfMeasure = planKci.unit;
            line.planValue = query.value(1).toString();
            line.actualValue = query.value(2).toString();
            line.mark = query.value(3).toInt();
            marks << *line.mark;
            const auto plan = Decimal::parse(line.planValue);
            const auto actual = Decimal::parse(line.actualValue);
            if (plan && actual) {
                line.realization = realizationOf(
                    Kci{line.title, line.unitOfMeasure, *plan, *actual, planKci.direction});
                if (line.realization && !table.isEmpty())
                    line.allowedMarks = allowedMarks(table, *line.realization);
            }
            form.lines << line;
        }
    }
    form.score = sheet->score;
    if (!form.score && !marks.isEmpty())
        form.score = Score::meanOfMarks(marks); // §27, a sheet not signed yet
    return form;
}

std::optional<RankingSheetForm> FormDataService::rankingSheet(
    const QString &personnelNo, const Quarter &quarter, FormError *error) const
{
    const auto found = member(personnelNo, quarter, error);
    if (!found)
        return std::nullopt;
    const auto sheet = sheetOf(m_context, found->id, quarter, "ranking");
    if (!sheet)
        return fail<RankingSheetForm>(error, FormError::Kind::Missing,
            tr("%1 has no ranking score sheet for %2").arg(personnelNo, quarter.key()));

    RankingSheetForm form;
    form.organisation = organisation();
    form.quarter = quarter;
    form.servant = servantOf(*found);
    form.evaluator = sheet->evaluatorId != 0 ? signerOf(sheet->evaluatorId, quarter)
                                             : managerOf(*found, quarter);
    form.evaluator.date = sheet->signedOn;
    form.withoutParticipation = sheet->withoutParticipation;
    form.acquaintance = acquaintanceOf(sheet->id);

    QHash<QString, QPair<int, QString>> stored;
    QSqlQuery query(m_context.database().connection());
    query.prepare(
        QStringLiteral("SELECT parameter, mark, comment FROM ranking_mark WHERE sheet_id = ?"));
    query.addBindValue(sheet->id);
    if (query.exec()) {
        while (query.next())
            stored.insert(
                query.value(0).toString(), {query.value(1).toInt(), query.value(2).toString()});
    }
    RankingSheet marks;
    for (RankingParameter parameter : rankingParameters()) {
        RankingSheetForm::Line line;
        line.parameter = parameter;
        const auto mark = stored.constFind(rankingParameterKey(parameter));
        if (mark != stored.constEnd()) {
            line.mark = mark->first;
            line.comment = mark->second;
            marks.setMark(parameter, mark->first);
        }
        form.lines << line;
    }
    form.score = sheet->score ? sheet->score : marks.score(); // §31–32 while not signed
    return form;
}

std::optional<NoticeForm> FormDataService::notice(
    const QString &personnelNo, const Quarter &quarter, FormError *error) const
{
    const auto found = member(personnelNo, quarter, error);
    if (!found)
        return std::nullopt;
    const QuarterDeadlines deadlines = m_context.deadlines().quarter(quarter);
    NoticeForm form;
    form.organisation = organisation();
    form.quarter = quarter;
    form.servant = servantOf(*found);
    const bool head = found->category == PositionCategory::Head;
    form.method = head ? QStringLiteral("kci") : QStringLiteral("ranking");
    form.noticeDue = head ? deadlines.headNoticeDue : deadlines.corpsBNoticeDue;
    form.evaluationDue = deadlines.evaluationDue;
    form.chiefSpecialist = chiefSpecialist();
    return form;
}

ResultsListForm FormDataService::resultsList(const Quarter &quarter) const
{
    ResultsListForm form;
    form.organisation = organisation();
    form.quarter = quarter;
    form.chiefSpecialist = chiefSpecialist();

    QHash<QString, QString> positions;
    const QList<StaffMember> staff = StaffService(m_context).staffDuring(quarter.range());
    for (const StaffMember &member : staff)
        positions.insert(member.personnelNo, member.position);
    QHash<QString, QDate> acquainted;
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT s.personnel_no, ac.day FROM acquaintance ac JOIN score_sheet sh ON "
        "sh.id = ac.sheet_id JOIN servant s ON s.id = sh.servant_id WHERE sh.quarter = ?"));
    query.addBindValue(quarter.key());
    if (query.exec()) {
        while (query.next())
            acquainted.insert(query.value(0).toString(), dateFrom(query.value(1)));
    }

    const QList<QuarterResultRow> rows = ResultsService(m_context).quarter(quarter);
    for (const QuarterResultRow &row : rows) {
        ResultsListForm::Line line;
        line.personnelNo = row.personnelNo;
        line.fullName = row.fullName;
        line.position = positions.value(row.personnelNo);
        line.method = row.method;
        line.evaluated = row.eligibility.evaluated;
        line.withoutParticipation = row.eligibility.withoutParticipation;
        line.reasonKey = row.eligibility.reasonKey;
        line.score = row.score;
        line.calibrated = row.calibrated;
        if (const auto day = acquainted.constFind(row.personnelNo); day != acquainted.constEnd())
            line.acquainted = *day;
        form.lines << line;
    }
    return form;
}

QStringList FormDataService::readable(const QStringList &personnelNos, const Quarter &quarter) const
{
    const auto allowed =
        AccessControl(m_context).allowedServants(Action::ReadResults, quarter.range());
    if (!allowed)
        return personnelNos;
    QStringList result;
    for (const QString &personnelNo : personnelNos) {
        if (allowed->contains(personnelNo))
            result << personnelNo;
    }
    return result;
}

QStringList FormDataService::withWorkPlan(const Quarter &quarter) const
{
    QStringList found;
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT DISTINCT s.personnel_no, s.full_name FROM kci_plan p JOIN servant s ON "
        "s.id = p.servant_id WHERE p.period_first <= ? AND p.period_last >= ? "
        "ORDER BY s.full_name, s.personnel_no"));
    query.addBindValue(isoDate(quarter.lastDay()));
    query.addBindValue(isoDate(quarter.firstDay()));
    if (query.exec()) {
        while (query.next())
            found << query.value(0).toString();
    }
    return readable(found, quarter);
}

QStringList FormDataService::withSheet(const Quarter &quarter, const QString &method) const
{
    QStringList found;
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT s.personnel_no FROM score_sheet sh JOIN servant s ON s.id = sh.servant_id "
        "WHERE sh.quarter = ? AND sh.method = ? ORDER BY s.full_name, s.personnel_no"));
    query.addBindValue(quarter.key());
    query.addBindValue(method);
    if (query.exec()) {
        while (query.next())
            found << query.value(0).toString();
    }
    return readable(found, quarter);
}

QStringList FormDataService::evaluatedIn(const Quarter &quarter) const
{
    QStringList found;
    const QList<QuarterResultRow> rows = ResultsService(m_context).quarter(quarter);
    for (const QuarterResultRow &row : rows) {
        if (row.eligibility.evaluated)
            found << row.personnelNo;
    }
    return found;
}

std::optional<SurveyReportForm> FormDataService::surveyReport(
    const QString &personnelNo, int year, FormError *error) const
{
    const Quarter last(year, 4);
    const auto found = member(personnelNo, last, error);
    if (!found)
        return std::nullopt;
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral("SELECT ss.id, ss.form FROM survey_subject ss JOIN "
                                 "survey_campaign c ON c.id = ss.campaign_id WHERE c.year = ? "
                                 "AND ss.servant_id = ?"));
    query.addBindValue(year);
    query.addBindValue(found->id);
    if (!query.exec() || !query.next())
        return fail<SurveyReportForm>(error, FormError::Kind::Missing,
            tr("%1 was not evaluated by the 360 survey of %2")
                .arg(personnelNo, QString::number(year)));
    const qint64 subjectId = query.value(0).toLongLong();
    const CompetencySet set =
        competencySetFromKey(query.value(1).toString()).value_or(CompetencySet::CorpsB);

    // Answer sets carry no respondent, only whether they are the person's own (decision 8).
    QHash<qint64, SurveyResponse> responses;
    query.prepare(QStringLiteral("SELECT a.id, a.is_self, x.competency, x.value FROM "
                                 "survey_answer_set a JOIN survey_answer x ON x.answer_set_id = "
                                 "a.id WHERE a.subject_id = ?"));
    query.addBindValue(subjectId);
    if (query.exec()) {
        while (query.next()) {
            SurveyResponse &response = responses[query.value(0).toLongLong()];
            response.role =
                query.value(1).toInt() == 1 ? RespondentRole::Self : RespondentRole::Peer;
            response.answers.insert(query.value(2).toString(), query.value(3).toInt());
        }
    }
    QString problem;
    const auto catalogue = CompetencyCatalogue::shipped(&problem);
    if (!catalogue)
        return fail<SurveyReportForm>(error, FormError::Kind::Missing, problem);
    const auto result = aggregateSurvey(*catalogue, set, responses.values(), &problem);
    if (!result)
        return fail<SurveyReportForm>(error, FormError::Kind::Missing,
            tr("no 360 report for %1 in %2: %3").arg(personnelNo, QString::number(year), problem));

    SurveyReportForm form;
    form.organisation = organisation();
    form.year = year;
    form.servant = servantOf(*found);
    form.respondents = result->othersCount;
    form.chiefSpecialist = chiefSpecialist();
    for (const CompetencyResult &competency : result->competencies) {
        const auto known = catalogue->competency(competency.key);
        form.lines << SurveyReportForm::Line{known ? known->name.ru : competency.key,
            known ? known->name.kk : QString(), competency.othersMean, competency.self,
            result->leastExpressed.contains(competency.key)};
    }
    return form;
}

QStringList FormDataService::surveySubjects(int year) const
{
    QStringList found;
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT s.personnel_no FROM survey_subject ss JOIN survey_campaign c ON c.id = "
        "ss.campaign_id JOIN servant s ON s.id = ss.servant_id WHERE c.year = ? "
        "ORDER BY s.full_name, s.personnel_no"));
    query.addBindValue(year);
    if (query.exec()) {
        while (query.next())
            found << query.value(0).toString();
    }
    return readable(found, Quarter(year, 4));
}

std::optional<FormDataService::AppealSheet> FormDataService::appealSheet(
    qint64 appealId, FormError *error) const
{
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT s.personnel_no, sh.quarter, ap.applied_on, sh.score, sh.evaluator_id, cs.id "
        "FROM appeal ap JOIN score_sheet sh ON sh.id = ap.sheet_id JOIN servant s ON s.id = "
        "sh.servant_id LEFT JOIN calibration_session cs ON cs.appeal_id = ap.id WHERE ap.id = ?"));
    query.addBindValue(appealId);
    if (!query.exec() || !query.next())
        return fail<AppealSheet>(
            error, FormError::Kind::NotFound, tr("no application number %1").arg(appealId));
    const QString personnelNo = query.value(0).toString();
    const auto quarter = Quarter::parse(query.value(1).toString()).value_or(Quarter());
    AppealSheet sheet;
    sheet.quarter = quarter;
    sheet.appliedOn = dateFrom(query.value(2));
    sheet.score = scoreOf(query.value(3));
    sheet.evaluatorId = query.value(4).toLongLong();
    sheet.sessionId = query.value(5).toLongLong();
    // The participants of a session know its result (§15, §20); the appointing official decides
    // on every session (§38).
    if (!scopesOf(m_context.actor(), Action::DecideAppeals).contains(Scope::Everyone)) {
        QString refusal;
        if (!AccessControl(m_context).mayFor(
                Action::ReadResults, personnelNo, quarter.range(), &refusal))
            return fail<AppealSheet>(error, FormError::Kind::Refused, refusal);
    }
    if (sheet.sessionId == 0)
        return fail<AppealSheet>(error, FormError::Kind::Missing,
            tr("no calibration session was ordered on application %1").arg(appealId));
    const QList<StaffMember> staff = StaffService(m_context).staffDuring(quarter.range());
    for (const StaffMember &member : staff) {
        if (member.personnelNo == personnelNo)
            sheet.member = member;
    }
    return sheet;
}

std::optional<FeedbackForm> FormDataService::feedback(qint64 appealId, FormError *error) const
{
    const auto sheet = appealSheet(appealId, error);
    if (!sheet)
        return std::nullopt;
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral("SELECT feedback_on, feedback_achievements, feedback_skills, "
                                 "feedback_potential FROM calibration_session WHERE id = ?"));
    query.addBindValue(sheet->sessionId);
    if (!query.exec() || !query.next())
        return fail<FeedbackForm>(error, FormError::Kind::Missing,
            tr("no calibration session was ordered on application %1").arg(appealId));
    FeedbackForm form;
    form.organisation = organisation();
    form.quarter = sheet->quarter;
    form.servant = servantOf(sheet->member);
    form.heldOn = dateFrom(query.value(0));
    form.achievements = query.value(1).toString();
    form.skills = query.value(2).toString();
    form.potential = query.value(3).toString();
    form.evaluator = sheet->evaluatorId != 0 ? signerOf(sheet->evaluatorId, sheet->quarter)
                                             : managerOf(sheet->member, sheet->quarter);
    return form;
}

std::optional<CalibrationProtocolForm> FormDataService::calibrationProtocol(
    qint64 appealId, FormError *error) const
{
    const auto sheet = appealSheet(appealId, error);
    if (!sheet)
        return std::nullopt;
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT protocol_number, held_on, place, order_reference, decided_on, "
        "evaluator_argument, servant_position, score_before, final_score, protocol_signed_on "
        "FROM calibration_session WHERE id = ?"));
    query.addBindValue(sheet->sessionId);
    if (!query.exec() || !query.next())
        return fail<CalibrationProtocolForm>(error, FormError::Kind::Missing,
            tr("no calibration session was ordered on application %1").arg(appealId));
    CalibrationProtocolForm form;
    form.organisation = organisation();
    form.number = query.value(0).toString();
    form.heldOn = dateFrom(query.value(1));
    form.place = query.value(2).toString();
    form.orderReference = query.value(3).toString();
    form.decidedOn = dateFrom(query.value(4));
    form.evaluatorArgument = query.value(5).toString();
    form.servantPosition = query.value(6).toString();
    form.scoreBefore = query.value(7).isNull() ? sheet->score : scoreOf(query.value(7));
    const std::optional<Score> storedFinal = scoreOf(query.value(8));
    form.signedOn = dateFrom(query.value(9));
    if (form.signedOn.isValid())
        form.postedBy = m_context.deadlines().protocolPostedDue(form.signedOn);
    form.servant = servantOf(sheet->member);
    form.quarter = sheet->quarter;
    form.appliedOn = sheet->appliedOn;

    QList<qint64> memberIds;
    query.prepare(QStringLiteral(
        "SELECT id, full_name, role FROM session_member WHERE session_id = ? ORDER BY id"));
    query.addBindValue(sheet->sessionId);
    if (query.exec()) {
        while (query.next()) {
            memberIds << query.value(0).toLongLong();
            form.members << CalibrationProtocolForm::Member{
                query.value(1).toString(), query.value(2).toString() == QLatin1String("evaluator")};
        }
    }
    QSqlQuery votes(m_context.database().connection());
    votes.prepare(QStringLiteral("SELECT member_id, vote FROM session_vote WHERE proposal_id = ?"));
    query.prepare(QStringLiteral(
        "SELECT id, score, argument FROM session_proposal WHERE session_id = ? ORDER BY id"));
    query.addBindValue(sheet->sessionId);
    const Score current = form.scoreBefore.value_or(Score());
    std::optional<Score> adopted;
    if (query.exec()) {
        while (query.next()) {
            CalibrationProtocolForm::Proposal proposal;
            proposal.score = scoreOf(query.value(1)).value_or(Score());
            proposal.argument = query.value(2).toString();
            QHash<qint64, QString> byMember;
            votes.addBindValue(query.value(0).toLongLong());
            if (votes.exec()) {
                while (votes.next())
                    byMember.insert(votes.value(0).toLongLong(), votes.value(1).toString());
            }
            QList<Vote> cast;
            for (qint64 memberId : memberIds) {
                const QString vote = byMember.value(memberId);
                proposal.votes << vote;
                if (const auto known = voteFromKey(vote))
                    cast << *known;
            }
            // §41 and decision 7: the methodology counts the votes.
            const CalibrationOutcome outcome = calibrationVote(current, proposal.score, cast);
            proposal.adopted = outcome.adopted;
            proposal.votesFor = outcome.votesFor;
            proposal.votesAgainst = outcome.votesAgainst;
            proposal.abstentions = outcome.abstentions;
            if (outcome.adopted && !adopted)
                adopted = outcome.finalScore;
            form.proposals << proposal;
        }
    }
    form.finalScore = storedFinal ? storedFinal : adopted ? adopted : form.scoreBefore;
    return form;
}

std::optional<CommissionProtocolForm> FormDataService::commissionProtocol(
    qint64 meetingId, FormError *error) const
{
    QString refusal;
    if (!AccessControl(m_context).mayForEveryone(Action::ReadResults, &refusal))
        return fail<CommissionProtocolForm>(error, FormError::Kind::Refused, refusal);
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT m.commission_id, m.held_on, m.protocol_number, m.conclusion, c.order_reference "
        "FROM commission_meeting m JOIN commission c ON c.id = m.commission_id WHERE m.id = ?"));
    query.addBindValue(meetingId);
    if (!query.exec() || !query.next())
        return fail<CommissionProtocolForm>(error, FormError::Kind::NotFound,
            tr("no meeting of the Commission number %1").arg(meetingId));
    const qint64 commissionId = query.value(0).toLongLong();
    CommissionProtocolForm form;
    form.organisation = organisation();
    form.heldOn = dateFrom(query.value(1));
    form.number = query.value(2).toString();
    form.conclusion = query.value(3).toString();
    form.orderReference = query.value(4).toString();
    form.year = form.heldOn.year() - 1;

    query.prepare(QStringLiteral(
        "SELECT cm.full_name, cm.role, EXISTS (SELECT 1 FROM commission_attendance a WHERE "
        "a.meeting_id = ? AND a.member_id = cm.id) FROM commission_member cm WHERE "
        "cm.commission_id = ? ORDER BY cm.role = 'chair' DESC, cm.role = 'secretary', cm.id"));
    query.addBindValue(meetingId);
    query.addBindValue(commissionId);
    if (query.exec()) {
        while (query.next()) {
            CommissionProtocolForm::Member member{
                query.value(0).toString(), query.value(1).toString(), query.value(2).toBool()};
            // §59: the secretary keeps the protocol and is not counted.
            if (member.role != QLatin1String("secretary")) {
                ++form.membersVoting;
                if (member.present)
                    ++form.membersPresent;
            }
            form.members << member;
        }
    }
    form.quorum = hasQuorum(form.membersPresent, form.membersVoting); // §55

    query.prepare(QStringLiteral(
        "SELECT s.full_name, coalesce((SELECT p2.title FROM assignment a JOIN position p2 ON "
        "p2.id = a.position_id WHERE a.servant_id = s.id AND a.first_day <= p.period_last "
        "ORDER BY a.first_day DESC LIMIT 1), ''), cc.achieved, cc.decision, cc.corrected_band, "
        "cc.recommendations, p.period_last FROM commission_case cc JOIN kci_plan p ON p.id = "
        "cc.plan_id JOIN servant s ON s.id = p.servant_id WHERE cc.meeting_id = ? "
        "ORDER BY s.full_name"));
    query.addBindValue(meetingId);
    if (query.exec()) {
        while (query.next()) {
            CommissionProtocolForm::Case item;
            item.fullName = query.value(0).toString();
            item.position = query.value(1).toString();
            if (!query.value(2).isNull() && achievedKciError(query.value(2).toInt()).isEmpty()) {
                item.achieved = query.value(2).toInt();
                item.result = bandForAchievedKci(*item.achieved); // §48
            }
            if (query.value(3).toString() == QLatin1String("revise"))
                item.corrected = bandFromKey(query.value(4).toString());
            item.recommendations = query.value(5).toString();
            if (const QDate last = dateFrom(query.value(6)); last.isValid())
                form.year = last.year();
            form.cases << item;
        }
    }
    return form;
}

} // namespace bagalau
