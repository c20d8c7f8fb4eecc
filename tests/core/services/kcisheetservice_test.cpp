// SPDX-License-Identifier: GPL-3.0-or-later
// §27, appendix 2 and 3: the KCI score sheet of the head of the apparatus.
#include "evaluation/kcisheetservice.h"

#include "evaluation/acquaintanceservice.h"
#include "evaluation/allowedmarktableservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include "kcifixture.h"

using namespace bagalau;

namespace {

const QString head = QStringLiteral("001");

QList<KciSheetEntry> entries(const QList<std::pair<const char *, std::optional<int>>> &lines)
{
    QList<KciSheetEntry> result;
    for (int i = 0; i < lines.size(); ++i)
        result << KciSheetEntry{i + 1, QString::fromLatin1(lines.at(i).first), lines.at(i).second};
    return result;
}

// 0–49.99 % allows 0–1, 50–79.99 % allows 2–3, 80 % and above 4–5.
void enterTable(test::KciApparatus &apparatus)
{
    InputErrors errors;
    REQUIRE(AllowedMarkTableService(apparatus.chief)
                .replace({{QStringLiteral("0"), QStringLiteral("49.99"), QStringLiteral("0"),
                              QStringLiteral("1")},
                             {QStringLiteral("50"), QStringLiteral("79.99"), QStringLiteral("2"),
                                 QStringLiteral("3")},
                             {QStringLiteral("80"), QString(), QStringLiteral("4"),
                                 QStringLiteral("5")}},
                    &errors));
}

} // namespace

TEST_CASE("§27 a KCI sheet is filled against an approved plan only", "[kcisheet]")
{
    test::KciApparatus apparatus;
    InputErrors errors;
    REQUIRE(KciPlanService(apparatus.chief)
                .saveDraftKci(head, apparatus.quarter, test::KciApparatus::kci(1), &errors));
    QString error;
    CHECK_FALSE(KciSheetService(apparatus.chief).sheet(head, apparatus.quarter, &error));
    CHECK(error.contains(QStringLiteral("not approved")));
    CHECK_FALSE(KciSheetService(apparatus.chief)
                    .saveDraft(head, apparatus.quarter, entries({{"90", 4}}), &errors));
    CHECK(apparatus.count("score_sheet") == 0);
}

TEST_CASE("decision 10 without appendix-3 rows the sheet shows the realization and accepts any "
          "mark 0-5",
    "[kcisheet]")
{
    test::KciApparatus apparatus;
    apparatus.approvedPlan();
    QString error;
    const auto sheet = KciSheetService(apparatus.chief).sheet(head, apparatus.quarter, &error);
    REQUIRE(sheet);
    CHECK_FALSE(sheet->tableEntered);
    REQUIRE(sheet->rows.size() == 3);
    KciSheetRow row = sheet->rows.at(1);
    row.actual = QStringLiteral("45");
    row.assess({});
    REQUIRE(row.realization);
    CHECK(row.realization->percent == Decimal::parse(QStringLiteral("90")));
    REQUIRE(row.allowed);
    CHECK(*row.allowed == MarkRange{0, 5});
}

TEST_CASE("§27 the signed sheet's score is the exact mean of its marks", "[kcisheet]")
{
    test::KciApparatus apparatus;
    apparatus.approvedPlan();
    apparatus.clock.set(QDateTime(QDate(2024, 7, 8), QTime(11, 0)));
    InputErrors errors;
    const auto score =
        KciSheetService(apparatus.chief)
            .sign(head, apparatus.quarter, entries({{"100", 5}, {"45", 4}, {"20", 4}}), &errors);
    REQUIRE(score);
    // (5 + 4 + 4) / 3 = 4.333… → 4.33, effective.
    CHECK(score->toString() == QStringLiteral("4.33"));
    CHECK(apparatus.value(QStringLiteral("SELECT score FROM score_sheet")).toInt() == 433);
    CHECK(apparatus.value(QStringLiteral("SELECT status FROM score_sheet")).toString()
        == QStringLiteral("signed"));
    CHECK(apparatus.value(QStringLiteral("SELECT method FROM score_sheet")).toString()
        == QStringLiteral("kci"));
    CHECK(apparatus.value(QStringLiteral("SELECT signed_on FROM score_sheet")).toString()
        == QStringLiteral("2024-07-08"));
    CHECK(apparatus.count("kci_mark") == 3);
    CHECK(apparatus.value(QStringLiteral("SELECT actual_value FROM kci_mark WHERE kci_number = 2"))
              .toString()
        == QStringLiteral("45"));
    CHECK(apparatus.value(QStringLiteral("SELECT plan_value FROM kci_mark WHERE kci_number = 2"))
              .toString()
        == QStringLiteral("50"));
}

