// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/commissionservice.h"

#include "access/accesscontrol.h"
#include "methodology/chapter6.h"
#include "methodology/eligibility.h"
#include "services/auditedwrite.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalue.h"

#include <QSqlQuery>

namespace bagalau {

namespace {

QString iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString shown(QDate date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

std::optional<CommissionRole> commissionRoleFromKey(const QString &key)
{
    for (CommissionRole role :
        {CommissionRole::Chair, CommissionRole::Member, CommissionRole::Secretary}) {
        if (commissionRoleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

// The methodology's view of the seats: a seat's id is its person.
Commission commissionOf(const QList<CommissionSeat> &seats)
{
    Commission commission;
    for (const CommissionSeat &seat : seats) {
        const QString person = seat.id != 0 ? QString::number(seat.id) : seat.fullName.trimmed();
        if (seat.role == CommissionRole::Secretary)
            commission.secretaryId = person;
        else
            commission.members << CommissionMember{person, seat.role == CommissionRole::Chair};
    }
    return commission;
}

// Runs one write: the statements succeed and the audit row is written, or nothing is; a failure
// is reported in the Commission's words.
class Writer
{
public:
    Writer(const ServiceContext &context, InputErrors *errors)
        : m_write(context)
        , m_errors(errors)
    { }
    bool active() { return m_write.isActive() || fail(); }
    bool exec(QSqlQuery &query) { return m_write.exec(query) || fail(); }
    bool finish(const AuditEntry &entry) { return m_write.commit(entry) || fail(); }

private:
    bool fail()
    {
        *m_errors << InputError{0, QString(), QString(),
            CommissionService::tr("nothing was written: %1").arg(m_write.error())};
        return false;
    }

    AuditedWrite m_write;
    InputErrors *m_errors;
};

AuditEntry entryOf(const char *action, const char *entity, qint64 id, const char *field,
    const QString &oldValue, const QString &newValue, const QString &reason)
{
    AuditEntry entry;
    entry.action = QString::fromLatin1(action);
    entry.entity = QString::fromLatin1(entity);
    entry.entityId = QString::number(id);
    entry.field = QString::fromLatin1(field);
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.reason = reason;
    return entry;
}

} // namespace

QString commissionRoleKey(CommissionRole role)
{
    switch (role) {
    case CommissionRole::Chair:
        return QStringLiteral("chair");
    case CommissionRole::Member:
        return QStringLiteral("member");
    case CommissionRole::Secretary:
        return QStringLiteral("secretary");
    }
    return {};
}

std::optional<Band> CommissionCase::finalBand() const
{
    if (decision == QLatin1String("revise") && correctedBand)
        return correctedBand;
    return band;
}

CommissionService::CommissionService(const ServiceContext &context)
    : m_context(context)
{ }

bool CommissionService::mayRun(InputErrors *errors) const
{
    QString refusal;
    if (AccessControl(m_context).mayForEveryone(Action::RunCommission, &refusal))
        return true;
    *errors << InputError{0, QString(), QString(), refusal, true};
    return false;
}

bool CommissionService::inForce(QDate day, const char *field, InputErrors *errors) const
{
    if (!day.isValid()) {
        *errors << InputError{0, QString::fromLatin1(field), QString(), tr("the date is required")};
        return false;
    }
    if (day > chapter6LastDayInForce()) {
        *errors << InputError{0, QString::fromLatin1(field), shown(day),
            tr("chapter 6 ceased to be in force on %1 (§2 of decision No. 5-2); nothing can be "
               "done under it after that day")
                .arg(shown(chapter6LastDayInForce()))};
        return false;
    }
    return true;
}

std::optional<qint64> CommissionService::form(QDate formedOn, const QString &orderReference,
    const QList<CommissionSeat> &seats, InputErrors *errors)
{
    if (!mayRun(errors))
        return std::nullopt;
    inForce(formedOn, "formed_on", errors);
    const Commission commission = commissionOf(seats);
    const QStringList problems = validateCommission(commission);
    for (const QString &problem : problems)
        *errors << InputError{0, QStringLiteral("members"), QString(), problem};
    if (commission.secretaryId.isEmpty())
        *errors << InputError{0, QStringLiteral("members"), QString(),
            tr("the Commission has a secretary, the chief specialist, who keeps the protocol "
               "(§59)")};
    for (const CommissionSeat &seat : seats) {
        if (seat.fullName.trimmed().isEmpty())
            *errors << InputError{0, QStringLiteral("members"), QString(),
                tr("every seat of the Commission needs a name")};
    }
    if (std::count_if(seats.cbegin(), seats.cend(),
            [](const CommissionSeat &s) { return s.role == CommissionRole::Secretary; })
        > 1)
        *errors << InputError{
            0, QStringLiteral("members"), QString(), tr("the Commission has one secretary")};
    if (!errors->isEmpty())
        return std::nullopt;

    Writer writer(m_context, errors);
    if (!writer.active())
        return std::nullopt;
    const QSqlDatabase connection = m_context.database().connection();
    QSqlQuery insert(connection);
    insert.prepare(
        QStringLiteral("INSERT INTO commission (order_reference, formed_on) VALUES (?, ?)"));
    insert.addBindValue(textValue(orderReference.trimmed()));
    insert.addBindValue(iso(formedOn));
    if (!writer.exec(insert))
        return std::nullopt;
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery seat(connection);
    seat.prepare(QStringLiteral(
        "INSERT INTO commission_member (commission_id, full_name, role) VALUES (?, ?, ?)"));
    QStringList names;
    for (const CommissionSeat &s : seats) {
        seat.addBindValue(id);
        seat.addBindValue(textValue(s.fullName.trimmed()));
        seat.addBindValue(commissionRoleKey(s.role));
        if (!writer.exec(seat))
            return std::nullopt;
        names << QStringLiteral("%1 (%2)").arg(s.fullName.trimmed(), commissionRoleKey(s.role));
    }
    if (!writer.finish(
            entryOf("create", "commission", id, "members", {}, names.join(QStringLiteral(", ")),
                QStringLiteral("§54, §59 %1").arg(orderReference.trimmed()))))
        return std::nullopt;
    return id;
}

QList<CommissionSeat> CommissionService::seats() const
{
    QList<CommissionSeat> seats;
    QSqlQuery query(m_context.database().connection());
    if (!query.exec(QStringLiteral(
            "SELECT id, full_name, role FROM commission_member WHERE commission_id = "
            "(SELECT max(id) FROM commission) ORDER BY role = 'secretary', role <> 'chair', id")))
        return seats;
    while (query.next())
        seats << CommissionSeat{query.value(0).toLongLong(), query.value(1).toString(),
            commissionRoleFromKey(query.value(2).toString()).value_or(CommissionRole::Member)};
    return seats;
}

std::optional<qint64> CommissionService::createPlan(const QString &personnelNo,
    const DateRange &period, QDate drawnUpOn, const QList<Kci> &kcis, InputErrors *errors)
{
    if (!mayRun(errors))
        return std::nullopt;
    inForce(drawnUpOn, "drawn_up_on", errors);
    const DateRange window = chapter6WorkPeriod();
    if (!period.isValid() || period.first < window.first || period.last > window.last)
        *errors << InputError{0, QStringLiteral("period"),
            QStringLiteral("%1–%2").arg(shown(period.first), shown(period.last)),
            tr("chapter 6 evaluates work from %1 to %2 (§43); the plan's period lies within it")
                .arg(shown(window.first), shown(window.last))};
    QString problem;
    const auto history = StaffService(m_context).history(personnelNo, &problem);
    if (!history) {
        *errors << InputError{0, QStringLiteral("personnel_no"), personnelNo, problem};
        return std::nullopt;
    }
    if (errors->isEmpty() && !chapter6Applies(period, history->absences, drawnUpOn))
        *errors << InputError{0, QStringLiteral("personnel_no"), personnelNo,
            tr("%1 was not on social or sick leave in this period; chapter 6 applies only to "
               "them (§43)")
                .arg(history->fullName)};
    const QStringList planProblems = validateKciPlan(kcis, KciRegime::Chapter6);
    for (const QString &message : planProblems)
        *errors << InputError{0, QStringLiteral("kci"), QString::number(kcis.size()), message};
    if (!errors->isEmpty())
        return std::nullopt;

    Writer writer(m_context, errors);
    if (!writer.active())
        return std::nullopt;
    const QSqlDatabase connection = m_context.database().connection();
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral(
        "INSERT INTO kci_plan (servant_id, period_first, period_last, regime, status, drawn_up_on) "
        "SELECT id, ?, ?, 'chapter6', 'approved', ? FROM servant WHERE personnel_no = ?"));
    insert.addBindValue(iso(period.first));
    insert.addBindValue(iso(period.last));
    insert.addBindValue(iso(drawnUpOn));
    insert.addBindValue(personnelNo);
    if (!writer.exec(insert))
        return std::nullopt;
    const qint64 planId = insert.lastInsertId().toLongLong();
    QSqlQuery kci(connection);
    kci.prepare(QStringLiteral("INSERT INTO kci (plan_id, number, title, unit_of_measure, "
                               "plan_value, direction) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < kcis.size(); ++i) {
        kci.addBindValue(planId);
        kci.addBindValue(i + 1);
        kci.addBindValue(textValue(kcis.at(i).title.trimmed()));
        kci.addBindValue(textValue(kcis.at(i).unit.trimmed()));
        kci.addBindValue(kcis.at(i).plan.toString());
        kci.addBindValue(kcis.at(i).direction == KciDirection::MoreIsBetter
                ? QStringLiteral("more")
                : QStringLiteral("less"));
        if (!writer.exec(kci))
            return std::nullopt;
    }
    if (!writer.finish(entryOf("create", "kci_plan", planId, "regime", {},
            QStringLiteral("chapter6"), QStringLiteral("§46 %1").arg(personnelNo))))
        return std::nullopt;
    return planId;
}

std::optional<qint64> CommissionService::submitSheet(
    qint64 planId, const QList<Decimal> &actuals, QDate signedOn, InputErrors *errors)
{
    if (!mayRun(errors))
        return std::nullopt;
    inForce(signedOn, "signed_on", errors);
    const QSqlDatabase connection = m_context.database().connection();
    QList<Kci> kcis;
    {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral(
            "SELECT k.title, k.unit_of_measure, k.plan_value, k.direction FROM kci k JOIN "
            "kci_plan p ON p.id = k.plan_id WHERE p.id = ? AND p.regime = 'chapter6' "
            "ORDER BY k.number"));
        query.addBindValue(planId);
        if (query.exec()) {
            while (query.next())
                kcis << Kci{query.value(0).toString(), query.value(1).toString(),
                    Decimal::parse(query.value(2).toString()).value_or(Decimal()), Decimal(),
                    query.value(3).toString() == QLatin1String("less")
                        ? KciDirection::LessIsBetter
                        : KciDirection::MoreIsBetter};
        }
    }
    if (kcis.size() != Chapter6KciCount) {
        *errors << InputError{0, QStringLiteral("plan"), QString::number(planId),
            tr("choose an annual plan of chapter 6")};
        return std::nullopt;
    }
    if (actuals.size() != kcis.size())
        *errors << InputError{0, QStringLiteral("actual"), QString::number(actuals.size()),
            tr("the sheet gives the actual value of each of the five KCI (§47)")};
    std::optional<qint64> existing;
    QString superior;
    {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral(
            "SELECT id, superior_decision, meeting_id FROM commission_case WHERE plan_id = ?"));
        query.addBindValue(planId);
        if (query.exec() && query.next()) {
            existing = query.value(0).toLongLong();
            superior = query.value(1).toString();
            if (superior != QLatin1String("return"))
                *errors << InputError{0, QStringLiteral("plan"), QString::number(planId),
                    tr("the sheet of this plan is already submitted; it is submitted again only "
                       "when the superior manager returns it (§52)")};
        }
    }
    if (!errors->isEmpty())
        return std::nullopt;
    int achieved = 0;
    QStringList detail;
    for (int i = 0; i < kcis.size(); ++i) {
        kcis[i].actual = actuals.at(i);
        const bool met = isKciAchieved(kcis.at(i));
        achieved += met ? 1 : 0;
        detail << QStringLiteral("%1:%2/%3%4")
                      .arg(i + 1)
                      .arg(actuals.at(i).toString(), kcis.at(i).plan.toString(),
                          met ? QStringLiteral("+") : QStringLiteral("-"));
    }
    Writer writer(m_context, errors);
    if (!writer.active())
        return std::nullopt;
    QSqlQuery write(connection);
    if (existing) {
        write.prepare(QStringLiteral(
            "UPDATE commission_case SET achieved = ?, manager_signed_on = ?, superior_decision = "
            "NULL, superior_decided_on = NULL WHERE id = ?"));
        write.addBindValue(achieved);
        write.addBindValue(iso(signedOn));
        write.addBindValue(*existing);
    } else {
        write.prepare(QStringLiteral(
            "INSERT INTO commission_case (plan_id, achieved, manager_signed_on) VALUES (?, ?, ?)"));
        write.addBindValue(planId);
        write.addBindValue(achieved);
        write.addBindValue(iso(signedOn));
    }
    if (!writer.exec(write))
        return std::nullopt;
    const qint64 caseId = existing ? *existing : write.lastInsertId().toLongLong();
    if (!writer.finish(
            entryOf("sign", "commission_case", caseId, "achieved", {}, QString::number(achieved),
                QStringLiteral("§47–48 %1").arg(detail.join(QLatin1Char(' '))))))
        return std::nullopt;
    return caseId;
}

bool CommissionService::superiorDecision(
    qint64 caseId, bool agree, QDate decidedOn, InputErrors *errors)
{
    if (!mayRun(errors))
        return false;
    inForce(decidedOn, "decided_on", errors);
    const auto all = cases();
    const auto found = std::find_if(
        all.cbegin(), all.cend(), [&](const CommissionCase &c) { return c.id == caseId; });
    if (found == all.cend()) {
        *errors << InputError{
            0, QStringLiteral("case"), QString::number(caseId), tr("there is no such case")};
        return false;
    }
    if (!found->superiorDecision.isEmpty())
        *errors << InputError{0, QStringLiteral("case"), found->fullName,
            tr("the superior manager has already decided on this sheet")};
    else if (decidedOn.isValid() && decidedOn < found->managerSignedOn)
        *errors << InputError{0, QStringLiteral("decided_on"), shown(decidedOn),
            tr("the superior manager decides after the direct manager signed on %1")
                .arg(shown(found->managerSignedOn))};
    if (!errors->isEmpty())
        return false;
    Writer writer(m_context, errors);
    if (!writer.active())
        return false;
    QSqlQuery update(m_context.database().connection());
    update.prepare(QStringLiteral("UPDATE commission_case SET superior_decision = ?, "
                                  "superior_decided_on = ? WHERE id = ?"));
    const QString key = agree ? QStringLiteral("agree") : QStringLiteral("return");
    update.addBindValue(key);
    update.addBindValue(iso(decidedOn));
    update.addBindValue(caseId);
    return writer.exec(update)
        && writer.finish(entryOf("decide", "commission_case", caseId, "superior_decision", {}, key,
            QStringLiteral("§52 %1").arg(iso(decidedOn))));
}

std::optional<qint64> CommissionService::holdMeeting(QDate heldOn, const QString &protocolNumber,
    const QList<qint64> &presentSeatIds, const QList<qint64> &caseIds, InputErrors *errors)
{
    if (!mayRun(errors))
        return std::nullopt;
    inForce(heldOn, "held_on", errors);
    const QList<CommissionSeat> commission = seats();
    if (commission.isEmpty()) {
        *errors << InputError{
            0, QStringLiteral("commission"), QString(), tr("form the Commission first (§54)")};
        return std::nullopt;
    }
    QList<qint64> voting;
    for (const CommissionSeat &seat : commission) {
        if (seat.role != CommissionRole::Secretary)
            voting << seat.id;
    }
    for (qint64 id : presentSeatIds) {
        if (!voting.contains(id))
            *errors << InputError{0, QStringLiteral("present"), QString::number(id),
                tr("only the Commission's members make its quorum; the secretary does not (§55, "
                   "§59)")};
    }
    if (caseIds.isEmpty())
        *errors << InputError{
            0, QStringLiteral("cases"), QString(), tr("a meeting considers at least one case")};
    const auto all = cases();
    for (qint64 id : caseIds) {
        const auto found = std::find_if(
            all.cbegin(), all.cend(), [&](const CommissionCase &c) { return c.id == id; });
        if (found == all.cend() || found->superiorDecision != QLatin1String("agree")
            || found->meetingId != 0)
            *errors << InputError{0, QStringLiteral("cases"),
                found == all.cend() ? QString::number(id) : found->fullName,
                tr("the Commission considers a sheet the superior manager agreed with and no "
                   "meeting has considered (§53)")};
    }
    if (protocolNumber.trimmed().isEmpty())
        *errors << InputError{0, QStringLiteral("protocol_number"), QString(),
            tr("the protocol's number is required (appendix 11)")};
    if (!errors->isEmpty())
        return std::nullopt;

    Writer writer(m_context, errors);
    if (!writer.active())
        return std::nullopt;
    const QSqlDatabase connection = m_context.database().connection();
    QSqlQuery insert(connection);
    insert.prepare(
        QStringLiteral("INSERT INTO commission_meeting (commission_id, held_on, "
                       "protocol_number) VALUES ((SELECT max(id) FROM commission), ?, ?)"));
    insert.addBindValue(iso(heldOn));
    insert.addBindValue(textValue(protocolNumber.trimmed()));
    if (!writer.exec(insert))
        return std::nullopt;
    const qint64 meetingId = insert.lastInsertId().toLongLong();
    QSqlQuery attend(connection);
    attend.prepare(
        QStringLiteral("INSERT INTO commission_attendance (meeting_id, member_id) VALUES (?, ?)"));
    for (qint64 id : presentSeatIds) {
        attend.addBindValue(meetingId);
        attend.addBindValue(id);
        if (!writer.exec(attend))
            return std::nullopt;
    }
    QSqlQuery assign(connection);
    assign.prepare(QStringLiteral("UPDATE commission_case SET meeting_id = ? WHERE id = ?"));
    for (qint64 id : caseIds) {
        assign.addBindValue(meetingId);
        assign.addBindValue(id);
        if (!writer.exec(assign))
            return std::nullopt;
    }
    const bool quorum = hasQuorum(int(presentSeatIds.size()), int(voting.size()));
    if (!writer.finish(entryOf("create", "commission_meeting", meetingId, "present", {},
            QStringLiteral("%1/%2").arg(presentSeatIds.size()).arg(voting.size()),
            QStringLiteral("§55 %1").arg(
                quorum ? QStringLiteral("quorum") : QStringLiteral("no quorum")))))
        return std::nullopt;
    return meetingId;
}

std::optional<CommissionOutcome> CommissionService::decide(qint64 caseId,
    const CaseProposal &proposal, const QMap<qint64, Vote> &votes, InputErrors *errors)
{
    if (!mayRun(errors))
        return std::nullopt;
    const auto all = cases();
    const auto found = std::find_if(
        all.cbegin(), all.cend(), [&](const CommissionCase &c) { return c.id == caseId; });
    if (found == all.cend() || found->meetingId == 0) {
        *errors << InputError{0, QStringLiteral("case"), QString::number(caseId),
            tr("the Commission decides a case brought to one of its meetings")};
        return std::nullopt;
    }
    if (!found->decision.isEmpty())
        *errors << InputError{0, QStringLiteral("case"), found->fullName,
            tr("the Commission has already decided this case")};
    if (!proposal.approve && !proposal.correctedBand)
        *errors << InputError{0, QStringLiteral("corrected_band"), QString(),
            tr("a decision to revise names the corrected grade (§63, appendix 11)")};
    if (!proposal.approve && proposal.correctedBand && proposal.correctedBand == found->band)
        *errors << InputError{0, QStringLiteral("corrected_band"), bandKey(*found->band),
            tr("a revision changes the grade; to keep it, approve (§62)")};
    QStringList present;
    const auto allMeetings = meetings();
    for (const CommissionMeeting &meeting : allMeetings) {
        if (meeting.id == found->meetingId) {
            for (qint64 id : meeting.present)
                present << QString::number(id);
        }
    }
    QList<CommissionBallot> ballots;
    for (auto vote = votes.cbegin(); vote != votes.cend(); ++vote)
        ballots << CommissionBallot{QString::number(vote.key()), vote.value()};
    QStringList problems;
    const auto outcome = commissionVote(commissionOf(seats()), present, ballots, &problems);
    for (const QString &problem : problems)
        *errors << InputError{0, QStringLiteral("votes"), QString(), problem};
    if (outcome && outcome->decision == CommissionDecision::NoQuorum)
        *errors << InputError{0, QStringLiteral("present"),
            QString::number(outcome->membersPresent),
            tr("without a quorum of two thirds of the members the meeting decides nothing (§55)")};
    if (!errors->isEmpty() || !outcome)
        return std::nullopt;

    Writer writer(m_context, errors);
    if (!writer.active())
        return std::nullopt;
    const QSqlDatabase connection = m_context.database().connection();
    const bool adopted = outcome->decision == CommissionDecision::Adopted;
    // A proposal that failed leaves the case open for another; its ballots stay in the audit.
    if (adopted) {
        QSqlQuery ballot(connection);
        ballot.prepare(QStringLiteral(
            "INSERT INTO commission_vote (case_id, member_id, vote) VALUES (?, ?, ?)"));
        for (auto vote = votes.cbegin(); vote != votes.cend(); ++vote) {
            ballot.addBindValue(caseId);
            ballot.addBindValue(vote.key());
            ballot.addBindValue(voteKey(vote.value()));
            if (!writer.exec(ballot))
                return std::nullopt;
        }
        QSqlQuery update(connection);
        update.prepare(QStringLiteral("UPDATE commission_case SET decision = ?, corrected_band = "
                                      "?, recommendations = ? WHERE id = ?"));
        update.addBindValue(
            proposal.approve ? QStringLiteral("approve") : QStringLiteral("revise"));
        update.addBindValue(
            proposal.approve ? QVariant() : QVariant(bandKey(*proposal.correctedBand)));
        update.addBindValue(textValue(proposal.recommendations.trimmed()));
        update.addBindValue(caseId);
        if (!writer.exec(update))
            return std::nullopt;
    }
    QStringList tally;
    for (auto vote = votes.cbegin(); vote != votes.cend(); ++vote)
        tally << QStringLiteral("%1=%2").arg(vote.key()).arg(voteKey(vote.value()));
    const QString proposed = proposal.approve
        ? QStringLiteral("approve")
        : QStringLiteral("revise:%1").arg(bandKey(*proposal.correctedBand));
    if (!writer.finish(entryOf("vote", "commission_case", caseId, "decision", {},
            adopted ? proposed : QString(),
            QStringLiteral("§57–58 %1 %2%3")
                .arg(proposed, tally.join(QLatin1Char(' ')),
                    outcome->decidedByChair ? QStringLiteral(" chair") : QString()))))
        return std::nullopt;
    return outcome;
}

QList<CommissionCase> CommissionService::cases() const
{
    QList<CommissionCase> cases;
    if (!scopesOf(m_context.actor(), Action::RunCommission).contains(Scope::Everyone))
        return cases;
    const QSqlDatabase connection = m_context.database().connection();
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral(
            "SELECT c.id, c.plan_id, s.personnel_no, s.full_name, p.period_first, p.period_last, "
            "c.achieved, c.manager_signed_on, c.superior_decision, c.superior_decided_on, "
            "c.meeting_id, m.held_on, c.decision, c.corrected_band, c.recommendations "
            "FROM commission_case c JOIN kci_plan p ON p.id = c.plan_id JOIN servant s ON s.id = "
            "p.servant_id LEFT JOIN commission_meeting m ON m.id = c.meeting_id ORDER BY c.id")))
        return cases;
    const Deadlines deadlines = m_context.deadlines();
    QSqlQuery votes(connection);
    votes.prepare(QStringLiteral("SELECT member_id, vote FROM commission_vote WHERE case_id = ?"));
    while (query.next()) {
        CommissionCase c;
        c.id = query.value(0).toLongLong();
        c.planId = query.value(1).toLongLong();
        c.personnelNo = query.value(2).toString();
        c.fullName = query.value(3).toString();
        c.period = {dateFrom(query.value(4)), dateFrom(query.value(5))};
        if (!query.value(6).isNull()) {
            c.achieved = query.value(6).toInt();
            if (achievedKciError(*c.achieved).isEmpty())
                c.band = bandForAchievedKci(*c.achieved);
        }
        c.managerSignedOn = dateFrom(query.value(7));
        c.superiorDecision = query.value(8).toString();
        c.superiorDecidedOn = dateFrom(query.value(9));
        if (c.superiorDecision == QLatin1String("return"))
            c.resubmissionDue = deadlines.resubmissionDue(c.superiorDecidedOn);
        else if (c.superiorDecision == QLatin1String("agree"))
            c.submissionDue = deadlines.commissionSubmissionDue(c.superiorDecidedOn);
        c.meetingId = query.value(10).toLongLong();
        c.meetingHeldOn = dateFrom(query.value(11));
        c.decision = query.value(12).toString();
        c.correctedBand = bandFromKey(query.value(13).toString());
        c.recommendations = query.value(14).toString();
        if (!c.decision.isEmpty())
            c.complaintDue = deadlines.complaintDue(c.meetingHeldOn);
        votes.addBindValue(c.id);
        if (votes.exec()) {
            while (votes.next()) {
                if (const auto vote = voteFromKey(votes.value(1).toString()))
                    c.votes.insert(votes.value(0).toLongLong(), *vote);
            }
        }
        cases << c;
    }
    return cases;
}

QList<CommissionMeeting> CommissionService::meetings() const
{
    QList<CommissionMeeting> meetings;
    if (!scopesOf(m_context.actor(), Action::RunCommission).contains(Scope::Everyone))
        return meetings;
    const QSqlDatabase connection = m_context.database().connection();
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral(
            "SELECT id, held_on, protocol_number FROM commission_meeting ORDER BY held_on, id")))
        return meetings;
    int voting = 0;
    for (const CommissionSeat &seat : seats())
        voting += seat.role == CommissionRole::Secretary ? 0 : 1;
    QSqlQuery present(connection);
    present.prepare(
        QStringLiteral("SELECT member_id FROM commission_attendance WHERE meeting_id = ?"));
    const Deadlines deadlines = m_context.deadlines();
    while (query.next()) {
        CommissionMeeting meeting;
        meeting.id = query.value(0).toLongLong();
        meeting.heldOn = dateFrom(query.value(1));
        meeting.protocolNumber = query.value(2).toString();
        meeting.evaluatorsNoticeDue = deadlines.evaluatorsNoticeDue(meeting.heldOn);
        present.addBindValue(meeting.id);
        if (present.exec()) {
            while (present.next())
                meeting.present << present.value(0).toLongLong();
        }
        meeting.quorum = hasQuorum(int(meeting.present.size()), voting);
        meetings << meeting;
    }
    return meetings;
}

} // namespace bagalau
