// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/ranking.h"

#include "catchqt.h"
#include "methodology/band.h"

using namespace bagalau;
using namespace Qt::Literals::StringLiterals;

namespace {

RankingSheet sheetOf(int quality, int deadlines, int initiative, int discipline)
{
    RankingSheet sheet;
    sheet.setMark(RankingParameter::Quality, quality);
    sheet.setMark(RankingParameter::Deadlines, deadlines);
    sheet.setMark(RankingParameter::Initiative, initiative);
    sheet.setMark(RankingParameter::Discipline, discipline);
    return sheet;
}

} // namespace

TEST_CASE("§32 the four ranking parameters have stable keys and labels", "[methodology]")
{
    struct Row
    {
        RankingParameter parameter;
        QString key;
        QString label;
    };
    const auto row = GENERATE(values<Row>({
        {RankingParameter::Quality, u"quality"_s, u"Quality of performing functional duties"_s},
        {RankingParameter::Deadlines, u"deadlines"_s, u"Meeting the deadlines of tasks"_s},
        {RankingParameter::Initiative, u"initiative"_s, u"Independence and initiative"_s},
        {RankingParameter::Discipline, u"discipline"_s, u"Labour discipline"_s},
    }));
    CHECK(rankingParameterKey(row.parameter) == row.key);
    CHECK(rankingParameterFromKey(row.key) == row.parameter);
    CHECK(rankingParameterLabel(row.parameter) == row.label);
    CHECK(rankingParameters().size() == 4);
    CHECK(rankingParameters().first() == RankingParameter::Quality);
    CHECK_FALSE(rankingParameterFromKey(u"volume"_s).has_value());
}

TEST_CASE("§31 §32 the ranking score is the mean of four marks 0–5", "[methodology]")
{
    struct Row
    {
        int marks[4];
        QString score;
        QString band;
    };
    const auto row = GENERATE(values<Row>({
        {{5, 5, 5, 5}, u"5.00"_s, u"effective"_s},
        {{4, 4, 4, 4}, u"4.00"_s, u"effective"_s},
        {{4, 4, 4, 3}, u"3.75"_s, u"proper"_s},
        {{3, 3, 3, 3}, u"3.00"_s, u"proper"_s},
        {{3, 2, 2, 2}, u"2.25"_s, u"satisfactory"_s},
        {{2, 2, 2, 1}, u"1.75"_s, u"unsatisfactory"_s},
        {{0, 0, 0, 0}, u"0.00"_s, u"unsatisfactory"_s},
        {{5, 0, 5, 0}, u"2.50"_s, u"satisfactory"_s},
    }));
    const RankingSheet sheet = sheetOf(row.marks[0], row.marks[1], row.marks[2], row.marks[3]);
    CHECK(sheet.errors().isEmpty());
    const std::optional<Score> score = sheet.score();
    REQUIRE(score.has_value());
    CHECK(score->toString() == row.score);
    CHECK(bandKey(bandOf(*score)) == row.band);
}

TEST_CASE(
    "§31 decision 9 a ranking sheet with a missing or invalid mark has no score", "[methodology]")
{
    RankingSheet sheet = sheetOf(4, 6, 4, -1);
    sheet.clearMark(RankingParameter::Quality);
    CHECK_FALSE(sheet.score().has_value());
    CHECK(sheet.errors()
        == QStringList{u"Quality of performing functional duties: no mark."_s,
            u"Meeting the deadlines of tasks: A mark is a whole number from 0 to 5 "
            "(§27, §31); 6 is not a mark."_s,
            u"Labour discipline: A mark is a whole number from 0 to 5 (§27, §31); -1 "
            "is not a mark."_s});
    CHECK(sheet.mark(RankingParameter::Deadlines) == 6);
    CHECK_FALSE(sheet.mark(RankingParameter::Quality).has_value());

    CHECK(RankingSheet().errors().size() == 4);
    CHECK_FALSE(RankingSheet().score().has_value());
}
