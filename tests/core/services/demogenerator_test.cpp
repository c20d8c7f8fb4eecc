// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demogenerator.h"

#include "evaluation/resultsservice.h"
#include "fixedclock.h"
#include "methodology/period.h"
#include "services/servicecontext.h"
#include "storage/database.h"
#include "temporarydatabase.h"

#include "catchqt.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace bagalau;
using namespace bagalau::test;

namespace {

// Mid-June 2025: with two years, 2024 is finished and 2025 has one finished quarter.
const QDate today(2025, 6, 15);

DemoSummary generate(Database &database, const Clock &clock, DemoOptions options)
{
    const ServiceContext context(database, Actor::singleUser(), clock);
    DemoFailure failure;
    const auto summary = DemoGenerator(context).generate(options, &failure);
    INFO(failure.message.toStdString());
    REQUIRE(summary);
    return *summary;
}

int scalar(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

QStringList rows(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(sql));
    QStringList result;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << query.value(i).toString();
        result << fields.join(QLatin1Char('|'));
    }
    return result;
}

QStringList columnsOf(Database &database, const QString &table)
{
    QStringList columns;
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
    while (query.next())
        columns << query.value(1).toString();
    return columns;
}

DemoOptions options(int servants, int years, quint32 seed)
{
    DemoOptions result;
    result.servants = servants;
    result.years = years;
    result.seed = seed;
    return result;
}

} // namespace

TEST_CASE("A demo has a signed sheet for each servant evaluated in each finished quarter (§4, §5)",
    "[demo]")
{
    TemporaryDatabase file;
    const FixedClock clock(today);
    const DemoSummary summary = generate(file.database(), clock, options(30, 2, 3));
    CHECK(summary.servants == 30);

    const ServiceContext context(file.database(), Actor::singleUser(), clock);
    const ResultsService results(context);
    int total = 0;
    for (Quarter quarter(2024, 1); quarter <= Quarter(2025, 1); quarter = quarter.next()) {
        INFO(quarter.key().toStdString());
        const auto quarterRows = results.quarter(quarter);
        int evaluated = 0;
        for (const QuarterResultRow &row : quarterRows) {
            if (!row.eligibility.evaluated)
                continue;
            ++evaluated;
            CHECK(row.sheetStatus == QStringLiteral("signed"));
            CHECK(row.score.has_value());
        }
        CHECK(evaluated > 15);
        CHECK(scalar(file.database(),
                  QStringLiteral("SELECT count(*) FROM score_sheet WHERE status = 'signed' AND "
                                 "quarter = '%1'")
                      .arg(quarter.key()))
            == evaluated);
        total += evaluated;
    }
    CHECK(summary.scoreSheets == total);
    // The quarter under way and the years before the history have no sheets.
    CHECK(scalar(file.database(), QStringLiteral("SELECT count(*) FROM score_sheet")) == total);
    // Nothing is dated after "today".
    CHECK(scalar(file.database(),
              QStringLiteral("SELECT count(*) FROM score_sheet WHERE signed_on > '2025-06-15'"))
        == 0);
    CHECK(scalar(file.database(),
              QStringLiteral("SELECT count(*) FROM acquaintance WHERE day > '2025-06-15'"))
        == 0);
    // Ranking for corps B, KCI for the head (§21, §28), each sheet with its marks.
    CHECK(scalar(file.database(),
              QStringLiteral("SELECT count(*) FROM score_sheet sh WHERE method = 'ranking' AND "
                             "(SELECT count(*) FROM ranking_mark m WHERE m.sheet_id = sh.id) <> 4"))
        == 0);
    CHECK(scalar(file.database(),
              QStringLiteral("SELECT count(*) FROM score_sheet sh WHERE method = 'kci' AND "
                             "(SELECT count(*) FROM kci_mark m WHERE m.sheet_id = sh.id) "
                             "NOT BETWEEN 3 AND 5"))
        == 0);
    CHECK(scalar(file.database(),
              QStringLiteral("SELECT count(*) FROM kci_plan p WHERE (SELECT count(*) FROM kci k "
                             "WHERE k.plan_id = p.id) NOT BETWEEN 3 AND 5"))
        == 0);
}

TEST_CASE("A demo has exactly one head of the apparatus on every day of its history (§2)", "[demo]")
{
    TemporaryDatabase file;
    const FixedClock clock(today);
    generate(file.database(), clock, options(25, 2, 11));
    QSqlQuery query(file.database().connection());
    REQUIRE(query.prepare(
        QStringLiteral("SELECT count(*) FROM assignment a JOIN position p ON p.id = a.position_id "
                       "WHERE p.category = 'head' AND a.first_day <= ? AND (a.last_day IS NULL OR "
                       "a.last_day >= ?)")));
    for (QDate day(2024, 1, 1); day <= today; day = day.addDays(1)) {
        query.bindValue(0, day.toString(Qt::ISODate));
        query.bindValue(1, day.toString(Qt::ISODate));
        REQUIRE(query.exec());
        REQUIRE(query.next());
        INFO(day.toString(Qt::ISODate).toStdString());
        REQUIRE(query.value(0).toInt() == 1);
    }
    // Every corps B assignment is managed by the head.
    CHECK(scalar(file.database(),
              QStringLiteral("SELECT count(*) FROM assignment a JOIN position p ON p.id = "
                             "a.position_id WHERE p.category = 'corps_b' AND (a.manager_id IS "
                             "NULL OR a.manager_id NOT IN (SELECT a2.servant_id FROM assignment "
                             "a2 JOIN position p2 ON p2.id = a2.position_id WHERE p2.category = "
                             "'head'))"))
        == 0);
}

