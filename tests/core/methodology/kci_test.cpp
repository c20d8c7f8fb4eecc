// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/kci.h"

#include "catchqt.h"

#include <QLocale>

using namespace bagalau;
using namespace Qt::Literals::StringLiterals;

namespace {

Decimal dec(const QString &text)
{
    const std::optional<Decimal> value = Decimal::parse(text);
    REQUIRE(value.has_value());
    return *value;
}

Kci kci(const QString &plan, const QString &actual,
    KciDirection direction = KciDirection::MoreIsBetter, const QString &title = u"Share"_s)
{
    return {title, u"%"_s, dec(plan), dec(actual), direction};
}

QString percentOf(const Kci &indicator)
{
    QString error;
    const std::optional<Realization> realization = realizationOf(indicator, &error);
    INFO(error.toStdString());
    REQUIRE(realization.has_value());
    REQUIRE_FALSE(realization->isUnbounded());
    return realization->percent->toString(2);
}

AllowedMarkRow tableRow(const QString &from, const QString &to, int min, int max)
{
    return {dec(from), to.isEmpty() ? std::nullopt : std::optional<Decimal>(dec(to)), min, max};
}

// An appendix-3 table as a chief specialist might enter it.
QList<AllowedMarkRow> sampleTable()
{
    return {tableRow(u"0"_s, u"49.99"_s, 0, 1), tableRow(u"50"_s, u"79.99"_s, 2, 3),
        tableRow(u"80"_s, u"99.99"_s, 3, 4), tableRow(u"100"_s, {}, 5, 5)};
}

Realization percent(const QString &text)
{
    return Realization{dec(text)};
}

} // namespace

