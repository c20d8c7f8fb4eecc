// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/permissions.h"
#include "methodology/score.h"
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

// A signed score sheet the servant was acquainted with: what an application can be made against.
struct AppealableSheet
{
    qint64 sheetId = 0;
    QString personnelNo;
    QString fullName;
    QString quarter; // "2024Q2"
    Score score;
    QDate acquaintedOn;
    QDate appealDue; // §12: 5 working days after acquaintance
};

// One application (§12) and the calibration session that may follow it (§37–42).
struct AppealRecord
{
    qint64 id = 0;
    qint64 sheetId = 0;
    QString personnelNo;
    QString fullName;
    QString quarter;
    std::optional<Score> sheetScore;
    QDate acquaintedOn;
    QDate appliedOn;
    QString text;
    QString status; // "registered", "refused_late", "session_ordered", "closed"
    QDate decisionDue; // §38: 3 working days after the application
    QDate sessionDue; // §39: 10 working days after the application

    bool decided = false; // the appointing official's decision is recorded
    bool sessionOrdered = false;
    QDate decidedOn;
    QString orderReference;
    QDate heldOn;
    QString place;
    QString evaluatorArgument;
    QString servantPosition;
    QString protocolNumber;
    QDate protocolSignedOn;
    QDate protocolPostedDue; // §41: 3 working days after signing
    std::optional<Score> scoreBefore;
    std::optional<Score> finalScore;
    // §42: the feedback meeting; left empty for a participant who is not the servant.
    QDate feedbackOn;
    QString feedbackAchievements;
    QString feedbackSkills;
    QString feedbackPotential;

    bool isOpen() const { return status == QLatin1String("session_ordered"); }
};

// A member of a calibration session. servantId 0 for someone who is not in the staff list.
struct SessionMember
{
    qint64 id = 0;
    qint64 servantId = 0;
    QString fullName;
    bool evaluator = false;
};

// A proposal for the score, with the members' votes and what they give (§41).
struct SessionProposal
{
    qint64 id = 0;
    Score score;
    QString argument;
    QMap<qint64, Vote> votes; // session_member.id → vote
    CalibrationOutcome outcome;
};

// The appointing official's decision on an application (§38).
struct SessionDecision
{
    bool ordered = true;
    QDate decidedOn;
    QString orderReference;
    QList<SessionMember> members; // ids ignored; exactly one evaluator
};

// What was said at the session (§40).
struct SessionHearing
{
    QDate heldOn;
    QString place;
    QString evaluatorArgument;
    QString servantPosition;
};

// §42: the three topics of the feedback meeting.
struct FeedbackMeeting
{
    QDate heldOn;
    QString achievements;
    QString skills;
    QString potential;
};

// What registering an application gave: the appeal's id, and for a late one the refusal.
struct ApplicationResult
{
    qint64 appealId = 0;
    bool refusedLate = false;
    QString refusal; // "the application is late: it was due on 19.04.2024 (§12)"
};

// Applications, the appointing official's decision, calibration sessions, protocols and the
// feedback meeting (§12, §37–42). The outcome of a vote is the methodology's (calibrationVote);
// a signed protocol's score replaces the quarter's score in ResultsService.
class AppealService
{
    Q_DECLARE_TR_FUNCTIONS(AppealService)

public:
    explicit AppealService(const ServiceContext &context);

    // Signed sheets with a recorded acquaintance, the newest quarter first.
    QList<AppealableSheet> appealableSheets() const;
    // The appeals the account may read (§20): all for the chief specialist and the appointing
    // official, one's own and one's sessions' for a servant. Newest application first.
    QList<AppealRecord> appeals() const;
    std::optional<AppealRecord> appeal(qint64 appealId, QString *refusal = nullptr) const;
    QList<SessionMember> members(qint64 appealId) const;
    QList<SessionProposal> proposals(qint64 appealId) const;
    // The outcome the votes so far give: the adopted proposal's score, or the score as it was.
    std::optional<Score> outcome(qint64 appealId, QString *problem = nullptr) const;

    // §12: a late application is written with status refused_late, so the record is kept, and
    // the refusal names the day it was due. nullopt with errors for bad input (nothing written).
    std::optional<ApplicationResult> registerApplication(
        qint64 sheetId, QDate appliedOn, const QString &text, InputErrors *errors);
    // The reverse of registering, for undo: only while nothing followed the application.
    bool withdrawApplication(qint64 appealId, InputErrors *errors);

    // §38: the appointing official's decision and the members approved.
    bool decide(qint64 appealId, const SessionDecision &decision, InputErrors *errors);
    // §40: the hearing; may be written again while the protocol is not signed.
    bool recordHearing(qint64 appealId, const SessionHearing &hearing, InputErrors *errors);
    std::optional<qint64> addProposal(
        qint64 appealId, Score score, const QString &argument, InputErrors *errors);
    bool removeProposal(qint64 proposalId, InputErrors *errors);
    // A member's ballot on a proposal; nullopt takes the ballot back.
    bool setVote(qint64 proposalId, qint64 memberId, std::optional<Vote> vote, InputErrors *errors);
    // §41: signs the protocol with the outcome of the votes; not reversible.
    bool signProtocol(qint64 appealId, const QString &number, QDate signedOn, InputErrors *errors);
    // §42: the feedback meeting after the session.
    bool recordFeedback(qint64 appealId, const FeedbackMeeting &meeting, InputErrors *errors);

private:
    bool mayRun(Action action, InputErrors *errors) const;
    std::optional<qint64> sessionOf(qint64 appealId) const;
    const ServiceContext &m_context;
};

} // namespace bagalau
