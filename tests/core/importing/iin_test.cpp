// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/iin.h"

#include "catchqt.h"

using namespace bagalau;
using namespace Qt::Literals::StringLiterals;

// The numbers below are made up; their check digits are worked out in the comments.

TEST_CASE("an IIN with the right check digit is valid", "[importing]")
{
    // 8 6 0 4 1 2 3 0 0 0 1, weights 1..11:
    // 8 + 12 + 0 + 16 + 5 + 12 + 21 + 0 + 0 + 0 + 11 = 85; 85 mod 11 = 8.
    QString error = u"stale"_s;
    const std::optional<Iin> iin = Iin::parse(u"860412300018"_s, &error);
    REQUIRE(iin.has_value());
    CHECK(error.isEmpty());
    CHECK(iin->toString() == u"860412300018"_s);
    CHECK(iin->birthDate() == QDate(1986, 4, 12)); // 7th digit 3: the 1900s
    CHECK(Iin::checkDigit(u"86041230001") == 8);

    // 0 5 0 3 1 5 5 0 1 2 3: 0 + 10 + 0 + 12 + 5 + 30 + 35 + 0 + 9 + 20 + 33 = 154;
    // 154 mod 11 = 0. The 7th digit 5: born in the 2000s.
    const std::optional<Iin> young = Iin::parse(u" 050315501230 "_s);
    REQUIRE(young.has_value());
    CHECK(young->toString() == u"050315501230"_s);
    CHECK(young->birthDate() == QDate(2005, 3, 15));

    // 0 0 0 2 2 9 5 0 0 0 1: 0 + 0 + 0 + 8 + 10 + 54 + 35 + 0 + 0 + 0 + 11 = 118;
    // 118 mod 11 = 8. 29 February 2000 exists (2000 is a leap year).
    const std::optional<Iin> leap = Iin::parse(u"000229500018"_s);
    REQUIRE(leap.has_value());
    CHECK(leap->birthDate() == QDate(2000, 2, 29));
}

TEST_CASE("when the first weights give 10, the second weights decide", "[importing]")
{
    // 8 6 0 4 1 2 3 0 0 9 1, weights 1..11:
    // 8 + 12 + 0 + 16 + 5 + 12 + 21 + 0 + 0 + 90 + 11 = 175; 175 mod 11 = 10.
    // Weights 3,4,5,6,7,8,9,10,11,1,2:
    // 24 + 24 + 0 + 24 + 7 + 16 + 27 + 0 + 0 + 9 + 2 = 133; 133 mod 11 = 1.
    CHECK(Iin::checkDigit(u"86041230091") == 1);
    CHECK(Iin::validationError(u"860412300911"_s).isEmpty());
    CHECK(Iin::validationError(u"860412300910"_s)
        == u"IIN 860412300910: the last digit is 0, but the check digit of the first eleven is 1. A digit is probably mistyped."_s);
}

TEST_CASE("an IIN whose both weightings give 10 cannot exist", "[importing]")
{
    // 8 6 0 4 1 2 3 0 0 9 0: 8 + 12 + 0 + 16 + 5 + 12 + 21 + 0 + 0 + 90 + 0 = 164; mod 11 = 10.
    // Second: 24 + 24 + 0 + 24 + 7 + 16 + 27 + 0 + 0 + 9 + 0 = 131; mod 11 = 10 again.
    CHECK_FALSE(Iin::checkDigit(u"86041230090").has_value());
    for (const char16_t *iin : {u"860412300900", u"860412300905", u"860412300909"}) {
        CHECK(Iin::validationError(QString::fromUtf16(iin))
            == u"IIN %1 cannot exist: no check digit fits its first eleven digits. A digit is probably mistyped."_s
                   .arg(QString::fromUtf16(iin)));
    }
}

TEST_CASE("one mistyped digit is caught by the check digit", "[importing]")
{
    // 860412300018 with its 10th digit 0 made 1: 85 + 1 * 10 = 95; 95 mod 11 = 7, not 8.
    QString error;
    CHECK_FALSE(Iin::parse(u"860412300118"_s, &error).has_value());
    CHECK(error
        == u"IIN 860412300118: the last digit is 8, but the check digit of the first eleven is 7. A digit is probably mistyped."_s);
    // The check digit itself mistyped.
    CHECK(Iin::validationError(u"860412300019"_s)
        == u"IIN 860412300019: the last digit is 9, but the check digit of the first eleven is 8. A digit is probably mistyped."_s);
}

