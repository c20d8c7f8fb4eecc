// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "temporarydatabase.h"

#include "catchqt.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace bagalau;

TEST_CASE("a database is opened with WAL and foreign keys", "[storage]")
{
    test::TemporaryDatabase temporary;
    QSqlQuery query(temporary.database().connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    CHECK(temporary.database().integrityCheck() == QStringLiteral("ok"));
}

TEST_CASE(
    "opening a missing file or a file that is not a database fails with a message", "[storage]")
{
    QTemporaryDir folder;
    QString error;
    CHECK_FALSE(Database::open(
        folder.filePath(QStringLiteral("none.sqlite")), Database::OpenMode::MustExist, &error));
    CHECK(error.contains(QStringLiteral("does not exist")));

    const QString text = folder.filePath(QStringLiteral("letter.sqlite"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    CHECK_FALSE(Database::open(text, Database::OpenMode::MustExist, &error));
    CHECK(error.contains(QStringLiteral("not a Bagalau database")));
}

TEST_CASE("a backup is a consistent copy with the same rows", "[storage]")
{
    test::TemporaryDatabase temporary;
    QSqlQuery insert(temporary.database().connection());
    REQUIRE(insert.exec(QStringLiteral("INSERT INTO settings VALUES ('organisation', 'Akzhar')")));
    const QString copyPath = temporary.folder() + QStringLiteral("/copy.sqlite");
    QString error;
    REQUIRE(temporary.database().backupTo(copyPath, &error));

    auto copy = Database::open(copyPath, Database::OpenMode::MustExist, &error);
    REQUIRE(copy);
    QSqlQuery read(copy->connection());
    REQUIRE(read.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'organisation'")));
    REQUIRE(read.next());
    CHECK(read.value(0).toString() == QStringLiteral("Akzhar"));
    CHECK(copy->schemaVersion() == temporary.database().schemaVersion());
}
