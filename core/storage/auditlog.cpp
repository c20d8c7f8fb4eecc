// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"

#include "storage/sqlvalue.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bagalau {

namespace {

const QString genesisHash = QString(64, QLatin1Char('0'));

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

AuditEntry entryFrom(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.entity = query.value(4).toString();
    entry.entityId = query.value(5).toString();
    entry.field = query.value(6).toString();
    entry.oldValue = query.value(7).toString();
    entry.newValue = query.value(8).toString();
    entry.reason = query.value(9).toString();
    entry.previousHash = query.value(10).toString();
    entry.hash = query.value(11).toString();
    return entry;
}

const QString selectColumns = QStringLiteral(
    "SELECT id, at, actor, action, entity, entity_id, field, old_value, new_value, reason, "
    "previous_hash, hash FROM audit_log");

} // namespace

AuditLog::AuditLog(QSqlDatabase connection)
    : m_connection(std::move(connection))
{ }

QString AuditLog::hashOf(const AuditEntry &entry)
{
    // A JSON array is an unambiguous serialisation: no field can run into the next.
    const QJsonArray content = {entry.id, timestamp(entry.at), entry.actor, entry.action,
        entry.entity, entry.entityId, entry.field, entry.oldValue, entry.newValue, entry.reason,
        entry.previousHash};
    const QByteArray bytes = QJsonDocument(content).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool AuditLog::append(AuditEntry entry, QString *error)
{
    QSqlQuery last(m_connection);
    if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))) {
        *error = last.lastError().text();
        return false;
    }
    entry.id = last.next() ? last.value(0).toLongLong() + 1 : 1;
    entry.previousHash = last.isValid() ? last.value(1).toString() : genesisHash;
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    entry.hash = hashOf(entry);

    QSqlQuery insert(m_connection);
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, field, old_value, "
        "new_value, reason, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.id);
    insert.addBindValue(timestamp(entry.at));
    for (const QString *value :
        {&entry.actor, &entry.action, &entry.entity, &entry.entityId, &entry.field, &entry.oldValue,
            &entry.newValue, &entry.reason, &entry.previousHash, &entry.hash})
        insert.addBindValue(textValue(*value));
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    return true;
}

QList<AuditEntry> AuditLog::entries(int limit) const
{
    QSqlQuery query(m_connection);
    if (limit > 0) {
        query.prepare(QStringLiteral("SELECT * FROM (") + selectColumns
            + QStringLiteral(" ORDER BY id DESC LIMIT ?) ORDER BY id"));
        query.addBindValue(limit);
    } else {
        query.prepare(selectColumns + QStringLiteral(" ORDER BY id"));
    }
    QList<AuditEntry> result;
    if (query.exec()) {
        while (query.next())
            result << entryFrom(query);
    }
    return result;
}

QList<AuditProblem> AuditLog::verify() const
{
    QList<AuditProblem> problems;
    QSqlQuery query(m_connection);
    if (!query.exec(selectColumns + QStringLiteral(" ORDER BY id"))) {
        problems << AuditProblem{0, query.lastError().text()};
        return problems;
    }
    QString expectedPrevious = genesisHash;
    qint64 expectedId = 1;
    while (query.next()) {
        const AuditEntry entry = entryFrom(query);
        if (entry.id != expectedId)
            problems << AuditProblem{entry.id,
                tr("row %1 follows row %2: rows are missing").arg(entry.id).arg(expectedId - 1)};
        if (entry.previousHash != expectedPrevious)
            problems << AuditProblem{entry.id,
                tr("row %1 does not follow the row before it: a "
                   "row was removed or inserted")
                    .arg(entry.id)};
        if (hashOf(entry) != entry.hash)
            problems << AuditProblem{
                entry.id, tr("row %1 was changed after it was written").arg(entry.id)};
        expectedPrevious = entry.hash;
        expectedId = entry.id + 1;
    }
    return problems;
}

} // namespace bagalau
