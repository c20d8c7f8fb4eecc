// SPDX-License-Identifier: GPL-3.0-or-later
// §33–36 and decision 8: the anonymous 360 survey through SurveyService.
#include "review/surveyservice.h"

#include "fixedclock.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "temporarydatabase.h"

#include "samplestaff.h"

#include "catchqt.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace bagalau;

namespace {

// An apparatus: the head 001 manages 002–009 in «Аппарат»; 010 works alone in «Отдел».
struct Office
{
    test::TemporaryDatabase file;
    test::FixedClock clock{QDateTime(QDate(2024, 12, 20), QTime(10, 0))};
    ServiceContext chief{file.database(), Actor::singleUser(), clock};

    Office()
    {
        InputErrors errors;
        REQUIRE(
            OrganisationService(chief).create({QStringLiteral("Аппарат"), {}, {}, {}}, &errors));
        QList<NewServant> staff{test::sampleServant(
            "001", "Жусупова Айгуль", PositionCategory::Head, nullptr, QDate(2020, 1, 9), "")};
        const char *names[] = {"Ахметов Серик", "Ким Елена", "Омаров Данияр", "Сапарова Асель",
            "Нурланов Ерлан", "Бекова Дана", "Исаев Марат", "Жанова Алия"};
        for (int i = 0; i < 8; ++i) {
            const QByteArray number = QByteArray("00") + QByteArray::number(i + 2);
            staff << test::sampleServant(number.constData(), names[i], PositionCategory::CorpsB,
                nullptr, QDate(2021, 3, 1), "001");
        }
        NewServant alone = test::sampleServant(
            "010", "Тоқаев Арман", PositionCategory::CorpsB, nullptr, QDate(2021, 3, 1), "");
        alone.unit = QStringLiteral("Отдел");
        staff << alone;
        REQUIRE(StaffService(chief).add(staff, &errors));
        REQUIRE(errors.isEmpty());
    }

    SurveyService survey() { return SurveyService(chief); }

    SurveySubject subjectOf(const char *personnelNo)
    {
        const auto rows = survey().subjects(2024);
        for (const SurveySubject &row : rows) {
            if (row.personnelNo == QLatin1String(personnelNo))
                return row;
        }
        FAIL("no subject " << personnelNo);
        return {};
    }

    // The campaign of 2024, started, with 010's circle made up by hand.
    void start()
    {
        InputErrors errors;
        REQUIRE(survey().create(2024, &errors));
        const qint64 alone = subjectOf("010").id;
        for (const char *number : {"002", "003", "004"}) {
            REQUIRE(survey().addRespondent(
                alone, QString::fromLatin1(number), RespondentRole::Peer, &errors));
        }
        REQUIRE(survey().start(2024, &errors));
        REQUIRE(errors.isEmpty());
    }

    QHash<QString, QString> issueCodes()
    {
        InputErrors errors;
        QHash<QString, QString> codes;
        const auto issued = survey().issueCodes(2024, &errors);
        REQUIRE(errors.isEmpty());
        for (const SurveyCode &code : issued)
            codes.insert(code.personnelNo, code.code);
        return codes;
    }

