// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "catchqt.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace bagalau::test;

namespace {

// bagalau-cli on a file of a temporary folder.
class CliFolder
{
public:
    CliFolder() { REQUIRE(m_folder.isValid()); }
    QString path(const char *name) const { return m_folder.filePath(QString::fromLatin1(name)); }
    CliResult run(const char *name, QStringList arguments) const
    {
        arguments.prepend(path(name));
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments);
    }
    CliResult demo(const char *name, const QStringList &options) const
    {
        return run(name, QStringList{QStringLiteral("demo")} + options);
    }

private:
    QTemporaryDir m_folder;
};

const QStringList smallDemo{QStringLiteral("--servants"), QStringLiteral("12"),
    QStringLiteral("--years"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("7")};

// The demo's history ends today (the real clock here), so last year is finished.
int lastYear()
{
    return QDate::currentDate().year() - 1;
}

} // namespace

TEST_CASE("demo fills a new file whose finished year has annual scores and bands", "[cli][demo]")
{
    CliFolder folder;
    const CliResult demo = folder.demo("demo.sqlite", smallDemo);
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.err.contains(QStringLiteral("12 servant(s)")));
    CHECK(demo.err.contains(QStringLiteral("signed score sheet(s)")));

    const CliResult check = folder.run("demo.sqlite", {QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.trimmed() == QStringLiteral("ok"));

    const CliResult year = folder.run("demo.sqlite",
        {QStringLiteral("results"), QStringLiteral("year"), QString::number(lastYear())});
    INFO(year.err.toStdString());
    REQUIRE(year.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(year.out.toUtf8()).array();
    int scored = 0;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("annual_score")).isNull())
            continue;
        ++scored;
        CHECK_FALSE(row.value(QStringLiteral("annual_band")).toString().isEmpty());
        CHECK_FALSE(row.value(QStringLiteral("quarters")).toObject().isEmpty());
    }
    CHECK(scored >= 9);

    const CliResult audit =
        folder.run("demo.sqlite", {QStringLiteral("audit"), QStringLiteral("list")});
    CHECK(audit.out.contains(QStringLiteral("demo: generated 12 servants, 2 years")));
}

TEST_CASE("demo with the same seed gives the same results, another seed others", "[cli][demo]")
{
    CliFolder folder;
    REQUIRE(folder.demo("first.sqlite", smallDemo).exitCode == 0);
    REQUIRE(folder.demo("second.sqlite", smallDemo).exitCode == 0);
    QStringList otherSeed = smallDemo;
    otherSeed.last() = QStringLiteral("8");
    REQUIRE(folder.demo("third.sqlite", otherSeed).exitCode == 0);

    const QStringList quarter{QStringLiteral("results"), QStringLiteral("quarter"),
        QStringLiteral("%1Q2").arg(lastYear())};
    const CliResult first = folder.run("first.sqlite", quarter);
    const CliResult second = folder.run("second.sqlite", quarter);
    const CliResult third = folder.run("third.sqlite", quarter);
    REQUIRE(first.exitCode == 0);
    CHECK(QJsonDocument::fromJson(first.out.toUtf8()).array().size() >= 10);
    CHECK(first.out == second.out);
    CHECK(first.out != third.out);
}

TEST_CASE("demo refuses bad options and an existing file, and makes nothing", "[cli][demo]")
{
    CliFolder folder;
    const auto refused = [&](const QStringList &options, const QString &named,
                             const QString &range) {
        const CliResult result = folder.demo("bad.sqlite", options);
        INFO(options.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 3);
        CHECK(result.err.contains(named));
        CHECK(result.err.contains(range));
        CHECK_FALSE(QFileInfo::exists(folder.path("bad.sqlite")));
    };
    const QString servants = QStringLiteral("--servants");
    const QString years = QStringLiteral("--years");
    const QString servantsRange = QStringLiteral("from 2 to 100000");
    const QString yearsRange = QStringLiteral("from 1 to 20");
    refused({servants, QStringLiteral("1")}, servants, servantsRange);
    refused({servants, QStringLiteral("100001")}, servants, servantsRange);
    refused({servants, QStringLiteral("ten")}, servants, servantsRange);
    refused({servants, QStringLiteral("-5")}, servants, servantsRange);
    refused({years, QStringLiteral("0")}, years, yearsRange);
    refused({years, QStringLiteral("21")}, years, yearsRange);
    refused({years, QStringLiteral("2.5")}, years, yearsRange);
    refused({QStringLiteral("--seed"), QStringLiteral("-1")}, QStringLiteral("--seed"),
        QStringLiteral("from 0 to 4294967295"));

    CHECK(folder.demo("bad.sqlite", {QStringLiteral("--colour"), QStringLiteral("red")}).exitCode
        == 2);
    CHECK(folder.demo("bad.sqlite", {QStringLiteral("extra")}).exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(folder.path("bad.sqlite")));

    // A file that exists is never filled: demo makes a new one only.
    REQUIRE(folder
                .run("taken.sqlite",
                    {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Аппарат")})
                .exitCode
        == 0);
    const CliResult taken = folder.demo("taken.sqlite", smallDemo);
    CHECK(taken.exitCode == 3);
    CHECK(taken.err.contains(QStringLiteral("exists")));
    const CliResult results = folder.run("taken.sqlite",
        {QStringLiteral("results"), QStringLiteral("year"), QString::number(lastYear())});
    CHECK(results.exitCode == 0);
    CHECK(QJsonDocument::fromJson(results.out.toUtf8()).array().isEmpty());
}
