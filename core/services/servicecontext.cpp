// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/servicecontext.h"

#include "clock.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace bagalau {

namespace {

// The shipped calendar with the user's Kurban Ait dates and transfers from the file on top.
WorkingCalendar calendarOf(Database &database)
{
    WorkingCalendar calendar = WorkingCalendar::shipped();
    QSqlQuery query(database.connection());
    if (query.exec(QStringLiteral("SELECT year, day FROM calendar_kurban_ait"))) {
        while (query.next()) {
            const QDate day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
            if (day.isValid())
                calendar.setKurbanAit(query.value(0).toInt(), day);
        }
    }
    if (query.exec(QStringLiteral("SELECT day_off, working_day, act FROM calendar_transfer"))) {
        while (query.next()) {
            calendar.addTransfer({QDate::fromString(query.value(0).toString(), Qt::ISODate),
                QDate::fromString(query.value(1).toString(), Qt::ISODate),
                query.value(2).toString()});
        }
    }
    return calendar;
}

} // namespace

ServiceContext::ServiceContext(
    Database &database, Actor actor, const Clock &clock, DeadlinePolicy policy)
    : m_database(database)
    , m_actor(std::move(actor))
    , m_clock(clock)
    , m_policy(policy)
    , m_calendar(calendarOf(database))
{ }

bool ServiceContext::audit(AuditEntry entry, QString *error) const
{
    entry.actor = m_actor.login;
    entry.at = m_clock.now();
    return AuditLog(m_database.connection()).append(std::move(entry), error);
}

void ServiceContext::reloadCalendar()
{
    m_calendar = calendarOf(m_database);
}

} // namespace bagalau
