// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/votes.h"

#include "catchqt.h"

using namespace bagalau;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<Vote> ballots(int votesFor, int against, int abstain)
{
    QList<Vote> result;
    result.fill(Vote::For, votesFor);
    for (int i = 0; i < against; ++i)
        result << Vote::Against;
    for (int i = 0; i < abstain; ++i)
        result << Vote::Abstain;
    return result;
}

// A commission of `size` members, "chair" and "m2".."mN", with the chief specialist as secretary.
Commission commissionOf(int size)
{
    Commission commission;
    commission.secretaryId = u"secretary"_s;
    commission.members << CommissionMember{u"chair"_s, true};
    for (int i = 2; i <= size; ++i)
        commission.members << CommissionMember{u"m%1"_s.arg(i), false};
    return commission;
}

QStringList everyone(const Commission &commission)
{
    QStringList ids;
    for (const CommissionMember &member : commission.members)
        ids << member.personId;
    return ids;
}

CommissionOutcome decide(const Commission &commission, const QStringList &present,
    const QList<CommissionBallot> &ballots)
{
    QStringList errors;
    const std::optional<CommissionOutcome> outcome =
        commissionVote(commission, present, ballots, &errors);
    INFO(errors.join(u'\n').toStdString());
    REQUIRE(outcome.has_value());
    return *outcome;
}

// Ballots of the commission's members in order: the chair first.
QList<CommissionBallot> votesOf(const Commission &commission, const QList<Vote> &votes)
{
    QList<CommissionBallot> result;
    for (qsizetype i = 0; i < votes.size(); ++i)
        result << CommissionBallot{commission.members.at(i).personId, votes.at(i)};
    return result;
}

} // namespace

TEST_CASE("§41 decision 7 a calibration proposal passes with more than half of those who vote",
    "[methodology]")
{
    struct Row
    {
        int votesFor;
        int against;
        int abstain;
        bool adopted;
    };
    const auto row = GENERATE(values<Row>({
        {3, 2, 0, true}, {2, 2, 0, false}, // a tie is no majority: the score stays
        {2, 1, 1,
            false}, // the abstention counts among those who vote: 2 of 4 is not more than half
        {3, 1, 1, true}, {2, 0, 2, false}, {3, 0, 2, true}, {1, 0, 0, true}, {0, 3, 0, false},
        {0, 0, 3, false}, {0, 0, 0, false}, // nobody voted: nothing adopted
    }));
    INFO(row.votesFor << " for, " << row.against << " against, " << row.abstain << " abstained");
    const Score current = Score::fromHundredths(375);
    const Score up = Score::fromHundredths(425);
    const CalibrationOutcome outcome =
        calibrationVote(current, up, ballots(row.votesFor, row.against, row.abstain));
    CHECK(outcome.adopted == row.adopted);
    CHECK(outcome.finalScore.toString() == (row.adopted ? u"4.25"_s : u"3.75"_s));
    CHECK(outcome.votesFor == row.votesFor);
    CHECK(outcome.votesAgainst == row.against);
    CHECK(outcome.abstentions == row.abstain);
}

TEST_CASE("§41 a calibration may lower a score as well as raise it", "[methodology]")
{
    const CalibrationOutcome down =
        calibrationVote(Score::fromHundredths(400), Score::fromHundredths(350), ballots(4, 1, 0));
    CHECK(down.adopted);
    CHECK(down.finalScore.toString() == u"3.50"_s);
    CHECK(isMajority(4, 7));
    CHECK_FALSE(isMajority(3, 6));
    CHECK_FALSE(isMajority(0, 0));
}

TEST_CASE("§55 the commission's quorum is two thirds of its members", "[methodology]")
{
    struct Row
    {
        int members;
        int present;
        bool quorum;
    };
    const auto row = GENERATE(values<Row>({
        {6, 4, true}, // exactly two thirds
        {6, 3, false},
        {9, 6, true}, // exactly two thirds
        {9, 5, false}, // just below
        {5, 4, true}, // two thirds is 3.33: four are needed
        {5, 3, false},
        {7, 5, true},
        {7, 4, false},
        {3, 2, true},
        {3, 1, false},
    }));
    INFO(row.present << " of " << row.members);
    CHECK(hasQuorum(row.present, row.members) == row.quorum);

    const Commission commission = commissionOf(row.members);
    const QStringList present = everyone(commission).mid(0, row.present);
    // Everyone present votes for; without a quorum that still decides nothing.
    const CommissionOutcome outcome =
        decide(commission, present, votesOf(commission, QList<Vote>(row.present, Vote::For)));
    CHECK(outcome.membersPresent == row.present);
    CHECK(outcome.decision
        == (row.quorum ? CommissionDecision::Adopted : CommissionDecision::NoQuorum));
}

TEST_CASE("§55 §59 the secretary is neither counted in the quorum nor a voter", "[methodology]")
{
    const Commission commission = commissionOf(6);
    QStringList present = everyone(commission).mid(0, 3);
    present << u"secretary"_s;
    CHECK(decide(commission, present, {}).decision == CommissionDecision::NoQuorum);

    present = everyone(commission);
    QStringList errors;
    QList<CommissionBallot> ballots = votesOf(commission, QList<Vote>(6, Vote::For));
    ballots << CommissionBallot{u"secretary"_s, Vote::Against};
    CHECK_FALSE(commissionVote(commission, present, ballots, &errors).has_value());
    CHECK(errors
        == QStringList{
            u"The secretary of the commission does not vote (§59); the ballot is refused."_s});
}