    int count(const QString &sql)
    {
        QSqlQuery query(file.database().connection());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
    int answerSets() { return count(QStringLiteral("SELECT count(*) FROM survey_answer_set")); }
    int answeredRows()
    {
        return count(QStringLiteral("SELECT count(*) FROM survey_respondent WHERE answered = 1"));
    }
    qint64 servantId(const char *number)
    {
        return count(QStringLiteral("SELECT id FROM servant WHERE personnel_no = '%1'")
                         .arg(QLatin1String(number)));
    }
};

// Every competency of the form answered with `value`, or with `first` for the first one.
QHash<QString, int> answers(CompetencySet form, int value, std::optional<int> first = {})
{
    QHash<QString, int> result;
    const auto competencies = SurveyService::catalogue().competencies(form);
    for (const Competency &competency : competencies)
        result.insert(competency.key, value);
    if (first)
        result.insert(competencies.first().key, *first);
    return result;
}

} // namespace

TEST_CASE("§33 §35 the campaign takes everyone evaluated, with the form of the position and a "
          "circle from the staff structure",
    "[survey]")
{
    Office office;
    InputErrors errors;
    REQUIRE(office.survey().create(2024, &errors));
    const auto campaign = office.survey().campaign(2024);
    REQUIRE(campaign);
    CHECK(campaign->status == QStringLiteral("preparing"));
    CHECK(campaign->subjects == 10);
    CHECK(campaign->due == QDate(2025, 1, 10)); // §4: the 10th of January, a Friday

    CHECK(office.subjectOf("001").form == CompetencySet::Head);
    CHECK(office.subjectOf("002").form == CompetencySet::CorpsB);
    // The head: eight direct subordinates, capped at seven (§35).
    CHECK(office.subjectOf("001").others == 7);
    // 002: the direct manager and six of the seven peers under the same manager.
    const auto circle = office.survey().respondents(office.subjectOf("002").id);
    REQUIRE(circle.size() == 8);
    CHECK(circle.at(0).role == RespondentRole::Self);
    CHECK(circle.at(0).personnelNo == QStringLiteral("002"));
    CHECK(circle.at(1).role == RespondentRole::DirectManager);
    CHECK(circle.at(1).personnelNo == QStringLiteral("001"));
    for (int i = 2; i < circle.size(); ++i)
        CHECK(circle.at(i).role == RespondentRole::Peer);
    // 010 works alone: only the self-assessment.
    CHECK(office.subjectOf("010").others == 0);

    CHECK_FALSE(office.survey().create(2024, &errors));
    CHECK(errors.first().message.contains(QStringLiteral("already exists")));
}

TEST_CASE("§35 the campaign does not start while someone has fewer than 3 respondents, and names "
          "them",
    "[survey]")
{
    Office office;
    InputErrors errors;
    REQUIRE(office.survey().create(2024, &errors));
    const qint64 alone = office.subjectOf("010").id;
    REQUIRE(
        office.survey().addRespondent(alone, QStringLiteral("002"), RespondentRole::Peer, &errors));
    REQUIRE(
        office.survey().addRespondent(alone, QStringLiteral("003"), RespondentRole::Peer, &errors));
    const int auditRows =
        static_cast<int>(AuditLog(office.file.database().connection()).entries().size());

    CHECK_FALSE(office.survey().start(2024, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("Тоқаев Арман"));
    CHECK(errors.first().value == QStringLiteral("2"));
    CHECK(errors.first().message.contains(QStringLiteral("from 3 to 7")));
    CHECK(office.survey().campaign(2024)->status == QStringLiteral("preparing"));
    CHECK(AuditLog(office.file.database().connection()).entries().size() == auditRows);

    errors.clear();
    REQUIRE(
        office.survey().addRespondent(alone, QStringLiteral("004"), RespondentRole::Peer, &errors));
    CHECK(office.survey().start(2024, &errors));
    CHECK(office.survey().campaign(2024)->status == QStringLiteral("open"));
    CHECK(office.survey().campaign(2024)->startedOn == QDate(2024, 12, 20));
}

TEST_CASE("§35 a circle is adjusted within 3 to 7 others and the self-assessment stays", "[survey]")
{
    Office office;
    InputErrors errors;
    REQUIRE(office.survey().create(2024, &errors));
    const SurveySubject head = office.subjectOf("001");
    const int rows = office.count(QStringLiteral("SELECT count(*) FROM survey_respondent"));

    CHECK_FALSE(office.survey().addRespondent(
        head.id, QStringLiteral("010"), RespondentRole::Peer, &errors));
    CHECK(errors.first().message.contains(QStringLiteral("at most 7")));
    errors.clear();
    CHECK_FALSE(office.survey().removeRespondent(head.id, QStringLiteral("001"), &errors));
    CHECK(errors.first().message.contains(QStringLiteral("self-assessment")));
    errors.clear();
    CHECK_FALSE(office.survey().addRespondent(
        head.id, QStringLiteral("999"), RespondentRole::Peer, &errors));
    CHECK(errors.first().column == QStringLiteral("respondent"));
    errors.clear();
    CHECK_FALSE(office.survey().addRespondent(
        office.subjectOf("002").id, QStringLiteral("010"), RespondentRole::DirectManager, &errors));
    REQUIRE(errors.size() == 2); // also over seven
    CHECK(errors.last().message.contains(QStringLiteral("already has the direct manager")));
    CHECK(office.count(QStringLiteral("SELECT count(*) FROM survey_respondent")) == rows);

    errors.clear();
    REQUIRE(office.survey().removeRespondent(head.id, QStringLiteral("002"), &errors));
    CHECK(office.subjectOf("001").others == 6);
    REQUIRE(office.survey().addRespondent(
        head.id, QStringLiteral("002"), RespondentRole::DirectSubordinate, &errors));
    CHECK(office.subjectOf("001").others == 7);
}

TEST_CASE("§33 a one-time code opens its questionnaires and answers each only once", "[survey]")
{
    Office office;
    office.start();
    const auto codes = office.issueCodes();
    REQUIRE(codes.size() == 10);
    const QString code = codes.value(QStringLiteral("003"));
    CHECK(code.size() == 9);
    CHECK(code.at(4) == QLatin1Char('-'));
    // The file keeps no code in the clear.
    CHECK(office.count(QStringLiteral("SELECT count(*) FROM survey_respondent WHERE code_hash "
                                      "LIKE '%%1%'")
                           .arg(code.left(4)))
        == 0);

    QString error;
    const auto pending =
        office.survey().questionnairesForCode(code.toLower().remove(QLatin1Char('-')), &error);
    // 003 answers about themself, the head, 002, 004–009 (six of them kept by the cap) and 010.
    REQUIRE(pending.size() >= 3);
    CHECK(pending.first().self);
    CHECK(pending.first().subjectName == QStringLiteral("Ким Елена"));

    const SurveySubject about = office.subjectOf("002");
    InputErrors errors;
    REQUIRE(
        office.survey().answerWithCode(code, about.id, answers(CompetencySet::CorpsB, 4), &errors));
    CHECK(office.answerSets() == 1);
    CHECK(office.survey().questionnairesForCode(code, &error).size() == pending.size() - 1);

    CHECK_FALSE(
        office.survey().answerWithCode(code, about.id, answers(CompetencySet::CorpsB, 2), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("code"));
    CHECK(office.answerSets() == 1);
    CHECK(office.answeredRows() == 1);

    // A new issue replaces the codes of those who still have questionnaires.
    const auto again = office.issueCodes();
    CHECK(office.survey().questionnairesForCode(code, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("opens no questionnaire")));
    CHECK(office.survey().questionnairesForCode(again.value(QStringLiteral("003")), &error).size()
        == pending.size() - 1);
}

TEST_CASE("§33 bad answers are refused with the field named and nothing written", "[survey]")
{
    Office office;
    office.start();
    const auto codes = office.issueCodes();
    const QString code = codes.value(QStringLiteral("003"));
    const SurveySubject about = office.subjectOf("002");
    const SurveySubject head = office.subjectOf("001");
    const int audit =
        static_cast<int>(AuditLog(office.file.database().connection()).entries().size());

    QHash<QString, int> missing = answers(CompetencySet::CorpsB, 4);
    missing.remove(QStringLiteral("cooperation"));
    QHash<QString, int> offScale = answers(CompetencySet::CorpsB, 4, 6);
    // A head-only competency on a corps B questionnaire.
    QHash<QString, int> foreign = answers(CompetencySet::CorpsB, 4);
    foreign.insert(QStringLiteral("leadership"), 3);

    for (const auto &[name, bad] : {std::pair{"missing", missing},
             std::pair{"off the scale", offScale}, std::pair{"foreign", foreign}}) {
        INFO(name);
        InputErrors errors;
        CHECK_FALSE(office.survey().answerWithCode(code, about.id, bad, &errors));
        REQUIRE(errors.size() == 1);
        CHECK_FALSE(errors.first().column.isEmpty());
        CHECK_FALSE(errors.first().message.isEmpty());
    }
    InputErrors errors;
    CHECK_FALSE(office.survey().answerWithCode(
        QStringLiteral("AAAA-AAAA"), about.id, answers(CompetencySet::CorpsB, 4), &errors));
    CHECK(errors.first().column == QStringLiteral("code"));
    errors.clear();
    CHECK_FALSE(office.survey().answerWithCode(
        QStringLiteral("12"), about.id, answers(CompetencySet::CorpsB, 4), &errors));
    CHECK(errors.first().message.contains(QStringLiteral("eight letters")));
    errors.clear();
    // 003's code opens the head's questionnaire, which is on the other form.
    CHECK_FALSE(
        office.survey().answerWithCode(code, head.id, answers(CompetencySet::CorpsB, 4), &errors));
    CHECK(errors.size() == 4); // the four competencies of the head's form left unanswered

    CHECK(office.answerSets() == 0);
    CHECK(office.answeredRows() == 0);
    CHECK(office.count(QStringLiteral("SELECT count(*) FROM survey_answer")) == 0);
    CHECK(AuditLog(office.file.database().connection()).entries().size() == audit);
}

TEST_CASE("§35 decision 8 a result needs three answers besides the person; the self-assessment is "
          "shown beside it and never counted",
    "[survey]")
{
    Office office;
    office.start();
    const auto codes = office.issueCodes();
    const SurveySubject alone = office.subjectOf("010");
    const SurveySubject serik = office.subjectOf("002");
    InputErrors errors;
    // 010: the self-assessment (all 1) and two others — below the threshold.
    REQUIRE(office.survey().answerWithCode(
        codes.value(QStringLiteral("010")), alone.id, answers(CompetencySet::CorpsB, 1), &errors));
    REQUIRE(office.survey().answerWithCode(
        codes.value(QStringLiteral("002")), alone.id, answers(CompetencySet::CorpsB, 5), &errors));
    REQUIRE(office.survey().answerWithCode(
        codes.value(QStringLiteral("003")), alone.id, answers(CompetencySet::CorpsB, 5), &errors));
    // 002: self 5, others 4, 3 and 3 (first competency 2, 2, 2).
    REQUIRE(office.survey().answerWithCode(
        codes.value(QStringLiteral("002")), serik.id, answers(CompetencySet::CorpsB, 5), &errors));
    REQUIRE(office.survey().answerWithCode(codes.value(QStringLiteral("001")), serik.id,
        answers(CompetencySet::CorpsB, 4, 2), &errors));
    REQUIRE(office.survey().answerWithCode(codes.value(QStringLiteral("003")), serik.id,
        answers(CompetencySet::CorpsB, 3, 2), &errors));
    REQUIRE(office.survey().answerWithCode(codes.value(QStringLiteral("004")), serik.id,
        answers(CompetencySet::CorpsB, 3, 2), &errors));
    REQUIRE(errors.isEmpty());

    QString error;
    CHECK_FALSE(office.survey().report(serik.id, &error));
    CHECK(error.contains(QStringLiteral("once the survey is closed")));
    REQUIRE(office.survey().close(2024, &errors));

    const auto belowThreshold = office.survey().report(alone.id, &error);
    REQUIRE(belowThreshold);
    CHECK_FALSE(belowThreshold->result);
    CHECK(belowThreshold->withheld.contains(QStringLiteral("at least 3")));

    const auto report = office.survey().report(serik.id, &error);
    REQUIRE(report);
    REQUIRE(report->result);
    CHECK(report->result->othersCount == 3);
    const auto &lines = report->result->competencies;
    REQUIRE(lines.size() == 8);
    CHECK(lines.at(0).othersMean.toString() == QStringLiteral("2.00"));
    CHECK(lines.at(1).othersMean.toString()
        == QStringLiteral("3.33")); // (4 + 3 + 3) / 3, not with the 5
    REQUIRE(lines.at(1).self);
    CHECK(lines.at(1).self->toString() == QStringLiteral("5.00"));
    // §36: the lowest first, then every one tied with the third.
    CHECK(report->result->leastExpressed.first() == lines.at(0).key);

    const auto needs = office.survey().trainingNeeds(2024, &error);
    REQUIRE_FALSE(needs.isEmpty());
    CHECK(needs.first().competency == lines.at(0).key);
    CHECK(needs.first().people == 1);
}

TEST_CASE("decision 8 a dump of every table ties no answer set to its respondent", "[survey]")
{
    Office office;
    office.start();
    const auto codes = office.issueCodes();
    const SurveySubject serik = office.subjectOf("002");
    // Respondents answer in the order of their personnel numbers, each with a different mark,
    // so an order kept anywhere would show as ascending marks.
    const char *order[] = {"001", "003", "004", "005", "006"};
    int mark = 1;
    InputErrors errors;
    for (const char *number : order) {
        REQUIRE(office.survey().answerWithCode(codes.value(QString::fromLatin1(number)), serik.id,
            answers(CompetencySet::CorpsB, mark), &errors));
        ++mark;
    }
    REQUIRE(office.answerSets() == 5);

    QSqlQuery query(office.file.database().connection());
    // No column of the answers' tables names a servant, a respondent or a time.
    for (const char *table : {"survey_answer_set", "survey_answer"}) {
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))));
        const QSqlRecord record = query.record();
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        INFO(table << ": " << columns.join(QLatin1Char(',')).toStdString());
        for (const QString &column : std::as_const(columns)) {
            CHECK_FALSE(column.contains(QStringLiteral("respondent")));
            CHECK_FALSE(column.contains(QStringLiteral("servant")));
            CHECK_FALSE(column.endsWith(QStringLiteral("_on")));
            CHECK_FALSE(column.endsWith(QStringLiteral("_at")));
        }
    }
    // survey_answer keeps no rowid that would count the inserts.
    CHECK_FALSE(query.exec(QStringLiteral("SELECT rowid FROM survey_answer")));

    // The sets come out of the file — by rowid, by the table's own order — in the order of
    // their random ids, which is not the order of answering (by chance, once in 120 runs:
    // then the test only warns).
    QList<qint64> ids;
    QList<int> marks;
    REQUIRE(query.exec(QStringLiteral("SELECT s.rowid, s.id, (SELECT value FROM survey_answer a "
                                      "WHERE a.answer_set_id = s.id LIMIT 1) FROM "
                                      "survey_answer_set s")));
    while (query.next()) {
        CHECK(query.value(0).toLongLong() == query.value(1).toLongLong());
        ids << query.value(1).toLongLong();
        marks << query.value(2).toInt();
    }
    REQUIRE(marks.size() == 5);
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    CHECK(ids == sorted);
    for (qint64 id : std::as_const(ids))
        CHECK(id > 1000000); // not a counter
    const QList<int> answered = {1, 2, 3, 4, 5};
    if (marks == answered)
        WARN("the random ids happened to follow the order of answering");
    // The respondents' rows hold only the flag: no code left, nothing else changed.
    REQUIRE(query.exec(QStringLiteral("SELECT * FROM survey_respondent")));
    const QSqlRecord record = query.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    CHECK(columns
        == QStringList({QStringLiteral("id"), QStringLiteral("subject_id"),
            QStringLiteral("respondent_id"), QStringLiteral("category"),
            QStringLiteral("code_hash"), QStringLiteral("answered")}));
    CHECK(office.count(QStringLiteral("SELECT count(*) FROM survey_respondent WHERE answered = 1 "
                                      "AND code_hash <> ''"))
        == 0);
    // The audit log names who answered, never an answer set.
    const auto entries = AuditLog(office.file.database().connection()).entries();
    for (const AuditEntry &entry : entries) {
        for (qint64 id : std::as_const(ids)) {
            const QString text = QString::number(id);
            CHECK_FALSE(
                (entry.entityId + entry.oldValue + entry.newValue + entry.reason).contains(text));
        }
    }
    // No other table holds a copy of the answers.
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                      "name LIKE '%answer%'")));
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    tables.sort();
    CHECK(tables
        == QStringList({QStringLiteral("survey_answer"), QStringLiteral("survey_answer_set")}));

    // Closing rebuilds the file, so no page keeps its cells in the order they were written: the
    // free pages a deleted scratch table leaves behind are gone afterwards.
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE scratch (x BLOB)")));
    REQUIRE(query.exec(QStringLiteral("INSERT INTO scratch VALUES (zeroblob(200000))")));
    REQUIRE(query.exec(QStringLiteral("DROP TABLE scratch")));
    query.finish();
    CHECK(office.count(QStringLiteral("PRAGMA freelist_count")) > 0);
    REQUIRE(office.survey().close(2024, &errors));
    CHECK(office.count(QStringLiteral("PRAGMA freelist_count")) == 0);
}

