// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "catchqt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace bagalau::test;

namespace {

class CalendarFile
{
public:
    CalendarFile()
    {
        REQUIRE(run({QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Аппарат")})
                    .exitCode
            == 0);
    }
    CliResult run(QStringList arguments) const
    {
        arguments.prepend(m_folder.filePath(QStringLiteral("c.sqlite")));
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments);
    }
    QString appealDue(const QString &acquainted) const
    {
        const CliResult result = run({QStringLiteral("deadlines"), QStringLiteral("event"),
            QStringLiteral("acquainted"), acquainted});
        REQUIRE(result.exitCode == 0);
        return QJsonDocument::fromJson(result.out.toUtf8())
            .object()
            .value(QStringLiteral("appeal_due"))
            .toString();
    }

private:
    QTemporaryDir m_folder;
};

} // namespace

TEST_CASE("RULES §3 a Kurban Ait date entered in the file confirms the year", "[cli][calendar]")
{
    CalendarFile file;
    const CliResult before =
        file.run({QStringLiteral("calendar"), QStringLiteral("day"), QStringLiteral("2027-05-17")});
    CHECK(before.out == QStringLiteral("working\n"));
    CHECK(before.err.contains(QStringLiteral("not confirmed")));

    REQUIRE(file.run({QStringLiteral("calendar"), QStringLiteral("kurban-ait"),
                         QStringLiteral("2027"), QStringLiteral("2027-05-17")})
                .exitCode
        == 0);
    const CliResult after =
        file.run({QStringLiteral("calendar"), QStringLiteral("day"), QStringLiteral("2027-05-17")});
    CHECK(after.out.startsWith(QStringLiteral("non-working: ")));
    CHECK(after.out.contains(QStringLiteral("Kurban Ait")));
    CHECK_FALSE(after.err.contains(QStringLiteral("not confirmed")));
    // The shipped calendar, without the file, still does not know it.
    CHECK(runCli({QStringLiteral("calendar"), QStringLiteral("day"), QStringLiteral("2027-05-17")})
              .out
        == QStringLiteral("working\n"));

    const CliResult wrongYear = file.run({QStringLiteral("calendar"), QStringLiteral("kurban-ait"),
        QStringLiteral("2027"), QStringLiteral("2028-05-05")});
    CHECK(wrongYear.exitCode == 3);
    CHECK(wrongYear.err.contains(QStringLiteral("must be in 2027")));
}

TEST_CASE("RULES §1.5 a transfer entered in the file moves a deadline, and back when removed",
    "[cli][calendar]")
{
    CalendarFile file;
    // Friday 8 May 2026; Saturday 9 May (Victory Day) is observed on Monday 11 May.
    CHECK(file.appealDue(QStringLiteral("2026-05-07")) == QStringLiteral("2026-05-15"));
    const CliResult added = file.run({QStringLiteral("calendar"), QStringLiteral("transfer"),
        QStringLiteral("add"), QStringLiteral("2026-05-08"), QStringLiteral("2026-05-16"),
        QStringLiteral("order"), QStringLiteral("No. 1")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(file.appealDue(QStringLiteral("2026-05-07")) == QStringLiteral("2026-05-16"));

    const CliResult audit = file.run({QStringLiteral("audit"), QStringLiteral("list")});
    CHECK(audit.out.contains(QStringLiteral("2026-05-08 → 2026-05-16 (order No. 1)")));

    REQUIRE(file.run({QStringLiteral("calendar"), QStringLiteral("transfer"),
                         QStringLiteral("remove"), QStringLiteral("2026-05-08")})
                .exitCode
        == 0);
    CHECK(file.appealDue(QStringLiteral("2026-05-07")) == QStringLiteral("2026-05-15"));
}

TEST_CASE("RULES §1.5 a transfer that no act could make is refused and nothing is written",
    "[cli][calendar]")
{
    CalendarFile file;
    const CliResult weekendOff = file.run({QStringLiteral("calendar"), QStringLiteral("transfer"),
        QStringLiteral("add"), QStringLiteral("2026-05-09"), QStringLiteral("2026-05-12")});
    CHECK(weekendOff.exitCode == 3);
    CHECK(weekendOff.err.contains(QStringLiteral("already a Saturday or Sunday")));
    CHECK(file.appealDue(QStringLiteral("2026-05-07")) == QStringLiteral("2026-05-15"));

    // A working day already used by another transfer is refused with both dates, not a SQL error.
    REQUIRE(file.run({QStringLiteral("calendar"), QStringLiteral("transfer"), QStringLiteral("add"),
                         QStringLiteral("2026-05-08"), QStringLiteral("2026-05-16")})
                .exitCode
        == 0);
    const CliResult taken = file.run({QStringLiteral("calendar"), QStringLiteral("transfer"),
        QStringLiteral("add"), QStringLiteral("2026-05-12"), QStringLiteral("2026-05-16")});
    CHECK(taken.exitCode == 3);
    CHECK(taken.err.contains(
        QStringLiteral("the working day 2026-05-16 already makes up for the day off 2026-05-08")));
    CHECK(file.appealDue(QStringLiteral("2026-05-07")) == QStringLiteral("2026-05-16"));
    REQUIRE(file.run({QStringLiteral("calendar"), QStringLiteral("transfer"),
                         QStringLiteral("remove"), QStringLiteral("2026-05-08")})
                .exitCode
        == 0);
    const CliResult unknown = file.run({QStringLiteral("calendar"), QStringLiteral("transfer"),
        QStringLiteral("remove"), QStringLiteral("2026-05-08")});
    CHECK(unknown.exitCode == 3);
    CHECK(runCli({QStringLiteral("calendar"), QStringLiteral("kurban-ait"), QStringLiteral("2027"),
                     QStringLiteral("2027-05-17")})
              .exitCode
        == 2);
}
