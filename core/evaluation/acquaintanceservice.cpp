// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/acquaintanceservice.h"

#include "access/accesscontrol.h"
#include "clock.h"
#include "services/auditedwrite.h"
#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalue.h"

#include <QSqlQuery>

namespace bagalau {

namespace {

struct SheetState
{
    qint64 id = 0;
    QString status;
    QDate signedOn;
    std::optional<Acquaintance> acquaintance;
    int appeals = 0;
};

std::optional<SheetState> sheetOf(
    QSqlDatabase connection, const QString &personnelNo, const Quarter &quarter)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral(
        "SELECT sh.id, sh.status, sh.signed_on, a.day, a.method, a.reference, "
        "(SELECT count(*) FROM appeal ap WHERE ap.sheet_id = sh.id) FROM score_sheet sh "
        "JOIN servant s ON s.id = sh.servant_id LEFT JOIN acquaintance a ON a.sheet_id = sh.id "
        "WHERE s.personnel_no = ? AND sh.quarter = ?"));
    query.addBindValue(personnelNo);
    query.addBindValue(quarter.key());
    if (!query.exec() || !query.next())
        return std::nullopt;
    SheetState sheet;
    sheet.id = query.value(0).toLongLong();
    sheet.status = query.value(1).toString();
    sheet.signedOn = dateFrom(query.value(2));
    if (!query.value(3).isNull())
        sheet.acquaintance = Acquaintance{
            dateFrom(query.value(3)), query.value(4).toString(), query.value(5).toString()};
    sheet.appeals = query.value(6).toInt();
    return sheet;
}

// A write the database refused: none of it stays, and the user reads the database's reason.
bool notWritten(InputErrors *errors, const QString &why)
{
    *errors << InputError{
        0, QString(), QString(), AcquaintanceService::tr("nothing was written: %1").arg(why)};
    return false;
}

} // namespace

AcquaintanceService::AcquaintanceService(const ServiceContext &context)
    : m_context(context)
{ }

QStringList AcquaintanceService::methods()
{
    return {QStringLiteral("in_person"), QStringLiteral("registered_letter"),
        QStringLiteral("telephone_message"), QStringLiteral("telegram"), QStringLiteral("sms"),
        QStringLiteral("email"), QStringLiteral("other")};
}

QString AcquaintanceService::methodLabel(const QString &method)
{
    if (method == QLatin1String("in_person"))
        return tr("in person, against signature");
    if (method == QLatin1String("registered_letter"))
        return tr("registered letter with notice of delivery");
    if (method == QLatin1String("telephone_message"))
        return tr("telephone message");
    if (method == QLatin1String("telegram"))
        return tr("telegram");
    if (method == QLatin1String("sms"))
        return tr("text message to the mobile number");
    if (method == QLatin1String("email"))
        return tr("e-mail");
    if (method == QLatin1String("other"))
        return tr("other means that record the notice");
    return method;
}

std::optional<Acquaintance> AcquaintanceService::read(
    const QString &personnelNo, const Quarter &quarter) const
{
    const auto allowed =
        AccessControl(m_context).allowedServants(Action::ReadResults, quarter.range());
    if (allowed && !allowed->contains(personnelNo))
        return std::nullopt;
    const auto sheet = sheetOf(m_context.database().connection(), personnelNo, quarter);
    return sheet ? sheet->acquaintance : std::nullopt;
}

QDate AcquaintanceService::appealDue(QDate acquainted) const
{
    return acquainted.isValid() ? m_context.deadlines().appealDue(acquainted) : QDate();
}