TEST_CASE("§24 a KCI value is an exact decimal read strictly", "[methodology]")
{
    struct Row
    {
        QString text;
        qint64 raw;
    };
    const auto accepted = GENERATE(values<Row>(
        {{u"12"_s, 120000}, {u"-3.5"_s, -35000}, {u"0.0001"_s, 1}, {u"1234567.25"_s, 12345672500},
            {u"000123"_s, 1230000}, {u"0"_s, 0}, {u"999999999999.9999"_s, 9999999999999999}}));
    INFO(accepted.text.toStdString());
    CHECK(Decimal::parse(accepted.text)->raw() == accepted.raw);

    for (const QString &bad :
        {u""_s, u"-"_s, u".5"_s, u"5."_s, u"1.23456"_s, u"+5"_s, u" 5"_s, u"5 "_s, u"1,5"_s,
            u"1e3"_s, u"1 000"_s, u"1234567890123"_s, u"--5"_s, u"5-"_s, u"x"_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(Decimal::parse(bad).has_value());
    }
}

TEST_CASE("§24 a KCI value is written without losing or inventing digits", "[methodology]")
{
    CHECK(dec(u"87.5"_s).toString() == u"87.5"_s);
    CHECK(dec(u"87.5"_s).toString(2) == u"87.50"_s);
    CHECK(dec(u"-3.5"_s).toString() == u"-3.5"_s);
    CHECK(dec(u"0"_s).toString() == u"0"_s);
    CHECK(dec(u"0.0001"_s).toString(2) == u"0.0001"_s);
    CHECK(dec(u"1234567.25"_s).toLocaleString(QLocale(QLocale::Russian)) == u"1234567,25"_s);
    CHECK(dec(u"87.5"_s).toLocaleString(QLocale(QLocale::Kazakh), 2) == u"87,50"_s);
    CHECK(dec(u"87.5"_s).decimals() == 1);
    CHECK(dec(u"87"_s).decimals() == 0);
    CHECK(dec(u"0.0125"_s).decimals() == 4);
}

TEST_CASE("§23 §46 a plan holds 3 to 5 KCI, under chapter 6 exactly 5", "[methodology]")
{
    struct Row
    {
        int count;
        KciRegime regime;
        QString error; // empty: valid
    };
    const auto row = GENERATE(values<Row>({
        {2, KciRegime::Regular, u"A plan holds from 3 to 5 KCI (§23), not 2."_s},
        {3, KciRegime::Regular, {}},
        {5, KciRegime::Regular, {}},
        {6, KciRegime::Regular, u"A plan holds from 3 to 5 KCI (§23), not 6."_s},
        {4, KciRegime::Chapter6, u"A plan under chapter 6 holds exactly 5 KCI (§46), not 4."_s},
        {5, KciRegime::Chapter6, {}},
        {6, KciRegime::Chapter6, u"A plan under chapter 6 holds exactly 5 KCI (§46), not 6."_s},
    }));
    QList<Kci> plan;
    for (int i = 0; i < row.count; ++i)
        plan << kci(u"100"_s, u"100"_s);
    const QStringList errors = validateKciPlan(plan, row.regime);
    if (row.error.isEmpty())
        CHECK(errors.isEmpty());
    else
        CHECK(errors == QStringList{row.error});
}

TEST_CASE("§24 every KCI of a plan has a title, a unit and a usable plan value", "[methodology]")
{
    QList<Kci> plan = {kci(u"100"_s, u"0"_s), kci(u"100"_s, u"0"_s), kci(u"100"_s, u"0"_s)};
    plan[0].title = u"  "_s;
    plan[1].unit.clear();
    plan[2].plan = dec(u"0"_s);
    CHECK(validateKciPlan(plan)
        == QStringList{u"KCI 1 has no title."_s,
            u"KCI 2 \"Share\" has no unit of measure (§24: a KCI is measurable)."_s,
            u"KCI 3 \"Share\": the plan value is 0 where more is better, so nothing "
            "could measure its realization."_s});
    plan[2].plan = dec(u"-1"_s);
    CHECK(validateKciPlan(plan).last() == u"KCI 3 \"Share\": the plan value is negative."_s);
    // Zero is a fine target where less is better ("no complaints").
    plan[2] = kci(u"0"_s, u"0"_s, KciDirection::LessIsBetter);
    CHECK(validateKciPlan(plan).size() == 2);
    // A title with "%2" in it stays as written.
    plan = {kci(u"1"_s, u"1"_s, KciDirection::MoreIsBetter, u"Up %2 %1"_s)};
    plan[0].unit.clear();
    CHECK(validateKciPlan(plan).last()
        == u"KCI 1 \"Up %2 %1\" has no unit of measure (§24: a KCI is measurable)."_s);
}

TEST_CASE(
    "§27 realization is actual/plan or plan/actual × 100, exact, rounded half up", "[methodology]")
{
    struct Row
    {
        KciDirection direction;
        QString plan;
        QString actual;
        QString percent;
    };
    const auto more = KciDirection::MoreIsBetter;
    const auto less = KciDirection::LessIsBetter;
    const auto row = GENERATE_COPY(values<Row>({
        {more, u"100"_s, u"87.5"_s, u"87.50"_s},
        {more, u"8"_s, u"7"_s, u"87.50"_s},
        {more, u"3"_s, u"2"_s, u"66.67"_s}, // 66.666…
        {more, u"3"_s, u"1"_s, u"33.33"_s}, // 33.333…
        {more, u"100"_s, u"150"_s, u"150.00"_s},
        {more, u"16"_s, u"1.0008"_s, u"6.26"_s}, // 6.255 exactly: half up
        {more, u"200"_s, u"0.01"_s, u"0.01"_s}, // 0.005 exactly: half up
        {more, u"400"_s, u"0.01"_s, u"0.00"_s}, // 0.0025
        {more, u"1"_s, u"0"_s, u"0.00"_s},
        {more, u"999999999999.9999"_s, u"999999999999.9998"_s, u"100.00"_s}, // no overflow
        {less, u"10"_s, u"12"_s, u"83.33"_s},
        {less, u"12"_s, u"10"_s, u"120.00"_s},
        {less, u"10"_s, u"10"_s, u"100.00"_s},
    }));
    INFO(row.plan.toStdString() << " / " << row.actual.toStdString());
    CHECK(percentOf(kci(row.plan, row.actual, row.direction)) == row.percent);
}

TEST_CASE("§27 zero and negative values have a defined realization", "[methodology]")
{
    const auto less = KciDirection::LessIsBetter;
    // Target "none", none happened: met exactly.
    CHECK(percentOf(kci(u"0"_s, u"0"_s, less)) == u"100.00"_s);
    // Target "none", some happened: nothing of the target met.
    CHECK(percentOf(kci(u"0"_s, u"5"_s, less)) == u"0.00"_s);
    // Fewer than planned down to none: better than any percent.
    const std::optional<Realization> unbounded = realizationOf(kci(u"5"_s, u"0"_s, less));
    REQUIRE(unbounded.has_value());
    CHECK(unbounded->isUnbounded());
    CHECK(unbounded->toLocaleString(QLocale(QLocale::Russian)) == u"∞"_s);
    CHECK(realizationOf(kci(u"8"_s, u"7"_s))->toLocaleString(QLocale(QLocale::Russian))
        == u"87,50\u00A0%"_s);

    QString error;
    CHECK_FALSE(realizationOf(kci(u"0"_s, u"5"_s), &error).has_value());
    CHECK(error
        == u"The plan value is 0 where more is better: the realization cannot be measured."_s);
    CHECK_FALSE(realizationOf(kci(u"10"_s, u"-1"_s), &error).has_value());
    CHECK(error == u"KCI values are not negative."_s);
    CHECK_FALSE(realizationOf(kci(u"0.0001"_s, u"1000"_s), &error).has_value());
    CHECK(error == u"The realization passes 1 000 000 000 %: check the plan and actual values."_s);
    CHECK(percentOf(kci(u"0.0001"_s, u"999.9999"_s)) == u"999999900.00"_s);
}

TEST_CASE("§27 decision 10 the appendix-3 table gives the allowed marks", "[methodology]")
{
    struct Row
    {
        QString percent;
        MarkRange allowed;
    };
    const auto row = GENERATE(values<Row>(
        {{u"0"_s, {0, 1}}, {u"49.99"_s, {0, 1}}, {u"50"_s, {2, 3}}, {u"79.99"_s, {2, 3}},
            {u"80"_s, {3, 4}}, {u"99.99"_s, {3, 4}}, {u"100"_s, {5, 5}}, {u"250"_s, {5, 5}}}));
    INFO(row.percent.toStdString());
    CHECK(allowedMarks(sampleTable(), percent(row.percent)) == row.allowed);
    // Until the table is entered, any mark 0–5 (decision 10).
    CHECK(allowedMarks({}, percent(row.percent)) == MarkRange{0, 5});
}

TEST_CASE("§27 an unbounded realization falls in the table's open top row", "[methodology]")
{
    CHECK(allowedMarks(sampleTable(), Realization{}) == MarkRange{5, 5});
    CHECK(allowedMarks({}, Realization{}) == MarkRange{0, 5});

    QList<AllowedMarkRow> closed = sampleTable();
    closed.last().toPercent = dec(u"200"_s);
    QString error;
    CHECK_FALSE(allowedMarks(closed, Realization{}, &error).has_value());
    CHECK(error
        == u"The table of allowed marks (appendix 3) has no open-ended top row for a "
           "realization better than any percent."_s);
    CHECK_FALSE(allowedMarks(closed, percent(u"200.01"_s), &error).has_value());
    CHECK(error == u"The table of allowed marks (appendix 3) has no row for 200.01 %."_s);
}

TEST_CASE("§27 decision 10 a table that cannot be used is refused with its faults", "[methodology]")
{
    CHECK(validateAllowedMarkTable(sampleTable()).isEmpty());
    CHECK(validateAllowedMarkTable({}).isEmpty());

    struct Row
    {
        QList<AllowedMarkRow> table;
        QStringList errors;
    };
    const auto bad = GENERATE_COPY(values<Row>({
        {{tableRow(u"0"_s, u"50"_s, 0, 2), tableRow(u"50"_s, {}, 3, 5)},
            {u"Rows 1 (0.00 % to 50.00 %) and 2 (50.00 % and above) overlap: a realization would "
             "have two ranges of marks."_s}},
        {{tableRow(u"60"_s, {}, 3, 5), tableRow(u"0"_s, u"70"_s, 0, 2)},
            {u"Rows 1 (60.00 % and above) and 2 (0.00 % to 70.00 %) overlap: a realization would "
             "have two ranges of marks."_s}},
        {{tableRow(u"0"_s, {}, 0, 6)}, {u"Row 1: marks are whole numbers from 0 to 5."_s}},
        {{tableRow(u"0"_s, {}, -1, 5)}, {u"Row 1: marks are whole numbers from 0 to 5."_s}},
        {{tableRow(u"0"_s, {}, 4, 3)}, {u"Row 1: the lowest mark is above the highest."_s}},
        {{tableRow(u"-5"_s, u"10"_s, 0, 1)}, {u"Row 1: a realization percent is not negative."_s}},
        {{tableRow(u"50"_s, u"10"_s, 0, 1)}, {u"Row 1: the range of percents is reversed."_s}},
        {{tableRow(u"0"_s, u"49.995"_s, 0, 1)},
            {u"Row 1: percents have at most two decimals, as realizations are rounded to two."_s}},
    }));
    CHECK(validateAllowedMarkTable(bad.table) == bad.errors);
    QString error;
    CHECK_FALSE(allowedMarks(bad.table, percent(u"10"_s), &error).has_value());
    CHECK(error == u"The table of allowed marks (appendix 3) has errors; correct it first."_s);
}

TEST_CASE(
    "§27 the KCI sheet's score is the mean of marks within their allowed ranges", "[methodology]")
{
    // Realizations 100 %, 87.50 %, 83.33 % (less is better): allowed 5, 3–4, 3–4.
    QList<KciSheetLine> sheet = {{kci(u"10"_s, u"10"_s), 5}, {kci(u"8"_s, u"7"_s), 4},
        {kci(u"10"_s, u"12"_s, KciDirection::LessIsBetter), 4}};
    QStringList errors;
    std::optional<Score> score = kciSheetScore(sheet, sampleTable(), &errors);
    REQUIRE(score.has_value());
    CHECK(score->toString() == u"4.33"_s);

    sheet[2].mark = 3;
    CHECK(kciSheetScore(sheet, sampleTable())->toString() == u"4.00"_s);

    // Decision 10: with no table yet any mark 0–5 stands.
    sheet[1].mark = 0;
    CHECK(kciSheetScore(sheet, {})->toString() == u"2.67"_s);

    CHECK_FALSE(kciSheetScore(sheet, sampleTable(), &errors).has_value());
    CHECK(errors
        == QStringList{u"KCI 2 \"Share\": the mark 0 is outside the marks 3 to 4 that the table "
                       "allows for a realization of 87.50 % (§27, appendix 3)."_s});
}

TEST_CASE("§23 §27 a KCI sheet with a bad mark, a missing mark or a bad plan has no score",
    "[methodology]")
{
    QList<KciSheetLine> sheet = {{kci(u"10"_s, u"10"_s), 6}, {kci(u"8"_s, u"7"_s), std::nullopt},
        {kci(u"10"_s, u"-1"_s), 2}};
    QStringList errors;
    CHECK_FALSE(kciSheetScore(sheet, {}, &errors).has_value());
    CHECK(errors
        == QStringList{
            u"KCI 1 \"Share\": A mark is a whole number from 0 to 5 (§27, §31); 6 is not a mark."_s,
            u"KCI 2 \"Share\" has no mark."_s, u"KCI 3 \"Share\": KCI values are not negative."_s});

    sheet = {{kci(u"10"_s, u"10"_s), 5}, {kci(u"10"_s, u"10"_s), 5}};
    CHECK_FALSE(kciSheetScore(sheet, {}, &errors).has_value());
    CHECK(errors == QStringList{u"A plan holds from 3 to 5 KCI (§23), not 2."_s});

    sheet << KciSheetLine{kci(u"10"_s, u"10"_s), 5};
    CHECK_FALSE(kciSheetScore(sheet, {tableRow(u"0"_s, {}, 0, 9)}, &errors).has_value());
    CHECK(errors
        == QStringList{u"The table of allowed marks (appendix 3) has errors:"_s,
            u"Row 1: marks are whole numbers from 0 to 5."_s});
}

TEST_CASE("§24 KCI directions have stable keys", "[methodology]")
{
    CHECK(kciDirectionKey(KciDirection::MoreIsBetter) == u"more_is_better"_s);
    CHECK(kciDirectionKey(KciDirection::LessIsBetter) == u"less_is_better"_s);
    CHECK(kciDirectionFromKey(u"less_is_better"_s) == KciDirection::LessIsBetter);
    CHECK_FALSE(kciDirectionFromKey(u"less"_s).has_value());
    CHECK(kciDirectionLabel(KciDirection::LessIsBetter) == u"Less is better"_s);
}
