// SPDX-License-Identifier: GPL-3.0-or-later
// §21–25: the individual work plan of the head of the apparatus.
#include "evaluation/kciplanservice.h"

#include "storage/auditlog.h"

#include "kcifixture.h"

using namespace bagalau;

namespace {

const QString head = QStringLiteral("001");

bool hasField(const InputErrors &errors, const char *field)
{
    return std::any_of(errors.cbegin(), errors.cend(),
        [&](const InputError &e) { return e.column == QLatin1String(field); });
}

} // namespace

TEST_CASE("§21 only the head of the apparatus is listed for KCI plans, with the §22 due date",
    "[kciplans]")
{
    test::KciApparatus apparatus;
    const auto plans = KciPlanService(apparatus.chief).plansOf(apparatus.quarter);
    REQUIRE(plans.size() == 1);
    CHECK(plans.first().personnelNo == head);
    CHECK(plans.first().status == KciPlanStatus::None);
    // The second quarter of 2024 begins on Monday 1 April; its 10th working day is 12 April.
    CHECK(plans.first().due == QDate(2024, 4, 12));
}

TEST_CASE("§21 a corps B servant has no KCI plan, and nothing is written", "[kciplans]")
{
    test::KciApparatus apparatus;
    InputErrors errors;
    CHECK_FALSE(KciPlanService(apparatus.chief)
                    .saveDraftKci(QStringLiteral("002"), apparatus.quarter,
                        test::KciApparatus::kci(1), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message.contains(QStringLiteral("ranking")));
    CHECK(apparatus.count("kci_plan") == 0);
}

TEST_CASE("§22 §24 a draft KCI is drawn up with its SMART fields and read back", "[kciplans]")
{
    test::KciApparatus apparatus;
    KciPlanService service(apparatus.chief);
    InputErrors errors;
    KciItem item = test::KciApparatus::kci(1, "12.50");
    item.direction = KciDirection::LessIsBetter;
    REQUIRE(service.saveDraftKci(head, apparatus.quarter, item, &errors));
    QString error;
    const auto plan = service.plan(head, apparatus.quarter, &error);
    REQUIRE(plan);
    CHECK(plan->status == KciPlanStatus::Draft);
    CHECK(plan->drawnUpOn == QDate(2024, 4, 5));
    REQUIRE(plan->kcis.size() == 1);
    CHECK(plan->kcis.first().planValue == QStringLiteral("12.5"));
    CHECK(plan->kcis.first().direction == KciDirection::LessIsBetter);
    CHECK(plan->kcis.first().due == QDate(2024, 6, 28));
    CHECK(plan->kcis.first().sourceDocument == QStringLiteral("План развития района"));
    CHECK(apparatus.value(QStringLiteral("SELECT direction FROM kci")).toString()
        == QStringLiteral("less"));
}

TEST_CASE("§24 a KCI without title, unit, a numeric plan or a due date in the quarter is refused "
          "at each field, and nothing is written",
    "[kciplans]")
{
    test::KciApparatus apparatus;
    KciItem item = test::KciApparatus::kci(1);
    item.title = QStringLiteral("  ");
    item.unit.clear();
    item.planValue = QStringLiteral("12,5");
    item.due = QDate(2024, 7, 1);
    InputErrors errors;
    CHECK_FALSE(
        KciPlanService(apparatus.chief).saveDraftKci(head, apparatus.quarter, item, &errors));
    CHECK(hasField(errors, "title"));
    CHECK(hasField(errors, "unit"));
    CHECK(hasField(errors, "plan_value"));
    CHECK(hasField(errors, "due"));
    CHECK(errors.size() == 4);
    CHECK(apparatus.count("kci_plan") == 0);
    CHECK(apparatus.count("kci") == 0);
}

TEST_CASE("§24 a plan of 0 where more is better is refused, and nothing is written", "[kciplans]")
{
    test::KciApparatus apparatus;
    InputErrors errors;
    CHECK_FALSE(
        KciPlanService(apparatus.chief)
            .saveDraftKci(head, apparatus.quarter, test::KciApparatus::kci(1, "0"), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("plan_value"));
    CHECK(apparatus.count("kci") == 0);
}

TEST_CASE("§23 a plan of two KCI is not approved, and nothing is written", "[kciplans]")
{
    test::KciApparatus apparatus;
    KciPlanService service(apparatus.chief);
    InputErrors errors;
    REQUIRE(service.saveDraftKci(head, apparatus.quarter, test::KciApparatus::kci(1), &errors));
    REQUIRE(service.saveDraftKci(head, apparatus.quarter, test::KciApparatus::kci(2), &errors));
    CHECK_FALSE(
        service.approve(head, apparatus.quarter, QStringLiteral("Сарсенов Б. К."), &errors));
    REQUIRE_FALSE(errors.isEmpty());
    CHECK(errors.first().column == QStringLiteral("kci"));
    CHECK(apparatus.value(QStringLiteral("SELECT status FROM kci_plan")).toString()
        == QStringLiteral("draft"));
}

TEST_CASE("§22 approval without the superior manager's name is refused, and nothing is written",
    "[kciplans]")
{
    test::KciApparatus apparatus;
    KciPlanService service(apparatus.chief);
    InputErrors errors;
    for (int number = 1; number <= 3; ++number)
        REQUIRE(service.saveDraftKci(
            head, apparatus.quarter, test::KciApparatus::kci(number), &errors));
    CHECK_FALSE(service.approve(head, apparatus.quarter, QStringLiteral(" "), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("approved_by"));
    CHECK(apparatus.value(QStringLiteral("SELECT status FROM kci_plan")).toString()
        == QStringLiteral("draft"));
}

TEST_CASE("§22 the superior manager approves a plan of three KCI on today's date", "[kciplans]")
{
    test::KciApparatus apparatus;
    apparatus.approvedPlan();
    QString error;
    const auto plan = KciPlanService(apparatus.chief).plan(head, apparatus.quarter, &error);
    REQUIRE(plan);
    CHECK(plan->status == KciPlanStatus::Approved);
    CHECK(plan->approvedOn == QDate(2024, 4, 5));
    CHECK(plan->approvedBy == QStringLiteral("Сарсенов Б. К."));
    CHECK(plan->kcis.size() == 3);
    CHECK(apparatus.value(QStringLiteral("SELECT approved_on FROM kci_plan")).toString()
        == QStringLiteral("2024-04-05"));
}

TEST_CASE("§25 after approval a draft edit is refused; a change without a reason is refused, "
          "and nothing is written",
    "[kciplans]")
{
    test::KciApparatus apparatus;
    apparatus.approvedPlan();
    KciPlanService service(apparatus.chief);
    InputErrors errors;
    KciItem changed = test::KciApparatus::kci(2, "60");
    CHECK_FALSE(service.saveDraftKci(head, apparatus.quarter, changed, &errors));
    CHECK(errors.first().message.contains(QStringLiteral("§25")));
    CHECK_FALSE(service.removeDraftKci(head, apparatus.quarter, 2, &errors));
    CHECK_FALSE(service.changeKci(head, apparatus.quarter, changed, QStringLiteral("  "), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("reason"));
    CHECK(errors.first().message.contains(QStringLiteral("functions or structure")));
    CHECK(apparatus.count("kci_change") == 0);
    CHECK(apparatus.value(QStringLiteral("SELECT plan_value FROM kci WHERE number = 2")).toString()
        == QStringLiteral("50"));
}

TEST_CASE("§25 a change for a change of structure is kept with its old and new value and shown in "
          "the history",
    "[kciplans]")
{
    test::KciApparatus apparatus;
    apparatus.approvedPlan();
    apparatus.clock.set(QDateTime(QDate(2024, 5, 15), QTime(9, 0)));
    KciPlanService service(apparatus.chief);
    InputErrors errors;
    const QString reason = QStringLiteral("Решение маслихата № 7-1 об изменении структуры");
    REQUIRE(service.changeKci(
        head, apparatus.quarter, test::KciApparatus::kci(2, "60"), reason, &errors));
    QString error;
    const auto history = service.history(head, apparatus.quarter, &error);
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).kind == QStringLiteral("drawn_up"));
    CHECK(history.at(1).kind == QStringLiteral("approved"));
    CHECK(history.at(1).newValue == QStringLiteral("Сарсенов Б. К."));
    CHECK(history.at(2).kind == QStringLiteral("changed"));
    CHECK(history.at(2).day == QDate(2024, 5, 15));
    CHECK(history.at(2).kciNumber == 2);
    CHECK(history.at(2).field == QStringLiteral("plan_value"));
    CHECK(history.at(2).oldValue == QStringLiteral("50"));
    CHECK(history.at(2).newValue == QStringLiteral("60"));
    CHECK(history.at(2).reason == reason);
    CHECK(apparatus.value(QStringLiteral("SELECT plan_value FROM kci WHERE number = 2")).toString()
        == QStringLiteral("60"));
}

TEST_CASE("§25 a change that changes nothing is refused", "[kciplans]")
{
    test::KciApparatus apparatus;
    apparatus.approvedPlan();
    InputErrors errors;
    CHECK_FALSE(KciPlanService(apparatus.chief)
                    .changeKci(head, apparatus.quarter, test::KciApparatus::kci(2, "50"),
                        QStringLiteral("Решение № 7-1"), &errors));
    CHECK(apparatus.count("kci_change") == 0);
}

TEST_CASE("§22 a removed draft KCI is restored by saving it again (undo)", "[kciplans]")
{
    test::KciApparatus apparatus;
    KciPlanService service(apparatus.chief);
    InputErrors errors;
    const KciItem item = test::KciApparatus::kci(1, "75");
    REQUIRE(service.saveDraftKci(head, apparatus.quarter, item, &errors));
    REQUIRE(service.removeDraftKci(head, apparatus.quarter, 1, &errors));
    CHECK(apparatus.count("kci") == 0);
    REQUIRE(service.saveDraftKci(head, apparatus.quarter, item, &errors));
    QString error;
    CHECK(service.plan(head, apparatus.quarter, &error)->kcis.first() == item);
}

TEST_CASE(
    "§22 no KCI are set when less than three months remain from the appointment", "[kciplans]")
{
    test::KciApparatus apparatus;
    InputErrors errors;
    REQUIRE(StaffService(apparatus.chief)
                .add({test::sampleServant("003", "Ким Елена", PositionCategory::Head,
                         "Руководитель аппарата (2)", QDate(2024, 5, 2), "")},
                    &errors));
    CHECK_FALSE(KciPlanService(apparatus.chief)
                    .saveDraftKci(QStringLiteral("003"), apparatus.quarter,
                        test::KciApparatus::kci(1), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message.contains(QStringLiteral("three months")));
    CHECK(apparatus.count("kci_plan") == 0);
}

TEST_CASE("§20 the head reads their own plan but may not change or approve it", "[kciplans]")
{
    test::KciApparatus apparatus;
    apparatus.approvedPlan();
    const ServiceContext context(apparatus.file.database(),
        Actor{QStringLiteral("head"), {}, {Role::Head}, apparatus.servantId("001")},
        apparatus.clock);
    KciPlanService service(context);
    QString error;
    CHECK(service.plan(head, apparatus.quarter, &error));
    InputErrors errors;
    CHECK_FALSE(service.changeKci(head, apparatus.quarter, test::KciApparatus::kci(2, "60"),
        QStringLiteral("Решение № 7-1"), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().refused);
    CHECK(apparatus.count("kci_change") == 0);
}

TEST_CASE("§22 §25 drawing up, approval and a change are each in the audit log with their reason",
    "[kciplans]")
{
    test::KciApparatus apparatus;
    apparatus.approvedPlan();
    InputErrors errors;
    REQUIRE(KciPlanService(apparatus.chief)
                .changeKci(head, apparatus.quarter, test::KciApparatus::kci(1, "90"),
                    QStringLiteral("Решение № 7-1"), &errors));
    QStringList seen;
    const auto entries = AuditLog(apparatus.file.database().connection()).entries();
    for (const AuditEntry &entry : entries) {
        if (entry.entity.startsWith(QStringLiteral("kci")))
            seen << entry.action + QLatin1Char(' ') + entry.entity + QLatin1Char(' ')
                    + entry.reason;
    }
    CHECK(seen
        == QStringList({QStringLiteral("create kci_plan §22"), QStringLiteral("create kci draft"),
            QStringLiteral("create kci draft"), QStringLiteral("create kci draft"),
            QStringLiteral("approve kci_plan §22"), QStringLiteral("update kci Решение № 7-1")}));
}
