// SPDX-License-Identifier: GPL-3.0-or-later
// §5, §6, §11, §12, §17, §21, §28: the roster of a quarter's evaluation.
#include "evaluation/quarterservice.h"

#include "evaluation/acquaintanceservice.h"

#include "quarterfile.h"

using namespace bagalau;
using test::marksOf;

namespace {

const QuarterRosterRow *rowOf(const QList<QuarterRosterRow> &rows, const char *number)
{
    for (const QuarterRosterRow &row : rows) {
        if (row.personnelNo == QString::fromLatin1(number))
            return &row;
    }
    return nullptr;
}

} // namespace

TEST_CASE("§5 §6 §21 §28 the roster says how and by whom each servant is evaluated", "[quarter]")
{
    test::QuarterFile file;
    InputErrors errors;
    REQUIRE(RankingSheetService(file.chief)
                .sign(QStringLiteral("002"), file.quarter, marksOf(4, 5, 4, 4), &errors));
    REQUIRE(AcquaintanceService(file.chief)
                .record(QStringLiteral("002"), file.quarter,
                    {QDate(2024, 7, 15), QStringLiteral("in_person"), {}}, &errors));

    const QList<QuarterRosterRow> rows = QuarterService(file.chief).roster(file.quarter);
    REQUIRE(rows.size() == 5);

    const QuarterRosterRow *head = rowOf(rows, "001");
    REQUIRE(head);
    CHECK(head->method == QStringLiteral("kci"));
    CHECK(head->eligibility.evaluated);

    const QuarterRosterRow *serik = rowOf(rows, "002");
    REQUIRE(serik);
    CHECK(serik->method == QStringLiteral("ranking"));
    CHECK(serik->evaluatorName == QStringLiteral("Жусупова Айгуль"));
    CHECK(serik->sheetStatus == QStringLiteral("signed"));
    REQUIRE(serik->score);
    CHECK(serik->score->toString() == QStringLiteral("4.25"));
    CHECK(serik->band() == Band::Effective);
    CHECK(serik->signedOn == QDate(2024, 7, 15));
    // §11: two working days after signing; §12: five after acquaintance.
    CHECK(serik->acquaintanceDue == QDate(2024, 7, 17));
    CHECK(serik->acquaintedOn == QDate(2024, 7, 15));
    CHECK(serik->acquaintanceMethod == QStringLiteral("in_person"));
    CHECK(serik->appealDue == QDate(2024, 7, 22));

    const QuarterRosterRow *elena = rowOf(rows, "003");
    REQUIRE(elena);
    CHECK_FALSE(elena->eligibility.evaluated);
    CHECK(elena->eligibility.reasonKey == QStringLiteral("less_than_one_month"));

    const QuarterRosterRow *daniyar = rowOf(rows, "004");
    REQUIRE(daniyar);
    CHECK(daniyar->eligibility.evaluated);
    CHECK(daniyar->eligibility.withoutParticipation);
    CHECK(daniyar->eligibility.reasonText().contains(QStringLiteral("without participation")));
    CHECK(daniyar->sheetStatus.isEmpty());
    CHECK_FALSE(daniyar->score);

    CHECK(rowOf(rows, "005")->evaluatorName.isEmpty());
}

TEST_CASE("§20 the head's roster lists the people they evaluate and themselves", "[quarter]")
{
    test::QuarterFile file;
    const ServiceContext head(file.file.database(), file.head(), file.clock);
    const QList<QuarterRosterRow> rows = QuarterService(head).roster(file.quarter);
    QStringList numbers;
    for (const QuarterRosterRow &row : rows)
        numbers << row.personnelNo;
    numbers.sort();
    CHECK(numbers
        == QStringList{QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("003"),
            QStringLiteral("004")});
}

TEST_CASE("§4 the quarter at hand is the one that has just ended", "[quarter]")
{
    CHECK(QuarterService::currentFor(QDate(2024, 7, 15)) == Quarter(2024, 2));
    CHECK(QuarterService::currentFor(QDate(2024, 1, 9)) == Quarter(2023, 4));
    CHECK(QuarterService::currentFor(QDate(2024, 12, 31)) == Quarter(2024, 3));
}
