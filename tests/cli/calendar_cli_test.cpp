// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "catchqt.h"

using namespace bagalau::test;

TEST_CASE("calendar day: 17 June 2024 is working, 16 June 2024 is Kurban Ait", "[cli]")
{
    const CliResult working =
        runCli({QStringLiteral("calendar"), QStringLiteral("day"), QStringLiteral("2024-06-17")});
    CHECK(working.exitCode == 0);
    CHECK(working.out == QStringLiteral("working\n"));

    const CliResult kurbanAit =
        runCli({QStringLiteral("calendar"), QStringLiteral("day"), QStringLiteral("2024-06-16")});
    CHECK(kurbanAit.exitCode == 0);
    CHECK(kurbanAit.out.startsWith(QStringLiteral("non-working: ")));
    CHECK(kurbanAit.out.contains(QStringLiteral("Kurban Ait")));
}

TEST_CASE("calendar day gives the reason in the language asked for", "[cli]")
{
    const CliResult russian = runCli({QStringLiteral("--lang"), QStringLiteral("ru"),
        QStringLiteral("calendar"), QStringLiteral("day"), QStringLiteral("2024-03-22")});
    CHECK(russian.exitCode == 0);
    CHECK(russian.out.startsWith(QStringLiteral("non-working: ")));
    CHECK(russian.out.contains(QStringLiteral("Наурыз")));
}

TEST_CASE("calendar day warns when the year's calendar is not confirmed", "[cli]")
{
    const CliResult result =
        runCli({QStringLiteral("calendar"), QStringLiteral("day"), QStringLiteral("2027-06-16")});
    CHECK(result.exitCode == 0);
    CHECK(result.err.contains(QStringLiteral("not confirmed")));
}

TEST_CASE("calendar month: March 2024 has 17 working days", "[cli]")
{
    const CliResult result =
        runCli({QStringLiteral("calendar"), QStringLiteral("month"), QStringLiteral("2024-03")});
    CHECK(result.exitCode == 0);
    CHECK(result.out == QStringLiteral("17\n"));
}

TEST_CASE("calendar add: 5 working days after 12 April 2024 is 19 April", "[cli]")
{
    const CliResult after = runCli({QStringLiteral("calendar"), QStringLiteral("add"),
        QStringLiteral("2024-04-12"), QStringLiteral("5")});
    CHECK(after.exitCode == 0);
    CHECK(after.out == QStringLiteral("2024-04-19\n"));

    const CliResult before = runCli({QStringLiteral("calendar"), QStringLiteral("add"),
        QStringLiteral("2024-04-19"), QStringLiteral("-5")});
    CHECK(before.exitCode == 0);
    CHECK(before.out == QStringLiteral("2024-04-12\n"));
}

TEST_CASE("calendar: bad dates, months and counts are bad input (exit 3)", "[cli]")
{
    const QList<QStringList> badCalls = {
        {QStringLiteral("calendar"), QStringLiteral("day"), QStringLiteral("2024-02-31")},
        {QStringLiteral("calendar"), QStringLiteral("day"), QStringLiteral("31.02.2024")},
        {QStringLiteral("calendar"), QStringLiteral("month"), QStringLiteral("2024-13")},
        {QStringLiteral("calendar"), QStringLiteral("month"), QStringLiteral("2024-3")},
        {QStringLiteral("calendar"), QStringLiteral("add"), QStringLiteral("2024-04-12"),
            QStringLiteral("five")},
        {QStringLiteral("calendar"), QStringLiteral("year"), QStringLiteral("24")},
    };
    for (const QStringList &arguments : badCalls) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult result = runCli(arguments);
        CHECK(result.exitCode == 3);
        CHECK(result.out.isEmpty());
        CHECK(result.err.startsWith(QStringLiteral("bagalau-cli: bad ")));
    }
}

TEST_CASE("calendar year lists the special days and the year's working days", "[cli]")
{
    const CliResult result =
        runCli({QStringLiteral("calendar"), QStringLiteral("year"), QStringLiteral("2025")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("2025-01-05\tworking: ")));
    CHECK(result.out.contains(QStringLiteral("2025-03-24\tnon-working: ")));
    CHECK(result.out.contains(QStringLiteral("working days: ")));
}
