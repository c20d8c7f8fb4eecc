// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/sheetreopening.h"

#include "methodology/score.h"
#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace bagalau {

SheetReopening::SheetReopening(const ServiceContext &context)
    : m_context(context)
{ }

bool SheetReopening::reopen(const QString &personnelNo, const Quarter &quarter,
    const QString &reason, InputErrors *errors) const
{
    const QSqlDatabase connection = m_context.database().connection();
    QSqlQuery query(connection);
    query.prepare(QStringLiteral(
        "SELECT sh.id, sh.status, sh.score, EXISTS (SELECT 1 FROM acquaintance a WHERE "
        "a.sheet_id = sh.id) FROM score_sheet sh JOIN servant s ON s.id = sh.servant_id "
        "WHERE s.personnel_no = ? AND sh.quarter = ?"));
    query.addBindValue(personnelNo);
    query.addBindValue(quarter.key());
    const bool exists = query.exec() && query.next();
    const qint64 sheetId = exists ? query.value(0).toLongLong() : 0;
    const QString status = exists ? query.value(1).toString() : QString();
    const QString score = exists && !query.value(2).isNull()
        ? Score::fromHundredths(std::clamp(query.value(2).toInt(), 0, int(Score::MaxHundredths)))
              .toString()
        : QString();
    const bool acquainted = exists && query.value(3).toBool();

    if (status != QLatin1String("signed")) {
        *errors << InputError{
            0, QStringLiteral("status"), status, tr("only a signed sheet can be reopened")};
        return false;
    }
    if (acquainted) {
        *errors << InputError{0, QStringLiteral("status"), status,
            tr("the servant has been acquainted with this result: only a calibration session "
               "changes it now (§12, §37)")};
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        *errors << InputError{
            0, QStringLiteral("reason"), reason, tr("say why the signed sheet is reopened")};
        return false;
    }

    Transaction transaction(connection);
    QSqlQuery update(connection);
    update.prepare(QStringLiteral("UPDATE score_sheet SET status = 'returned', signed_on = NULL, "
                                  "score = NULL, return_reason = ? WHERE id = ?"));
    update.addBindValue(reason.trimmed());
    update.addBindValue(sheetId);
    if (!transaction.isActive() || !update.exec() || update.numRowsAffected() != 1) {
        *errors << InputError{0, QString(), QString(),
            tr("nothing was written: %1")
                .arg(transaction.isActive() ? update.lastError().text() : transaction.error())};
        return false;
    }
    AuditEntry entry;
    entry.action = QStringLiteral("reopen");
    entry.entity = QStringLiteral("score_sheet");
    entry.entityId = personnelNo + QLatin1Char(' ') + quarter.key();
    entry.field = QStringLiteral("status");
    entry.oldValue = QStringLiteral("signed ") + score;
    entry.newValue = QStringLiteral("returned");
    entry.reason = reason.trimmed();
    QString error;
    if (!m_context.audit(entry, &error) || !transaction.commit()) {
        *errors << InputError{0, QString(), QString(),
            tr("nothing was written: %1").arg(error.isEmpty() ? transaction.error() : error)};
        return false;
    }
    return true;
}

} // namespace bagalau
