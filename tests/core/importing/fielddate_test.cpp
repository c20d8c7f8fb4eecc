// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/fielddate.h"

#include "catchqt.h"

using namespace bagalau;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("a date is read in ISO form or as DD.MM.YYYY", "[importing]")
{
    CHECK(FieldDate::parse(u"2024-03-31"_s) == QDate(2024, 3, 31));
    CHECK(FieldDate::parse(u"31.03.2024"_s) == QDate(2024, 3, 31));
    CHECK(FieldDate::parse(u"29.02.2024"_s) == QDate(2024, 2, 29));
    CHECK(FieldDate::parse(u" 01.09.2019 "_s) == QDate(2019, 9, 1));
}

TEST_CASE("a date that does not exist or is written otherwise is refused", "[importing]")
{
    for (const char16_t *bad :
        {u"31.02.2024", u"2024-02-31", u"29.02.2023", u"2024-13-01", u"00.01.2024", u"1.3.2024",
            u"2024-3-1", u"31/03/2024", u"2024.03.31", u"31-03-2024", u"03.31.2024", u"24-03-31",
            u"", u"  ", u"2024-03-31T00:00", u"٢٠٢٤-٠٣-٣١", u"+024-03-31", u"31.03.2024г"}) {
        INFO(QString::fromUtf16(bad).toStdString());
        CHECK_FALSE(FieldDate::parse(QString::fromUtf16(bad)).has_value());
    }
}

TEST_CASE("the message names the value, the column and the two forms", "[importing]")
{
    CHECK(FieldDate::invalidMessage(u"31.02.2024"_s)
        == u"\"31.02.2024\" is not a date. Write it as YYYY-MM-DD (2024-03-31) or DD.MM.YYYY (31.03.2024)."_s);
    CHECK(FieldDate::invalidMessage(u"31.02.2024"_s, u"hired"_s)
        == u"Column \"hired\": \"31.02.2024\" is not a date. Write it as YYYY-MM-DD (2024-03-31) or DD.MM.YYYY (31.03.2024)."_s);
    CHECK(FieldDate::invalidMessage(u" "_s, u"hired"_s)
        == u"Column \"hired\": the date is missing. Write it as YYYY-MM-DD (2024-03-31) or DD.MM.YYYY (31.03.2024)."_s);
    CHECK(FieldDate::invalidMessage({})
        == u"The date is missing. Write it as YYYY-MM-DD (2024-03-31) or DD.MM.YYYY (31.03.2024)."_s);
}
