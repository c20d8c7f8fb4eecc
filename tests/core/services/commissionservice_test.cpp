// SPDX-License-Identifier: GPL-3.0-or-later
// Chapter 6 (§43–68): the annual plan, the managers' sheet and decision, the Commission.
#include "review/commissionservice.h"

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

using namespace bagalau;

namespace {

const DateRange year2022{QDate(2022, 1, 1), QDate(2022, 12, 31)};

Kci kci(int number, const char *plan, KciDirection direction = KciDirection::MoreIsBetter)
{
    return {QStringLiteral("KCI %1").arg(number), QStringLiteral("шт."),
        *Decimal::parse(QString::fromLatin1(plan)), Decimal(), direction};
}

QList<Kci> fiveKci()
{
    return {kci(1, "10"), kci(2, "20"), kci(3, "5", KciDirection::LessIsBetter), kci(4, "100"),
        kci(5, "1")};
}

QList<Decimal> actuals(std::initializer_list<const char *> values)
{
    QList<Decimal> list;
    for (const char *value : values)
        list << *Decimal::parse(QString::fromLatin1(value));
    return list;
}

// 002 was on social leave in 2022; 003 was not. A Commission of a chair, three members and a
// secretary (the chief specialist).
struct Chapter6Fixture
{
    test::TemporaryDatabase file;
    test::FixedClock clock{QDateTime(QDate(2023, 3, 1), QTime(10, 0))};
    ServiceContext chief{file.database(), Actor::singleUser(), clock};
    CommissionService service{chief};

