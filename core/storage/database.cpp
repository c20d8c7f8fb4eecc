// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace bagalau {

namespace {

constexpr int busyTimeoutMilliseconds = 10000;

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

std::unique_ptr<Database> Database::open(const QString &path, OpenMode mode, QString *error)
{
    const QFileInfo file(path);
    if (mode == OpenMode::MustExist && !file.exists()) {
        *error = tr("the database file %1 does not exist").arg(path);
        return nullptr;
    }
    if (!file.absoluteDir().exists()) {
        *error = tr("the folder of %1 does not exist").arg(path);
        return nullptr;
    }

    const QString connectionName = QStringLiteral("bagalau-") + QUuid::createUuid().toString();
    std::unique_ptr<Database> database(new Database(file.absoluteFilePath(), connectionName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(database->m_path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMilliseconds));
        if (!db.open()) {
            *error = tr("cannot open %1: %2").arg(path, db.lastError().text());
            return nullptr;
        }
    }
    // The first read tells a database from another kind of file ("file is not a database").
    QSqlQuery query(database->connection());
    const QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL")};
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            *error = tr("%1 is not a Bagalau database: %2").arg(path, query.lastError().text());
            return nullptr;
        }
    }
    return database;
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

sqlite3 *Database::handle() const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

bool Database::executeScript(const QString &sql, QString *error)
{
    sqlite3 *db = handle();
    if (!db) {
        *error = tr("the SQLite driver gives no handle");
        return false;
    }
    char *message = nullptr;
    const QByteArray script = sql.toUtf8();
    if (sqlite3_exec(db, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        *error = message ? QString::fromUtf8(message) : sqliteMessage(db);
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool Database::backupTo(const QString &targetPath, QString *error) const
{
    sqlite3 *source = handle();
    if (!source) {
        *error = tr("the SQLite driver gives no handle");
        return false;
    }
    sqlite3 *target = nullptr;
    const QByteArray targetName = targetPath.toUtf8();
    if (sqlite3_open(targetName.constData(), &target) != SQLITE_OK) {
        *error = tr("cannot create %1: %2").arg(targetPath, sqliteMessage(target));
        sqlite3_close(target);
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup) {
        *error = tr("cannot copy to %1: %2").arg(targetPath, sqliteMessage(target));
        sqlite3_close(target);
        return false;
    }
    // All pages in one step; a writer in another process makes the step return BUSY, so retry.
    int result = SQLITE_OK;
    do {
        result = sqlite3_backup_step(backup, -1);
        if (result == SQLITE_BUSY || result == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (result == SQLITE_OK || result == SQLITE_BUSY || result == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    const bool done = result == SQLITE_DONE;
    if (!done)
        *error = tr("cannot copy to %1: %2").arg(targetPath, sqliteMessage(target));
    sqlite3_close(target);
    return done;
}

QString Database::integrityCheck() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    return problems.join(QLatin1Char('\n'));
}

} // namespace bagalau
