// SPDX-License-Identifier: GPL-3.0-or-later
// bagalau-cli's accounts: users add | list | disable | reset | roles.
#include "cli/commandline.h"

#include "access/accountservice.h"
#include "clock.h"
#include "services/servicecontext.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bagalau {

namespace {

const SystemClock &accountClock()
{
    static const SystemClock clock;
    return clock;
}

// "chief_specialist,servant" → the roles; nullopt when any key is unknown.
std::optional<QList<Role>> rolesFrom(const QString &text)
{
    QList<Role> roles;
    const QStringList keys = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &key : keys) {
        const auto role = roleFromKey(key.trimmed());
        if (!role)
            return std::nullopt;
        if (!roles.contains(*role))
            roles << *role;
    }
    return roles;
}

} // namespace

ExitCode CommandLine::runUsers(const QStringList &arguments)
{
    const auto parsed = commandArguments(arguments,
        {QStringLiteral("--roles"), QStringLiteral("--servant"), QStringLiteral("--name")});
    if (!parsed)
        return ExitCode::WrongUsage;
    const QStringList &words = parsed->positional;
    const QString what = words.value(0);
    const QString usage = tr("usage: users add LOGIN --roles ROLE[,ROLE] [--servant PERSONNEL_NO] "
                             "[--name NAME] | users list | users disable LOGIN | users reset LOGIN "
                             "| users roles LOGIN ROLE[,ROLE]");
    const bool known = (what == QLatin1String("list") && words.size() == 1)
        || ((what == QLatin1String("add") || what == QLatin1String("disable")
                || what == QLatin1String("reset"))
            && words.size() == 2)
        || (what == QLatin1String("roles") && words.size() == 3);
    if (!known
        || (what == QLatin1String("add") && !parsed->values.contains(QStringLiteral("--roles"))))
        return usageError(usage);

    const QString rolesText = what == QLatin1String("roles")
        ? words.at(2)
        : parsed->values.value(QStringLiteral("--roles"));
    std::optional<QList<Role>> roles;
    if (what == QLatin1String("add") || what == QLatin1String("roles")) {
        roles = rolesFrom(rolesText);
        if (!roles)
            return badInput(tr("bad roles %1: a list of chief_specialist, chairman, head, "
                               "appointing_official, servant")
                                .arg(rolesText));
    }

    auto database = openDatabase();
    if (!database)
        return failure();
    const ServiceContext context(*database, actor(), accountClock(), m_policy);
    AccountService accounts(context);
    InputErrors errors;

    if (what == QLatin1String("list")) {
        QString refusal;
        const auto list = accounts.accounts(&refusal);
        if (!list)
            return refused(refusal);
        QJsonArray array;
        for (const AccountSummary &account : *list) {
            QJsonArray roleKeys;
            for (Role role : account.roles)
                roleKeys.append(roleKey(role));
            array.append(QJsonObject{{QStringLiteral("login"), account.login},
                {QStringLiteral("name"), account.displayName}, {QStringLiteral("roles"), roleKeys},
                {QStringLiteral("servant"), account.servantPersonnelNo},
                {QStringLiteral("disabled"), account.disabled},
                {QStringLiteral("locked_until"),
                    account.lockedUntil.isValid()
                        ? QJsonValue(account.lockedUntil.toString(Qt::ISODate))
                        : QJsonValue(QJsonValue::Null)}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Done;
    }

    const QString login = words.at(1);
    bool done = false;
    if (what == QLatin1String("add") || what == QLatin1String("reset")) {
        const auto password = newPassword();
        if (!password)
            return ExitCode::WrongUsage;
        done = what == QLatin1String("add")
            ? accounts.create({login, parsed->values.value(QStringLiteral("--name")), *roles,
                                  parsed->values.value(QStringLiteral("--servant"))},
                *password, &errors)
            : accounts.resetPassword(login, *password, &errors);
    } else if (what == QLatin1String("disable")) {
        done = accounts.disable(login, &errors);
    } else {
        done = accounts.setRoles(login, *roles, &errors);
    }
    if (!done)
        return inputFailure(errors, ExitCode::BadInput);
    return ExitCode::Done;
}

} // namespace bagalau
