// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/organisationservice.h"

#include "access/accesscontrol.h"
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

#include <tuple>
#include <utility>

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

InputErrors OrganisationService::validate(const Organisation &organisation)
{
    InputErrors errors;
    const std::pair<QString, QString> fields[] = {
        {QStringLiteral("name_kk"), organisation.nameKk},
        {QStringLiteral("name_ru"), organisation.nameRu},
        {QStringLiteral("chairman"), organisation.chairman},
        {QStringLiteral("appointing_official"), organisation.appointingOfficial},
    };
    for (const auto &[field, value] : fields) {
        const QString text = value.trimmed();
        if (field == QLatin1String("name_ru") && text.isEmpty()) {
            errors << InputError{0, field, value,
                tr("the name in Russian is required: the printed forms are headed with it")};
        } else if (text.size() > MaxLength) {
            errors << InputError{0, field, value,
                tr("at most %n character(s), as one line of a printed form", nullptr, MaxLength)};
        } else if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
            errors << InputError{
                0, field, value, tr("one line only: the printed forms show it on one line")};
        }
    }
    return errors;
}

bool OrganisationService::update(const Organisation &organisation, InputErrors *errors)
{
    QString refusal;
    if (!AccessControl(m_context).mayForEveryone(Action::ChangeOrganisation, &refusal)) {
        InputError error;
        error.message = refusal;
        error.refused = true;
        *errors << error;
        return false;
    }
    const InputErrors problems = validate(organisation);
    if (!problems.isEmpty()) {
        *errors << problems;
        return false;
    }
    const std::optional<Organisation> before = this->organisation();
    if (!before) {
        *errors << InputError{0, QStringLiteral("org"), QString(),
            tr("this file has no organisation yet: create the file with one")};
        return false;
    }
    const Organisation after{organisation.nameRu.trimmed(), organisation.nameKk.trimmed(),
        organisation.chairman.trimmed(), organisation.appointingOfficial.trimmed()};
    if (after == *before)
        return true;

    Transaction transaction(m_context.database().connection());
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral("UPDATE organisation SET name_ru = ?, name_kk = ?, chairman = ?, "
                                 "appointing_official = ? WHERE id = 1"));
    query.addBindValue(after.nameRu);
    query.addBindValue(textValue(after.nameKk));
    query.addBindValue(textValue(after.chairman));
    query.addBindValue(textValue(after.appointingOfficial));
    QString error;
    bool done = transaction.isActive() && query.exec();
    if (!done && error.isEmpty())
        error = transaction.isActive() ? query.lastError().text() : transaction.error();
    const std::tuple<const char *, QString, QString> changes[] = {
        {"name_ru", before->nameRu, after.nameRu},
        {"name_kk", before->nameKk, after.nameKk},
        {"chairman", before->chairman, after.chairman},
        {"appointing_official", before->appointingOfficial, after.appointingOfficial},
    };
    for (const auto &[field, oldValue, newValue] : changes) {
        if (!done || oldValue == newValue)
            continue;
        AuditEntry entry;
        entry.action = QStringLiteral("update");
        entry.entity = QStringLiteral("organisation");
        entry.entityId = QStringLiteral("1");
        entry.field = QString::fromLatin1(field);
        entry.oldValue = oldValue;
        entry.newValue = newValue;
        done = m_context.audit(entry, &error);
    }
    if (!done || !transaction.commit()) {
        *errors << InputError{0, QString(), QString(),
            tr("the organisation could not be saved: %1")
                .arg(error.isEmpty() ? transaction.error() : error)};
        return false;
    }
    return true;
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