TEST_CASE("§33 a paper questionnaire marks one respondent still to answer, without choosing whom",
    "[survey]")
{
    Office office;
    office.start();
    const SurveySubject alone = office.subjectOf("010");
    InputErrors errors;
    REQUIRE(
        office.survey().enterPaper(alone.id, false, answers(CompetencySet::CorpsB, 4), &errors));
    REQUIRE(office.survey().enterPaper(alone.id, true, answers(CompetencySet::CorpsB, 5), &errors));
    CHECK(office.subjectOf("010").othersAnswered == 1);
    CHECK(office.subjectOf("010").selfAnswered);
    CHECK_FALSE(
        office.survey().enterPaper(alone.id, true, answers(CompetencySet::CorpsB, 5), &errors));
    CHECK(errors.first().message.contains(QStringLiteral("already been answered")));
    errors.clear();
    REQUIRE(
        office.survey().enterPaper(alone.id, false, answers(CompetencySet::CorpsB, 3), &errors));
    REQUIRE(
        office.survey().enterPaper(alone.id, false, answers(CompetencySet::CorpsB, 3), &errors));
    CHECK_FALSE(
        office.survey().enterPaper(alone.id, false, answers(CompetencySet::CorpsB, 3), &errors));
    CHECK(errors.first().message.contains(QStringLiteral("every respondent")));
    CHECK(office.answerSets() == 4);
    const auto campaign = office.survey().campaign(2024);
    CHECK(campaign->answered == 4);
}

