// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/score.h"

#include "catchqt.h"
#include "methodology/band.h"

#include <QLocale>

#include <stdexcept>

using namespace bagalau;
using namespace Qt::Literals::StringLiterals;

namespace {

Score score(const QString &text)
{
    const std::optional<Score> parsed = Score::parse(text);
    REQUIRE(parsed.has_value());
    return *parsed;
}

QList<Score> scores(std::initializer_list<const char16_t *> texts)
{
    QList<Score> result;
    for (const char16_t *text : texts)
        result << score(QString::fromUtf16(text));
    return result;
}

QuarterResult quarter(
    int number, const QString &original, bool evaluated = true, const QString &calibrated = {})
{
    QuarterResult result;
    result.quarter = Quarter(2024, number);
    result.evaluated = evaluated;
    result.original = score(original);
    if (!calibrated.isEmpty())
        result.calibrated = score(calibrated);
    return result;
}

} // namespace

TEST_CASE("§7 decision 5 a score is 0 to 5 with at most two decimals", "[methodology]")
{
    struct Row
    {
        QString text;
        int hundredths;
    };
    const auto row = GENERATE(values<Row>({{u"0"_s, 0}, {u"4"_s, 400}, {u"4.5"_s, 450},
        {u"4.33"_s, 433}, {u"3.99"_s, 399}, {u"0.01"_s, 1}, {u"5"_s, 500}, {u"5.00"_s, 500}}));
    INFO(row.text.toStdString());
    const std::optional<Score> parsed = Score::parse(row.text);
    REQUIRE(parsed.has_value());
    CHECK(parsed->hundredths() == row.hundredths);
}

TEST_CASE("§7 decision 5 anything else is not a score", "[methodology]")
{
    const auto text =
        GENERATE(u"6"_s, u"x"_s, u"4.333"_s, u"-1"_s, u""_s, u"5.01"_s, u"4."_s, u".5"_s, u" 4"_s,
            u"4 "_s, u"4,5"_s, u"+4"_s, u"10"_s, u"4.5x"_s, u"\u0664"_s /* Arabic-Indic four */);
    INFO(text.toStdString());
    CHECK_FALSE(Score::parse(text).has_value());
}

TEST_CASE("§7 decision 5 a score is written with two decimals, in the locale's way on forms",
    "[methodology]")
{
    CHECK(Score::fromHundredths(375).toString() == u"3.75"_s);
    CHECK(Score::fromMark(4).toString() == u"4.00"_s);
    CHECK(Score::fromHundredths(5).toString() == u"0.05"_s);
    CHECK(Score::fromHundredths(450).toString() == u"4.50"_s);
    CHECK(Score::fromHundredths(375).toLocaleString(QLocale(QLocale::Russian)) == u"3,75"_s);
    CHECK(Score::fromHundredths(375).toLocaleString(QLocale(QLocale::Kazakh)) == u"3,75"_s);
    CHECK(Score::fromHundredths(5).toLocaleString(QLocale(QLocale::Russian)) == u"0,05"_s);
    CHECK(Score::fromMark(5).toLocaleString(QLocale(QLocale::English)) == u"5.00"_s);
}

TEST_CASE(
    "decision 5 a mean of scores is exact and rounded half up to two decimals", "[methodology]")
{
    struct Row
    {
        QList<Score> scores;
        QString mean;
    };
    const auto row = GENERATE_COPY(values<Row>({
        // The DIGEST's example: 15.98 / 4 = 3.995 → 4.00; a double gives 3.99.
        {scores({u"4.33", u"3.67", u"4.00", u"3.98"}), u"4.00"_s},
        {scores({u"3.99", u"4.00"}), u"4.00"_s}, // 3.995
        {scores({u"1.99", u"2.00"}), u"2.00"_s}, // 1.995
        {scores({u"0.01", u"0.02"}), u"0.02"_s}, // 0.015
        {scores({u"4.33", u"4.34"}), u"4.34"_s}, // 4.335
        {scores({u"3.98", u"3.99"}), u"3.99"_s}, // 3.985
        {scores({u"4", u"4", u"5"}), u"4.33"_s}, // 4.333…
        {scores({u"4", u"5", u"5"}), u"4.67"_s}, // 4.666…
        {scores({u"5", u"5", u"5", u"5"}), u"5.00"_s},
        {scores({u"0", u"0"}), u"0.00"_s},
        {scores({u"3.75"}), u"3.75"_s},
    }));
    CHECK(Score::mean(row.scores).toString() == row.mean);
}

TEST_CASE(
    "§27 §31 decision 5 a sheet's score is the mean of its marks, rounded half up", "[methodology]")
{
    struct Row
    {
        QList<int> marks;
        QString mean;
    };
    const auto row = GENERATE(values<Row>({
        {{4, 4, 4, 3}, u"3.75"_s},
        {{5, 4, 4}, u"4.33"_s},
        {{5, 5, 4}, u"4.67"_s},
        {{2, 2, 1}, u"1.67"_s},
        {{4, 4, 4, 4, 4, 4, 4, 3}, u"3.88"_s}, // 3.875
        {{2, 2, 2, 2, 2, 2, 2, 1}, u"1.88"_s}, // 1.875
        {{0}, u"0.00"_s},
        {{5, 5, 5, 5}, u"5.00"_s},
        {{0, 5}, u"2.50"_s},
    }));
    CHECK(Score::meanOfMarks(row.marks).toString() == row.mean);
}

