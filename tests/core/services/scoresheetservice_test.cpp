// SPDX-License-Identifier: GPL-3.0-or-later
// §22, §27, appendix 3: the KCI lines of the marks import checked against the approved plan.
#include "evaluation/scoresheetservice.h"

#include "evaluation/allowedmarktableservice.h"

#include "kcifixture.h"

using namespace bagalau;

namespace {

const QString head = QStringLiteral("001");

MarkRow kciLine(
    int line, const char *number, const char *plan, const char *actual, const char *mark)
{
    MarkRow row;
    row.line = line;
    row.personnelNo = head;
    row.quarter = QStringLiteral("2024Q2");
    row.kind = QStringLiteral("kci");
    row.kciNumber = QString::fromLatin1(number);
    row.plan = QString::fromLatin1(plan);
    row.actual = QString::fromLatin1(actual);
    row.mark = QString::fromLatin1(mark);
    return row;
}

// KCI 1 and 2 more is better (plans 100 and 50), KCI 3 less is better (plan 20), approved; and
// the appendix-3 table: 0–49.99 % allows 0–1, 50–79.99 % 2–3, 80 % and above 4–5.
void approvePlan(test::KciApparatus &apparatus, bool approve = true)
{
    KciPlanService plans(apparatus.chief);
    InputErrors errors;
    REQUIRE(
        plans.saveDraftKci(head, apparatus.quarter, test::KciApparatus::kci(1, "100"), &errors));
    REQUIRE(plans.saveDraftKci(head, apparatus.quarter, test::KciApparatus::kci(2, "50"), &errors));
    REQUIRE(plans.saveDraftKci(head, apparatus.quarter,
        test::KciApparatus::kci(3, "20", KciDirection::LessIsBetter), &errors));
    if (approve)
        REQUIRE(plans.approve(head, apparatus.quarter, QStringLiteral("Сарсенов Б. К."), &errors));
    REQUIRE(AllowedMarkTableService(apparatus.chief)
                .replace({{QStringLiteral("0"), QStringLiteral("49.99"), QStringLiteral("0"),
                              QStringLiteral("1")},
                             {QStringLiteral("50"), QStringLiteral("79.99"), QStringLiteral("2"),
                                 QStringLiteral("3")},
                             {QStringLiteral("80"), QString(), QStringLiteral("4"),
                                 QStringLiteral("5")}},
                    &errors));
}

QString messageAt(const InputErrors &errors, int line, const char *column)
{
    for (const InputError &error : errors) {
        if (error.line == line && error.column == QLatin1String(column))
            return error.message;
    }
    return {};
}

} // namespace

TEST_CASE("§27 an imported KCI line takes its plan value and direction from the approved plan",
    "[scoresheet]")
{
    test::KciApparatus apparatus;
    approvePlan(apparatus);
    InputErrors errors;
    // KCI 3: 20 planned, 10 reached, less is better: 200 %, so 5 is allowed.
    const int written =
        ScoreSheetService(apparatus.chief)
            .import({kciLine(2, "1", "100", "95", "4"), kciLine(3, "2", "", "50", "5"),
                        kciLine(4, "3", "", "10", "5")},
                &errors);
    for (const InputError &error : errors)
        INFO(error.toString().toStdString());
    REQUIRE(written == 1);
    CHECK(apparatus.value(QStringLiteral("SELECT status FROM score_sheet")).toString()
        == QStringLiteral("signed"));
    // (4 + 5 + 5) / 3 = 4.666… → 4.67
    CHECK(apparatus.value(QStringLiteral("SELECT score FROM score_sheet")).toInt() == 467);
    CHECK(apparatus.value(QStringLiteral("SELECT plan_value FROM kci_mark WHERE kci_number = 3"))
              .toString()
        == QStringLiteral("20"));
}

TEST_CASE(
    "§22 §27 a KCI line without an approved plan is refused and nothing is written", "[scoresheet]")
{
    test::KciApparatus apparatus;
    approvePlan(apparatus, false);
    InputErrors errors;
    CHECK(ScoreSheetService(apparatus.chief)
              .import({kciLine(2, "1", "100", "95", "4"), kciLine(3, "2", "50", "50", "5"),
                          kciLine(4, "3", "20", "10", "5")},
                  &errors)
        == 0);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().line == 2);
    CHECK(errors.first().column == QStringLiteral("quarter"));
    CHECK(errors.first().message.contains(QStringLiteral("is not approved")));
    CHECK(apparatus.count("score_sheet") == 0);
    CHECK(apparatus.count("kci_mark") == 0);
}

TEST_CASE("§22 §27 a KCI number the approved plan lacks, or a KCI of the plan left out, is refused",
    "[scoresheet]")
{
    test::KciApparatus apparatus;
    approvePlan(apparatus);
    InputErrors errors;
    CHECK(ScoreSheetService(apparatus.chief)
              .import({kciLine(2, "1", "100", "95", "4"), kciLine(3, "2", "50", "50", "5"),
                          kciLine(4, "4", "20", "10", "5")},
                  &errors)
        == 0);
    REQUIRE(errors.size() == 2);
    CHECK(messageAt(errors, 2, "kci_no")
        == QStringLiteral("the approved individual work plan also has KCI 3: every KCI of the "
                          "plan has its line (§27)"));
    CHECK(messageAt(errors, 4, "kci_no")
        == QStringLiteral(
            "the approved individual work plan of Жусупова Айгуль for 2024Q2 has no KCI 4 (§22)"));
    CHECK(apparatus.count("score_sheet") == 0);
    CHECK(apparatus.count("kci_mark") == 0);
}

TEST_CASE(
    "§27 a plan value that differs from the approved plan is refused naming both", "[scoresheet]")
{
    test::KciApparatus apparatus;
    approvePlan(apparatus);
    InputErrors errors;
    CHECK(ScoreSheetService(apparatus.chief)
              .import({kciLine(2, "1", "90", "95", "4"), kciLine(3, "2", "50", "50", "5"),
                          kciLine(4, "3", "20", "10", "5")},
                  &errors)
        == 0);
    REQUIRE(errors.size() == 1);
    CHECK(messageAt(errors, 2, "plan")
        == QStringLiteral("the plan value 90 differs from 100, the plan value of KCI 1 in the "
                          "approved individual work plan"));
    CHECK(apparatus.count("score_sheet") == 0);
    CHECK(apparatus.count("kci_mark") == 0);
}

TEST_CASE("appendix 3 a mark outside the range allowed for the plan's direction is refused",
    "[scoresheet]")
{
    test::KciApparatus apparatus;
    approvePlan(apparatus);
    InputErrors errors;
    // KCI 3 is less is better: 20 planned, 30 reached is 66.67 %, not 150 %.
    CHECK(ScoreSheetService(apparatus.chief)
              .import({kciLine(2, "1", "100", "95", "4"), kciLine(3, "2", "50", "20", "4"),
                          kciLine(4, "3", "20", "30", "5")},
                  &errors)
        == 0);
    REQUIRE(errors.size() == 2);
    CHECK(messageAt(errors, 3, "mark")
        == QStringLiteral("appendix 3 allows 0 to 1 for a realization of 40.00%"));
    CHECK(messageAt(errors, 4, "mark")
        == QStringLiteral("appendix 3 allows 2 to 3 for a realization of 66.67%"));
    CHECK(apparatus.count("score_sheet") == 0);
    CHECK(apparatus.count("kci_mark") == 0);
}