TEST_CASE("Every 360 subject of a demo has 3 to 7 respondents besides the self-assessment (§35)",
    "[demo]")
{
    TemporaryDatabase file;
    const FixedClock clock(today);
    const DemoSummary summary = generate(file.database(), clock, options(40, 2, 5));
    CHECK(summary.surveySubjects > 30);
    CHECK(scalar(file.database(), QStringLiteral("SELECT count(*) FROM survey_subject"))
        == summary.surveySubjects);
    CHECK(scalar(file.database(),
              QStringLiteral("SELECT count(*) FROM survey_subject s WHERE (SELECT count(*) FROM "
                             "survey_respondent r WHERE r.subject_id = s.id AND r.category <> "
                             "'self' AND r.respondent_id <> s.servant_id) NOT BETWEEN 3 AND 7"))
        == 0);
    CHECK(scalar(file.database(),
              QStringLiteral("SELECT count(*) FROM survey_subject s WHERE (SELECT count(*) FROM "
                             "survey_respondent r WHERE r.subject_id = s.id AND r.category = "
                             "'self' AND r.respondent_id = s.servant_id) <> 1"))
        == 0);
    // Only the self row names the person.
    CHECK(scalar(file.database(),
              QStringLiteral("SELECT count(*) FROM survey_respondent r JOIN survey_subject s ON "
                             "s.id = r.subject_id WHERE (r.category = 'self') <> (r.respondent_id "
                             "= s.servant_id)"))
        == 0);
    // An answer set for every respondent who answered, and no more.
    CHECK(scalar(file.database(), QStringLiteral("SELECT count(*) FROM survey_answer_set"))
        == scalar(file.database(),
            QStringLiteral("SELECT count(*) FROM survey_respondent WHERE answered = 1")));
}