    Chapter6Fixture()
    {
        InputErrors errors;
        REQUIRE(
            OrganisationService(chief).create({QStringLiteral("Аппарат"), {}, {}, {}}, &errors));
        REQUIRE(StaffService(chief).add(
            {test::sampleServant(
                 "001", "Жусупова А.", PositionCategory::Head, nullptr, QDate(2020, 1, 9), ""),
                test::sampleServant("002", "Ахметов С.", PositionCategory::CorpsB, nullptr,
                    QDate(2020, 1, 9), "001"),
                test::sampleServant(
                    "003", "Ким Е.", PositionCategory::CorpsB, nullptr, QDate(2020, 1, 9), "001")},
            &errors));
        REQUIRE(StaffService(chief).addAbsence(QStringLiteral("002"),
            {AbsenceKind::SocialLeave, {QDate(2022, 3, 1), QDate(2022, 8, 31)}}, &errors));
        REQUIRE(errors.isEmpty());
    }
    int count(const char *table)
    {
        QSqlQuery query(file.database().connection());
        REQUIRE(
            query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
    void formCommission()
    {
        InputErrors errors;
        REQUIRE(service.form(QDate(2023, 1, 10), QStringLiteral("Распоряжение № 3"),
            {{0, QStringLiteral("Председатель П."), CommissionRole::Chair},
                {0, QStringLiteral("Член Один"), CommissionRole::Member},
                {0, QStringLiteral("Член Два"), CommissionRole::Member},
                {0, QStringLiteral("Член Три"), CommissionRole::Member},
                {0, QStringLiteral("Секретарь С."), CommissionRole::Secretary}},
            &errors));
    }
    QList<qint64> seatIds(bool withSecretary = false)
    {
        QList<qint64> ids;
        for (const CommissionSeat &seat : service.seats()) {
            if (withSecretary || seat.role != CommissionRole::Secretary)
                ids << seat.id;
        }
        return ids;
    }
    // A case agreed by the superior and brought to a meeting with the members `present`.
    qint64 caseAtMeeting(std::initializer_list<const char *> values, QList<qint64> present)
    {
        InputErrors errors;
        formCommission();
        const auto plan = service.createPlan(
            QStringLiteral("002"), year2022, QDate(2023, 1, 16), fiveKci(), &errors);
        REQUIRE(plan);
        const auto caseId =
            service.submitSheet(*plan, actuals(values), QDate(2023, 1, 20), &errors);
        REQUIRE(caseId);
        REQUIRE(service.superiorDecision(*caseId, true, QDate(2023, 1, 23), &errors));
        REQUIRE(service.holdMeeting(
            QDate(2023, 2, 1), QStringLiteral("1"), present, {*caseId}, &errors));
        REQUIRE(errors.isEmpty());
        return *caseId;
    }
};

} // namespace

TEST_CASE("§46 the chapter-6 plan holds exactly five KCI; four write nothing", "[commission]")
{
    Chapter6Fixture f;
    InputErrors errors;
    QList<Kci> four = fiveKci();
    four.removeLast();
    CHECK_FALSE(
        f.service.createPlan(QStringLiteral("002"), year2022, QDate(2023, 1, 16), four, &errors));
    CHECK(errors.first().column == QStringLiteral("kci"));
    CHECK(f.count("kci_plan") == 0);
    errors.clear();
    REQUIRE(f.service.createPlan(
        QStringLiteral("002"), year2022, QDate(2023, 1, 16), fiveKci(), &errors));
    CHECK(f.count("kci") == 5);
}

TEST_CASE("§43 chapter 6 only inside its window: social or sick leave in 01.07.2021–31.12.2022, "
          "and not after 31.08.2023",
    "[commission]")
{
    Chapter6Fixture f;
    InputErrors errors;
    // 003 was never on leave.
    CHECK_FALSE(f.service.createPlan(
        QStringLiteral("003"), year2022, QDate(2023, 1, 16), fiveKci(), &errors));
    CHECK(errors.first().message.contains(QStringLiteral("social or sick leave")));
    errors.clear();
    // 2023 is outside the work period.
    CHECK_FALSE(f.service.createPlan(QStringLiteral("002"),
        {QDate(2023, 1, 1), QDate(2023, 12, 31)}, QDate(2023, 1, 16), fiveKci(), &errors));
    CHECK(errors.first().message.contains(QStringLiteral("01.07.2021")));
    errors.clear();
    // The chapter ceased to be in force on 31.08.2023.
    CHECK_FALSE(f.service.createPlan(
        QStringLiteral("002"), year2022, QDate(2023, 9, 1), fiveKci(), &errors));
    CHECK(errors.first().message.contains(QStringLiteral("31.08.2023")));
    CHECK(f.count("kci_plan") == 0);
}

TEST_CASE("§48 §52 §53 the manager's sheet counts the KCI achieved; a return is resubmitted "
          "within two working days, an agreement goes to the Commission within two",
    "[commission]")
{
    Chapter6Fixture f;
    InputErrors errors;
    const auto plan = f.service.createPlan(
        QStringLiteral("002"), year2022, QDate(2023, 1, 16), fiveKci(), &errors);
    REQUIRE(plan);
    // 10/10 met, 19/20 not, 5 ≤ 5 met (less is better), 100/100 met, 0/1 not: 3 achieved.
    const auto caseId = f.service.submitSheet(
        *plan, actuals({"10", "19", "5", "100", "0"}), QDate(2023, 1, 20), &errors);
    REQUIRE(caseId);
    auto c = f.service.cases().first();
    CHECK(c.achieved == 3);
    CHECK(c.band == Band::Satisfactory);
    REQUIRE(f.service.superiorDecision(*caseId, false, QDate(2023, 1, 20), &errors));
    c = f.service.cases().first();
    CHECK(c.resubmissionDue == QDate(2023, 1, 24)); // Fri 20.01 + 2 working days
    REQUIRE(f.service.submitSheet(
        *plan, actuals({"10", "20", "5", "100", "0"}), QDate(2023, 1, 23), &errors));
    c = f.service.cases().first();
    CHECK(c.achieved == 4);
    CHECK(c.band == Band::Proper);
    CHECK(c.superiorDecision.isEmpty());
    REQUIRE(f.service.superiorDecision(*caseId, true, QDate(2023, 1, 24), &errors));
    CHECK(f.service.cases().first().submissionDue == QDate(2023, 1, 26));
    // A second submission while agreed is refused.
    CHECK_FALSE(f.service.submitSheet(
        *plan, actuals({"10", "20", "5", "100", "1"}), QDate(2023, 1, 25), &errors));
    CHECK(f.service.cases().first().achieved == 4);
}

TEST_CASE(
    "§54 §59 the Commission has one chair and a secretary who is not a member", "[commission]")
{
    Chapter6Fixture f;
    InputErrors errors;
    CHECK_FALSE(f.service.form(QDate(2023, 1, 10), {},
        {{0, QStringLiteral("А"), CommissionRole::Member},
            {0, QStringLiteral("Б"), CommissionRole::Member}},
        &errors));
    CHECK(errors.size() == 2); // no chair, no secretary
    CHECK(f.count("commission") == 0);
    errors.clear();
    f.formCommission();
    CHECK(f.service.seats().size() == 5);
    CHECK(f.service.seats().first().role == CommissionRole::Chair);
}

TEST_CASE("§55 a meeting without two thirds of the members decides nothing", "[commission]")
{
    Chapter6Fixture f;
    f.formCommission();
    const QList<qint64> seats = f.seatIds();
    // 2 of 4 members present (the secretary does not count): no quorum.
    const qint64 caseId = [&] {
        InputErrors errors;
        const auto plan = f.service.createPlan(
            QStringLiteral("002"), year2022, QDate(2023, 1, 16), fiveKci(), &errors);
        const auto id = f.service.submitSheet(
            *plan, actuals({"10", "20", "5", "100", "1"}), QDate(2023, 1, 20), &errors);
        REQUIRE(f.service.superiorDecision(*id, true, QDate(2023, 1, 23), &errors));
        REQUIRE(f.service.holdMeeting(
            QDate(2023, 2, 1), QStringLiteral("1"), {seats.at(0), seats.at(1)}, {*id}, &errors));
        return *id;
    }();
    CHECK_FALSE(f.service.meetings().first().quorum);
    InputErrors errors;
    CHECK_FALSE(f.service.decide(
        caseId, {}, {{seats.at(0), Vote::For}, {seats.at(1), Vote::For}}, &errors));
    CHECK(errors.last().message.contains(QStringLiteral("quorum")));
    CHECK(f.service.cases().first().decision.isEmpty());
    CHECK(f.count("commission_vote") == 0);
}

TEST_CASE("§57 §58 a tie is decided by the chair's vote; §59 the secretary's ballot is refused",
    "[commission]")
{
    Chapter6Fixture f;
    f.formCommission();
    const QList<qint64> all = f.seatIds(true);
    const QList<qint64> members = f.seatIds();
    const qint64 caseId = [&] {
        Chapter6Fixture *fixture = &f;
        InputErrors errors;
        const auto plan = fixture->service.createPlan(
            QStringLiteral("002"), year2022, QDate(2023, 1, 16), fiveKci(), &errors);
        const auto id = fixture->service.submitSheet(
            *plan, actuals({"10", "20", "5", "100", "0"}), QDate(2023, 1, 20), &errors);
        REQUIRE(fixture->service.superiorDecision(*id, true, QDate(2023, 1, 23), &errors));
        REQUIRE(fixture->service.holdMeeting(
            QDate(2023, 2, 1), QStringLiteral("1"), members, {*id}, &errors));
        return *id;
    }();
    CHECK(f.service.meetings().first().quorum);
    CHECK(f.service.meetings().first().evaluatorsNoticeDue == QDate(2023, 1, 27));
    InputErrors errors;
    const qint64 secretary = all.last();
    CHECK_FALSE(f.service.decide(
        caseId, {}, {{secretary, Vote::For}, {members.at(0), Vote::For}}, &errors));
    CHECK(errors.first().message.contains(QStringLiteral("§59")));
    errors.clear();
    // 2 for (the chair among them), 2 against: the chair decides, adopted.
    const auto outcome = f.service.decide(caseId,
        {false, Band::Effective, QStringLiteral("Учесть участие в проекте")},
        {{members.at(0), Vote::For}, {members.at(1), Vote::For}, {members.at(2), Vote::Against},
            {members.at(3), Vote::Against}},
        &errors);
    REQUIRE(outcome);
    CHECK(outcome->decision == CommissionDecision::Adopted);
    CHECK(outcome->decidedByChair);
    const CommissionCase decided = f.service.cases().first();
    CHECK(decided.decision == QStringLiteral("revise"));
    CHECK(decided.band == Band::Proper); // 4 of 5 achieved
    CHECK(decided.finalBand() == Band::Effective);
    CHECK(decided.correctedBand == Band::Effective);
    CHECK(decided.votes.size() == 4);
    CHECK(decided.complaintDue == QDate(2023, 2, 15)); // §67: 10 working days after 01.02
}

TEST_CASE("§58 a tie without the chair's vote for is not adopted and leaves the case open",
    "[commission]")
{
    Chapter6Fixture f;
    const QList<qint64> seats = [&] {
        f.formCommission();
        return f.seatIds();
    }();
    InputErrors errors;
    const auto plan = f.service.createPlan(
        QStringLiteral("002"), year2022, QDate(2023, 1, 16), fiveKci(), &errors);
    const auto id = f.service.submitSheet(
        *plan, actuals({"10", "20", "5", "100", "1"}), QDate(2023, 1, 20), &errors);
    REQUIRE(f.service.superiorDecision(*id, true, QDate(2023, 1, 23), &errors));
    REQUIRE(f.service.holdMeeting(QDate(2023, 2, 1), QStringLiteral("1"), seats, {*id}, &errors));
    const auto outcome = f.service.decide(*id, {true, std::nullopt, {}},
        {{seats.at(0), Vote::Against}, {seats.at(1), Vote::For}, {seats.at(2), Vote::For},
            {seats.at(3), Vote::Against}},
        &errors);
    REQUIRE(outcome);
    CHECK(outcome->decision == CommissionDecision::NotAdopted);
    CHECK(f.service.cases().first().decision.isEmpty());
    // Then approved by a majority.
    const auto second = f.service.decide(*id, {true, std::nullopt, {}},
        {{seats.at(0), Vote::For}, {seats.at(1), Vote::For}, {seats.at(2), Vote::For},
            {seats.at(3), Vote::Against}},
        &errors);
    INFO((errors.isEmpty() ? QString() : errors.first().message).toStdString());
    REQUIRE(second);
    CHECK(second->decision == CommissionDecision::Adopted);
    CHECK_FALSE(second->decidedByChair);
    CHECK(f.service.cases().first().finalBand() == Band::Effective);
    // A revision must name a different grade.
    CHECK(errors.isEmpty());
}

TEST_CASE("§63 a revision without a corrected grade writes nothing", "[commission]")
{
    Chapter6Fixture f;
    f.formCommission();
    const QList<qint64> seats = f.seatIds();
    InputErrors errors;
    const auto plan = f.service.createPlan(
        QStringLiteral("002"), year2022, QDate(2023, 1, 16), fiveKci(), &errors);
    const auto id = f.service.submitSheet(
        *plan, actuals({"10", "20", "5", "100", "1"}), QDate(2023, 1, 20), &errors);
    REQUIRE(f.service.superiorDecision(*id, true, QDate(2023, 1, 23), &errors));
    REQUIRE(f.service.holdMeeting(QDate(2023, 2, 1), QStringLiteral("1"), seats, {*id}, &errors));
    const int audit = int(AuditLog(f.file.database().connection()).entries().size());
    CHECK_FALSE(
        f.service.decide(*id, {false, std::nullopt, {}}, {{seats.at(0), Vote::For}}, &errors));
    CHECK(errors.first().column == QStringLiteral("corrected_band"));
    CHECK(int(AuditLog(f.file.database().connection()).entries().size()) == audit);
}

TEST_CASE("§15 only the chief specialist runs chapter 6", "[commission][access]")
{
    Chapter6Fixture f;
    const ServiceContext servant(
        f.file.database(), Actor{QStringLiteral("serik"), {}, {Role::Servant}, 2}, f.clock);
    InputErrors errors;
    CHECK_FALSE(CommissionService(servant).form(
        QDate(2023, 1, 10), {}, {{0, QStringLiteral("А"), CommissionRole::Chair}}, &errors));
    CHECK(errors.first().refused);
    CHECK(CommissionService(servant).cases().isEmpty());
}