TEST_CASE("an IIN of the wrong length is refused", "[importing]")
{
    CHECK(Iin::validationError(u"8604123000181"_s)
        == u"IIN \"8604123000181\" has 13 digit(s); an IIN has 12."_s);
    CHECK(Iin::validationError(u"8604"_s) == u"IIN \"8604\" has 4 digit(s); an IIN has 12."_s);
    // 050315501230 typed into a number cell loses its leading zero.
    CHECK(Iin::validationError(u"50315501230"_s)
        == u"IIN \"50315501230\" has 11 digits; an IIN has 12. A spreadsheet may have dropped its leading zero: format the column as text."_s);
    CHECK(Iin::validationError(u"  "_s) == u"The IIN is missing; an IIN is 12 digits."_s);
}

TEST_CASE("an IIN with characters other than digits is refused", "[importing]")
{
    CHECK(Iin::validationError(u"86041230001O"_s)
        == u"IIN \"86041230001O\": character 12 (\"O\") is not a digit; an IIN is 12 digits."_s);
    CHECK(Iin::validationError(u"860412 300018"_s)
        == u"IIN \"860412 300018\": character 7 (\" \") is not a digit; an IIN is 12 digits."_s);
    CHECK(Iin::validationError(u"-86041230001"_s).contains(u"character 1 (\"-\")"_s));
    // Digits of another script are not ASCII digits.
    CHECK_FALSE(Iin::validationError(u"８６０４１２３０００１８"_s).isEmpty());
    CHECK(Iin::validationError(u"8.60412E+11"_s)
        == u"IIN \"8.60412E+11\" was written as a number in exponent form, which loses digits. Format the column as text in the spreadsheet and type the 12 digits again."_s);
}

TEST_CASE("an IIN must begin with a date of birth that exists", "[importing]")
{
    // 0 0 0 2 2 9 3 0 0 0 1: 8 + 10 + 54 + 21 + 11 = 104; 104 mod 11 = 5, so the check digit is
    // right, but 1900 was not a leap year.
    CHECK(Iin::validationError(u"000229300015"_s)
        == u"IIN 000229300015: its first six digits, 000229, are not a date of birth (YYMMDD) in the years 1900–1999."_s);
    // 8 6 1 3 1 2 3 0 0 0 1: 8 + 12 + 3 + 12 + 5 + 12 + 21 + 11 = 84; mod 11 = 7. Month 13.
    CHECK(Iin::validationError(u"861312300017"_s)
        == u"IIN 861312300017: its first six digits, 861312, are not a date of birth (YYMMDD) in the years 1900–1999."_s);
}

TEST_CASE("the seventh digit of an IIN must name a century", "[importing]")
{
    // 8 6 0 4 1 2 7 0 0 0 1: 8 + 12 + 0 + 16 + 5 + 12 + 49 + 11 = 113; 113 mod 11 = 3.
    CHECK(Iin::validationError(u"860412700013"_s)
        == u"IIN 860412700013: the seventh digit is 7, but it must be 1 to 6 (the century of birth and sex)."_s);
    CHECK(Iin::validationError(u"860412000018"_s).contains(u"the seventh digit is 0"_s));
    // 1 and 2 are the 1800s: 8 6 0 4 1 2 1 0 0 0 1: 8 + 12 + 16 + 5 + 12 + 7 + 11 = 71;
    // 71 mod 11 = 5.
    const std::optional<Iin> old = Iin::parse(u"860412100015"_s);
    REQUIRE(old.has_value());
    CHECK(old->birthDate() == QDate(1886, 4, 12));
}

TEST_CASE("the check digit is computed only from eleven digits", "[importing]")
{
    CHECK_FALSE(Iin::checkDigit(u"8604123000").has_value());
    CHECK_FALSE(Iin::checkDigit(u"860412300018").has_value());
    CHECK_FALSE(Iin::checkDigit(u"8604123000a").has_value());
}
