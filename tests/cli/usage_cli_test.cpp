// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "catchqt.h"

using namespace bagalau::test;

TEST_CASE("bagalau-cli --help lists the commands and the exit codes", "[cli]")
{
    const CliResult result = runCli({QStringLiteral("--help")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("calendar day DATE")));
    CHECK(result.out.contains(QStringLiteral("deadlines quarter YYYYQn")));
    CHECK(result.out.contains(QStringLiteral("score mean MARK...")));
    CHECK(result.out.contains(QStringLiteral("Exit codes: 0 done, 2 wrong usage, 3 bad input")));
}

TEST_CASE("a command's own --help shows the help instead of an error", "[cli]")
{
    for (const QString &command :
        {QStringLiteral("demo"), QStringLiteral("users"), QStringLiteral("print")}) {
        INFO(command.toStdString());
        const CliResult result = runCli({command, QStringLiteral("--help")});
        CHECK(result.exitCode == 0);
        CHECK(result.out.contains(QStringLiteral("demo [--servants N]")));
        CHECK_FALSE(result.err.contains(QStringLiteral("unknown option")));
    }
}

TEST_CASE("bagalau-cli --version prints the version", "[cli]")
{
    const CliResult result = runCli({QStringLiteral("--version")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.startsWith(QStringLiteral("bagalau-cli 0.")));
}

TEST_CASE("wrong usage gives one line on standard error and exit code 2", "[cli]")
{
    const QList<QStringList> wrongCalls = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--frob"), QStringLiteral("calendar")},
        {QStringLiteral("calendar")},
        {QStringLiteral("calendar"), QStringLiteral("day")},
        {QStringLiteral("calendar"), QStringLiteral("day"), QStringLiteral("2024-01-01"),
            QStringLiteral("extra")},
        {QStringLiteral("deadlines"), QStringLiteral("quarter")},
        {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("calendar"),
            QStringLiteral("day"), QStringLiteral("2024-01-01")},
        {QStringLiteral("--policy"), QStringLiteral("strict"), QStringLiteral("deadlines"),
            QStringLiteral("year"), QStringLiteral("2024")},
        {QStringLiteral("--db")},
    };
    for (const QStringList &arguments : wrongCalls) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult result = runCli(arguments);
        CHECK(result.exitCode == 2);
        CHECK(result.out.isEmpty());
        CHECK(result.err.startsWith(QStringLiteral("bagalau-cli: ")));
        CHECK(result.err.count(QLatin1Char('\n')) == 1);
    }
}

TEST_CASE("bagalau-cli --help comes in the language asked for", "[cli]")
{
    const CliResult russian =
        runCli({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--help")});
    CHECK(russian.exitCode == 0);
    CHECK(russian.out.contains(QStringLiteral("Команды:")));
    const CliResult kazakh =
        runCli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("kk")});
    CHECK(kazakh.exitCode == 0);
    CHECK(kazakh.out.contains(QStringLiteral("calendar kurban-ait")));
    CHECK_FALSE(kazakh.out.contains(QStringLiteral("Commands:")));
}
