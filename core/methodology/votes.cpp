// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/votes.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bagalau {

namespace {

class VotesText
{
    Q_DECLARE_TR_FUNCTIONS(VotesText)
};

struct Tally
{
    int votesFor = 0;
    int votesAgainst = 0;
    int abstentions = 0;

    void add(Vote vote)
    {
        switch (vote) {
        case Vote::For:
            ++votesFor;
            break;
        case Vote::Against:
            ++votesAgainst;
            break;
        case Vote::Abstain:
            ++abstentions;
            break;
        }
    }
    int cast() const { return votesFor + votesAgainst + abstentions; }
};

} // namespace

QString voteKey(Vote vote)
{
    switch (vote) {
    case Vote::For:
        return u"for"_s;
    case Vote::Against:
        return u"against"_s;
    case Vote::Abstain:
        return u"abstain"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Vote> voteFromKey(const QString &key)
{
    for (Vote vote : {Vote::For, Vote::Against, Vote::Abstain}) {
        if (voteKey(vote) == key)
            return vote;
    }
    return std::nullopt;
}

QString voteLabel(Vote vote)
{
    switch (vote) {
    case Vote::For:
        return VotesText::tr("For");
    case Vote::Against:
        return VotesText::tr("Against");
    case Vote::Abstain:
        return VotesText::tr("Abstained");
    }
    Q_UNREACHABLE();
    return {};
}

bool isMajority(int votesFor, int votesCast)
{
    return votesCast > 0 && 2 * votesFor > votesCast;
}

CalibrationOutcome calibrationVote(Score current, Score proposed, const QList<Vote> &votes)
{
    Tally tally;
    for (Vote vote : votes)
        tally.add(vote);
    CalibrationOutcome outcome;
    outcome.votesFor = tally.votesFor;
    outcome.votesAgainst = tally.votesAgainst;
    outcome.abstentions = tally.abstentions;
    outcome.adopted = isMajority(tally.votesFor, tally.cast());
    outcome.finalScore = outcome.adopted ? proposed : current;
    return outcome;
}

QStringList validateCommission(const Commission &commission)
{
    QStringList errors;
    if (commission.members.isEmpty())
        errors << VotesText::tr("The commission has no members.");
    const auto chairs = std::count_if(commission.members.cbegin(), commission.members.cend(),
        [](const CommissionMember &m) { return m.isChair; });
    if (!commission.members.isEmpty() && chairs != 1)
        errors << VotesText::tr("The commission needs exactly one chair, not %1.").arg(chairs);
    QSet<QString> seen;
    for (const CommissionMember &member : commission.members) {
        if (member.personId.isEmpty()) {
            errors << VotesText::tr("A member of the commission is not identified.");
            continue;
        }
        if (seen.contains(member.personId))
            errors << VotesText::tr("%1 is listed twice in the commission.").arg(member.personId);
        seen.insert(member.personId);
        if (member.personId == commission.secretaryId) {
            errors << VotesText::tr("The secretary of the commission is not one of its voting "
                                    "members (§59).");
        }
    }
    return errors;
}

bool hasQuorum(int membersPresent, int members)
{
    return members > 0 && 3 * membersPresent >= 2 * members;
}

std::optional<CommissionOutcome> commissionVote(const Commission &commission,
    const QStringList &presentIds, const QList<CommissionBallot> &ballots, QStringList *errors)
{
    QStringList problems = validateCommission(commission);

    QSet<QString> memberIds;
    QString chairId;
    for (const CommissionMember &member : commission.members) {
        memberIds.insert(member.personId);
        if (member.isChair)
            chairId = member.personId;
    }
    // The secretary and guests may be in the room; only members make the quorum.
    QSet<QString> present;
    for (const QString &id : presentIds) {
        if (memberIds.contains(id))
            present.insert(id);
    }

    Tally tally;
    std::optional<Vote> chairVote;
    QSet<QString> voted;
    for (const CommissionBallot &ballot : ballots) {
        if (!commission.secretaryId.isEmpty() && ballot.personId == commission.secretaryId) {
            problems << VotesText::tr("The secretary of the commission does not vote (§59); the "
                                      "ballot is refused.");
            continue;
        }
        if (!memberIds.contains(ballot.personId)) {
            problems << VotesText::tr("%1 is not a member of the commission and cannot vote.")
                            .arg(ballot.personId);
            continue;
        }
        if (!present.contains(ballot.personId)) {
            problems << VotesText::tr("%1 is not present and cannot vote.").arg(ballot.personId);
            continue;
        }
        if (voted.contains(ballot.personId)) {
            problems << VotesText::tr("%1 has already voted.").arg(ballot.personId);
            continue;
        }
        voted.insert(ballot.personId);
        tally.add(ballot.vote);
        if (ballot.personId == chairId)
            chairVote = ballot.vote;
    }
    if (!problems.isEmpty()) {
        if (errors)
            *errors = problems;
        return std::nullopt;
    }

    CommissionOutcome outcome;
    outcome.membersPresent = static_cast<int>(present.size());
    outcome.votesFor = tally.votesFor;
    outcome.votesAgainst = tally.votesAgainst;
    outcome.abstentions = tally.abstentions;
    if (!hasQuorum(outcome.membersPresent, static_cast<int>(commission.members.size()))) {
        outcome.decision = CommissionDecision::NoQuorum;
        return outcome;
    }
    if (isMajority(tally.votesFor, tally.cast())) {
        outcome.decision = CommissionDecision::Adopted;
    } else if (tally.cast() > 0 && 2 * tally.votesFor == tally.cast() && chairVote) {
        // §58: the votes are equal, the chair's vote decides.
        outcome.decidedByChair = true;
        outcome.decision =
            *chairVote == Vote::For ? CommissionDecision::Adopted : CommissionDecision::NotAdopted;
    } else {
        outcome.decision = CommissionDecision::NotAdopted;
    }
    return outcome;
}

} // namespace bagalau
