// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/actor.h"
#include "services/inputerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bagalau {

class Database;
class ServiceContext;

struct NewAccount
{
    QString login;
    QString displayName;
    QList<Role> roles;
    QString servantPersonnelNo; // optional: the servant the account belongs to
};

struct AccountSummary
{
    QString login;
    QString displayName;
    QList<Role> roles;
    QString servantPersonnelNo;
    bool disabled = false;
    QDateTime lockedUntil; // invalid when not locked
};

// Accounts and sign-in. A file without accounts is the chief specialist's alone (single-user
// mode); the first account, which must be the chief specialist's, switches it to signed-in use
// for good. Passwords are kept as Argon2id hashes only; five wrong passwords in a row lock the
// account for a while; every sign-in and every refusal is audited.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    static constexpr int MaximumFailures = 5;
    static constexpr int LockMinutes = 15;
    static constexpr int MinimumPasswordLength = 8;

    explicit AccountService(const ServiceContext &context);

    static bool hasAccounts(const Database &database);
    // The account signed in, or nullopt with the reason (which never says whether the login
    // exists, so that it cannot be probed).
    std::optional<Actor> signIn(const QString &login, const QString &password, QString *refusal);

    bool create(const NewAccount &account, const QString &password, InputErrors *errors);
    bool setRoles(const QString &login, const QList<Role> &roles, InputErrors *errors);
    bool resetPassword(const QString &login, const QString &password, InputErrors *errors);
    bool disable(const QString &login, InputErrors *errors);
    std::optional<QList<AccountSummary>> accounts(QString *refusal) const;

private:
    bool mayManage(InputErrors *errors) const;
    bool change(const QString &login, const QString &field, const QString &sql,
        const QVariantList &values, const QString &newValue, InputErrors *errors);
    void auditSignIn(const QString &login, const QString &action, const QString &reason) const;

    const ServiceContext &m_context;
};

} // namespace bagalau
