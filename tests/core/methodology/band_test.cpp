// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/band.h"

#include "catchqt.h"

using namespace bagalau;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("§7 grade bands are read from the rounded score", "[methodology]")
{
    struct Row
    {
        int hundredths;
        QString band;
    };
    const auto row = GENERATE(values<Row>({{500, u"effective"_s}, {450, u"effective"_s},
        {400, u"effective"_s}, {399, u"proper"_s}, {350, u"proper"_s}, {300, u"proper"_s},
        {299, u"satisfactory"_s}, {200, u"satisfactory"_s}, {199, u"unsatisfactory"_s},
        {100, u"unsatisfactory"_s}, {1, u"unsatisfactory"_s}, {0, u"unsatisfactory"_s}}));
    INFO(row.hundredths);
    CHECK(bandKey(bandOf(Score::fromHundredths(row.hundredths))) == row.band);
}

TEST_CASE("§7 decision 5 a mean of x.xx5 is rounded up before its band is read", "[methodology]")
{
    // 3.995 and 1.995 would fall in the lower band if the band were read from the exact mean.
    const Score effective = Score::mean({Score::fromHundredths(399), Score::fromHundredths(400)});
    CHECK(effective.toString() == u"4.00"_s);
    CHECK(bandOf(effective) == Band::Effective);
    const Score satisfactory =
        Score::mean({Score::fromHundredths(199), Score::fromHundredths(200)});
    CHECK(satisfactory.toString() == u"2.00"_s);
    CHECK(bandOf(satisfactory) == Band::Satisfactory);
    CHECK(bandOf(Score::meanOfMarks({3, 3, 3, 2})) == Band::Satisfactory); // 2.75
}

TEST_CASE("§7 band keys are stable and read back", "[methodology]")
{
    struct Row
    {
        Band band;
        QString key;
    };
    const auto row =
        GENERATE(values<Row>({{Band::Effective, u"effective"_s}, {Band::Proper, u"proper"_s},
            {Band::Satisfactory, u"satisfactory"_s}, {Band::Unsatisfactory, u"unsatisfactory"_s}}));
    CHECK(bandKey(row.band) == row.key);
    CHECK(bandFromKey(row.key) == row.band);
    for (const QString &unknown : {u"Effective"_s, u""_s, u"good"_s, u" proper"_s})
        CHECK_FALSE(bandFromKey(unknown).has_value());
}

TEST_CASE("§7 band labels are the source of the official wording", "[methodology]")
{
    CHECK(bandLabel(Band::Effective) == u"Performs functional duties effectively"_s);
    CHECK(bandLabel(Band::Proper) == u"Performs functional duties properly"_s);
    CHECK(bandLabel(Band::Satisfactory) == u"Performs functional duties satisfactorily"_s);
    CHECK(bandLabel(Band::Unsatisfactory) == u"Performs functional duties unsatisfactorily"_s);
}
