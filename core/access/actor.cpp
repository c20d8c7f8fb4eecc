// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/actor.h"

namespace bagalau {

QList<Role> allRoles()
{
    return {
        Role::ChiefSpecialist, Role::Chairman, Role::Head, Role::AppointingOfficial, Role::Servant};
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::ChiefSpecialist:
        return QStringLiteral("chief_specialist");
    case Role::Chairman:
        return QStringLiteral("chairman");
    case Role::Head:
        return QStringLiteral("head");
    case Role::AppointingOfficial:
        return QStringLiteral("appointing_official");
    case Role::Servant:
        return QStringLiteral("servant");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role role : allRoles()) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString RoleText::label(Role role)
{
    switch (role) {
    case Role::ChiefSpecialist:
        return tr("chief specialist");
    case Role::Chairman:
        return tr("chairman of the maslikhat");
    case Role::Head:
        return tr("head of the apparatus");
    case Role::AppointingOfficial:
        return tr("appointing official");
    case Role::Servant:
        return tr("servant");
    }
    return {};
}

Actor Actor::singleUser()
{
    return {QStringLiteral("chief_specialist"), QString(), {Role::ChiefSpecialist}, 0};
}

} // namespace bagalau
