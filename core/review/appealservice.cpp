// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/appealservice.h"

#include "access/accesscontrol.h"
#include "clock.h"
#include "services/auditedwrite.h"
#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalue.h"

#include <QSet>
#include <QSqlQuery>

namespace bagalau {

namespace {

QString iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

std::optional<Score> scoreOf(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const int hundredths = value.toInt();
    if (hundredths < 0 || hundredths > Score::MaxHundredths)
        return std::nullopt;
    return Score::fromHundredths(hundredths);
}

// A write the database refused: none of it stays, and the user reads the database's reason.
bool notWritten(InputErrors *errors, const QString &why)
{
    *errors << InputError{
        0, QString(), QString(), AppealService::tr("nothing was written: %1").arg(why)};
    return false;
}

// The date a user reads in a message: dd.MM.yyyy, as the forms print it.
QString shown(QDate date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

const char *const AppealSelect =
    "SELECT ap.id, ap.sheet_id, s.personnel_no, s.full_name, sh.quarter, sh.score, aq.day, "
    "ap.applied_on, ap.text, ap.status, cs.id, cs.decided_on, cs.order_reference, cs.held_on, "
    "cs.place, cs.evaluator_argument, cs.servant_position, cs.protocol_number, "
    "cs.protocol_signed_on, cs.score_before, cs.final_score, cs.feedback_on, "
    "cs.feedback_achievements, cs.feedback_skills, cs.feedback_potential "
    "FROM appeal ap JOIN score_sheet sh ON sh.id = ap.sheet_id "
    "JOIN servant s ON s.id = sh.servant_id LEFT JOIN acquaintance aq ON aq.sheet_id = sh.id "
    "LEFT JOIN calibration_session cs ON cs.appeal_id = ap.id ";

} // namespace

AppealService::AppealService(const ServiceContext &context)
    : m_context(context)
{ }

bool AppealService::mayRun(Action action, InputErrors *errors) const
{
    QString refusal;
    if (AccessControl(m_context).mayForEveryone(action, &refusal))
        return true;
    *errors << InputError{0, QString(), QString(), refusal, true};
    return false;
}

QList<AppealableSheet> AppealService::appealableSheets() const
{
    QList<AppealableSheet> sheets;
    if (!scopesOf(m_context.actor(), Action::RunAppeals).contains(Scope::Everyone))
        return sheets;
    QSqlQuery query(m_context.database().connection());
    query.prepare(
        QStringLiteral("SELECT sh.id, s.personnel_no, s.full_name, sh.quarter, sh.score, aq.day "
                       "FROM score_sheet sh JOIN servant s ON s.id = sh.servant_id "
                       "JOIN acquaintance aq ON aq.sheet_id = sh.id "
                       "WHERE sh.status = 'signed' AND sh.score IS NOT NULL "
                       "ORDER BY sh.quarter DESC, s.full_name"));
    if (!query.exec())
        return sheets;
    const Deadlines deadlines = m_context.deadlines();
    while (query.next()) {
        AppealableSheet sheet;
        sheet.sheetId = query.value(0).toLongLong();
        sheet.personnelNo = query.value(1).toString();
        sheet.fullName = query.value(2).toString();
        sheet.quarter = query.value(3).toString();
        sheet.score = scoreOf(query.value(4)).value_or(Score());
        sheet.acquaintedOn = dateFrom(query.value(5));
        sheet.appealDue = deadlines.appealDue(sheet.acquaintedOn);
        sheets << sheet;
    }
    return sheets;
}

QList<AppealRecord> AppealService::appeals() const
{
    QList<AppealRecord> records;
    const AccessControl access(m_context);
    const auto allowed = access.allowedAppeals(Action::ReadCalibrationCase);
    QSqlQuery query(m_context.database().connection());
    if (!query.exec(QString::fromLatin1(AppealSelect)
            + QStringLiteral("ORDER BY ap.applied_on DESC, ap.id DESC")))
        return records;
    const Deadlines deadlines = m_context.deadlines();
    QSet<qint64> own;
    if (m_context.actor().servantId != 0) {
        QSqlQuery owned(m_context.database().connection());
        owned.prepare(QStringLiteral("SELECT ap.id FROM appeal ap JOIN score_sheet sh ON sh.id = "
                                     "ap.sheet_id WHERE sh.servant_id = ?"));
        owned.addBindValue(m_context.actor().servantId);
        if (owned.exec()) {
            while (owned.next())
                own.insert(owned.value(0).toLongLong());
        }
    }
    while (query.next()) {
        AppealRecord r;
        r.id = query.value(0).toLongLong();
        if (allowed && !allowed->contains(r.id))
            continue;
        r.sheetId = query.value(1).toLongLong();
        r.personnelNo = query.value(2).toString();
        r.fullName = query.value(3).toString();
        r.quarter = query.value(4).toString();
        r.sheetScore = scoreOf(query.value(5));
        r.acquaintedOn = dateFrom(query.value(6));
        r.appliedOn = dateFrom(query.value(7));
        r.text = query.value(8).toString();
        r.status = query.value(9).toString();
        if (r.status != QLatin1String("refused_late")) {
            r.decisionDue = deadlines.sessionDecisionDue(r.appliedOn);
            r.sessionDue = deadlines.sessionDue(r.appliedOn);
        }
        r.decided = !query.value(10).isNull();
        r.decidedOn = dateFrom(query.value(11));
        r.orderReference = query.value(12).toString();
        r.heldOn = dateFrom(query.value(13));
        r.place = query.value(14).toString();
        r.evaluatorArgument = query.value(15).toString();
        r.servantPosition = query.value(16).toString();
        r.protocolNumber = query.value(17).toString();
        r.protocolSignedOn = dateFrom(query.value(18));
        if (r.protocolSignedOn.isValid())
            r.protocolPostedDue = deadlines.protocolPostedDue(r.protocolSignedOn);
        r.scoreBefore = scoreOf(query.value(19));
        r.finalScore = scoreOf(query.value(20));
        r.sessionOrdered = r.decided
            && (r.status == QLatin1String("session_ordered") || r.protocolSignedOn.isValid());
        // §42: the feedback meeting is the servant's and the evaluator's, not the session's.
        if (!allowed || own.contains(r.id)) {
            r.feedbackOn = dateFrom(query.value(21));
            r.feedbackAchievements = query.value(22).toString();
            r.feedbackSkills = query.value(23).toString();
            r.feedbackPotential = query.value(24).toString();
        }
        records << r;
    }
    return records;
}

std::optional<AppealRecord> AppealService::appeal(qint64 appealId, QString *refusal) const
{
    QString reason;
    if (!AccessControl(m_context).mayForAppeal(Action::ReadCalibrationCase, appealId, &reason)) {
        if (refusal)
            *refusal = reason;
        return std::nullopt;
    }
    const auto records = appeals();
    for (const AppealRecord &record : records) {
        if (record.id == appealId)
            return record;
    }
    if (refusal)
        *refusal = tr("there is no appeal %1").arg(appealId);
    return std::nullopt;
}

std::optional<qint64> AppealService::sessionOf(qint64 appealId) const
{
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral("SELECT id FROM calibration_session WHERE appeal_id = ?"));
    query.addBindValue(appealId);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

QList<SessionMember> AppealService::members(qint64 appealId) const
{
    QList<SessionMember> members;
    if (!AccessControl(m_context)
             .allowedAppeals(Action::ReadCalibrationCase)
             .value_or(QSet<qint64>{appealId})
             .contains(appealId))
        return members;
    QSqlQuery query(m_context.database().connection());
    query.prepare(
        QStringLiteral("SELECT m.id, m.servant_id, m.full_name, m.role FROM session_member m "
                       "JOIN calibration_session cs ON cs.id = m.session_id WHERE cs.appeal_id = ? "
                       "ORDER BY m.role = 'evaluator' DESC, m.id"));
    query.addBindValue(appealId);
    if (query.exec()) {
        while (query.next())
            members << SessionMember{query.value(0).toLongLong(), query.value(1).toLongLong(),
                query.value(2).toString(), query.value(3).toString() == QLatin1String("evaluator")};
    }
    return members;
}

QList<SessionProposal> AppealService::proposals(qint64 appealId) const
{
    QList<SessionProposal> proposals;
    if (!AccessControl(m_context)
             .allowedAppeals(Action::ReadCalibrationCase)
             .value_or(QSet<qint64>{appealId})
             .contains(appealId))
        return proposals;
    const QSqlDatabase connection = m_context.database().connection();
    QSqlQuery query(connection);
    query.prepare(QStringLiteral(
        "SELECT p.id, p.score, p.argument, sh.score FROM session_proposal p "
        "JOIN calibration_session cs ON cs.id = p.session_id JOIN appeal ap ON ap.id = "
        "cs.appeal_id JOIN score_sheet sh ON sh.id = ap.sheet_id WHERE cs.appeal_id = ? "
        "ORDER BY p.id"));
    query.addBindValue(appealId);
    if (!query.exec())
        return proposals;
    QSqlQuery votes(connection);
    votes.prepare(QStringLiteral("SELECT member_id, vote FROM session_vote WHERE proposal_id = ?"));
    while (query.next()) {
        SessionProposal proposal;
        proposal.id = query.value(0).toLongLong();
        proposal.score = scoreOf(query.value(1)).value_or(Score());
        proposal.argument = query.value(2).toString();
        const Score current = scoreOf(query.value(3)).value_or(Score());
        votes.addBindValue(proposal.id);
        QList<Vote> ballots;
        if (votes.exec()) {
            while (votes.next()) {
                if (const auto vote = voteFromKey(votes.value(1).toString())) {
                    proposal.votes.insert(votes.value(0).toLongLong(), *vote);
                    ballots << *vote;
                }
            }
        }
        proposal.outcome = calibrationVote(current, proposal.score, ballots);
        proposals << proposal;
    }
    return proposals;
}

std::optional<Score> AppealService::outcome(qint64 appealId, QString *problem) const
{
    const auto record = appeal(appealId, problem);
    if (!record || !record->sheetScore)
        return std::nullopt;
    std::optional<Score> adopted;
    const auto all = proposals(appealId);
    for (const SessionProposal &proposal : all) {
        if (!proposal.outcome.adopted)
            continue;
        if (adopted) {
            if (problem)
                *problem = tr("more than one proposal has a majority; a session adopts one "
                              "score (§41): take back the votes of one of them");
            return std::nullopt;
        }
        adopted = proposal.outcome.finalScore;
    }
    return adopted.value_or(*record->sheetScore);
}

std::optional<ApplicationResult> AppealService::registerApplication(
    qint64 sheetId, QDate appliedOn, const QString &text, InputErrors *errors)
{
    if (!mayRun(Action::RunAppeals, errors))
        return std::nullopt;
    const QSqlDatabase connection = m_context.database().connection();
    QSqlQuery query(connection);
    query.prepare(
        QStringLiteral("SELECT sh.status, aq.day, s.personnel_no || ' ' || sh.quarter, "
                       "(SELECT count(*) FROM appeal ap WHERE ap.sheet_id = sh.id AND ap.status <> "
                       "'refused_late') FROM score_sheet sh JOIN servant s ON s.id = sh.servant_id "
                       "LEFT JOIN acquaintance aq ON aq.sheet_id = sh.id WHERE sh.id = ?"));
    query.addBindValue(sheetId);
    if (!query.exec() || !query.next()) {
        *errors << InputError{0, QStringLiteral("sheet"), QString::number(sheetId),
            tr("choose a signed score sheet of the file")};
        return std::nullopt;
    }
    const QDate acquainted = dateFrom(query.value(1));
    const QString sheetName = query.value(2).toString();
    if (query.value(0).toString() != QLatin1String("signed"))
        *errors << InputError{0, QStringLiteral("sheet"), sheetName,
            tr("an application is made against a signed score sheet (§12)")};
    else if (!acquainted.isValid())
        *errors << InputError{0, QStringLiteral("sheet"), sheetName,
            tr("the servant's acquaintance with this sheet is not recorded yet; the five working "
               "days of §12 count from it")};
    else if (query.value(3).toInt() > 0)
        *errors << InputError{0, QStringLiteral("sheet"), sheetName,
            tr("an application against this sheet is already registered")};
    if (!appliedOn.isValid())
        *errors << InputError{0, QStringLiteral("applied_on"), QString(),
            tr("the date of the application is required")};
    else if (acquainted.isValid() && appliedOn < acquainted)
        *errors << InputError{0, QStringLiteral("applied_on"), shown(appliedOn),
            tr("the application cannot come before the acquaintance on %1").arg(shown(acquainted))};
    else if (appliedOn > m_context.clock().today())
        *errors << InputError{0, QStringLiteral("applied_on"), shown(appliedOn),
            tr("the date of the application cannot be in the future")};
    if (text.trimmed().isEmpty())
        *errors << InputError{0, QStringLiteral("text"), QString(),
            tr("the application's text is required: what the servant disagrees with")};
    if (!errors->isEmpty())
        return std::nullopt;

    const QDate due = m_context.deadlines().appealDue(acquainted);
    ApplicationResult result;
    result.refusedLate = appliedOn > due;
    if (result.refusedLate)
        result.refusal = tr("the application is late: it was due on %1, five working days after "
                            "the acquaintance on %2 (§12)")
                             .arg(shown(due), shown(acquainted));

    AuditedWrite write(m_context);
    const auto failed = [&] {
        notWritten(errors, write.error());
        return std::nullopt;
    };
    QSqlQuery insert(write.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO appeal (sheet_id, applied_on, text, status) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(sheetId);
    insert.addBindValue(iso(appliedOn));
    insert.addBindValue(textValue(text.trimmed()));
    insert.addBindValue(
        result.refusedLate ? QStringLiteral("refused_late") : QStringLiteral("registered"));
    if (!write.exec(insert))
        return failed();
    result.appealId = insert.lastInsertId().toLongLong();
    AuditEntry entry;
    entry.action = QStringLiteral("create");
    entry.entity = QStringLiteral("appeal");
    entry.entityId = QString::number(result.appealId);
    entry.field = QStringLiteral("status");
    entry.newValue =
        result.refusedLate ? QStringLiteral("refused_late") : QStringLiteral("registered");
    entry.reason = result.refusedLate ? QStringLiteral("§12: due %1").arg(iso(due))
                                      : QStringLiteral("§12: %1").arg(sheetName);
    if (!write.commit(entry))
        return failed();
    return result;
}

bool AppealService::withdrawApplication(qint64 appealId, InputErrors *errors)
{
    if (!mayRun(Action::RunAppeals, errors))
        return false;
    if (sessionOf(appealId)) {
        *errors << InputError{0, QStringLiteral("appeal"), QString::number(appealId),
            tr("the appointing official has decided on this application; it cannot be taken "
               "back")};
        return false;
    }
    AuditedWrite write(m_context);
    const QSqlDatabase connection = write.connection();
    QSqlQuery remove(connection);
    remove.prepare(QStringLiteral("DELETE FROM appeal WHERE id = ?"));
    remove.addBindValue(appealId);
    AuditEntry entry;
    entry.action = QStringLiteral("delete");
    entry.entity = QStringLiteral("appeal");
    entry.entityId = QString::number(appealId);
    entry.reason = QStringLiteral("undo");
    if (!write.exec(remove) || remove.numRowsAffected() != 1 || !write.commit(entry)) {
        *errors << InputError{0, QStringLiteral("appeal"), QString::number(appealId),
            tr("nothing was written: the application could not be taken back")};
        return false;
    }
    return true;
}

bool AppealService::decide(qint64 appealId, const SessionDecision &decision, InputErrors *errors)
{
    if (!mayRun(Action::DecideAppeals, errors))
        return false;
    const auto record = appeal(appealId);
    if (!record) {
        *errors << InputError{
            0, QStringLiteral("appeal"), QString::number(appealId), tr("there is no such appeal")};
        return false;
    }
    if (record->status != QLatin1String("registered"))
        *errors << InputError{0, QStringLiteral("appeal"), QString::number(appealId),
            record->status == QLatin1String("refused_late")
                ? tr("a late application was refused; there is nothing to decide")
                : tr("the decision on this application is already recorded")};
    if (!decision.decidedOn.isValid())
        *errors << InputError{
            0, QStringLiteral("decided_on"), QString(), tr("the date of the decision is required")};
    else if (decision.decidedOn < record->appliedOn)
        *errors << InputError{0, QStringLiteral("decided_on"), shown(decision.decidedOn),
            tr("the decision cannot come before the application on %1")
                .arg(shown(record->appliedOn))};
    if (decision.ordered) {
        int evaluators = 0;
        QSet<qint64> servants;
        QSet<QString> names;
        qint64 appellant = 0;
        {
            QSqlQuery query(m_context.database().connection());
            query.prepare(QStringLiteral("SELECT servant_id FROM score_sheet WHERE id = ?"));
            query.addBindValue(record->sheetId);
            if (query.exec() && query.next())
                appellant = query.value(0).toLongLong();
        }
        for (const SessionMember &member : decision.members) {
            evaluators += member.evaluator ? 1 : 0;
            const QString name = member.fullName.trimmed();
            if (name.isEmpty())
                *errors << InputError{0, QStringLiteral("members"), QString(),
                    tr("every member of the session needs a name")};
            else if (names.contains(name)
                || (member.servantId != 0 && servants.contains(member.servantId)))
                *errors << InputError{
                    0, QStringLiteral("members"), name, tr("a member is listed twice")};
            if (member.servantId != 0 && member.servantId == appellant)
                *errors << InputError{0, QStringLiteral("members"), name,
                    tr("the servant who applied argues their position at the session and is "
                       "not one of its members (§40)")};
            names.insert(name);
            if (member.servantId != 0)
                servants.insert(member.servantId);
        }
        if (evaluators != 1)
            *errors << InputError{0, QStringLiteral("members"), QString::number(evaluators),
                tr("the session has exactly one evaluator, who argues the score (§40)")};
        if (decision.members.size() < 3)
            *errors << InputError{0, QStringLiteral("members"),
                QString::number(decision.members.size()),
                tr("a session needs at least three members so that a majority can form (§41)")};
    }
    if (!errors->isEmpty())
        return false;

    AuditedWrite write(m_context);
    const QSqlDatabase connection = write.connection();
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral("INSERT INTO calibration_session (appeal_id, decided_on, "
                                  "order_reference, score_before) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(appealId);
    insert.addBindValue(iso(decision.decidedOn));
    insert.addBindValue(textValue(decision.orderReference.trimmed()));
    insert.addBindValue(
        record->sheetScore ? QVariant(record->sheetScore->hundredths()) : QVariant());
    if (!write.exec(insert))
        return notWritten(errors, write.error());
    const qint64 sessionId = insert.lastInsertId().toLongLong();
    QSqlQuery member(connection);
    member.prepare(QStringLiteral("INSERT INTO session_member (session_id, servant_id, full_name, "
                                  "role) VALUES (?, ?, ?, ?)"));
    QStringList names;
    for (const SessionMember &m : decision.ordered ? decision.members : QList<SessionMember>{}) {
        member.addBindValue(sessionId);
        member.addBindValue(m.servantId != 0 ? QVariant(m.servantId) : QVariant());
        member.addBindValue(textValue(m.fullName.trimmed()));
        member.addBindValue(m.evaluator ? QStringLiteral("evaluator") : QStringLiteral("member"));
        if (!write.exec(member))
            return notWritten(errors, write.error());
        names << m.fullName.trimmed();
    }
    QSqlQuery status(connection);
    status.prepare(QStringLiteral("UPDATE appeal SET status = ? WHERE id = ?"));
    status.addBindValue(
        decision.ordered ? QStringLiteral("session_ordered") : QStringLiteral("closed"));
    status.addBindValue(appealId);
    if (!write.exec(status))
        return notWritten(errors, write.error());
    AuditEntry entry;
    entry.action = QStringLiteral("decide");
    entry.entity = QStringLiteral("appeal");
    entry.entityId = QString::number(appealId);
    entry.field = QStringLiteral("status");
    entry.oldValue = record->status;
    entry.newValue =
        decision.ordered ? QStringLiteral("session_ordered") : QStringLiteral("closed");
    entry.reason = QStringLiteral("§38 %1 %2; %3")
                       .arg(iso(decision.decidedOn), decision.orderReference.trimmed(),
                           names.join(QStringLiteral(", ")));
    if (!write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

bool AppealService::recordHearing(
    qint64 appealId, const SessionHearing &hearing, InputErrors *errors)
{
    if (!mayRun(Action::RunAppeals, errors))
        return false;
    const auto record = appeal(appealId);
    const auto session = sessionOf(appealId);
    if (!record || !session || !record->isOpen()) {
        *errors << InputError{0, QStringLiteral("appeal"), QString::number(appealId),
            tr("a hearing is recorded for a session that was ordered and whose protocol is not "
               "signed")};
        return false;
    }
    if (hearing.heldOn.isValid() && hearing.heldOn < record->decidedOn)
        *errors << InputError{0, QStringLiteral("held_on"), shown(hearing.heldOn),
            tr("the session cannot be held before the decision on %1")
                .arg(shown(record->decidedOn))};
    if (!errors->isEmpty())
        return false;
    AuditedWrite write(m_context);
    const QSqlDatabase connection = write.connection();
    QSqlQuery update(connection);
    update.prepare(QStringLiteral("UPDATE calibration_session SET held_on = ?, place = ?, "
                                  "evaluator_argument = ?, servant_position = ? WHERE id = ?"));
    update.addBindValue(dateValue(hearing.heldOn));
    update.addBindValue(textValue(hearing.place.trimmed()));
    update.addBindValue(textValue(hearing.evaluatorArgument.trimmed()));
    update.addBindValue(textValue(hearing.servantPosition.trimmed()));
    update.addBindValue(*session);
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("calibration_session");
    entry.entityId = QString::number(*session);
    entry.field = QStringLiteral("hearing");
    entry.oldValue = QStringLiteral("%1 %2").arg(iso(record->heldOn), record->place);
    entry.newValue = QStringLiteral("%1 %2").arg(iso(hearing.heldOn), hearing.place.trimmed());
    entry.reason = QStringLiteral("§40");
    if (!write.exec(update) || !write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

std::optional<qint64> AppealService::addProposal(
    qint64 appealId, Score score, const QString &argument, InputErrors *errors)
{
    if (!mayRun(Action::RunAppeals, errors))
        return std::nullopt;
    const auto record = appeal(appealId);
    const auto session = sessionOf(appealId);
    if (!record || !session || !record->isOpen()) {
        *errors << InputError{0, QStringLiteral("appeal"), QString::number(appealId),
            tr("proposals are made in a session that was ordered and whose protocol is not "
               "signed")};
        return std::nullopt;
    }
    if (record->sheetScore && score == *record->sheetScore)
        *errors << InputError{0, QStringLiteral("score"), score.toString(),
            tr("a proposal changes the score up or down (§41); %1 is the score as it is")
                .arg(score.toString())};
    if (!errors->isEmpty())
        return std::nullopt;
    AuditedWrite write(m_context);
    const QSqlDatabase connection = write.connection();
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral(
        "INSERT INTO session_proposal (session_id, score, argument) VALUES (?, ?, ?)"));
    insert.addBindValue(*session);
    insert.addBindValue(score.hundredths());
    insert.addBindValue(textValue(argument.trimmed()));
    if (!write.exec(insert)) {
        notWritten(errors, write.error());
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    AuditEntry entry;
    entry.action = QStringLiteral("create");
    entry.entity = QStringLiteral("session_proposal");
    entry.entityId = QString::number(id);
    entry.field = QStringLiteral("score");
    entry.newValue = score.toString();
    entry.reason = QStringLiteral("§41 appeal %1").arg(appealId);
    if (!write.commit(entry)) {
        notWritten(errors, write.error());
        return std::nullopt;
    }
    return id;
}

namespace {

// The appeal a proposal belongs to and whether its protocol is still open.
std::optional<std::pair<qint64, bool>> proposalAppeal(QSqlDatabase connection, qint64 proposalId)
{
    QSqlQuery query(connection);
    query.prepare(
        QStringLiteral("SELECT cs.appeal_id, cs.protocol_signed_on IS NULL FROM session_proposal p "
                       "JOIN calibration_session cs ON cs.id = p.session_id WHERE p.id = ?"));
    query.addBindValue(proposalId);
    if (query.exec() && query.next())
        return std::make_pair(query.value(0).toLongLong(), query.value(1).toBool());
    return std::nullopt;
}

} // namespace

bool AppealService::removeProposal(qint64 proposalId, InputErrors *errors)
{
    if (!mayRun(Action::RunAppeals, errors))
        return false;
    const QSqlDatabase connection = m_context.database().connection();
    const auto owner = proposalAppeal(connection, proposalId);
    if (!owner || !owner->second) {
        *errors << InputError{0, QStringLiteral("proposal"), QString::number(proposalId),
            tr("only a proposal of a session whose protocol is not signed can be removed")};
        return false;
    }
    AuditedWrite write(m_context);
    QSqlQuery remove(connection);
    remove.prepare(QStringLiteral("DELETE FROM session_proposal WHERE id = ?"));
    remove.addBindValue(proposalId);
    AuditEntry entry;
    entry.action = QStringLiteral("delete");
    entry.entity = QStringLiteral("session_proposal");
    entry.entityId = QString::number(proposalId);
    entry.reason = QStringLiteral("§41 appeal %1").arg(owner->first);
    if (!write.exec(remove) || !write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

bool AppealService::setVote(
    qint64 proposalId, qint64 memberId, std::optional<Vote> vote, InputErrors *errors)
{
    if (!mayRun(Action::RunAppeals, errors))
        return false;
    const QSqlDatabase connection = m_context.database().connection();
    const auto owner = proposalAppeal(connection, proposalId);
    if (!owner || !owner->second) {
        *errors << InputError{0, QStringLiteral("proposal"), QString::number(proposalId),
            tr("votes are recorded on a proposal of a session whose protocol is not signed")};
        return false;
    }
    QSqlQuery member(connection);
    member.prepare(QStringLiteral(
        "SELECT m.full_name FROM session_member m JOIN session_proposal p ON p.session_id = "
        "m.session_id WHERE m.id = ? AND p.id = ?"));
    member.addBindValue(memberId);
    member.addBindValue(proposalId);
    if (!member.exec() || !member.next()) {
        *errors << InputError{0, QStringLiteral("member"), QString::number(memberId),
            tr("only a member of this session votes (§41)")};
        return false;
    }
    QSqlQuery previous(connection);
    previous.prepare(
        QStringLiteral("SELECT vote FROM session_vote WHERE proposal_id = ? AND member_id = ?"));
    previous.addBindValue(proposalId);
    previous.addBindValue(memberId);
    const QString old =
        previous.exec() && previous.next() ? previous.value(0).toString() : QString();

    AuditedWrite audited(m_context);
    QSqlQuery write(connection);
    if (vote) {
        write.prepare(QStringLiteral("INSERT INTO session_vote (proposal_id, member_id, vote) "
                                     "VALUES (?, ?, ?) ON CONFLICT (proposal_id, member_id) DO "
                                     "UPDATE SET vote = excluded.vote"));
        write.addBindValue(proposalId);
        write.addBindValue(memberId);
        write.addBindValue(voteKey(*vote));
    } else {
        write.prepare(
            QStringLiteral("DELETE FROM session_vote WHERE proposal_id = ? AND member_id = ?"));
        write.addBindValue(proposalId);
        write.addBindValue(memberId);
    }
    AuditEntry entry;
    entry.action = vote ? QStringLiteral("vote") : QStringLiteral("delete");
    entry.entity = QStringLiteral("session_vote");
    entry.entityId = QStringLiteral("%1/%2").arg(proposalId).arg(memberId);
    entry.field = QStringLiteral("vote");
    entry.oldValue = old;
    entry.newValue = vote ? voteKey(*vote) : QString();
    entry.reason = QStringLiteral("§41 %1").arg(member.value(0).toString());
    if (!audited.exec(write) || !audited.commit(entry))
        return notWritten(errors, audited.error());
    return true;
}

bool AppealService::signProtocol(
    qint64 appealId, const QString &number, QDate signedOn, InputErrors *errors)
{
    if (!mayRun(Action::RunAppeals, errors))
        return false;
    const auto record = appeal(appealId);
    const auto session = sessionOf(appealId);
    if (!record || !session || !record->isOpen()) {
        *errors << InputError{0, QStringLiteral("appeal"), QString::number(appealId),
            tr("a protocol is signed for a session that was ordered and is not signed yet")};
        return false;
    }
    if (number.trimmed().isEmpty())
        *errors << InputError{0, QStringLiteral("protocol_number"), QString(),
            tr("the protocol's number is required")};
    if (!record->heldOn.isValid())
        *errors << InputError{0, QStringLiteral("held_on"), QString(),
            tr("record the day the session was held before signing its protocol")};
    if (!signedOn.isValid())
        *errors << InputError{
            0, QStringLiteral("signed_on"), QString(), tr("the date of signing is required")};
    else if (record->heldOn.isValid() && signedOn < record->heldOn)
        *errors << InputError{0, QStringLiteral("signed_on"), shown(signedOn),
            tr("the protocol cannot be signed before the session on %1")
                .arg(shown(record->heldOn))};
    const auto sessionMembers = members(appealId);
    const auto all = proposals(appealId);
    for (const SessionProposal &proposal : all) {
        if (proposal.votes.size() != sessionMembers.size())
            *errors << InputError{0, QStringLiteral("votes"), proposal.score.toString(),
                tr("every member votes on the proposal %1: %2 of %3 votes are recorded (§41)")
                    .arg(proposal.score.toString())
                    .arg(proposal.votes.size())
                    .arg(sessionMembers.size())};
    }
    QString problem;
    const auto final = outcome(appealId, &problem);
    if (!final)
        *errors << InputError{0, QStringLiteral("votes"), QString(), problem};
    if (!errors->isEmpty())
        return false;

    AuditedWrite write(m_context);
    const QSqlDatabase connection = write.connection();
    QSqlQuery update(connection);
    update.prepare(QStringLiteral("UPDATE calibration_session SET protocol_number = ?, "
                                  "protocol_signed_on = ?, final_score = ? WHERE id = ?"));
    update.addBindValue(textValue(number.trimmed()));
    update.addBindValue(iso(signedOn));
    update.addBindValue(final->hundredths());
    update.addBindValue(*session);
    QSqlQuery close(connection);
    close.prepare(QStringLiteral("UPDATE appeal SET status = 'closed' WHERE id = ?"));
    close.addBindValue(appealId);
    AuditEntry entry;
    entry.action = QStringLiteral("sign");
    entry.entity = QStringLiteral("calibration_session");
    entry.entityId = QString::number(*session);
    entry.field = QStringLiteral("final_score");
    entry.oldValue = record->sheetScore ? record->sheetScore->toString() : QString();
    entry.newValue = final->toString();
    entry.reason = QStringLiteral("§41 protocol %1 of %2, %3 %4")
                       .arg(number.trimmed(), iso(signedOn), record->personnelNo, record->quarter);
    if (!write.exec(update) || !write.exec(close) || !write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

bool AppealService::recordFeedback(
    qint64 appealId, const FeedbackMeeting &meeting, InputErrors *errors)
{
    if (!mayRun(Action::RunAppeals, errors))
        return false;
    const auto record = appeal(appealId);
    const auto session = sessionOf(appealId);
    if (!record || !session || !record->protocolSignedOn.isValid()) {
        *errors << InputError{0, QStringLiteral("appeal"), QString::number(appealId),
            tr("the feedback meeting follows a session whose protocol is signed (§42)")};
        return false;
    }
    if (!meeting.heldOn.isValid())
        *errors << InputError{
            0, QStringLiteral("feedback_on"), QString(), tr("the date of the meeting is required")};
    else if (meeting.heldOn < record->protocolSignedOn)
        *errors << InputError{0, QStringLiteral("feedback_on"), shown(meeting.heldOn),
            tr("the feedback meeting comes after the session's protocol of %1 (§42)")
                .arg(shown(record->protocolSignedOn))};
    const std::pair<const char *, const QString *> topics[] = {
        {"achievements", &meeting.achievements}, {"skills", &meeting.skills},
        {"potential", &meeting.potential}};
    for (const auto &[field, text] : topics) {
        if (text->trimmed().isEmpty())
            *errors << InputError{0, QString::fromLatin1(field), QString(),
                tr("the meeting discusses achievements, skills and competencies, and potential "
                   "and career aspirations (§42); write what was said on each")};
    }
    if (!errors->isEmpty())
        return false;
    AuditedWrite write(m_context);
    const QSqlDatabase connection = write.connection();
    QSqlQuery update(connection);
    update.prepare(
        QStringLiteral("UPDATE calibration_session SET feedback_on = ?, feedback_achievements = ?, "
                       "feedback_skills = ?, feedback_potential = ? WHERE id = ?"));
    update.addBindValue(iso(meeting.heldOn));
    update.addBindValue(textValue(meeting.achievements.trimmed()));
    update.addBindValue(textValue(meeting.skills.trimmed()));
    update.addBindValue(textValue(meeting.potential.trimmed()));
    update.addBindValue(*session);
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("calibration_session");
    entry.entityId = QString::number(*session);
    entry.field = QStringLiteral("feedback_on");
    entry.oldValue = iso(record->feedbackOn);
    entry.newValue = iso(meeting.heldOn);
    entry.reason = QStringLiteral("§42");
    if (!write.exec(update) || !write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

} // namespace bagalau
