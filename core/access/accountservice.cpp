// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/accountservice.h"

#include "access/accesscontrol.h"
#include "access/passwordhash.h"
#include "clock.h"
#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace bagalau {

namespace {

QString rolesText(const QList<Role> &roles)
{
    QStringList keys;
    for (Role role : roles)
        keys << roleKey(role);
    return keys.join(QLatin1Char(','));
}

QList<Role> rolesOf(QSqlDatabase connection, qint64 accountId)
{
    QList<Role> roles;
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT role FROM user_role WHERE user_id = ?"));
    query.addBindValue(accountId);
    if (query.exec()) {
        while (query.next()) {
            if (const auto role = roleFromKey(query.value(0).toString()))
                roles << *role;
        }
    }
    std::sort(roles.begin(), roles.end());
    return roles;
}

// Replaces the account's roles with `roles`, inside the caller's transaction.
bool writeRoles(QSqlDatabase connection, qint64 accountId, const QList<Role> &roles)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("DELETE FROM user_role WHERE user_id = ?"));
    query.addBindValue(accountId);
    bool written = query.exec();
    query.prepare(QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (?, ?)"));
    for (Role role : roles) {
        query.addBindValue(accountId);
        query.addBindValue(roleKey(role));
        written = written && query.exec();
    }
    return written;
}

} // namespace

AccountService::AccountService(const ServiceContext &context)
    : m_context(context)
{ }

bool AccountService::hasAccounts(const Database &database)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("SELECT 1 FROM user_account LIMIT 1")) && query.next();
}

void AccountService::auditSignIn(
    const QString &login, const QString &action, const QString &reason) const
{
    AuditEntry entry;
    entry.actor = login;
    entry.at = m_context.clock().now();
    entry.action = action;
    entry.entity = QStringLiteral("account");
    entry.entityId = login;
    entry.reason = reason;
    QString error;
    AuditLog(m_context.database().connection()).append(entry, &error);
}