TEST_CASE("§58 the commission decides by majority, a tie by the chair's vote", "[methodology]")
{
    struct Row
    {
        QList<Vote> votes; // the chair's first
        CommissionDecision decision;
        bool decidedByChair;
    };
    const auto F = Vote::For;
    const auto A = Vote::Against;
    const auto X = Vote::Abstain;
    const auto row = GENERATE_COPY(values<Row>({
        {{F, F, F, F, A, A}, CommissionDecision::Adopted, false},
        {{A, A, A, A, F, F}, CommissionDecision::NotAdopted, false},
        {{F, F, F, A, A, A}, CommissionDecision::Adopted, true}, // 3–3, the chair for
        {{A, A, A, F, F, F}, CommissionDecision::NotAdopted, true}, // 3–3, the chair against
        {{X, F, F, F, A, A}, CommissionDecision::NotAdopted,
            true}, // 3 of 6 for, the chair abstains
        {{F, F, F, A, A, X}, CommissionDecision::Adopted, true}, // 3 of 6 for, the chair for
        {{F, F, A, A, X, X}, CommissionDecision::NotAdopted, false},
        {{F, F, F, F, X, X}, CommissionDecision::Adopted, false},
    }));
    const Commission commission = commissionOf(6);
    const CommissionOutcome outcome =
        decide(commission, everyone(commission), votesOf(commission, row.votes));
    CHECK(outcome.decision == row.decision);
    CHECK(outcome.decidedByChair == row.decidedByChair);
}

TEST_CASE("§56 §58 a tie with the chair absent leaves the proposal not adopted", "[methodology]")
{
    const Commission commission = commissionOf(6);
    const QStringList present = {u"m2"_s, u"m3"_s, u"m4"_s, u"m5"_s}; // 4 of 6: a quorum
    const CommissionOutcome outcome = decide(commission, present,
        {{u"m2"_s, Vote::For}, {u"m3"_s, Vote::For}, {u"m4"_s, Vote::Against},
            {u"m5"_s, Vote::Against}});
    CHECK(outcome.decision == CommissionDecision::NotAdopted);
    CHECK_FALSE(outcome.decidedByChair);
    CHECK(outcome.votesFor == 2);
    CHECK(outcome.votesAgainst == 2);
}

TEST_CASE("§57 §59 ballots that cannot count are refused with a message", "[methodology]")
{
    const Commission commission = commissionOf(5);
    QStringList errors;
    const QStringList present = {u"chair"_s, u"m2"_s, u"m3"_s, u"m4"_s};
    const QList<CommissionBallot> ballots = {{u"chair"_s, Vote::For}, {u"m2"_s, Vote::For},
        {u"m2"_s, Vote::Against}, {u"m5"_s, Vote::For}, {u"guest"_s, Vote::For}};
    CHECK_FALSE(commissionVote(commission, present, ballots, &errors).has_value());
    CHECK(errors
        == QStringList{u"m2 has already voted."_s, u"m5 is not present and cannot vote."_s,
            u"guest is not a member of the commission and cannot vote."_s});
}

TEST_CASE(
    "§58 §59 a commission needs one chair and no secretary among its members", "[methodology]")
{
    CHECK(validateCommission(commissionOf(5)).isEmpty());

    Commission twoChairs = commissionOf(5);
    twoChairs.members[1].isChair = true;
    CHECK(validateCommission(twoChairs)
        == QStringList{u"The commission needs exactly one chair, not 2."_s});

    Commission noChair = commissionOf(5);
    noChair.members[0].isChair = false;
    CHECK(validateCommission(noChair)
        == QStringList{u"The commission needs exactly one chair, not 0."_s});

    Commission secretaryMember = commissionOf(5);
    secretaryMember.members << CommissionMember{u"secretary"_s, false};
    CHECK(validateCommission(secretaryMember)
        == QStringList{u"The secretary of the commission is not one of its voting members "
                       "(§59)."_s});

    Commission repeated = commissionOf(3);
    repeated.members << CommissionMember{u"m2"_s, false} << CommissionMember{QString(), false};
    CHECK(validateCommission(repeated)
        == QStringList{u"m2 is listed twice in the commission."_s,
            u"A member of the commission is not identified."_s});

    CHECK(validateCommission(Commission{}) == QStringList{u"The commission has no members."_s});
    QStringList errors;
    CHECK_FALSE(commissionVote(Commission{}, {}, {}, &errors).has_value());
    CHECK(errors == QStringList{u"The commission has no members."_s});
}

TEST_CASE("§57 votes have stable keys", "[methodology]")
{
    CHECK(voteKey(Vote::Abstain) == u"abstain"_s);
    CHECK(voteFromKey(u"for"_s) == Vote::For);
    CHECK_FALSE(voteFromKey(u"yes"_s).has_value());
    CHECK(voteLabel(Vote::Abstain) == u"Abstained"_s);
}