TEST_CASE("§27 §31 decision 9 a mark is a whole number from 0 to 5", "[methodology]")
{
    for (int mark = 0; mark <= 5; ++mark) {
        CHECK(isValidMark(mark));
        CHECK(markError(mark).isEmpty());
        CHECK(parseMark(QString::number(mark)) == mark);
    }
    CHECK_FALSE(isValidMark(6));
    CHECK_FALSE(isValidMark(-1));
    CHECK(markError(6) == u"A mark is a whole number from 0 to 5 (§27, §31); 6 is not a mark."_s);
    CHECK(markError(-1) == u"A mark is a whole number from 0 to 5 (§27, §31); -1 is not a mark."_s);

    for (const QString &text : {u"6"_s, u"4.5"_s, u"x"_s, u" 4"_s, u"-1"_s, u"05"_s}) {
        INFO(text.toStdString());
        QString error;
        CHECK_FALSE(parseMark(text, &error).has_value());
        CHECK(error
            == u"A mark is a whole number from 0 to 5 (§27, §31); \"%1\" is not a mark."_s.arg(
                text));
    }
    QString error;
    CHECK_FALSE(parseMark(QString(), &error).has_value());
    CHECK(error == u"A mark is missing: enter a whole number from 0 to 5 (§27, §31)."_s);
}

TEST_CASE("§7 §27 decision 5 a score outside 0–5 or the mean of nothing is refused, never produced",
    "[methodology]")
{
    CHECK_THROWS_AS(Score::fromMark(6), std::out_of_range);
    CHECK_THROWS_AS(Score::fromMark(-1), std::out_of_range);
    CHECK_THROWS_AS(Score::fromHundredths(501), std::out_of_range);
    CHECK_THROWS_AS(Score::fromHundredths(-1), std::out_of_range);
    CHECK_THROWS_AS(Score::mean({}), std::invalid_argument);
    CHECK_THROWS_AS(Score::meanOfMarks({}), std::invalid_argument);
    CHECK_THROWS_AS(Score::meanOfMarks({4, 6}), std::out_of_range);
    CHECK(Score::fromHundredths(500) == Score::fromMark(5));
    CHECK(Score::fromHundredths(399) < Score::fromMark(4));
}

TEST_CASE(
    "§4 decision 5 the annual score is the mean of the rounded quarterly scores", "[methodology]")
{
    const QList<QuarterResult> year = {
        quarter(1, u"4.33"_s), quarter(2, u"3.67"_s), quarter(3, u"4.00"_s), quarter(4, u"3.98"_s)};
    const std::optional<Score> annual = annualScore(year);
    REQUIRE(annual.has_value());
    CHECK(annual->toString() == u"4.00"_s);
    CHECK(bandKey(bandOf(*annual)) == u"effective"_s);
}

TEST_CASE("§4 §5 a quarter not evaluated is left out of the annual mean", "[methodology]")
{
    // Counted as 0.00, the second quarter would pull the mean down to 2.63.
    const QList<QuarterResult> year = {quarter(1, u"4.00"_s), quarter(2, u"0"_s, false),
        quarter(3, u"3.00"_s), quarter(4, u"3.50"_s)};
    CHECK(annualScore(year)->toString() == u"3.50"_s);
    // A year with only the first quarter evaluated (appointed late in it, or left in April).
    CHECK(annualScore({quarter(1, u"3.25"_s)})->toString() == u"3.25"_s);
}

TEST_CASE("§41 decision 6 a calibrated score flows into the annual score", "[methodology]")
{
    // Without the calibration: 15.49 / 4 = 3.8725 → 3.87, proper.
    const QList<QuarterResult> raised = {quarter(1, u"3.50"_s, true, u"4.00"_s),
        quarter(2, u"4.00"_s), quarter(3, u"3.99"_s), quarter(4, u"4.00"_s)};
    const std::optional<Score> annual = annualScore(raised);
    CHECK(annual->toString() == u"4.00"_s); // 15.99 / 4 = 3.9975
    CHECK(bandOf(*annual) == Band::Effective);

    // §41: a calibration may also lower a score.
    const QList<QuarterResult> lowered = {
        quarter(1, u"4.00"_s, true, u"3.00"_s), quarter(2, u"4.00"_s)};
    CHECK(annualScore(lowered)->toString() == u"3.50"_s);
    CHECK(lowered.first().finalScore().toString() == u"3.00"_s);
}

TEST_CASE("§4 the annual score refuses what is not one year of quarters", "[methodology]")
{
    QString error;
    CHECK_FALSE(annualScore({}, &error).has_value());
    CHECK(error == u"No quarter of the year was evaluated: there is no annual score."_s);

    CHECK_FALSE(annualScore({quarter(1, u"4"_s, false), quarter(2, u"4"_s, false)}, &error));
    CHECK(error == u"No quarter of the year was evaluated: there is no annual score."_s);

    CHECK_FALSE(annualScore({quarter(1, u"4"_s), quarter(1, u"3"_s)}, &error));
    CHECK(error == u"The quarter 2024Q1 is given twice."_s);

    QuarterResult lastYear = quarter(4, u"4"_s);
    lastYear.quarter = Quarter(2023, 4);
    CHECK_FALSE(annualScore({quarter(1, u"4"_s), lastYear}, &error));
    CHECK(error
        == u"The annual score takes the quarters of one year; 2024Q1 and 2023Q4 are of "
           "different years."_s);

    CHECK_FALSE(annualScore({quarter(1, u"4"_s), quarter(2, u"0"_s, false, u"3.00"_s)}, &error));
    CHECK(error == u"The quarter 2024Q2 was not evaluated but has a calibrated score."_s);

    QuarterResult invalid;
    invalid.evaluated = true;
    CHECK_FALSE(annualScore({invalid}, &error));
    CHECK(error == u"A quarter of the annual score is not a valid quarter."_s);
}
