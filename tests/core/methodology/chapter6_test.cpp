// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/chapter6.h"

#include "catchqt.h"

#include <stdexcept>

using namespace bagalau;
using namespace Qt::Literals::StringLiterals;

namespace {

Kci kci(const char16_t *plan, const char16_t *actual,
    KciDirection direction = KciDirection::MoreIsBetter)
{
    return {u"Indicator"_s, u"units"_s, *Decimal::parse(QString::fromUtf16(plan)),
        *Decimal::parse(QString::fromUtf16(actual)), direction};
}

} // namespace

TEST_CASE("§48 chapter 6 bands by the number of KCI achieved out of five", "[methodology]")
{
    struct Row
    {
        int achieved;
        Band band;
    };
    const auto row =
        GENERATE(values<Row>({{5, Band::Effective}, {4, Band::Proper}, {3, Band::Satisfactory},
            {2, Band::Unsatisfactory}, {1, Band::Unsatisfactory}, {0, Band::Unsatisfactory}}));
    INFO(row.achieved);
    CHECK(bandForAchievedKci(row.achieved) == row.band);
    CHECK(achievedKciError(row.achieved).isEmpty());
}

TEST_CASE("§46 §48 a count of KCI achieved outside 0–5 is refused", "[methodology]")
{
    const int achieved = GENERATE(6, -1, 10);
    CHECK_THROWS_AS(bandForAchievedKci(achieved), std::out_of_range);
    CHECK(achievedKciError(achieved)
        == u"A chapter-6 plan holds 5 KCI (§46), so from 0 to 5 can be achieved, not %1."_s.arg(
            achieved));
    CHECK(Chapter6KciCount == 5);
}

TEST_CASE(
    "§48 a KCI is achieved only when its plan is fully met, compared exactly", "[methodology]")
{
    struct Row
    {
        Kci kci;
        bool achieved;
    };
    const auto less = KciDirection::LessIsBetter;
    const auto row = GENERATE_COPY(values<Row>({
        {kci(u"10", u"10"), true},
        {kci(u"10", u"12.5"), true},
        {kci(u"10", u"9.9999"), false}, // 99.999 %: shown rounded as 100.00 %, still not met
        {kci(u"5", u"5", less), true},
        {kci(u"5", u"4", less), true},
        {kci(u"5", u"5.0001", less), false},
        {kci(u"0", u"0", less), true},
    }));
    CHECK(isKciAchieved(row.kci) == row.achieved);
    CHECK(realizationOf(kci(u"10", u"9.9999"))->percent->toString(2) == u"100.00"_s);
}

TEST_CASE("§46 §48 the band of a chapter-6 plan comes from its five KCI", "[methodology]")
{
    QList<Kci> plan = {kci(u"10", u"10"), kci(u"10", u"11"),
        kci(u"3", u"2", KciDirection::LessIsBetter), kci(u"100", u"100"), kci(u"1", u"0.5")};
    CHECK(chapter6Band(plan) == Band::Proper);
    plan[4].actual = *Decimal::parse(u"1"_s);
    CHECK(chapter6Band(plan) == Band::Effective);
    plan[0].actual = *Decimal::parse(u"0"_s);
    plan[1].actual = *Decimal::parse(u"0"_s);
    plan[2].actual = *Decimal::parse(u"4"_s);
    CHECK(chapter6Band(plan) == Band::Unsatisfactory);

    QStringList errors;
    plan.removeLast();
    CHECK_FALSE(chapter6Band(plan, &errors).has_value());
    CHECK(errors == QStringList{u"A plan under chapter 6 holds exactly 5 KCI (§46), not 4."_s});

    plan << kci(u"1", u"1");
    plan[3].actual = *Decimal::parse(u"-2"_s);
    CHECK_FALSE(chapter6Band(plan, &errors).has_value());
    CHECK(errors == QStringList{u"KCI 4: the actual value is negative."_s});
}