TEST_CASE("appendix 3 a mark outside the range allowed for the realization is refused at the mark, "
          "and nothing is written",
    "[kcisheet]")
{
    test::KciApparatus apparatus;
    apparatus.approvedPlan();
    enterTable(apparatus);
    InputErrors errors;
    // KCI 2: 30 of 50 is 60 %, which allows 2–3; a 5 is refused.
    CHECK_FALSE(
        KciSheetService(apparatus.chief)
            .sign(head, apparatus.quarter, entries({{"100", 5}, {"30", 5}, {"20", 4}}), &errors));
    REQUIRE_FALSE(errors.isEmpty());
    CHECK(errors.first().column == QStringLiteral("mark"));
    CHECK(apparatus.count("score_sheet") == 0);
    CHECK_FALSE(KciSheetService(apparatus.chief)
                    .saveDraft(head, apparatus.quarter, entries({{"100", 5}, {"30", 5}}), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().line == 2);
    CHECK(errors.first().message.contains(QStringLiteral("2 to 3")));
    CHECK(apparatus.count("score_sheet") == 0);
    CHECK(apparatus.count("kci_mark") == 0);
}

TEST_CASE("§27 a sheet with a line missing its actual or its mark is not signed; a draft keeps it",
    "[kcisheet]")
{
    test::KciApparatus apparatus;
    apparatus.approvedPlan();
    KciSheetService service(apparatus.chief);
    InputErrors errors;
    CHECK_FALSE(service.sign(
        head, apparatus.quarter, entries({{"100", 5}, {"", 4}, {"20", std::nullopt}}), &errors));
    CHECK(errors.size() == 2);
    CHECK(apparatus.count("score_sheet") == 0);
    REQUIRE(service.saveDraft(
        head, apparatus.quarter, entries({{"100", 5}, {"", 4}, {"20", std::nullopt}}), &errors));
    QString error;
    const auto sheet = service.sheet(head, apparatus.quarter, &error);
    REQUIRE(sheet);
    CHECK(sheet->status == KciSheetStatus::Draft);
    CHECK(sheet->rows.at(0).mark == 5);
    CHECK(sheet->rows.at(1).actual.isEmpty());
    CHECK(sheet->rows.at(2).actual == QStringLiteral("20"));
    CHECK_FALSE(sheet->rows.at(2).mark);
    CHECK_FALSE(sheet->score);
}

TEST_CASE("§27 an actual value that is not a number is refused at the actual, and nothing is "
          "written",
    "[kcisheet]")
{
    test::KciApparatus apparatus;
    apparatus.approvedPlan();
    InputErrors errors;
    CHECK_FALSE(KciSheetService(apparatus.chief)
                    .saveDraft(head, apparatus.quarter, entries({{"9O", 4}}), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("actual"));
    CHECK(apparatus.count("score_sheet") == 0);
}

TEST_CASE("§27 a signed sheet is returned only with a reason, which is kept", "[kcisheet]")
{
    test::KciApparatus apparatus;
    apparatus.approvedPlan();
    KciSheetService service(apparatus.chief);
    InputErrors errors;
    REQUIRE(service.sign(
        head, apparatus.quarter, entries({{"100", 5}, {"45", 4}, {"20", 4}}), &errors));
    CHECK_FALSE(service.saveDraft(head, apparatus.quarter, entries({{"100", 4}}), &errors));
    CHECK_FALSE(service.reopen(head, apparatus.quarter, QStringLiteral(" "), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("reason"));
    CHECK(apparatus.value(QStringLiteral("SELECT status FROM score_sheet")).toString()
        == QStringLiteral("signed"));
    REQUIRE(
        service.reopen(head, apparatus.quarter, QStringLiteral("Уточнён факт по КЦИ 2"), &errors));
    CHECK(apparatus.value(QStringLiteral("SELECT status FROM score_sheet")).toString()
        == QStringLiteral("returned"));
    CHECK(apparatus.value(QStringLiteral("SELECT score FROM score_sheet")).isNull());
    CHECK(apparatus.value(QStringLiteral("SELECT return_reason FROM score_sheet")).toString()
        == QStringLiteral("Уточнён факт по КЦИ 2"));
    const auto audit = AuditLog(apparatus.file.database().connection()).entries();
    CHECK(audit.last().action == QStringLiteral("reopen"));
    CHECK(audit.last().field == QStringLiteral("status"));
    CHECK(audit.last().oldValue == QStringLiteral("signed 4.33"));
    CHECK(audit.last().newValue == QStringLiteral("returned"));
    CHECK(audit.last().reason == QStringLiteral("Уточнён факт по КЦИ 2"));
    QString error;
    const auto returned = service.sheet(head, apparatus.quarter, &error);
    REQUIRE(returned);
    CHECK(returned->status == KciSheetStatus::Returned);
    CHECK(returned->returnReason == QStringLiteral("Уточнён факт по КЦИ 2"));

    // A draft of the correction stays returned, with its reason.
    REQUIRE(service.saveDraft(head, apparatus.quarter, entries({{"100", 5}, {"50", 5}}), &errors));
    CHECK(apparatus.value(QStringLiteral("SELECT status FROM score_sheet")).toString()
        == QStringLiteral("returned"));
    CHECK(apparatus.value(QStringLiteral("SELECT return_reason FROM score_sheet")).toString()
        == QStringLiteral("Уточнён факт по КЦИ 2"));
    const auto score =
        service.sign(head, apparatus.quarter, entries({{"100", 5}, {"50", 5}, {"20", 5}}), &errors);
    REQUIRE(score);
    CHECK(score->toString() == QStringLiteral("5.00"));
}

TEST_CASE("§12 §37 once the head is acquainted, a signed KCI sheet is not reopened", "[kcisheet]")
{
    test::KciApparatus apparatus;
    apparatus.approvedPlan();
    KciSheetService service(apparatus.chief);
    InputErrors errors;
    REQUIRE(service.sign(
        head, apparatus.quarter, entries({{"100", 5}, {"45", 4}, {"20", 4}}), &errors));
    const QDate signedOn = QDate::fromString(
        apparatus.value(QStringLiteral("SELECT signed_on FROM score_sheet")).toString(),
        Qt::ISODate);
    REQUIRE(AcquaintanceService(apparatus.chief)
                .record(head, apparatus.quarter, {signedOn, QStringLiteral("in_person"), QString()},
                    &errors));
    CHECK_FALSE(service.reopen(head, apparatus.quarter, QStringLiteral("Пересмотр"), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("status"));
    CHECK(errors.first().message.contains(QStringLiteral("calibration session")));
    CHECK(apparatus.value(QStringLiteral("SELECT status FROM score_sheet")).toString()
        == QStringLiteral("signed"));
    CHECK(apparatus.value(QStringLiteral("SELECT return_reason FROM score_sheet"))
              .toString()
              .isEmpty());
}

TEST_CASE("§17 an evaluator who does not evaluate the head may not fill their sheet", "[kcisheet]")
{
    test::KciApparatus apparatus;
    apparatus.approvedPlan();
    const ServiceContext context(apparatus.file.database(),
        Actor{QStringLiteral("head"), {}, {Role::Head}, apparatus.servantId("001")},
        apparatus.clock);
    InputErrors errors;
    CHECK_FALSE(KciSheetService(context).sign(
        head, apparatus.quarter, entries({{"100", 5}, {"45", 4}, {"20", 4}}), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().refused);
    CHECK(apparatus.count("score_sheet") == 0);
}
