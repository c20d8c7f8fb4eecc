// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/score.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bagalau {

// A ballot in a calibration session (§41) or in the commission (§57).
enum class Vote { For, Against, Abstain };

// "for", "against", "abstain".
QString voteKey(Vote vote);
std::optional<Vote> voteFromKey(const QString &key);
QString voteLabel(Vote vote);

// Decision 7: a majority is more than half of the participants who vote. An abstention is a
// participant who takes part in the vote without supporting the proposal: it counts among those
// who vote and not among the votes for, so abstaining weighs like voting against.
bool isMajority(int votesFor, int votesCast);

struct CalibrationOutcome
{
    bool adopted = false;
    int votesFor = 0;
    int votesAgainst = 0;
    int abstentions = 0;
    Score finalScore; // the proposal when adopted, otherwise the score as it was
};

// §41 and decision 7: a proposal to correct a score (up or down) is adopted when the votes for
// it are more than half of the participants who vote; otherwise the score stays. One call per
// proposal; no votes at all adopt nothing.
CalibrationOutcome calibrationVote(Score current, Score proposed, const QList<Vote> &votes);

// The commission of chapter 6 (§54–59). Its members vote; the secretary — the chief
// specialist — keeps the protocol and is not a member of the vote (§59).
struct CommissionMember
{
    QString personId;
    bool isChair = false;
};

struct Commission
{
    QList<CommissionMember> members; // the chair included, the secretary not
    QString secretaryId;
};

struct CommissionBallot
{
    QString personId;
    Vote vote = Vote::Abstain;
};

enum class CommissionDecision { NoQuorum, Adopted, NotAdopted };

struct CommissionOutcome
{
    CommissionDecision decision = CommissionDecision::NoQuorum;
    int membersPresent = 0;
    int votesFor = 0;
    int votesAgainst = 0;
    int abstentions = 0;
    bool decidedByChair = false; // a tie broken by the chair's vote (§58)
};

// Messages for a commission that cannot sit (empty when valid): no members, not exactly one
// chair, a member without an id or listed twice, the secretary listed as a member.
QStringList validateCommission(const Commission &commission);

// §55: at least two thirds of the members present, by integer arithmetic (3 × present ≥
// 2 × members); the secretary is not counted.
bool hasQuorum(int membersPresent, int members);

// §55, §57–59 and decision 7. Without a quorum the meeting decides nothing. Otherwise the
// proposal is adopted when the votes for are more than half of the ballots cast (an abstention
// counts as a ballot, as in a calibration session); when they are exactly half, the chair's vote
// decides: adopted if the chair voted for, not adopted otherwise (or when the chair is absent).
// nullopt with every problem in `errors` when the commission is invalid or a ballot cannot count:
// a ballot by the secretary, by someone who is not a member, by a member not present, or a
// member voting twice.
std::optional<CommissionOutcome> commissionVote(const Commission &commission,
    const QStringList &presentIds, const QList<CommissionBallot> &ballots,
    QStringList *errors = nullptr);

} // namespace bagalau
