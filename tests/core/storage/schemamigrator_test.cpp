// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schemamigrator.h"

#include "storage/database.h"

#include "catchqt.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace bagalau;

namespace {

std::unique_ptr<Database> openIn(const QTemporaryDir &folder)
{
    QString error;
    auto database = Database::open(
        folder.filePath(QStringLiteral("m.sqlite")), Database::OpenMode::CreateIfMissing, &error);
    REQUIRE(database);
    return database;
}

bool tableExists(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    return query.exec() && query.next();
}

const QList<Migration> twoSteps = {
    {1, QStringLiteral("first"),
        QStringLiteral("CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (1);")},
    {2, QStringLiteral("second"), QStringLiteral("CREATE TABLE b (y TEXT);")},
};

} // namespace

TEST_CASE("migrations: a fresh file is brought to the latest schema", "[storage]")
{
    QTemporaryDir folder;
    auto database = openIn(folder);
    const SchemaMigrator migrator = SchemaMigrator::shipped();
    REQUIRE(migrator.latestVersion() >= 1);
    const MigrationResult result = migrator.migrate(*database);
    CHECK(result.ok);
    CHECK(result.fromVersion == 0);
    CHECK(result.toVersion == migrator.latestVersion());
    CHECK(database->schemaVersion() == migrator.latestVersion());
    CHECK(result.backupPath.isEmpty()); // nothing to copy in a new file
    CHECK(tableExists(*database, QStringLiteral("audit_log")));
}

TEST_CASE("migrations: running them again is a no-op", "[storage]")
{
    QTemporaryDir folder;
    auto database = openIn(folder);
    REQUIRE(SchemaMigrator(twoSteps).migrate(*database).ok);
    const MigrationResult again = SchemaMigrator(twoSteps).migrate(*database);
    CHECK(again.ok);
    CHECK(again.fromVersion == 2);
    CHECK(again.toVersion == 2);
    QSqlQuery count(database->connection());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM a")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 1);
}

TEST_CASE("migrations: a file from a newer program is refused and not touched", "[storage]")
{
    QTemporaryDir folder;
    auto database = openIn(folder);
    REQUIRE(SchemaMigrator(twoSteps).migrate(*database).ok);
    const QList<Migration> older = {twoSteps.first()};
    const MigrationResult result = SchemaMigrator(older).migrate(*database);
    CHECK_FALSE(result.ok);
    CHECK(result.error.contains(QStringLiteral("newer version of Bagalau")));
    CHECK(result.error.contains(QStringLiteral("was not changed")));
    CHECK(database->schemaVersion() == 2);
    CHECK(tableExists(*database, QStringLiteral("b")));
}

TEST_CASE("migrations: a failing step rolls back and leaves the version before it", "[storage]")
{
    QTemporaryDir folder;
    auto database = openIn(folder);
    QList<Migration> broken = twoSteps;
    broken << Migration{3, QStringLiteral("broken"),
        QStringLiteral("CREATE TABLE c (z INTEGER); INSERT INTO missing VALUES (1);")};
    const MigrationResult result = SchemaMigrator(broken).migrate(*database);
    CHECK_FALSE(result.ok);
    CHECK(result.error.contains(QStringLiteral("migration 3 (broken) failed and was rolled back")));
    CHECK(database->schemaVersion() == 2);
    CHECK_FALSE(tableExists(*database, QStringLiteral("c")));
}

TEST_CASE("migrations: a copy of the file is taken before migrating a file with data", "[storage]")
{
    QTemporaryDir folder;
    auto database = openIn(folder);
    REQUIRE(SchemaMigrator({twoSteps.first()}).migrate(*database).ok);
    const MigrationResult result = SchemaMigrator(twoSteps).migrate(*database);
    REQUIRE(result.ok);
    REQUIRE_FALSE(result.backupPath.isEmpty());
    CHECK(QFileInfo::exists(result.backupPath));

    QString error;
    auto copy = Database::open(result.backupPath, Database::OpenMode::MustExist, &error);
    REQUIRE(copy);
    CHECK(copy->schemaVersion() == 1);
    CHECK_FALSE(tableExists(*copy, QStringLiteral("b")));
}
