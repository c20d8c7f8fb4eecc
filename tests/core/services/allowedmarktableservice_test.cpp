// SPDX-License-Identifier: GPL-3.0-or-later
// Appendix 3 and decision 10: the table of allowed marks, entered by the chief specialist.
#include "evaluation/allowedmarktableservice.h"

#include "kcifixture.h"

using namespace bagalau;

namespace {

AllowedMarkRowText row(const char *from, const char *to, const char *min, const char *max)
{
    return {QString::fromLatin1(from), QString::fromLatin1(to), QString::fromLatin1(min),
        QString::fromLatin1(max)};
}

} // namespace

TEST_CASE("decision 10 the appendix-3 table is entered whole and read back with its open row",
    "[appendix3]")
{
    test::KciApparatus apparatus;
    AllowedMarkTableService service(apparatus.chief);
    CHECK(service.rows().isEmpty());
    InputErrors errors;
    REQUIRE(service.replace(
        {row("0", "49.99", "0", "1"), row("50", "99.99", "2", "3"), row("100", "", "4", "5")},
        &errors));
    const auto rows = service.rows();
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(1).fromPercent == *Decimal::parse(QStringLiteral("50")));
    CHECK(rows.at(1).toPercent == Decimal::parse(QStringLiteral("99.99")));
    CHECK_FALSE(rows.at(2).toPercent);
    CHECK(rows.at(2).minMark == 4);
    CHECK(apparatus.value(QStringLiteral("SELECT to_percent FROM appendix3_row WHERE min_mark = 2"))
              .toInt()
        == 9999);
    // Replacing again keeps only the new rows.
    REQUIRE(service.replace({row("0", "", "0", "5")}, &errors));
    CHECK(apparatus.count("appendix3_row") == 1);
}

TEST_CASE("appendix 3 a cell that is not a percent or a mark is refused at its cell, and nothing "
          "is written",
    "[appendix3]")
{
    test::KciApparatus apparatus;
    AllowedMarkTableService service(apparatus.chief);
    InputErrors errors;
    CHECK_FALSE(service.replace({row("0", "49,99", "0", "1"), row("50", "", "2", "6")}, &errors));
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(0).line == 1);
    CHECK(errors.at(0).column == QStringLiteral("to_percent"));
    CHECK(errors.at(1).line == 2);
    CHECK(errors.at(1).column == QStringLiteral("max_mark"));
    CHECK(apparatus.count("appendix3_row") == 0);
}

TEST_CASE("appendix 3 overlapping rows are refused as a whole table, and the old table stays",
    "[appendix3]")
{
    test::KciApparatus apparatus;
    AllowedMarkTableService service(apparatus.chief);
    InputErrors errors;
    REQUIRE(service.replace({row("0", "", "0", "5")}, &errors));
    CHECK_FALSE(service.replace({row("0", "60", "0", "2"), row("50", "", "2", "5")}, &errors));
    REQUIRE_FALSE(errors.isEmpty());
    CHECK(errors.first().column == QStringLiteral("appendix3"));
    CHECK(apparatus.count("appendix3_row") == 1);
    CHECK(apparatus.value(QStringLiteral("SELECT max_mark FROM appendix3_row")).toInt() == 5);
}

TEST_CASE("§19 only the chief specialist changes the appendix-3 table", "[appendix3]")
{
    test::KciApparatus apparatus;
    const ServiceContext context(apparatus.file.database(),
        Actor{QStringLiteral("chairman"), {}, {Role::Chairman}, 0}, apparatus.clock);
    InputErrors errors;
    CHECK_FALSE(AllowedMarkTableService(context).replace({row("0", "", "0", "5")}, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().refused);
    CHECK(apparatus.count("appendix3_row") == 0);
}