TEST_CASE("#7 a signed-in servant answers their own questionnaires, stored unlinked", "[survey]")
{
    Office office;
    office.start();
    const Actor ken{QStringLiteral("elena"), {}, {Role::Servant}, office.servantId("003")};
    const ServiceContext context(office.file.database(), ken, office.clock);
    SurveyService survey(context);
    const auto mine = survey.myQuestionnaires(2024);
    REQUIRE_FALSE(mine.isEmpty());
    CHECK(mine.first().self);
    const SurveySubject serik = office.subjectOf("002");
    InputErrors errors;
    REQUIRE(survey.answerAsSignedIn(serik.id, answers(CompetencySet::CorpsB, 4), &errors));
    CHECK(survey.myQuestionnaires(2024).size() == mine.size() - 1);
    CHECK(office.count(QStringLiteral("SELECT answered FROM survey_respondent WHERE subject_id = "
                                      "%1 AND respondent_id = %2")
                           .arg(serik.id)
                           .arg(office.servantId("003")))
        == 1);
    CHECK(
        office.count(QStringLiteral("SELECT count(*) FROM survey_answer_set WHERE subject_id = %1")
                         .arg(serik.id))
        == 1);
    // Twice, or about someone not asked of them: refused, nothing written.
    CHECK_FALSE(survey.answerAsSignedIn(serik.id, answers(CompetencySet::CorpsB, 4), &errors));
    errors.clear();
    const SurveySubject alone = office.subjectOf("010");
    const Actor other{QStringLiteral("dana"), {}, {Role::Servant}, office.servantId("007")};
    const ServiceContext otherContext(office.file.database(), other, office.clock);
    CHECK_FALSE(SurveyService(otherContext)
                    .answerAsSignedIn(alone.id, answers(CompetencySet::CorpsB, 4), &errors));
    CHECK(office.answerSets() == 1);
}

