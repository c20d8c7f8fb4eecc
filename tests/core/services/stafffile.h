// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fixedclock.h"
#include "samplestaff.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/auditlog.h"
#include "temporarydatabase.h"

#include <QSqlQuery>

namespace bagalau::test {

// A small apparatus for the staff edits: 001 heads it since 2019, 002 is a chief specialist
// under 001 since 2021-03-01, 003 a specialist with no manager; today is 2024-07-15.
struct StaffFile
{
    TemporaryDatabase file;
    FixedClock clock{QDate(2024, 7, 15)};
    ServiceContext chief{file.database(), Actor::singleUser(), clock};

    StaffFile()
    {
        InputErrors errors;
        OrganisationService(chief).create({QStringLiteral("Аппарат"), {}, {}, {}}, &errors);
        StaffService(chief).add({sampleServant("001", "Жусупова Айгуль", PositionCategory::Head,
                                     "Руководитель аппарата", QDate(2019, 3, 1), ""),
                                    sampleServant("002", "Ахметов Серик", PositionCategory::CorpsB,
                                        "Главный специалист", QDate(2021, 3, 1), "001"),
                                    sampleServant("003", "Ким Елена", PositionCategory::CorpsB,
                                        "Специалист", QDate(2020, 1, 9), "")},
            &errors);
    }

    int count(const char *sql)
    {
        QSqlQuery query(file.database().connection());
        return query.exec(QString::fromUtf8(sql)) && query.next() ? query.value(0).toInt() : -1;
    }

    QString text(const char *sql)
    {
        QSqlQuery query(file.database().connection());
        return query.exec(QString::fromUtf8(sql)) && query.next() ? query.value(0).toString()
                                                                  : QStringLiteral("<none>");
    }

    int auditCount() { return count("SELECT count(*) FROM audit_log"); }

    AuditEntry lastAudit() { return AuditLog(file.database().connection()).entries().last(); }

    // Who may not change the staff (§19): a head of the apparatus signed in.
    ServiceContext head()
    {
        Actor actor{QStringLiteral("head"), QStringLiteral("Head"), {Role::Head}, 0};
        return ServiceContext(file.database(), actor, clock);
    }
};

inline QString messagesOf(const InputErrors &errors)
{
    QStringList messages;
    for (const InputError &error : errors)
        messages << error.column + QStringLiteral(": ") + error.message;
    return messages.join(QLatin1Char('\n'));
}

} // namespace bagalau::test