bool AcquaintanceService::record(const QString &personnelNo, const Quarter &quarter,
    const Acquaintance &acquaintance, InputErrors *errors)
{
    QString refusal;
    if (!AccessControl(m_context).mayFor(
            Action::RecordAcquaintance, personnelNo, quarter.range(), &refusal)) {
        *errors << InputError{0, QStringLiteral("personnel_no"), personnelNo, refusal, true};
        return false;
    }
    const QSqlDatabase connection = m_context.database().connection();
    const auto sheet = sheetOf(connection, personnelNo, quarter);
    if (!sheet || sheet->status != QLatin1String("signed")) {
        *errors << InputError{0, QStringLiteral("quarter"), quarter.key(),
            tr("the servant's score sheet of this quarter is not signed: there is no result to "
               "acquaint them with (§11)")};
        return false;
    }
    if (sheet->acquaintance) {
        *errors << InputError{0, QStringLiteral("day"),
            sheet->acquaintance->day.toString(Qt::ISODate),
            tr("the acquaintance is already recorded, on %1")
                .arg(sheet->acquaintance->day.toString(Qt::ISODate))};
        return false;
    }
    const QDate today = m_context.clock().today();
    const qsizetype before = errors->size();
    if (!acquaintance.day.isValid())
        *errors << InputError{0, QStringLiteral("day"), QString(), tr("the day is required")};
    else if (sheet->signedOn.isValid() && acquaintance.day < sheet->signedOn)
        *errors << InputError{0, QStringLiteral("day"), acquaintance.day.toString(Qt::ISODate),
            tr("the day cannot be before the sheet was signed, %1")
                .arg(sheet->signedOn.toString(Qt::ISODate))};
    else if (acquaintance.day > today)
        *errors << InputError{0, QStringLiteral("day"), acquaintance.day.toString(Qt::ISODate),
            tr("the day cannot be in the future; today is %1").arg(today.toString(Qt::ISODate))};
    if (!methods().contains(acquaintance.method))
        *errors << InputError{0, QStringLiteral("method"), acquaintance.method,
            tr("the method is one of: %1").arg(methods().join(QStringLiteral(", ")))};
    if (errors->size() > before)
        return false;

    AuditedWrite write(m_context);
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral(
        "INSERT INTO acquaintance (sheet_id, day, method, reference) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(sheet->id);
    insert.addBindValue(dateValue(acquaintance.day));
    insert.addBindValue(acquaintance.method);
    insert.addBindValue(textValue(acquaintance.reference.trimmed()));
    if (!write.exec(insert))
        return notWritten(errors, write.error());
    AuditEntry entry;
    entry.action = QStringLiteral("create");
    entry.entity = QStringLiteral("acquaintance");
    entry.entityId = personnelNo + QLatin1Char(' ') + quarter.key();
    entry.field = acquaintance.method;
    entry.newValue = acquaintance.day.toString(Qt::ISODate);
    entry.reason = acquaintance.reference.trimmed();
    if (!write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

bool AcquaintanceService::remove(
    const QString &personnelNo, const Quarter &quarter, InputErrors *errors)
{
    QString refusal;
    if (!AccessControl(m_context).mayFor(
            Action::RecordAcquaintance, personnelNo, quarter.range(), &refusal)) {
        *errors << InputError{0, QStringLiteral("personnel_no"), personnelNo, refusal, true};
        return false;
    }
    const QSqlDatabase connection = m_context.database().connection();
    const auto sheet = sheetOf(connection, personnelNo, quarter);
    if (!sheet || !sheet->acquaintance) {
        *errors << InputError{0, QStringLiteral("day"), QString(),
            tr("no acquaintance is recorded for this servant and quarter")};
        return false;
    }
    if (sheet->appeals > 0) {
        *errors << InputError{0, QStringLiteral("day"),
            sheet->acquaintance->day.toString(Qt::ISODate),
            tr("an application for a calibration session counts from this acquaintance (§12): "
               "it cannot be removed")};
        return false;
    }
    AuditedWrite write(m_context);
    QSqlQuery remove(connection);
    remove.prepare(QStringLiteral("DELETE FROM acquaintance WHERE sheet_id = ?"));
    remove.addBindValue(sheet->id);
    if (!write.exec(remove))
        return notWritten(errors, write.error());
    AuditEntry entry;
    entry.action = QStringLiteral("delete");
    entry.entity = QStringLiteral("acquaintance");
    entry.entityId = personnelNo + QLatin1Char(' ') + quarter.key();
    entry.field = sheet->acquaintance->method;
    entry.oldValue = sheet->acquaintance->day.toString(Qt::ISODate);
    entry.reason = QStringLiteral("undo");
    if (!write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

} // namespace bagalau