TEST_CASE("§15 §20 §36 who runs the survey and who reads a report", "[survey][access]")
{
    Office office;
    office.start();
    const auto codes = office.issueCodes();
    const SurveySubject serik = office.subjectOf("002");
    const SurveySubject head = office.subjectOf("001");
    InputErrors errors;
    for (const char *number : {"002", "001", "003", "004"}) {
        REQUIRE(office.survey().answerWithCode(codes.value(QString::fromLatin1(number)), serik.id,
            answers(CompetencySet::CorpsB, 4), &errors));
    }
    REQUIRE(office.survey().close(2024, &errors));

    const Actor servant{QStringLiteral("serik"), {}, {Role::Servant}, office.servantId("002")};
    const Actor other{QStringLiteral("elena"), {}, {Role::Servant}, office.servantId("003")};
    const Actor headActor{QStringLiteral("aigul"), {}, {Role::Head}, office.servantId("001")};
    const Actor chairman{QStringLiteral("chair"), {}, {Role::Chairman}, 0};
    QString error;
    // The servant reads their own report; another servant is refused.
    CHECK(SurveyService(ServiceContext(office.file.database(), servant, office.clock))
              .report(serik.id, &error));
    CHECK_FALSE(SurveyService(ServiceContext(office.file.database(), other, office.clock))
                    .report(serik.id, &error));
    CHECK(error.startsWith(QStringLiteral("refused")));
    // The head evaluates 002 and reads it; the chairman evaluates the head, not 002.
    CHECK(SurveyService(ServiceContext(office.file.database(), headActor, office.clock))
              .report(serik.id, &error));
    CHECK(SurveyService(ServiceContext(office.file.database(), chairman, office.clock))
              .report(head.id, &error));
    CHECK_FALSE(SurveyService(ServiceContext(office.file.database(), chairman, office.clock))
                    .report(serik.id, &error));
    // Only the chief specialist runs the campaign and sees the organisation's needs.
    for (const Actor &actor : {servant, headActor, chairman}) {
        const ServiceContext context(office.file.database(), actor, office.clock);
        errors.clear();
        CHECK_FALSE(SurveyService(context).create(2025, &errors));
        CHECK(errors.first().refused);
        CHECK(SurveyService(context).trainingNeeds(2024, &error).isEmpty());
        CHECK(error.startsWith(QStringLiteral("refused")));
    }
    CHECK(SurveyService(ServiceContext(office.file.database(), headActor, office.clock))
              .readableSubjects(2024)
              .size()
        == 9);
    CHECK(SurveyService(ServiceContext(office.file.database(), servant, office.clock))
              .readableSubjects(2024)
              .size()
        == 1);
}

