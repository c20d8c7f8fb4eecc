// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace bagalau {

// One open SQLite file: WAL journal, foreign keys on, a busy timeout so that a second program on
// the same file waits instead of failing. Owns a connection of its own (Qt connections are
// per-thread and named), closed when the object goes.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode { CreateIfMissing, MustExist };

    // nullptr with the reason in `error` when the file cannot be opened or is not a database.
    static std::unique_ptr<Database> open(const QString &path, OpenMode mode, QString *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    // PRAGMA user_version: the schema version the file holds.
    int schemaVersion() const;

    // Runs a whole SQL script (several statements, triggers with BEGIN…END) through SQLite
    // itself, which parses it; the text is never split on ';'. For migrations only: user values
    // always go through prepared, bound statements.
    bool executeScript(const QString &sql, QString *error);

    // A consistent copy of the whole file through SQLite's online backup, safe while another
    // program writes.
    bool backupTo(const QString &targetPath, QString *error) const;
    // "ok", or SQLite's list of problems (PRAGMA integrity_check).
    QString integrityCheck() const;

private:
    Database(QString path, QString connectionName);
    sqlite3 *handle() const;

    QString m_path;
    QString m_connectionName;
};

} // namespace bagalau
