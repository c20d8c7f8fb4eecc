// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard: what is due and overdue (§4, §11, §12, §22, §26, §30, §33, §38, §39), the
// quarter's progress and the last quarter's bands (§7).
#include "evaluation/dashboardservice.h"

#include "evaluation/scoresheetservice.h"
#include "fixedclock.h"
#include "samplefile.h"
#include "samplestaff.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "temporarydatabase.h"

#include "catchqt.h"

#include <QSqlQuery>

#include <optional>

using namespace bagalau;

namespace {

// The head 001 and two corps B servants under them, all appointed on 1 January 2024.
struct Office : test::SampleFile
{
    Office()
        : SampleFile(QDate(2024, 4, 3).startOfDay(),
            {test::sampleServant(
                 "001", "Жусупова А.", PositionCategory::Head, nullptr, QDate(2024, 1, 1), ""),
                test::sampleServant("002", "Ахметов С.", PositionCategory::CorpsB, nullptr,
                    QDate(2024, 1, 1), "001"),
                test::sampleServant(
                    "003", "Ким Е.", PositionCategory::CorpsB, nullptr, QDate(2024, 1, 1), "001")})
    { }
    QList<DueItem> items(const Actor &actor = Actor::singleUser())
    {
        const ServiceContext context(file.database(), actor, clock);
        return DashboardService(context).dueItems(clock.today());
    }
    void sign(const char *personnelNo, const char *quarter, int mark)
    {
        const ServiceContext chief(file.database(), Actor::singleUser(), clock);
        const QString value = QString::number(mark);
        InputErrors errors;
        REQUIRE(ScoreSheetService(chief).import(
                    {{2, QString::fromLatin1(personnelNo), QString::fromLatin1(quarter),
                        QStringLiteral("ranking"), value, value, value, value, {}, {}, {}, {}}},
                    &errors)
            == 1);
    }
    void exec(const QString &sql)
    {
        QSqlQuery query(file.database().connection());
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
    }
};

QStringList describe(const QList<DueItem> &items)
{
    QStringList lines;
    for (const DueItem &item : items)
        lines << QStringLiteral("%1 %2 %3%4")
                     .arg(item.date.toString(Qt::ISODate), item.kind, item.personnelNo,
                         item.overdue ? QStringLiteral(" overdue") : QString());
    return lines;
}

// A copy: the list is often a temporary that ends with the statement that asked for it.
std::optional<DueItem> find(const QList<DueItem> &items, const char *kind, const char *personnelNo)
{
    for (const DueItem &item : items) {
        if (item.kind == QLatin1String(kind) && item.personnelNo == QLatin1String(personnelNo))
            return item;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("§4 §22 §26 §30 the due list of 3 April 2024: plans, notices, preliminary values and "
          "score sheets, by date",
    "[dashboard]")
{
    Office office;
    const QList<DueItem> items = office.items();
    CHECK(describe(items)
        == QStringList({
            // §4, §33: nobody started the 360 survey of 2023.
            QStringLiteral("2024-01-10 survey360  overdue"),
            // §22: the 10th working day of the quarter, the holidays of 1–2 January skipped.
            QStringLiteral("2024-01-16 kci_plan 001 overdue"),
            QStringLiteral("2024-04-03 kci_preliminary 001"),
            QStringLiteral("2024-04-05 head_notice "),
            QStringLiteral("2024-04-10 corps_b_notice "),
            QStringLiteral("2024-04-10 score_sheet 002"),
            QStringLiteral("2024-04-10 score_sheet 001"),
            QStringLiteral("2024-04-10 score_sheet 003"),
            QStringLiteral("2024-04-12 kci_plan 001"),
        }));
    const std::optional<DueItem> sheet = find(items, "score_sheet", "002");
    REQUIRE(sheet);
    CHECK(sheet->fullName == QStringLiteral("Ахметов С."));
    CHECK(sheet->target == DueTarget::QuarterEvaluation);
    CHECK(sheet->key == QStringLiteral("2024Q1"));
    CHECK(sheet->label() == QStringLiteral("Score sheet signed (§4)"));
    CHECK(find(items, "kci_plan", "001")->target == DueTarget::KciPlans);
}

TEST_CASE(
    "§4 a score sheet leaves the list once signed, and is overdue after its date", "[dashboard]")
{
    Office office;
    office.sign("002", "2024Q1", 4);
    CHECK_FALSE(find(office.items(), "score_sheet", "002"));
    REQUIRE(find(office.items(), "score_sheet", "003"));
    CHECK_FALSE(find(office.items(), "score_sheet", "003")->overdue);

    office.clock.set(QDateTime(QDate(2024, 4, 11), QTime(9, 0)));
    const std::optional<DueItem> late = find(office.items(), "score_sheet", "003");
    REQUIRE(late);
    CHECK(late->overdue);
    CHECK(late->date == QDate(2024, 4, 10));
}

TEST_CASE("§11 §12 a signed sheet asks for acquaintance in two working days, then the appeal "
          "window is shown while it is open",
    "[dashboard]")
{
    Office office;
    office.sign("002", "2024Q1", 4); // signed on Wednesday 3 April
    const std::optional<DueItem> acquaintance = find(office.items(), "acquaintance", "002");
    REQUIRE(acquaintance);
    CHECK(acquaintance->date == QDate(2024, 4, 5));
    CHECK_FALSE(acquaintance->overdue);

    office.clock.set(QDateTime(QDate(2024, 4, 8), QTime(9, 0)));
    REQUIRE(find(office.items(), "acquaintance", "002"));
    CHECK(find(office.items(), "acquaintance", "002")->overdue);

    office.exec(QStringLiteral("INSERT INTO acquaintance (sheet_id, day, method) SELECT id, "
                               "'2024-04-08', 'in_person' FROM score_sheet"));
    CHECK_FALSE(find(office.items(), "acquaintance", "002"));
    const std::optional<DueItem> window = find(office.items(), "appeal_window", "002");
    REQUIRE(window);
    CHECK(window->date == QDate(2024, 4, 15)); // five working days after Monday 8 April
    CHECK(window->target == DueTarget::Appeals);

    office.clock.set(QDateTime(QDate(2024, 4, 16), QTime(9, 0)));
    CHECK_FALSE(find(office.items(), "appeal_window", "002"));
}

TEST_CASE("§38 §39 a registered appeal asks for a decision in three working days and a session "
          "in ten",
    "[dashboard]")
{
    Office office;
    office.sign("002", "2024Q1", 3);
    office.exec(QStringLiteral("INSERT INTO acquaintance (sheet_id, day, method) SELECT id, "
                               "'2024-04-03', 'in_person' FROM score_sheet"));
    office.exec(QStringLiteral("INSERT INTO appeal (id, sheet_id, applied_on) SELECT 7, id, "
                               "'2024-04-04' FROM score_sheet"));
    office.clock.set(QDateTime(QDate(2024, 4, 10), QTime(9, 0)));
    const QList<DueItem> items = office.items();
    const std::optional<DueItem> decision = find(items, "session_decision", "002");
    REQUIRE(decision);
    CHECK(decision->date == QDate(2024, 4, 9));
    CHECK(decision->overdue);
    CHECK(decision->key == QStringLiteral("7"));
    const std::optional<DueItem> session = find(items, "session", "002");
    REQUIRE(session);
    CHECK(session->date == QDate(2024, 4, 18));
    CHECK_FALSE(session->overdue);
    CHECK_FALSE(find(items, "appeal_window", "002"));

    office.exec(QStringLiteral("UPDATE appeal SET status = 'session_ordered'"));
    office.exec(QStringLiteral("INSERT INTO calibration_session (appeal_id, decided_on) VALUES (7, "
                               "'2024-04-08')"));
    CHECK_FALSE(find(office.items(), "session_decision", "002"));
    REQUIRE(find(office.items(), "session", "002"));
    office.exec(QStringLiteral("UPDATE calibration_session SET held_on = '2024-04-10'"));
    CHECK_FALSE(find(office.items(), "session", "002"));
}

TEST_CASE("§4 §33 the 360 survey is due on 10 January with its answers counted", "[dashboard]")
{
    Office office;
    office.clock.set(QDateTime(QDate(2024, 12, 20), QTime(9, 0)));
    office.exec(QStringLiteral(
        "INSERT INTO survey_campaign (id, year, status, started_on) VALUES (1, 2024, 'open', "
        "'2024-12-02'), (2, 2023, 'closed', '2023-12-01')"));
    office.exec(
        QStringLiteral("INSERT INTO survey_subject (id, campaign_id, servant_id, form) "
                       "SELECT 1, 1, id, 'corps_b' FROM servant WHERE personnel_no = '002'"));
    office.exec(
        QStringLiteral("INSERT INTO survey_respondent (subject_id, respondent_id, category, "
                       "answered) SELECT 1, id, 'peer', personnel_no = '001' FROM servant"));
    const ServiceContext context(office.file.database(), Actor::singleUser(), office.clock);
    const DashboardService dashboard(context);
    const QList<DueItem> items = dashboard.dueItems(office.clock.today());
    const std::optional<DueItem> survey = find(items, "survey360", "");
    REQUIRE(survey);
    CHECK(survey->date == QDate(2025, 1, 10));
    CHECK(survey->detail == QStringLiteral("2024: 1 of 3 answered"));
    CHECK(survey->key == QStringLiteral("2024"));
    const auto progress = dashboard.survey(office.clock.today());
    REQUIRE(progress);
    CHECK(progress->year == 2024);
    CHECK(progress->asked == 3);
    CHECK(progress->answered == 1);
    CHECK(progress->status == QStringLiteral("open"));

    office.exec(QStringLiteral("UPDATE survey_campaign SET status = 'closed'"));
    CHECK_FALSE(find(office.items(), "survey360", ""));
}

TEST_CASE("§15 §20 a servant sees only their own items; no notices, no survey", "[dashboard]")
{
    Office office;
    QSqlQuery query(office.file.database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT id FROM servant WHERE personnel_no = '002'")));
    REQUIRE(query.next());
    const Actor servant{QStringLiteral("serik"), {}, {Role::Servant}, query.value(0).toLongLong()};
    CHECK(describe(office.items(servant))
        == QStringList({QStringLiteral("2024-04-10 score_sheet 002")}));
    const ServiceContext context(office.file.database(), servant, office.clock);
    CHECK_FALSE(DashboardService(context).survey(office.clock.today()));
    const QuarterProgress progress = DashboardService(context).progress(Quarter(2024, 1));
    CHECK(progress.sheetsDue == 1);
}

TEST_CASE(
    "§4 the progress of the quarter in evaluation: sheets signed of sheets due", "[dashboard]")
{
    Office office;
    const ServiceContext context(office.file.database(), Actor::singleUser(), office.clock);
    CHECK(DashboardService::quarterInEvaluation(QDate(2024, 4, 10), context) == Quarter(2024, 1));
    CHECK(DashboardService::quarterInEvaluation(QDate(2024, 4, 11), context) == Quarter(2024, 2));
    Dashboard before = DashboardService(context).dashboard();
    CHECK(before.progress.quarter == Quarter(2024, 1));
    CHECK(before.progress.due == QDate(2024, 4, 10));
    CHECK(before.progress.sheetsDue == 3);
    CHECK(before.progress.sheetsSigned == 0);
    office.sign("002", "2024Q1", 4);
    office.sign("003", "2024Q1", 5);
    const Dashboard after = DashboardService(context).dashboard();
    CHECK(after.progress.sheetsDue == 3);
    CHECK(after.progress.sheetsSigned == 2);
}

TEST_CASE("§7 the grade distribution of the last finished quarter counts each band", "[dashboard]")
{
    Office office;
    office.sign("002", "2024Q1", 3);
    office.sign("003", "2024Q1", 5);
    office.clock.set(QDateTime(QDate(2024, 4, 20), QTime(9, 0)));
    const ServiceContext context(office.file.database(), Actor::singleUser(), office.clock);
    // On 10 April 2024 the first quarter's evaluation is still due: the last finished is 2023Q4.
    CHECK(DashboardService::lastFinishedQuarter(QDate(2024, 4, 10), context) == Quarter(2023, 4));
    const Dashboard dashboard = DashboardService(context).dashboard();
    CHECK(dashboard.distribution.quarter == Quarter(2024, 1));
    CHECK(dashboard.distribution.count(Band::Effective) == 1);
    CHECK(dashboard.distribution.count(Band::Proper) == 1);
    CHECK(dashboard.distribution.count(Band::Satisfactory) == 0);
    CHECK(dashboard.distribution.count(Band::Unsatisfactory) == 0);
    CHECK(dashboard.distribution.total() == 2);
}
