// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/period.h"

#include "catchqt.h"

using namespace bagalau;

TEST_CASE("§4 a quarter runs from its first to its last calendar day")
{
    const auto q = Quarter::parse(QStringLiteral("2024Q1"));
    REQUIRE(q.has_value());
    CHECK(q->firstDay() == QDate(2024, 1, 1));
    CHECK(q->lastDay() == QDate(2024, 3, 31));
    CHECK(Quarter(2024, 4).lastDay() == QDate(2024, 12, 31));
    CHECK(Quarter(2024, 4).next() == Quarter(2025, 1));
    CHECK(Quarter(2025, 1).previous() == Quarter(2024, 4));
    CHECK(Quarter::containing(QDate(2024, 5, 17)).key() == QStringLiteral("2024Q2"));
}

TEST_CASE("a quarter is refused unless written YYYYQn with n from 1 to 4")
{
    for (const char *bad : {"2024Q5", "2024Q0", "2024-Q1", "24Q1", "", "Q1"})
        CHECK_FALSE(Quarter::parse(QString::fromLatin1(bad)).has_value());
}

TEST_CASE("an ISO date is read strictly")
{
    CHECK(parseIsoDate(QStringLiteral("2024-02-29")) == QDate(2024, 2, 29));
    CHECK_FALSE(parseIsoDate(QStringLiteral("2024-02-31")).has_value());
    CHECK_FALSE(parseIsoDate(QStringLiteral("2023-02-29")).has_value());
    CHECK_FALSE(parseIsoDate(QStringLiteral("31.02.2024")).has_value());
    CHECK_FALSE(parseIsoDate(QStringLiteral("2024-6-1")).has_value());
}

TEST_CASE("a range clipped to a quarter keeps only the days inside it")
{
    const DateRange inPosition{QDate(2023, 5, 10), QDate(2024, 2, 15)};
    const DateRange clipped = inPosition.clippedTo(Quarter(2024, 1).range());
    CHECK(clipped.first == QDate(2024, 1, 1));
    CHECK(clipped.last == QDate(2024, 2, 15));
    CHECK_FALSE(inPosition.clippedTo(Quarter(2024, 2).range()).isValid());
}
