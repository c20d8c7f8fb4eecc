// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/accesscontrol.h"

#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace bagalau {

AccessControl::AccessControl(const ServiceContext &context)
    : m_context(context)
{ }

bool AccessControl::mayForEveryone(Action action, QString *refusal) const
{
    if (scopesOf(m_context.actor(), action).contains(Scope::Everyone))
        return true;
    *refusal = refuse(action, QString());
    return false;
}

bool AccessControl::mayFor(
    Action action, const QString &personnelNo, const DateRange &when, QString *refusal) const
{
    const auto allowed = allowedServants(action, when);
    if (!allowed || allowed->contains(personnelNo))
        return true;
    *refusal = refuse(action, personnelNo);
    return false;
}

std::optional<QSet<QString>> AccessControl::allowedServants(
    Action action, const DateRange &when) const
{
    const QList<Scope> scopes = scopesOf(m_context.actor(), action);
    if (scopes.contains(Scope::Everyone))
        return std::nullopt;
    QSet<QString> allowed;
    if (scopes.contains(Scope::Own)) {
        if (const QString own = ownPersonnelNo(); !own.isEmpty())
            allowed.insert(own);
    }
    if (scopes.contains(Scope::Evaluated))
        allowed.unite(evaluatedBy(when));
    return allowed;
}

std::optional<QSet<qint64>> AccessControl::allowedAppeals(Action action) const
{
    const QList<Scope> scopes = scopesOf(m_context.actor(), action);
    if (scopes.contains(Scope::Everyone))
        return std::nullopt;
    QSet<qint64> allowed;
    const qint64 servantId = m_context.actor().servantId;
    if (servantId == 0)
        return allowed;
    QSqlQuery query(m_context.database().connection());
    const auto collect = [&](const QString &sql) {
        query.prepare(sql);
        query.addBindValue(servantId);
        if (query.exec()) {
            while (query.next())
                allowed.insert(query.value(0).toLongLong());
        }
    };
    if (scopes.contains(Scope::Own))
        collect(QStringLiteral("SELECT ap.id FROM appeal ap JOIN score_sheet sh ON sh.id = "
                               "ap.sheet_id WHERE sh.servant_id = ?"));
    if (scopes.contains(Scope::SessionParticipant))
        collect(QStringLiteral("SELECT cs.appeal_id FROM calibration_session cs JOIN "
                               "session_member m ON m.session_id = cs.id WHERE m.servant_id = ?"));
    return allowed;
}

bool AccessControl::mayForAppeal(Action action, qint64 appealId, QString *refusal) const
{
    const auto allowed = allowedAppeals(action);
    if (!allowed || allowed->contains(appealId))
        return true;
    *refusal = refuse(action, tr("appeal %1").arg(appealId));
    return false;
}

QSet<QString> AccessControl::evaluatedBy(const DateRange &when) const
{
    QSet<QString> evaluated;
    const Actor &actor = m_context.actor();
    QSqlQuery query(m_context.database().connection());
    const QString first = when.first.toString(Qt::ISODate);
    const QString last = when.last.toString(Qt::ISODate);
    // The head of the apparatus evaluates the servants who report to them (§29).
    if (actor.has(Role::Head) && actor.servantId != 0) {
        query.prepare(QStringLiteral("SELECT DISTINCT s.personnel_no FROM assignment a JOIN "
                                     "servant s ON s.id = a.servant_id "
                                     "WHERE a.manager_id = ? AND a.first_day <= ? AND (a.last_day "
                                     "IS NULL OR a.last_day >= ?)"));
        query.addBindValue(actor.servantId);
        query.addBindValue(last);
        query.addBindValue(first);
        if (query.exec()) {
            while (query.next())
                evaluated.insert(query.value(0).toString());
        }
    }
    // The chairman, the superior manager, evaluates the head of the apparatus (§2, §22).
    if (actor.has(Role::Chairman)) {
        query.prepare(
            QStringLiteral("SELECT DISTINCT s.personnel_no FROM assignment a JOIN servant s ON "
                           "s.id = a.servant_id "
                           "JOIN position p ON p.id = a.position_id WHERE p.category = 'head' "
                           "AND a.first_day <= ? AND (a.last_day IS NULL OR a.last_day >= ?)"));
        query.addBindValue(last);
        query.addBindValue(first);
        if (query.exec()) {
            while (query.next())
                evaluated.insert(query.value(0).toString());
        }
    }
    return evaluated;
}

QString AccessControl::ownPersonnelNo() const
{
    if (m_context.actor().servantId == 0)
        return {};
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral("SELECT personnel_no FROM servant WHERE id = ?"));
    query.addBindValue(m_context.actor().servantId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QString AccessControl::refuse(Action action, const QString &subject) const
{
    // The refusal is kept even though the action was not taken: who tried what is the record.
    AuditEntry entry;
    entry.action = QStringLiteral("refused");
    entry.entity = actionKey(action);
    entry.entityId = subject;
    entry.reason = QStringLiteral("§15, §20");
    Transaction transaction(m_context.database().connection());
    QString error;
    if (transaction.isActive() && m_context.audit(entry, &error))
        transaction.commit();
    return subject.isEmpty() ? tr("refused: the account %1 may not do this (%2)")
                                   .arg(m_context.actor().login, actionKey(action))
                             : tr("refused: the account %1 may not do this for %2 (%3)")
                                   .arg(m_context.actor().login, subject, actionKey(action));
}

} // namespace bagalau
