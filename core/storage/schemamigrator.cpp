// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schemamigrator.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace bagalau {

SchemaMigrator::SchemaMigrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

SchemaMigrator SchemaMigrator::shipped()
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir folder(QStringLiteral(":/sql"));
    const QStringList files = folder.entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = fileName.match(file);
        if (!match.hasMatch())
            continue;
        QFile script(folder.filePath(file));
        if (!script.open(QIODevice::ReadOnly))
            continue;
        migrations << Migration{
            match.captured(1).toInt(), match.captured(2), QString::fromUtf8(script.readAll())};
    }
    return SchemaMigrator(migrations);
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

MigrationResult SchemaMigrator::migrate(Database &database) const
{
    MigrationResult result;
    result.fromVersion = database.schemaVersion();
    result.toVersion = result.fromVersion;
    if (result.fromVersion < 0) {
        result.error = tr("cannot read the schema version of %1").arg(database.path());
        return result;
    }
    if (result.fromVersion > latestVersion()) {
        result.error = tr("%1 was written by a newer version of Bagalau (schema %2; this program "
                          "knows schema %3 at most); the file was not changed")
                           .arg(database.path())
                           .arg(result.fromVersion)
                           .arg(latestVersion());
        return result;
    }
    if (result.fromVersion == latestVersion()) {
        result.ok = true;
        return result;
    }

    if (result.fromVersion > 0) {
        const QFileInfo file(database.path());
        QString backup = file.dir().filePath(QStringLiteral("%1.before-schema-%2.sqlite")
                                                 .arg(file.completeBaseName())
                                                 .arg(latestVersion()));
        if (QFileInfo::exists(backup)) {
            backup.insert(backup.size() - 7,
                QLatin1Char('-')
                    + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        }
        QString error;
        if (!database.backupTo(backup, &error)) {
            result.error = tr("no copy of the file could be taken before migrating, so it was "
                              "not migrated: %1")
                               .arg(error);
            return result;
        }
        result.backupPath = backup;
    }

    for (const Migration &migration : m_migrations) {
        if (migration.version <= result.toVersion)
            continue;
        Transaction transaction(database.connection());
        if (!transaction.isActive()) {
            result.error =
                tr("cannot start migration %1: %2").arg(migration.version).arg(transaction.error());
            return result;
        }
        QString error;
        if (!database.executeScript(migration.sql, &error)
            || !database.executeScript(
                QStringLiteral("PRAGMA user_version = %1").arg(migration.version), &error)) {
            result.error = tr("migration %1 (%2) failed and was rolled back: %3")
                               .arg(migration.version)
                               .arg(migration.name, error);
            return result;
        }
        if (!transaction.commit()) {
            result.error = tr("migration %1 (%2) could not be committed: %3")
                               .arg(migration.version)
                               .arg(migration.name, transaction.error());
            return result;
        }
        result.toVersion = migration.version;
    }
    result.ok = true;
    return result;
}

std::unique_ptr<Database> openMigrated(const QString &path, Database::OpenMode mode, QString *error)
{
    std::unique_ptr<Database> database = Database::open(path, mode, error);
    if (!database)
        return nullptr;
    const MigrationResult migrated = SchemaMigrator::shipped().migrate(*database);
    if (!migrated.ok) {
        *error = migrated.error;
        return nullptr;
    }
    return database;
}

} // namespace bagalau