std::optional<Actor> AccountService::signIn(
    const QString &login, const QString &password, QString *refusal)
{
    const QSqlDatabase connection = m_context.database().connection();
    Transaction transaction(connection);
    const QString wrong = tr("wrong login or password");
    QSqlQuery query(connection);
    query.prepare(
        QStringLiteral("SELECT id, display_name, servant_id, password_hash, disabled, "
                       "failed_attempts, locked_until FROM user_account WHERE login = ?"));
    query.addBindValue(login);
    if (!transaction.isActive() || !query.exec() || !query.next()) {
        auditSignIn(login, QStringLiteral("sign-in-refused"), QStringLiteral("unknown login"));
        transaction.commit();
        *refusal = wrong;
        return std::nullopt;
    }
    const qint64 id = query.value(0).toLongLong();
    const QDateTime now = m_context.clock().now();
    const QDateTime lockedUntil = QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
    if (lockedUntil.isValid() && lockedUntil > now) {
        auditSignIn(login, QStringLiteral("sign-in-refused"), QStringLiteral("locked"));
        transaction.commit();
        *refusal = tr("the account is locked after %1 wrong passwords; try again after %2")
                       .arg(MaximumFailures)
                       .arg(QLocale().toString(lockedUntil.time(), QLocale::ShortFormat));
        return std::nullopt;
    }

    QSqlQuery update(connection);
    if (!PasswordHash::verify(query.value(3).toString(), password)) {
        const int failures = query.value(5).toInt() + 1;
        const bool lock = failures >= MaximumFailures;
        update.prepare(QStringLiteral(
            "UPDATE user_account SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
        update.addBindValue(lock ? 0 : failures);
        update.addBindValue(
            lock ? QVariant(now.addSecs(LockMinutes * 60).toString(Qt::ISODate)) : QVariant());
        update.addBindValue(id);
        update.exec();
        auditSignIn(login, QStringLiteral("sign-in-refused"),
            lock ? QStringLiteral("wrong password; locked") : QStringLiteral("wrong password"));
        transaction.commit();
        *refusal = lock ? tr("wrong login or password; the account is now locked for %n minute(s)",
                       nullptr, LockMinutes)
                        : wrong;
        return std::nullopt;
    }
    if (query.value(4).toInt() != 0) {
        auditSignIn(login, QStringLiteral("sign-in-refused"), QStringLiteral("disabled"));
        transaction.commit();
        *refusal = tr("the account %1 is disabled; the chief specialist can enable it").arg(login);
        return std::nullopt;
    }
    update.prepare(QStringLiteral(
        "UPDATE user_account SET failed_attempts = 0, locked_until = NULL WHERE id = ?"));
    update.addBindValue(id);
    update.exec();
    auditSignIn(login, QStringLiteral("sign-in"), QString());
    transaction.commit();
    return Actor{login, query.value(1).toString(), rolesOf(connection, id),
        query.value(2).isNull() ? 0 : query.value(2).toLongLong()};
}

bool AccountService::mayManage(InputErrors *errors) const
{
    QString refusal;
    if (AccessControl(m_context).mayForEveryone(Action::ManageAccounts, &refusal))
        return true;
    *errors << InputError{0, QStringLiteral("account"), m_context.actor().login, refusal};
    return false;
}

bool AccountService::create(const NewAccount &account, const QString &password, InputErrors *errors)
{
    const bool first = !hasAccounts(m_context.database());
    if (!first && !mayManage(errors))
        return false;
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!loginPattern.match(account.login).hasMatch())
        *errors << InputError{0, QStringLiteral("login"), account.login,
            tr("a login is 2 to 32 small Latin letters, digits, dots, dashes or "
               "underscores, beginning with a letter or digit")};
    if (account.roles.isEmpty())
        *errors << InputError{
            0, QStringLiteral("roles"), QString(), tr("an account needs at least one role")};
    if (first && !account.roles.contains(Role::ChiefSpecialist))
        *errors << InputError{0, QStringLiteral("roles"), rolesText(account.roles),
            tr("the first account is the chief specialist's")};
    if (password.size() < MinimumPasswordLength)
        *errors << InputError{0, QStringLiteral("password"), QString(),
            tr("a password has at least %1 characters").arg(MinimumPasswordLength)};

    const QSqlDatabase connection = m_context.database().connection();
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT 1 FROM user_account WHERE login = ?"));
    query.addBindValue(account.login);
    if (query.exec() && query.next())
        *errors << InputError{0, QStringLiteral("login"), account.login,
            tr("an account with this login exists already")};
    QVariant servantId;
    if (!account.servantPersonnelNo.isEmpty()) {
        query.prepare(QStringLiteral("SELECT id FROM servant WHERE personnel_no = ?"));
        query.addBindValue(account.servantPersonnelNo);
        if (query.exec() && query.next())
            servantId = query.value(0);
        else
            *errors << InputError{0, QStringLiteral("servant"), account.servantPersonnelNo,
                tr("no servant has this personnel number")};
    } else if (account.roles.contains(Role::Servant) || account.roles.contains(Role::Head)) {
        *errors << InputError{0, QStringLiteral("servant"), QString(),
            tr("a servant's or the head's account names the servant it belongs "
               "to (--servant)")};
    }
    if (!errors->isEmpty())
        return false;

    const QString hash = PasswordHash::hash(password);
    Transaction transaction(connection);
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral("INSERT INTO user_account (login, display_name, servant_id, "
                                  "password_hash) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(account.login);
    insert.addBindValue(textValue(account.displayName));
    insert.addBindValue(servantId);
    insert.addBindValue(hash);
    bool written = !hash.isEmpty() && transaction.isActive() && insert.exec();
    const qint64 id = insert.lastInsertId().toLongLong();
    written = written && writeRoles(connection, id, account.roles);
    AuditEntry entry;
    entry.action = QStringLiteral("create");
    entry.entity = QStringLiteral("account");
    entry.entityId = account.login;
    entry.field = QStringLiteral("roles");
    entry.newValue = rolesText(account.roles);
    QString error;
    // The first account is made by the chief specialist of a single-user file.
    if (!written || !m_context.audit(entry, &error) || !transaction.commit()) {
        *errors << InputError{0, QString(), QString(),
            tr("nothing was written: %1").arg(error.isEmpty() ? insert.lastError().text() : error)};
        return false;
    }
    return true;
}

bool AccountService::change(const QString &login, const QString &field, const QString &sql,
    const QVariantList &values, const QString &newValue, InputErrors *errors)
{
    const QSqlDatabase connection = m_context.database().connection();
    Transaction transaction(connection);
    QSqlQuery query(connection);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!transaction.isActive() || !query.exec() || query.numRowsAffected() < 1) {
        *errors << InputError{0, QStringLiteral("login"), login, tr("no account has this login")};
        return false;
    }
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("account");
    entry.entityId = login;
    entry.field = field;
    entry.newValue = newValue;
    QString error;
    if (!m_context.audit(entry, &error) || !transaction.commit()) {
        *errors << InputError{0, QString(), QString(), tr("nothing was written: %1").arg(error)};
        return false;
    }
    return true;
}

bool AccountService::setRoles(const QString &login, const QList<Role> &roles, InputErrors *errors)
{
    if (!mayManage(errors))
        return false;
    if (roles.isEmpty()) {
        *errors << InputError{
            0, QStringLiteral("roles"), QString(), tr("an account needs at least one role")};
        return false;
    }
    const QSqlDatabase connection = m_context.database().connection();
    Transaction transaction(connection);
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT id FROM user_account WHERE login = ?"));
    query.addBindValue(login);
    if (!transaction.isActive() || !query.exec() || !query.next()) {
        *errors << InputError{0, QStringLiteral("login"), login, tr("no account has this login")};
        return false;
    }
    const qint64 id = query.value(0).toLongLong();
    const QString old = rolesText(rolesOf(connection, id));
    const bool written = writeRoles(connection, id, roles);
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("account");
    entry.entityId = login;
    entry.field = QStringLiteral("roles");
    entry.oldValue = old;
    entry.newValue = rolesText(roles);
    QString error;
    if (!written || !m_context.audit(entry, &error) || !transaction.commit()) {
        *errors << InputError{0, QString(), QString(), tr("nothing was written: %1").arg(error)};
        return false;
    }
    return true;
}

bool AccountService::resetPassword(
    const QString &login, const QString &password, InputErrors *errors)
{
    if (!mayManage(errors))
        return false;
    if (password.size() < MinimumPasswordLength) {
        *errors << InputError{0, QStringLiteral("password"), QString(),
            tr("a password has at least %1 characters").arg(MinimumPasswordLength)};
        return false;
    }
    // The hash is never written to the audit log: only that the password changed.
    return change(login, QStringLiteral("password"),
        QStringLiteral("UPDATE user_account SET password_hash = ?, failed_attempts = 0, "
                       "locked_until = NULL WHERE login = ?"),
        {PasswordHash::hash(password), login}, QStringLiteral("(reset)"), errors);
}

bool AccountService::disable(const QString &login, InputErrors *errors)
{
    if (!mayManage(errors))
        return false;
    if (login == m_context.actor().login) {
        *errors << InputError{
            0, QStringLiteral("login"), login, tr("an account cannot disable itself")};
        return false;
    }
    return change(login, QStringLiteral("disabled"),
        QStringLiteral("UPDATE user_account SET disabled = 1 WHERE login = ?"), {login},
        QStringLiteral("1"), errors);
}

std::optional<QList<AccountSummary>> AccountService::accounts(QString *refusal) const
{
    if (!AccessControl(m_context).mayForEveryone(Action::ManageAccounts, refusal))
        return std::nullopt;
    QList<AccountSummary> result;
    const QSqlDatabase connection = m_context.database().connection();
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral(
            "SELECT a.id, a.login, a.display_name, coalesce(s.personnel_no, ''), a.disabled, "
            "a.locked_until FROM user_account a LEFT JOIN servant s ON s.id = a.servant_id "
            "ORDER BY a.login")))
        return result;
    while (query.next()) {
        result << AccountSummary{query.value(1).toString(), query.value(2).toString(),
            rolesOf(connection, query.value(0).toLongLong()), query.value(3).toString(),
            query.value(4).toInt() != 0,
            QDateTime::fromString(query.value(5).toString(), Qt::ISODate)};
    }
    return result;
}

} // namespace bagalau
