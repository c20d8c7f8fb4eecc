// SPDX-License-Identifier: GPL-3.0-or-later
// §12, §37–42: applications, the decision, calibration sessions, protocols, feedback.
#include "review/appealservice.h"

#include "access/accesscontrol.h"
#include "evaluation/resultsservice.h"
#include "evaluation/scoresheetservice.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include "samplefile.h"
#include "samplestaff.h"

#include "catchqt.h"

#include <QSqlQuery>

using namespace bagalau;

namespace {

// The head 001 evaluates 002, 003 and 004; 002's sheets for 2024 Q1 and Q2 are signed, and
// 002 was acquainted with the Q2 sheet on Friday 12 July 2024.
struct AppealFixture : test::SampleFile
{
    qint64 sheetQ2 = 0;

    AppealFixture()
        : SampleFile(QDateTime(QDate(2024, 8, 20), QTime(10, 0)),
            {test::sampleServant(
                 "001", "Жусупова А.", PositionCategory::Head, nullptr, QDate(2023, 1, 9), ""),
                test::sampleServant("002", "Ахметов С.", PositionCategory::CorpsB, nullptr,
                    QDate(2023, 1, 9), "001"),
                test::sampleServant(
                    "003", "Ким Е.", PositionCategory::CorpsB, nullptr, QDate(2023, 1, 9), "001"),
                test::sampleServant("004", "Омаров Д.", PositionCategory::CorpsB, nullptr,
                    QDate(2023, 1, 9), "001")})
    {
        InputErrors errors;
        const auto ranking = [](int line, const char *quarter, const char *q, const char *d,
                                 const char *i, const char *di) {
            return MarkRow{line, QStringLiteral("002"), QString::fromLatin1(quarter),
                QStringLiteral("ranking"), QString::fromLatin1(q), QString::fromLatin1(d),
                QString::fromLatin1(i), QString::fromLatin1(di), {}, {}, {}, {}};
        };
        // Q1: 4, 4, 4, 4 → 4.00; Q2: 3, 3, 3, 4 → 3.25.
        REQUIRE(ScoreSheetService(chief).import({ranking(2, "2024Q1", "4", "4", "4", "4"),
                                                    ranking(3, "2024Q2", "3", "3", "3", "4")},
                    &errors)
            == 2);
        sheetQ2 = scalar("SELECT sh.id FROM score_sheet sh JOIN servant s ON s.id = "
                         "sh.servant_id WHERE s.personnel_no = '002' AND sh.quarter = '2024Q2'");
        QSqlQuery query(file.database().connection());
        REQUIRE(query.exec(QStringLiteral("INSERT INTO acquaintance (sheet_id, day, method) "
                                          "VALUES (%1, '2024-07-12', 'in_person')")
                               .arg(sheetQ2)));
    }
    qint64 scalar(const char *sql)
    {
        QSqlQuery query(file.database().connection());
        REQUIRE(query.exec(QString::fromUtf8(sql)));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
    int count(const char *table) { return rowsOf(table); }
    // 002's annual score for 2024 (§4).
    std::optional<Score> annual()
    {
        const auto rows = ResultsService(chief).year(2024);
        for (const YearResultRow &row : rows) {
            if (row.personnelNo == QStringLiteral("002"))
                return row.annualScore;
        }
        return std::nullopt;
    }
    int auditRows() { return int(AuditLog(file.database().connection()).entries().size()); }
    qint64 registerOnTime()
    {
        InputErrors errors;
        const auto result = AppealService(chief).registerApplication(
            sheetQ2, QDate(2024, 7, 18), QStringLiteral("Не согласен с оценкой"), &errors);
        REQUIRE(errors.isEmpty());
        REQUIRE(result);
        return result->appealId;
    }
    SessionDecision decision()
    {
        return {true, QDate(2024, 7, 22), QStringLiteral("Распоряжение № 15"),
            {{0, servantId("001"), QStringLiteral("Жусупова А."), true},
                {0, servantId("003"), QStringLiteral("Ким Е."), false},
                {0, servantId("004"), QStringLiteral("Омаров Д."), false}}};
    }
    // An appeal with its session ordered and heard.
    qint64 heardAppeal()
    {
        const qint64 id = registerOnTime();
        InputErrors errors;
        REQUIRE(AppealService(chief).decide(id, decision(), &errors));
        REQUIRE(AppealService(chief).recordHearing(id,
            {QDate(2024, 7, 26), QStringLiteral("каб. 12"), QStringLiteral("Сроки нарушены дважды"),
                QStringLiteral("Нарушений не было")},
            &errors));
        REQUIRE(errors.isEmpty());
        return id;
    }
    void vote(qint64 appealId, qint64 proposal, QList<Vote> votes)
    {
        const auto members = AppealService(chief).members(appealId);
        REQUIRE(members.size() == votes.size());
        InputErrors errors;
        for (int i = 0; i < members.size(); ++i)
            REQUIRE(AppealService(chief).setVote(proposal, members.at(i).id, votes.at(i), &errors));
    }
};

} // namespace

TEST_CASE("§12 an application within five working days of acquaintance is registered with the "
          "decision and session deadlines",
    "[appeals]")
{
    AppealFixture f;
    const qint64 id = f.registerOnTime();
    const auto record = AppealService(f.chief).appeal(id);
    REQUIRE(record);
    CHECK(record->status == QStringLiteral("registered"));
    CHECK(record->acquaintedOn == QDate(2024, 7, 12));
    CHECK(record->decisionDue == QDate(2024, 7, 23)); // §38: 3 working days after Thu 18.07
    CHECK(record->sessionDue == QDate(2024, 8, 1)); // §39: 10 working days
    CHECK(record->sheetScore == Score::fromHundredths(325));
}

TEST_CASE("§12 an application after five working days is refused with its due date", "[appeals]")
{
    AppealFixture f;
    InputErrors errors;
    const auto result = AppealService(f.chief).registerApplication(
        f.sheetQ2, QDate(2024, 7, 22), QStringLiteral("Не согласен"), &errors);
    REQUIRE(result);
    CHECK(result->refusedLate);
    CHECK(result->refusal.contains(QStringLiteral("due on 19.07.2024")));
    // The refused application is kept, and nothing follows from it.
    CHECK(f.scalar("SELECT count(*) FROM appeal WHERE status = 'refused_late'") == 1);
    const auto record = AppealService(f.chief).appeal(result->appealId);
    CHECK_FALSE(record->decisionDue.isValid());
    CHECK_FALSE(AppealService(f.chief).decide(result->appealId, f.decision(), &errors));
    CHECK(errors.first().message.contains(QStringLiteral("late application")));
}

TEST_CASE("§12 bad applications write nothing: no acquaintance, no text, a date in the future "
          "or before acquaintance, a second application",
    "[appeals]")
{
    AppealFixture f;
    const qint64 sheetQ1 = f.scalar("SELECT id FROM score_sheet WHERE quarter = '2024Q1'");
    const int audit = f.auditRows();
    AppealService appeals(f.chief);
    InputErrors errors;
    CHECK_FALSE(
        appeals.registerApplication(sheetQ1, QDate(2024, 7, 18), QStringLiteral("x"), &errors));
    CHECK(errors.first().column == QStringLiteral("sheet"));
    CHECK(errors.first().message.contains(QStringLiteral("acquaintance")));
    errors.clear();
    CHECK_FALSE(appeals.registerApplication(f.sheetQ2, QDate(2024, 7, 18), QString(), &errors));
    CHECK(errors.first().column == QStringLiteral("text"));
    errors.clear();
    CHECK_FALSE(
        appeals.registerApplication(f.sheetQ2, QDate(2024, 9, 2), QStringLiteral("x"), &errors));
    CHECK(errors.first().message.contains(QStringLiteral("future")));
    errors.clear();
    CHECK_FALSE(
        appeals.registerApplication(f.sheetQ2, QDate(2024, 7, 11), QStringLiteral("x"), &errors));
    CHECK(errors.first().message.contains(QStringLiteral("12.07.2024")));
    CHECK(f.count("appeal") == 0);
    CHECK(f.auditRows() == audit);
    errors.clear();
    f.registerOnTime();
    CHECK_FALSE(
        appeals.registerApplication(f.sheetQ2, QDate(2024, 7, 18), QStringLiteral("x"), &errors));
    CHECK(errors.first().message.contains(QStringLiteral("already registered")));
    CHECK(f.count("appeal") == 1);
}

TEST_CASE("§38 the appointing official decides and approves the members; a bad list writes "
          "nothing",
    "[appeals]")
{
    AppealFixture f;
    const qint64 id = f.registerOnTime();
    InputErrors errors;
    const ServiceContext official(f.file.database(),
        Actor{QStringLiteral("akim"), {}, {Role::AppointingOfficial}, 0}, f.clock);
    SessionDecision bad = f.decision();
    bad.members[1].evaluator = true; // two evaluators
    bad.members << SessionMember{0, f.servantId("002"), QStringLiteral("Ахметов С."), false};
    CHECK_FALSE(AppealService(official).decide(id, bad, &errors));
    CHECK(errors.size() == 2);
    CHECK(f.count("calibration_session") == 0);
    CHECK(f.count("session_member") == 0);
    errors.clear();
    REQUIRE(AppealService(official).decide(id, f.decision(), &errors));
    const auto record = AppealService(f.chief).appeal(id);
    CHECK(record->status == QStringLiteral("session_ordered"));
    CHECK(record->orderReference == QStringLiteral("Распоряжение № 15"));
    CHECK(AppealService(f.chief).members(id).size() == 3);
    CHECK(AppealService(f.chief).members(id).first().evaluator);
    // A servant cannot decide.
    const ServiceContext servant(f.file.database(),
        Actor{QStringLiteral("serik"), {}, {Role::Servant}, f.servantId("002")}, f.clock);
    errors.clear();
    CHECK_FALSE(AppealService(servant).decide(id, f.decision(), &errors));
    CHECK(errors.first().refused);
}

TEST_CASE(
    "§41 a proposal with a majority replaces the score, and the annual score follows", "[appeals]")
{
    AppealFixture f;
    const qint64 id = f.heardAppeal();
    AppealService appeals(f.chief);
    InputErrors errors;
    const auto proposal = appeals.addProposal(
        id, Score::fromHundredths(400), QStringLiteral("нарушений нет"), &errors);
    REQUIRE(proposal);
    f.vote(id, *proposal, {Vote::Against, Vote::For, Vote::For});
    CHECK(appeals.proposals(id).first().outcome.adopted);
    CHECK(appeals.outcome(id) == Score::fromHundredths(400));
    // Before the protocol the quarter keeps its score: 4.00 and 3.25 → 3.63 (3.625 half up).
    CHECK(f.annual() == Score::fromHundredths(363));
    REQUIRE(appeals.signProtocol(id, QStringLiteral("3"), QDate(2024, 7, 29), &errors));
    const auto record = appeals.appeal(id);
    CHECK(record->status == QStringLiteral("closed"));
    CHECK(record->scoreBefore == Score::fromHundredths(325));
    CHECK(record->finalScore == Score::fromHundredths(400));
    CHECK(record->protocolPostedDue == QDate(2024, 8, 1)); // §41: 3 working days
    // Decision 6: the calibrated score replaces the quarter's everywhere after it.
    const auto quarter = ResultsService(f.chief).quarter(Quarter(2024, 2));
    for (const auto &row : quarter) {
        if (row.personnelNo == QStringLiteral("002")) {
            CHECK(row.score == Score::fromHundredths(400));
            CHECK(row.calibrated);
        }
    }
    CHECK(f.annual() == Score::fromHundredths(400));
    // Signed means signed: no more votes, proposals or hearings.
    errors.clear();
    CHECK_FALSE(appeals.setVote(*proposal, appeals.members(id).first().id, Vote::For, &errors));
    CHECK_FALSE(appeals.signProtocol(id, QStringLiteral("4"), QDate(2024, 7, 30), &errors));
}

TEST_CASE("§41 decision 7 a tied vote has no majority and leaves the score", "[appeals]")
{
    AppealFixture f;
    const qint64 id = f.heardAppeal();
    AppealService appeals(f.chief);
    InputErrors errors;
    const auto proposal = appeals.addProposal(id, Score::fromHundredths(300), {}, &errors);
    INFO((errors.isEmpty() ? QString() : errors.first().message).toStdString());
    REQUIRE(proposal);
    // One for, one against, one abstaining: 1 of 3 is no majority.
    f.vote(id, *proposal, {Vote::For, Vote::Against, Vote::Abstain});
    const auto outcome = appeals.proposals(id).first().outcome;
    CHECK_FALSE(outcome.adopted);
    CHECK(outcome.votesFor == 1);
    CHECK(outcome.finalScore == Score::fromHundredths(325));
    REQUIRE(appeals.signProtocol(id, QStringLiteral("4"), QDate(2024, 7, 29), &errors));
    CHECK(appeals.appeal(id)->finalScore == Score::fromHundredths(325));
}

TEST_CASE(
    "§41 a protocol is refused while a member has not voted or two proposals pass", "[appeals]")
{
    AppealFixture f;
    const qint64 id = f.heardAppeal();
    AppealService appeals(f.chief);
    InputErrors errors;
    const auto up = appeals.addProposal(id, Score::fromHundredths(400), {}, &errors);
    const auto down = appeals.addProposal(id, Score::fromHundredths(300), {}, &errors);
    REQUIRE((up && down));
    const auto members = appeals.members(id);
    REQUIRE(appeals.setVote(*up, members.at(0).id, Vote::For, &errors));
    CHECK_FALSE(appeals.signProtocol(id, QStringLiteral("5"), QDate(2024, 7, 29), &errors));
    CHECK(errors.first().message.contains(QStringLiteral("1 of 3")));
    errors.clear();
    f.vote(id, *up, {Vote::For, Vote::For, Vote::Against});
    f.vote(id, *down, {Vote::For, Vote::For, Vote::Against});
    CHECK_FALSE(appeals.signProtocol(id, QStringLiteral("5"), QDate(2024, 7, 29), &errors));
    CHECK(errors.last().message.contains(QStringLiteral("more than one proposal")));
    CHECK(
        f.scalar("SELECT count(*) FROM calibration_session WHERE protocol_signed_on IS NULL") == 1);
    errors.clear();
    // A proposal equal to the score changes nothing and is refused.
    CHECK_FALSE(appeals.addProposal(id, Score::fromHundredths(325), {}, &errors));
    CHECK(errors.first().column == QStringLiteral("score"));
    CHECK(f.count("session_proposal") == 2);
}

TEST_CASE("§42 the feedback meeting follows the protocol and covers its three topics", "[appeals]")
{
    AppealFixture f;
    const qint64 id = f.heardAppeal();
    AppealService appeals(f.chief);
    InputErrors errors;
    const FeedbackMeeting meeting{QDate(2024, 7, 31), QStringLiteral("Отчёты сданы в срок"),
        QStringLiteral("Навыки анализа"), QStringLiteral("Готов к повышению")};
    CHECK_FALSE(appeals.recordFeedback(id, meeting, &errors));
    errors.clear();
    REQUIRE(appeals.signProtocol(id, QStringLiteral("6"), QDate(2024, 7, 29), &errors));
    FeedbackMeeting partial = meeting;
    partial.potential.clear();
    CHECK_FALSE(appeals.recordFeedback(id, partial, &errors));
    CHECK(errors.first().column == QStringLiteral("potential"));
    CHECK(f.scalar("SELECT count(*) FROM calibration_session WHERE feedback_on IS NULL") == 1);
    errors.clear();
    REQUIRE(appeals.recordFeedback(id, meeting, &errors));
    CHECK(appeals.appeal(id)->feedbackSkills == QStringLiteral("Навыки анализа"));
}

TEST_CASE("§20 calibration participants read the case of their session and its protocol; others "
          "are refused; the servant reads their own appeal",
    "[appeals][access]")
{
    AppealFixture f;
    const qint64 id = f.heardAppeal();
    const auto actor = [&](const char *login, Role role, const char *number) {
        return Actor{QString::fromLatin1(login), {}, {role}, f.servantId(number)};
    };
    // 003 sits in the session as a member; 001, the head, as the evaluator.
    for (const Actor &participant :
        {actor("kim", Role::Servant, "003"), actor("head", Role::Head, "001")}) {
        const ServiceContext context(f.file.database(), participant, f.clock);
        QString refusal;
        const auto open = AppealService(context).appeal(id, &refusal);
        REQUIRE(open);
        CHECK(open->evaluatorArgument == QStringLiteral("Сроки нарушены дважды"));
        CHECK(AppealService(context).members(id).size() == 3);
    }
    InputErrors errors;
    REQUIRE(
        AppealService(f.chief).signProtocol(id, QStringLiteral("7"), QDate(2024, 7, 29), &errors));
    REQUIRE(AppealService(f.chief).recordFeedback(id,
        {QDate(2024, 7, 31), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
        &errors));
    {
        const ServiceContext member(f.file.database(), actor("kim", Role::Servant, "003"), f.clock);
        const auto signedCase = AppealService(member).appeal(id);
        REQUIRE(signedCase);
        CHECK(signedCase->protocolNumber == QStringLiteral("7"));
        CHECK(signedCase->feedbackAchievements.isEmpty()); // §42 is not the session's
    }
    {
        const ServiceContext own(f.file.database(), actor("serik", Role::Servant, "002"), f.clock);
        const auto mine = AppealService(own).appeals();
        REQUIRE(mine.size() == 1);
        CHECK(mine.first().feedbackAchievements == QStringLiteral("a"));
    }
    // Chairman without a seat in the session: refused and audited.
    {
        QSqlQuery query(f.file.database().connection());
        const int refusals =
            int(f.scalar("SELECT count(*) FROM audit_log WHERE action = 'refused'"));
        const ServiceContext outsider(
            f.file.database(), Actor{QStringLiteral("chair"), {}, {Role::Chairman}, 0}, f.clock);
        QString refusal;
        CHECK_FALSE(AppealService(outsider).appeal(id, &refusal));
        CHECK(refusal.startsWith(QStringLiteral("refused: ")));
        CHECK(AppealService(outsider).appeals().isEmpty());
        CHECK(f.scalar("SELECT count(*) FROM audit_log WHERE action = 'refused'") == refusals + 1);
    }
    // The appointing official reads every case.
    const ServiceContext official(f.file.database(),
        Actor{QStringLiteral("akim"), {}, {Role::AppointingOfficial}, 0}, f.clock);
    CHECK(AppealService(official).appeals().size() == 1);
}

TEST_CASE("§12 undo of a registration takes the application back until it is decided", "[appeals]")
{
    AppealFixture f;
    const qint64 id = f.registerOnTime();
    InputErrors errors;
    REQUIRE(AppealService(f.chief).withdrawApplication(id, &errors));
    CHECK(f.count("appeal") == 0);
    const qint64 again = f.registerOnTime();
    REQUIRE(AppealService(f.chief).decide(again, f.decision(), &errors));
    CHECK_FALSE(AppealService(f.chief).withdrawApplication(again, &errors));
    CHECK(f.count("appeal") == 1);
}
