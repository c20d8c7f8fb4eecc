// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/organisationservice.h"

#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QFile>
#include <QFileInfo>

#include <QSqlError>
#include <QSqlQuery>

namespace bagalau {

OrganisationService::OrganisationService(const ServiceContext &context)
    : m_context(context)
{ }

bool OrganisationService::create(const Organisation &organisation, InputErrors *errors)
{
    const QString nameRu = organisation.nameRu.trimmed();
    if (nameRu.isEmpty()) {
        *errors << InputError{0, QStringLiteral("org"), organisation.nameRu,
            tr("the organisation's name cannot be empty")};
        return false;
    }
    if (this->organisation()) {
        *errors << InputError{
            0, QStringLiteral("org"), nameRu, tr("this file already belongs to an organisation")};
        return false;
    }
    Transaction transaction(m_context.database().connection());
    QSqlQuery insert(m_context.database().connection());
    insert.prepare(QStringLiteral("INSERT INTO organisation (id, name_ru, name_kk, chairman, "
                                  "appointing_official) VALUES (1, ?, ?, ?, ?)"));
    insert.addBindValue(nameRu);
    insert.addBindValue(textValue(organisation.nameKk.trimmed()));
    insert.addBindValue(textValue(organisation.chairman.trimmed()));
    insert.addBindValue(textValue(organisation.appointingOfficial.trimmed()));
    QString error;
    AuditEntry entry;
    entry.action = QStringLiteral("create");
    entry.entity = QStringLiteral("organisation");
    entry.entityId = QStringLiteral("1");
    entry.field = QStringLiteral("name_ru");
    entry.newValue = nameRu;
    if (!transaction.isActive() || !insert.exec() || !m_context.audit(entry, &error)
        || !transaction.commit()) {
        *errors << InputError{0, QString(), QString(),
            tr("the organisation could not be saved: %1")
                .arg(error.isEmpty() ? insert.lastError().text() : error)};
        return false;
    }
    return true;
}

std::optional<Organisation> OrganisationService::organisation() const
{
    QSqlQuery query(m_context.database().connection());
    if (!query.exec(QStringLiteral("SELECT name_ru, name_kk, chairman, appointing_official FROM "
                                   "organisation WHERE id = 1"))
        || !query.next())
        return std::nullopt;
    return Organisation{query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString(), query.value(3).toString()};
}

std::unique_ptr<Database> OrganisationService::createFile(
    const QString &path, const Organisation &organisation, const Clock &clock, InputErrors *errors)
{
    if (QFileInfo::exists(path)) {
        *errors << InputError{0, QStringLiteral("file"), path,
            tr("the file already exists; a new database needs a new file")};
        return nullptr;
    }
    QString error;
    auto database = openMigrated(path, Database::OpenMode::CreateIfMissing, &error);
    if (!database) {
        *errors << InputError{0, QString(), QString(), error};
        return nullptr;
    }
    const ServiceContext context(*database, Actor::singleUser(), clock);
    if (!OrganisationService(context).create(organisation, errors)) {
        // A file without its organisation is no Bagalau file.
        database.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return nullptr;
    }
    return database;
}

} // namespace bagalau
