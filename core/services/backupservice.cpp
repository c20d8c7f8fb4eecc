// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/backupservice.h"

#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace bagalau {

bool BackupService::backup(const Database &database, const QString &target, QString *error)
{
    if (QFileInfo::exists(target)) {
        *error = tr("%1 already exists; name a new file for the backup").arg(target);
        return false;
    }
    const QString integrity = database.integrityCheck();
    if (integrity != QLatin1String("ok")) {
        *error = tr("the file is damaged, so no backup was made: %1").arg(integrity);
        return false;
    }
    return database.backupTo(target, error);
}

bool BackupService::restore(const QString &source, const QString &databasePath, QString *keptCopy,
    QString *error, bool *badInput)
{
    *badInput = true;
    {
        auto copy = Database::open(source, Database::OpenMode::MustExist, error);
        if (!copy)
            return false;
        const QString integrity = copy->integrityCheck();
        if (integrity != QLatin1String("ok")) {
            *error = tr("%1 is damaged and was not restored: %2").arg(source, integrity);
            return false;
        }
        if (copy->schemaVersion() > SchemaMigrator::shipped().latestVersion()) {
            *error =
                tr("%1 was written by a newer version of Bagalau and was not restored").arg(source);
            return false;
        }
        QSqlQuery organisation(copy->connection());
        if (!organisation.exec(QStringLiteral("SELECT count(*) FROM organisation"))
            || !organisation.next() || organisation.value(0).toInt() != 1) {
            *error = tr("%1 is not a Bagalau database and was not restored").arg(source);
            return false;
        }
    }

    *badInput = false;
    keptCopy->clear();
    if (QFileInfo::exists(databasePath)) {
        auto current = Database::open(databasePath, Database::OpenMode::MustExist, error);
        if (!current)
            return false;
        const QFileInfo file(databasePath);
        const QString copyPath = file.dir().filePath(
            QStringLiteral("%1.before-restore-%2.sqlite")
                .arg(file.completeBaseName(),
                    QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (!current->backupTo(copyPath, error)) {
            *error = tr("no copy of the current file could be taken, so nothing was restored: %1")
                         .arg(*error);
            return false;
        }
        *keptCopy = copyPath;
    }
    auto copy = Database::open(source, Database::OpenMode::MustExist, error);
    return copy && copy->backupTo(databasePath, error);
}

} // namespace bagalau
