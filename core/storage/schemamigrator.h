// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bagalau {

// One step of the schema: the script that brings version - 1 to `version`.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

struct MigrationResult
{
    bool ok = false;
    int fromVersion = 0;
    int toVersion = 0;
    QString backupPath; // the copy taken before migrating, when there was anything to copy
    QString error;
};

// Brings a database to the latest schema by PRAGMA user_version: an ordered list of migrations,
// each in its own transaction with the version bump inside it, so a failing step leaves the
// file at the version before it. A copy of the file is taken before any migration of a file that
// holds data; a file from a newer program is refused and never touched.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    explicit SchemaMigrator(QList<Migration> migrations);
    // The program's migrations: the scripts in :/sql, named NNNN_name.sql, in version order.
    static SchemaMigrator shipped();

    int latestVersion() const;
    MigrationResult migrate(Database &database) const;

private:
    QList<Migration> m_migrations;
};

// Opens a file and brings it to the latest schema: what every command that uses a file does
// first. nullptr with the reason when the file cannot be opened, is newer than the program, or a
// migration failed (which leaves it as it was).
std::unique_ptr<Database> openMigrated(
    const QString &path, Database::OpenMode mode, QString *error);

} // namespace bagalau