TEST_CASE("The 360 answers of a demo cannot be joined to their respondents (decision 8)", "[demo]")
{
    TemporaryDatabase file;
    const FixedClock clock(today);
    generate(file.database(), clock, options(30, 2, 9));
    CHECK(columnsOf(file.database(), QStringLiteral("survey_answer_set"))
        == QStringList{
            QStringLiteral("id"), QStringLiteral("subject_id"), QStringLiteral("is_self")});
    CHECK(columnsOf(file.database(), QStringLiteral("survey_answer"))
        == QStringList{QStringLiteral("answer_set_id"), QStringLiteral("competency"),
            QStringLiteral("value")});
    const QStringList references = rows(file.database(),
        QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('survey_answer_set')"));
    CHECK(references == QStringList{QStringLiteral("survey_subject")});

    // The ids are random: not the order in which the respondents were written.
    const QStringList ids =
        rows(file.database(), QStringLiteral("SELECT id FROM survey_answer_set ORDER BY rowid"));
    REQUIRE(ids.size() > 20);
    int consecutive = 0;
    for (qsizetype i = 1; i < ids.size(); ++i) {
        if (ids.at(i).toLongLong() == ids.at(i - 1).toLongLong() + 1)
            ++consecutive;
    }
    CHECK(consecutive == 0);
    CHECK(scalar(file.database(), QStringLiteral("SELECT min(id) FROM survey_answer_set")) != 1);
    // Every answer is on the scale of the shipped catalogue.
    CHECK(scalar(file.database(),
              QStringLiteral("SELECT count(*) FROM survey_answer WHERE value NOT BETWEEN 1 AND 5"))
        == 0);
}

TEST_CASE("A demo writes an appeal closed by a signed calibration protocol (§12, §37–42)", "[demo]")
{
    TemporaryDatabase file;
    const FixedClock clock(today);
    const DemoSummary summary = generate(file.database(), clock, options(20, 2, 4));
    CHECK(summary.appeals == 1);
    CHECK(scalar(file.database(),
              QStringLiteral("SELECT count(*) FROM calibration_session WHERE protocol_signed_on "
                             "IS NOT NULL AND final_score IS NOT NULL AND protocol_signed_on <= "
                             "'2025-06-15'"))
        == 1);
    // Decision 7: the proposal carried a majority of the votes.
    CHECK(scalar(file.database(),
              QStringLiteral("SELECT 2 * sum(vote = 'for') > count(*) FROM session_vote"))
        == 1);
    // Decision 6: the calibrated score is the quarter's result.
    const ServiceContext context(file.database(), Actor::singleUser(), clock);
    const QString quarterKey = rows(file.database(),
        QStringLiteral("SELECT sh.quarter FROM appeal ap JOIN score_sheet sh ON sh.id = "
                       "ap.sheet_id"))
                                   .value(0);
    const auto quarter = Quarter::parse(quarterKey);
    REQUIRE(quarter);
    const auto quarterRows = ResultsService(context).quarter(*quarter);
    const auto calibrated = std::count_if(quarterRows.cbegin(), quarterRows.cend(),
        [](const QuarterResultRow &row) { return row.calibrated; });
    CHECK(calibrated == 1);
}

TEST_CASE("The same seed and day give the same demo, another seed another", "[demo]")
{
    const FixedClock clock(today);
    const QString sql = QStringLiteral(
        "SELECT s.personnel_no, s.full_name, s.iin, sh.quarter, sh.score, sh.signed_on FROM "
        "score_sheet sh JOIN servant s ON s.id = sh.servant_id ORDER BY sh.id");
    TemporaryDatabase first;
    TemporaryDatabase second;
    TemporaryDatabase third;
    generate(first.database(), clock, options(15, 2, 7));
    generate(second.database(), clock, options(15, 2, 7));
    generate(third.database(), clock, options(15, 2, 8));
    CHECK(rows(first.database(), sql) == rows(second.database(), sql));
    CHECK(rows(first.database(), sql) != rows(third.database(), sql));
    const QString survey =
        QStringLiteral("SELECT a.id, a.subject_id, a.is_self, v.competency, v.value FROM "
                       "survey_answer_set a JOIN survey_answer v ON v.answer_set_id = a.id "
                       "ORDER BY a.id, v.competency");
    CHECK(rows(first.database(), survey) == rows(second.database(), survey));
}

TEST_CASE("A demo is one audited event and refuses a file that has servants", "[demo]")
{
    TemporaryDatabase file;
    const FixedClock clock(today);
    QList<int> progress;
    const ServiceContext context(file.database(), Actor::singleUser(), clock);
    DemoFailure failure;
    const auto summary = DemoGenerator(context).generate(
        options(12, 3, 1), &failure, [&](int percent) { progress << percent; });
    REQUIRE(summary);
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.first() == 0);
    CHECK(progress.last() == 100);
    CHECK(std::is_sorted(progress.cbegin(), progress.cend()));

    // The organisation is made, then one row for everything generated.
    CHECK(
        rows(file.database(), QStringLiteral("SELECT entity, new_value FROM audit_log ORDER BY id"))
        == QStringList{QStringLiteral("organisation|Аппарат Акжарского районного маслихата"),
            QStringLiteral("demo|demo: generated 12 servants, 3 years")});
    CHECK(scalar(file.database(), QStringLiteral("SELECT count(*) FROM servant")) == 12);
    // Servants carry valid, distinct IINs and personnel numbers.
    CHECK(scalar(file.database(),
              QStringLiteral("SELECT count(DISTINCT iin) FROM servant WHERE length(iin) = 12"))
        == 12);

    const int sheets = scalar(file.database(), QStringLiteral("SELECT count(*) FROM score_sheet"));
    const auto again = DemoGenerator(context).generate(options(12, 3, 2), &failure);
    CHECK_FALSE(again);
    CHECK(failure.badInput);
    CHECK(failure.message.contains(QStringLiteral("servants")));
    CHECK(scalar(file.database(), QStringLiteral("SELECT count(*) FROM servant")) == 12);
    CHECK(scalar(file.database(), QStringLiteral("SELECT count(*) FROM score_sheet")) == sheets);
    CHECK(scalar(file.database(), QStringLiteral("SELECT count(*) FROM audit_log")) == 2);
}

TEST_CASE("Demo options outside their ranges are refused", "[demo]")
{
    CHECK(DemoGenerator::optionsError(options(2, 1, 0)).isEmpty());
    CHECK(DemoGenerator::optionsError(options(100000, 20, 0)).isEmpty());
    CHECK(DemoGenerator::optionsError(options(1, 2, 1)).contains(QStringLiteral("2 to 100000")));
    CHECK(DemoGenerator::optionsError(options(100001, 2, 1)).contains(QStringLiteral("servants")));
    CHECK(DemoGenerator::optionsError(options(15, 0, 1)).contains(QStringLiteral("1 to 20")));
    CHECK(DemoGenerator::optionsError(options(15, 21, 1)).contains(QStringLiteral("years")));

    TemporaryDatabase file;
    const FixedClock clock(today);
    const ServiceContext context(file.database(), Actor::singleUser(), clock);
    DemoFailure failure;
    CHECK_FALSE(DemoGenerator(context).generate(options(1, 2, 1), &failure));
    CHECK(failure.badInput);
    CHECK(scalar(file.database(), QStringLiteral("SELECT count(*) FROM audit_log")) == 0);
}

TEST_CASE("The smallest demo, one year in its first quarter, has no sheets and no survey", "[demo]")
{
    TemporaryDatabase file;
    const FixedClock clock(QDate(2025, 2, 3));
    const DemoSummary summary = generate(file.database(), clock, options(2, 1, 1));
    CHECK(summary.servants == 2);
    CHECK(summary.scoreSheets == 0);
    CHECK(summary.surveySubjects == 0);
    CHECK(summary.appeals == 0);
    CHECK(summary.kciPlans == 1);
}