TEST_CASE("§4 §33 progress is answered of asked, due on the 10th of January", "[survey]")
{
    Office office;
    office.start();
    const auto campaign = office.survey().campaign(2024);
    REQUIRE(campaign);
    // 001 and 002–009 have 7 others each, 010 has 3; everyone answers about themself too.
    CHECK(campaign->asked == 9 * 8 + 4);
    CHECK(campaign->answered == 0);
    CHECK(campaign->due == QDate(2025, 1, 10));
}

TEST_CASE("§34 the chief specialist edits the indicators; the competencies and the scale stay",
    "[survey]")
{
    Office office;
    InputErrors errors;
    QByteArray json = office.survey().catalogueJson();
    REQUIRE_FALSE(json.isEmpty());
    const QByteArray indicator = "Бастаған жұмысын түпкілікті нәтижеге дейін жеткізеді";
    REQUIRE(json.contains(indicator));
    QByteArray edited = json;
    edited.replace(indicator, "Бастаған жұмысын уақытында нәтижеге дейін жеткізеді");
    REQUIRE(office.survey().editCatalogue(edited, &errors));
    const auto competency =
        office.survey().currentCatalogue().competency(QStringLiteral("result_orientation"));
    REQUIRE(competency);
    CHECK(competency->indicators.first().kk
        == QStringLiteral("Бастаған жұмысын уақытында нәтижеге дейін жеткізеді"));

    // A renamed key, a scale of 0–5 and malformed JSON are refused; nothing is written.
    QByteArray renamed = edited;
    renamed.replace("\"result_orientation\"", "\"results\"");
    QByteArray rescaled = edited;
    rescaled.replace("\"value\": 1,", "\"value\": 0,");
    for (const QByteArray &bad : {renamed, rescaled, QByteArray("{ not json")}) {
        errors.clear();
        CHECK_FALSE(office.survey().editCatalogue(bad, &errors));
        REQUIRE(errors.size() == 1);
        CHECK_FALSE(errors.first().message.isEmpty());
        CHECK(office.survey().catalogueJson() == edited);
    }
    // Only the chief specialist edits it.
    const Actor servant{QStringLiteral("serik"), {}, {Role::Servant}, office.servantId("002")};
    const ServiceContext context(office.file.database(), servant, office.clock);
    errors.clear();
    CHECK_FALSE(SurveyService(context).editCatalogue(json, &errors));
    CHECK(errors.first().refused);
}
