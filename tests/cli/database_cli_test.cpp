// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "storage/database.h"
#include "testpaths.h"

#include "catchqt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace bagalau;
using namespace bagalau::test;

namespace {

QString importFile(const char *name)
{
    return testDataPath(QStringLiteral("import/") + QString::fromLatin1(name));
}

// A new database in a temporary folder, made by `init`, and bagalau-cli run on it.
class CliDatabase
{
public:
    CliDatabase()
    {
        REQUIRE(m_folder.isValid());
        const CliResult init = run({QStringLiteral("init"), QStringLiteral("--org"),
            QStringLiteral("Аппарат Акжарского районного маслихата")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
    }
    QString path() const { return m_folder.filePath(QStringLiteral("akzhar.sqlite")); }
    QString folder() const { return m_folder.path(); }
    CliResult run(QStringList arguments) const
    {
        arguments.prepend(path());
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments);
    }
    QJsonArray json(const QStringList &arguments) const
    {
        const CliResult result = run(arguments);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return QJsonDocument::fromJson(result.out.toUtf8()).array();
    }
    // Every row of every table, as text: to compare two files row for row.
    QStringList dump() const
    {
        QString error;
        auto database = Database::open(path(), Database::OpenMode::MustExist, &error);
        REQUIRE(database);
        QStringList rows;
        QSqlQuery tables(database->connection());
        REQUIRE(tables.exec(
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")));
        while (tables.next()) {
            QSqlQuery query(database->connection());
            REQUIRE(
                query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(tables.value(0).toString())));
            while (query.next()) {
                QStringList fields{tables.value(0).toString()};
                for (int i = 0; i < query.record().count(); ++i)
                    fields << query.value(i).toString();
                rows << fields.join(QLatin1Char('|'));
            }
        }
        rows.sort();
        return rows;
    }
    int count(const QString &table) const
    {
        QString error;
        auto database = Database::open(path(), Database::OpenMode::MustExist, &error);
        REQUIRE(database);
        QSqlQuery query(database->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }

private:
    QTemporaryDir m_folder;
};

QJsonObject byPersonnelNo(const QJsonArray &rows, const QString &personnelNo)
{
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QStringLiteral("personnel_no")).toString() == personnelNo)
            return row.toObject();
    }
    FAIL("no row for " << personnelNo.toStdString());
    return {};
}

} // namespace

