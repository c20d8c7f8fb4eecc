// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/band.h"
#include "methodology/kci.h"
#include "methodology/period.h"
#include "methodology/votes.h"
#include "services/inputerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace bagalau {

class ServiceContext;

// §54–59: who sits in the Commission. The secretary keeps the protocol and does not vote.
enum class CommissionRole { Chair, Member, Secretary };
QString commissionRoleKey(CommissionRole role); // "chair", "member", "secretary"

struct CommissionSeat
{
    qint64 id = 0; // commission_member.id; ignored when forming
    QString fullName;
    CommissionRole role = CommissionRole::Member;
};

// One chapter-6 case: a servant's annual plan, the managers' steps and the Commission's decision.
struct CommissionCase
{
    qint64 id = 0;
    qint64 planId = 0;
    QString personnelNo;
    QString fullName;
    DateRange period;
    std::optional<int> achieved; // §48: KCI achieved of five
    std::optional<Band> band; // §48: from the count
    QDate managerSignedOn;
    QString superiorDecision; // "", "agree", "return"
    QDate superiorDecidedOn;
    QDate resubmissionDue; // §52: 2 working days after a return
    QDate submissionDue; // §53: 2 working days after the superior agreed
    qint64 meetingId = 0;
    QDate meetingHeldOn;
    QString decision; // "", "approve", "revise"
    std::optional<Band> correctedBand; // §63: «Корректировка Комиссией результатов оценки»
    QString recommendations;
    QMap<qint64, Vote> votes; // commission_member.id → vote
    QDate complaintDue; // §67: 10 working days after the decision
    // The band the Commission's decision leaves: the corrected one when revised.
    std::optional<Band> finalBand() const;
};

struct CommissionMeeting
{
    qint64 id = 0;
    QDate heldOn;
    QString protocolNumber;
    QList<qint64> present; // commission_member.id of the members present (not the secretary)
    bool quorum = false; // §55: two thirds
    QDate evaluatorsNoticeDue; // §54: 3 working days before
};

// What the Commission votes on for a case (§62–63).
struct CaseProposal
{
    bool approve = true;
    std::optional<Band> correctedBand; // required to revise
    QString recommendations;
};

// Chapter 6 (§43–68): the annual plan of five KCI for servants on social or sick leave during
// work in 01.07.2021–31.12.2022, the managers' sheet and decision, and the Commission. Refused
// outside its window: the chapter ceased to be in force on 31.08.2023.
class CommissionService
{
    Q_DECLARE_TR_FUNCTIONS(CommissionService)

public:
    explicit CommissionService(const ServiceContext &context);

    // §54, §59: forms the Commission by order; validateCommission() checks the seats.
    std::optional<qint64> form(QDate formedOn, const QString &orderReference,
        const QList<CommissionSeat> &seats, InputErrors *errors);
    // The seats of the Commission last formed; empty when none.
    QList<CommissionSeat> seats() const;

    // §43–46: the annual plan of exactly five KCI, for an eligible servant only.
    std::optional<qint64> createPlan(const QString &personnelNo, const DateRange &period,
        QDate drawnUpOn, const QList<Kci> &kcis, InputErrors *errors);
    // §47–51: the direct manager's sheet: each KCI's actual value, in plan order; whether it is
    // achieved is the methodology's (isKciAchieved). A returned case is submitted again (§52).
    std::optional<qint64> submitSheet(
        qint64 planId, const QList<Decimal> &actuals, QDate signedOn, InputErrors *errors);
    // §52: the superior manager agrees or returns for rework.
    bool superiorDecision(qint64 caseId, bool agree, QDate decidedOn, InputErrors *errors);
    // §54–56: a meeting with the members present and the cases agreed by the superior.
    std::optional<qint64> holdMeeting(QDate heldOn, const QString &protocolNumber,
        const QList<qint64> &presentSeatIds, const QList<qint64> &caseIds, InputErrors *errors);
    // §57–63: the open vote on a proposal for a case; adopted → the decision is written. The
    // outcome comes back either way; without a quorum nothing is decided.
    std::optional<CommissionOutcome> decide(qint64 caseId, const CaseProposal &proposal,
        const QMap<qint64, Vote> &votes, InputErrors *errors);

    QList<CommissionCase> cases() const;
    QList<CommissionMeeting> meetings() const;

private:
    bool mayRun(InputErrors *errors) const;
    bool inForce(QDate day, const char *field, InputErrors *errors) const;
    const ServiceContext &m_context;
};

} // namespace bagalau
