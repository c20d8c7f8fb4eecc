// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace bagalau {

// The roles of the methodology's people (DESIGN.md "Who uses it").
enum class Role {
    ChiefSpecialist, // HR: runs everything (§10, §19)
    Chairman, // the superior manager; evaluates the head of the apparatus (§2, §22)
    Head, // the head of the apparatus; evaluates corps B (§29)
    AppointingOfficial, // approves the schedule (§10), decides on calibration sessions (§38)
    Servant, // reads their own results, answers 360 questionnaires (§18)
};
QList<Role> allRoles();
// "chief_specialist", "chairman", "head", "appointing_official", "servant"
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);

class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(RoleText)

public:
    static QString label(Role role);
};

// Who acts: the signed-in account, or the chief specialist alone in a file without accounts.
struct Actor
{
    QString login;
    QString displayName;
    QList<Role> roles;
    qint64 servantId = 0; // the servant the account belongs to; 0 for none

    static Actor singleUser();
    bool has(Role role) const { return roles.contains(role); }
};

} // namespace bagalau