TEST_CASE("init creates a file once and refuses to overwrite it", "[cli][storage]")
{
    CliDatabase database;
    CHECK(database.count(QStringLiteral("organisation")) == 1);
    const CliResult again =
        database.run({QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Другая")});
    CHECK(again.exitCode == 3);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(database.run({QStringLiteral("init")}).exitCode == 2);
}

TEST_CASE("a command on a missing file is a database error (exit 4)", "[cli][storage]")
{
    QTemporaryDir folder;
    const CliResult result =
        runCli({QStringLiteral("--db"), folder.filePath(QStringLiteral("none.sqlite")),
            QStringLiteral("results"), QStringLiteral("year"), QStringLiteral("2024")});
    CHECK(result.exitCode == 4);
    CHECK(result.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("import staff and marks, then the results of 2024Q2 by the methodology", "[cli][storage]")
{
    CliDatabase database;
    const CliResult dryRun = database.run({QStringLiteral("import"), QStringLiteral("staff"),
        importFile("staff.csv"), QStringLiteral("--dry-run")});
    CHECK(dryRun.exitCode == 0);
    CHECK(dryRun.err.contains(QStringLiteral("5 servant(s) checked")));
    CHECK(database.count(QStringLiteral("servant")) == 0);

    const CliResult staff =
        database.run({QStringLiteral("import"), QStringLiteral("staff"), importFile("staff.csv")});
    INFO(staff.err.toStdString());
    REQUIRE(staff.exitCode == 0);
    CHECK(database.count(QStringLiteral("servant")) == 5);
    approveKciPlan(database.path(), "001", Quarter(2024, 2), {"100", "12", "30"});
    const CliResult marks = database.run(
        {QStringLiteral("import"), QStringLiteral("marks"), importFile("marks-2024q2.csv")});
    INFO(marks.err.toStdString());
    REQUIRE(marks.exitCode == 0);
    CHECK(marks.err.contains(QStringLiteral("4 score sheet(s) imported and signed")));

    const QJsonArray quarter = database.json(
        {QStringLiteral("results"), QStringLiteral("quarter"), QStringLiteral("2024Q2")});
    CHECK(quarter.size() == 5);
    const QJsonObject head = byPersonnelNo(quarter, QStringLiteral("001"));
    CHECK(head.value(QStringLiteral("method")).toString() == QStringLiteral("kci"));
    CHECK(head.value(QStringLiteral("score")).toString() == QStringLiteral("4.33"));
    CHECK(head.value(QStringLiteral("band")).toString() == QStringLiteral("effective"));
    const QJsonObject ranked = byPersonnelNo(quarter, QStringLiteral("002"));
    CHECK(ranked.value(QStringLiteral("method")).toString() == QStringLiteral("ranking"));
    CHECK(ranked.value(QStringLiteral("full_name")).toString()
        == QStringLiteral("Ахметов Серик Болатович"));
    CHECK(ranked.value(QStringLiteral("score")).toString() == QStringLiteral("3.75"));
    CHECK(ranked.value(QStringLiteral("band")).toString() == QStringLiteral("proper"));
    CHECK(byPersonnelNo(quarter, QStringLiteral("003")).value(QStringLiteral("score")).toString()
        == QStringLiteral("4.75"));
    const QJsonObject dismissed = byPersonnelNo(quarter, QStringLiteral("004"));
    CHECK(dismissed.value(QStringLiteral("evaluated")).toBool());
    CHECK(dismissed.value(QStringLiteral("without_participation")).toBool());
    CHECK(dismissed.value(QStringLiteral("score")).toString() == QStringLiteral("3.50"));
    const QJsonObject newcomer = byPersonnelNo(quarter, QStringLiteral("005"));
    CHECK_FALSE(newcomer.value(QStringLiteral("evaluated")).toBool());
    CHECK(newcomer.value(QStringLiteral("score")).isNull());
    CHECK_FALSE(newcomer.value(QStringLiteral("reason")).toString().isEmpty());

    const QJsonArray year =
        database.json({QStringLiteral("results"), QStringLiteral("year"), QStringLiteral("2024")});
    const QJsonObject headYear = byPersonnelNo(year, QStringLiteral("001"));
    CHECK(headYear.value(QStringLiteral("quarters"))
              .toObject()
              .value(QStringLiteral("2024Q2"))
              .toString()
        == QStringLiteral("4.33"));
    CHECK(headYear.value(QStringLiteral("annual_score")).toString() == QStringLiteral("4.33"));
    CHECK(headYear.value(QStringLiteral("annual_band")).toString() == QStringLiteral("effective"));

    const CliResult audit = database.run({QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(audit.out.toStdString());
    CHECK(audit.exitCode == 0);
    // The staff, the plan drawn up with its three KCI and approved, the sheets.
    CHECK(audit.out.startsWith(QStringLiteral("ok: 15 row(s)")));
}

TEST_CASE("bad marks: every bad row is reported and nothing is written", "[cli][storage]")
{
    CliDatabase database;
    REQUIRE(
        database.run({QStringLiteral("import"), QStringLiteral("staff"), importFile("staff.csv")})
            .exitCode
        == 0);
    const QStringList before = database.dump();
    const CliResult result = database.run(
        {QStringLiteral("import"), QStringLiteral("marks"), importFile("marks-bad.csv")});
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QStringLiteral("line 2, deadlines \"6\"")));
    CHECK(result.err.contains(QStringLiteral("line 3, personnel_no \"999\"")));
    CHECK(result.err.contains(QStringLiteral("line 4, initiative \"x\"")));
    CHECK(result.err.contains(QStringLiteral("line 5, personnel_no \"002\"")));
    CHECK(result.err.contains(QStringLiteral("line 6, quarter \"2024Q5\"")));
    CHECK(result.err.contains(QStringLiteral("nothing was written")));
    CHECK(database.dump() == before);
}

TEST_CASE("§22 §27 bad KCI lines name the approved plan, and nothing is written", "[cli][storage]")
{
    CliDatabase database;
    REQUIRE(
        database.run({QStringLiteral("import"), QStringLiteral("staff"), importFile("staff.csv")})
            .exitCode
        == 0);
    approveKciPlan(database.path(), "001", Quarter(2024, 2), {"100", "12", "30"});
    const QStringList before = database.dump();
    const CliResult result = database.run(
        {QStringLiteral("import"), QStringLiteral("marks"), importFile("marks-kci-bad.csv")});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 3);
    // A plan value other than the plan's, with both named.
    CHECK(result.err.contains(QStringLiteral("line 2, plan \"90\": the plan value 90 differs from "
                                             "100, the plan value of KCI 1")));
    // KCI 3 of the plan has no line.
    CHECK(result.err.contains(
        QStringLiteral("line 2, kci_no \"3\": the approved individual work plan also has KCI 3")));
    CHECK(result.err.contains(QStringLiteral("line 3, kci_no \"4\": the approved individual work "
                                             "plan of")));
    CHECK(result.err.contains(QStringLiteral("has no KCI 4 (§22)")));
    // No approved plan for the third quarter.
    CHECK(result.err.contains(QStringLiteral("line 5, quarter \"2024Q3\"")));
    CHECK(result.err.contains(QStringLiteral("is not approved")));
    CHECK(result.err.contains(QStringLiteral("4 problem(s); nothing was written")));
    CHECK(database.dump() == before);
}

TEST_CASE("bad staff: every bad row is reported and nothing is written", "[cli][storage]")
{
    CliDatabase database;
    const QStringList before = database.dump();
    const CliResult result = database.run(
        {QStringLiteral("import"), QStringLiteral("staff"), importFile("staff-bad.csv")});
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QStringLiteral("line 2, appointed \"31.02.2024\"")));
    CHECK(result.err.contains(QStringLiteral("line 3, category \"manager\"")));
    CHECK(result.err.contains(QStringLiteral("line 4, manager_personnel_no \"777\"")));
    CHECK(result.err.contains(QStringLiteral("line 5, personnel_no \"101\"")));
    CHECK(result.err.contains(QStringLiteral("line 6, iin \"123456789012\"")));
    CHECK(result.err.contains(QStringLiteral("5 problem(s); nothing was written")));
    CHECK(database.dump() == before);

    const CliResult truncated = database.run(
        {QStringLiteral("import"), QStringLiteral("staff"), importFile("staff-truncated.csv")});
    CHECK(truncated.exitCode == 3);
    CHECK(truncated.err.contains(QStringLiteral("truncated")));
    CHECK(database.dump() == before);
}

TEST_CASE("a Windows-1251 staff file is read with its Cyrillic names", "[cli][storage]")
{
    CliDatabase database;
    const CliResult result = database.run(
        {QStringLiteral("import"), QStringLiteral("staff"), importFile("staff-1251.csv")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonArray quarter = database.json(
        {QStringLiteral("results"), QStringLiteral("quarter"), QStringLiteral("2024Q1")});
    CHECK(
        byPersonnelNo(quarter, QStringLiteral("301")).value(QStringLiteral("full_name")).toString()
        == QStringLiteral("Бекова Гульнара"));
}

TEST_CASE("backup and restore give back the file row for row", "[cli][storage]")
{
    CliDatabase database;
    REQUIRE(
        database.run({QStringLiteral("import"), QStringLiteral("staff"), importFile("staff.csv")})
            .exitCode
        == 0);
    const QStringList original = database.dump();
    const QString copy = database.folder() + QStringLiteral("/copy.sqlite");
    REQUIRE(database.run({QStringLiteral("backup"), copy}).exitCode == 0);
    CHECK(database.run({QStringLiteral("backup"), copy}).exitCode == 3); // never overwritten

    approveKciPlan(database.path(), "001", Quarter(2024, 2), {"100", "12", "30"});
    REQUIRE(database
                .run({QStringLiteral("import"), QStringLiteral("marks"),
                    importFile("marks-2024q2.csv")})
                .exitCode
        == 0);
    CHECK(database.dump() != original);
    const CliResult restored = database.run({QStringLiteral("restore"), copy});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.err.contains(QStringLiteral("the file as it was is kept in")));
    CHECK(database.dump() == original);
    CHECK(database.run({QStringLiteral("check")}).out == QStringLiteral("ok\n"));
}

TEST_CASE("restore refuses a file that is not a Bagalau database", "[cli][storage]")
{
    CliDatabase database;
    const QStringList before = database.dump();
    const CliResult result = database.run({QStringLiteral("restore"), importFile("staff.csv")});
    CHECK(result.exitCode == 3);
    CHECK(database.dump() == before);
}

TEST_CASE("audit verify and check find a row changed by hand", "[cli][storage]")
{
    CliDatabase database;
    REQUIRE(
        database.run({QStringLiteral("import"), QStringLiteral("staff"), importFile("staff.csv")})
            .exitCode
        == 0);
    {
        QString error;
        auto file = Database::open(database.path(), Database::OpenMode::MustExist, &error);
        REQUIRE(file);
        QSqlQuery query(file->connection());
        REQUIRE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        REQUIRE(query.exec(
            QStringLiteral("UPDATE audit_log SET new_value = 'Someone else' WHERE id = 3")));
    }
    const CliResult verify = database.run({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(verify.exitCode == 4);
    CHECK(verify.err.contains(QStringLiteral("row 3 was changed after it was written")));
    CHECK(database.run({QStringLiteral("check")}).exitCode == 4);
    const QJsonArray list = database.json({QStringLiteral("audit"), QStringLiteral("list"),
        QStringLiteral("--limit"), QStringLiteral("2")});
    CHECK(list.size() == 2);
}

TEST_CASE("a file from a newer Bagalau is refused and left untouched", "[cli][storage]")
{
    CliDatabase database;
    {
        QString error;
        auto file = Database::open(database.path(), Database::OpenMode::MustExist, &error);
        REQUIRE(file);
        REQUIRE(QSqlQuery(file->connection()).exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    const QStringList before = database.dump();
    const CliResult result =
        database.run({QStringLiteral("import"), QStringLiteral("staff"), importFile("staff.csv")});
    CHECK(result.exitCode == 4);
    CHECK(result.err.contains(QStringLiteral("newer version of Bagalau")));
    CHECK(database.dump() == before);
}
