// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/calendarservice.h"

#include "access/accesscontrol.h"
#include "services/auditedwrite.h"
#include "services/servicecontext.h"
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

} // namespace

CalendarService::CalendarService(ServiceContext &context)
    : m_context(context)
{ }

bool CalendarService::setKurbanAit(int year, QDate date, InputErrors *errors)
{
    if (year < 2000 || year > 2100) {
        *errors << InputError{
            0, QStringLiteral("year"), QString::number(year), tr("a year from 2000 to 2100")};
        return false;
    }
    if (date.isValid() && date.year() != year) {
        *errors << InputError{0, QStringLiteral("date"), iso(date),
            tr("the date of Kurban Ait of %1 must be in %1").arg(year)};
        return false;
    }
    const QString old = iso(m_context.calendar().kurbanAit(year).value_or(QDate()));
    const bool forget = !date.isValid();
    return write(forget
            ? QStringLiteral("DELETE FROM calendar_kurban_ait WHERE year = ?")
            : QStringLiteral("INSERT INTO calendar_kurban_ait (year, day) VALUES (?, ?) "
                             "ON CONFLICT (year) DO UPDATE SET day = excluded.day"),
        forget ? QVariantList{year} : QVariantList{year, iso(date)},
        QStringLiteral("kurban_ait %1").arg(year), old, iso(date), errors);
}

bool CalendarService::addTransfer(const Transfer &transfer, InputErrors *errors)
{
    if (const QString problem = transferError(transfer); !problem.isEmpty()) {
        *errors << InputError{0, QStringLiteral("transfer"),
            iso(transfer.dayOff) + QStringLiteral(" → ") + iso(transfer.workingDay), problem};
        return false;
    }
    // One working day makes up for one day off: a second transfer onto the same Saturday would
    // leave the first without its working day.
    QSqlQuery taken(m_context.database().connection());
    taken.prepare(QStringLiteral(
        "SELECT day_off FROM calendar_transfer WHERE working_day = ? AND day_off <> ?"));
    taken.addBindValue(iso(transfer.workingDay));
    taken.addBindValue(iso(transfer.dayOff));
    if (taken.exec() && taken.next()) {
        *errors << InputError{0, QStringLiteral("working_day"), iso(transfer.workingDay),
            tr("the working day %1 already makes up for the day off %2; remove that transfer "
               "first")
                .arg(iso(transfer.workingDay), taken.value(0).toString())};
        return false;
    }
    return write(QStringLiteral("INSERT INTO calendar_transfer (day_off, working_day, act) "
                                "VALUES (?, ?, ?) ON CONFLICT (day_off) DO UPDATE SET "
                                "working_day = excluded.working_day, act = excluded.act"),
        {iso(transfer.dayOff), iso(transfer.workingDay), textValue(transfer.act)},
        QStringLiteral("transfer"), QString(),
        iso(transfer.dayOff) + QStringLiteral(" → ") + iso(transfer.workingDay)
            + (transfer.act.isEmpty() ? QString()
                                      : QStringLiteral(" (") + transfer.act + QLatin1Char(')')),
        errors);
}

bool CalendarService::removeTransfer(QDate dayOff, InputErrors *errors)
{
    QSqlQuery exists(m_context.database().connection());
    exists.prepare(QStringLiteral("SELECT working_day FROM calendar_transfer WHERE day_off = ?"));
    exists.addBindValue(iso(dayOff));
    if (!exists.exec() || !exists.next()) {
        *errors << InputError{0, QStringLiteral("day_off"), iso(dayOff),
            tr("no transfer entered in this file has this day off (the "
               "shipped transfers cannot be removed, only replaced)")};
        return false;
    }
    return write(QStringLiteral("DELETE FROM calendar_transfer WHERE day_off = ?"), {iso(dayOff)},
        QStringLiteral("transfer"),
        iso(dayOff) + QStringLiteral(" → ") + exists.value(0).toString(), QString(), errors);
}

bool CalendarService::write(const QString &sql, const QVariantList &values, const QString &field,
    const QString &oldValue, const QString &newValue, InputErrors *errors)
{
    QString refusal;
    if (!AccessControl(m_context).mayForEveryone(Action::ChangeCalendar, &refusal)) {
        *errors << InputError{0, QString(), QString(), refusal, true};
        return false;
    }
    AuditedWrite audited(m_context);
    QSqlQuery query(audited.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    AuditEntry entry;
    entry.action = newValue.isEmpty() ? QStringLiteral("delete") : QStringLiteral("update");
    entry.entity = QStringLiteral("calendar");
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    if (!audited.exec(query) || !audited.commit(entry)) {
        *errors << InputError{
            0, QString(), QString(), tr("nothing was written: %1").arg(audited.error())};
        return false;
    }
    m_context.reloadCalendar();
    return true;
}

} // namespace bagalau
