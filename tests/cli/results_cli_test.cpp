// SPDX-License-Identifier: GPL-3.0-or-later
// bagalau-cli results ... --csv FILE: the results as a spreadsheet file.
#include "clirunner.h"

#include "testpaths.h"

#include "catchqt.h"

#include <QFile>
#include <QTemporaryDir>

using namespace bagalau;
using namespace bagalau::test;

namespace {

// A file with the staff and the marks of 2024Q2.
class ResultsFile
{
public:
    ResultsFile()
    {
        REQUIRE(m_folder.isValid());
        for (const QStringList &arguments :
            {QStringList{
                 QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Аппарат")},
                QStringList{QStringLiteral("import"), QStringLiteral("staff"),
                    testDataPath(QStringLiteral("import/staff.csv"))}}) {
            const CliResult result = run(arguments);
            INFO(result.err.toStdString());
            REQUIRE(result.exitCode == 0);
        }
        // The head's KCI are marked against their approved plan (§27).
        approveKciPlan(file("akzhar.sqlite"), "001", Quarter(2024, 2), {"100", "12", "30"});
        const CliResult marks = run({QStringLiteral("import"), QStringLiteral("marks"),
            testDataPath(QStringLiteral("import/marks-2024q2.csv"))});
        INFO(marks.err.toStdString());
        REQUIRE(marks.exitCode == 0);
    }
    QString file(const char *name) const { return m_folder.filePath(QString::fromLatin1(name)); }
    CliResult run(QStringList arguments) const
    {
        arguments.prepend(file("akzhar.sqlite"));
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments);
    }

private:
    QTemporaryDir m_folder;
};

QStringList csvLines(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("results quarter --csv writes one line per servant with decimal commas", "[cli][results]")
{
    ResultsFile file;
    const CliResult result = file.run({QStringLiteral("results"), QStringLiteral("quarter"),
        QStringLiteral("2024Q2"), QStringLiteral("--csv"), file.file("q2.csv")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(QStringLiteral("5 servant(s) written to")));
    const QStringList lines = csvLines(file.file("q2.csv"));
    REQUIRE(lines.size() == 6);
    CHECK(lines.at(0).startsWith(QStringLiteral("personnel_no;full_name;method;evaluated;")));
    CHECK(lines.contains(QStringLiteral("002;Ахметов Серик Болатович;ranking;1;0;3,75;proper;"
                                        "Performs functional duties properly;0;")));
    CHECK(lines.contains(QStringLiteral("001;Жусупова Айгуль Маратовна;kci;1;0;4,33;effective;"
                                        "Performs functional duties effectively;0;")));
}

TEST_CASE("results --year --csv writes the quarters and the annual score; --servant keeps one",
    "[cli][results]")
{
    ResultsFile file;
    const CliResult result = file.run({QStringLiteral("results"), QStringLiteral("--year"),
        QStringLiteral("2024"), QStringLiteral("--servant"), QStringLiteral("003"),
        QStringLiteral("--csv"), file.file("2024.csv")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(csvLines(file.file("2024.csv"))
        == QStringList({QStringLiteral("personnel_no;full_name;2024Q1;2024Q2;2024Q3;2024Q4;"
                                       "annual_score;annual_band;annual_band_text"),
            QStringLiteral("003;Ким Елена Викторовна;;4,75;;;4,75;effective;Performs functional "
                           "duties effectively")}));
}

TEST_CASE("results --csv never replaces a file, and a bad quarter is bad input", "[cli][results]")
{
    ResultsFile file;
    const QString existing = file.file("akzhar.sqlite");
    const QByteArray before = [&] {
        QFile database(existing);
        REQUIRE(database.open(QIODevice::ReadOnly));
        return database.readAll();
    }();
    const CliResult refused = file.run({QStringLiteral("results"), QStringLiteral("quarter"),
        QStringLiteral("2024Q2"), QStringLiteral("--csv"), existing});
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("already exists")));
    QFile database(existing);
    REQUIRE(database.open(QIODevice::ReadOnly));
    CHECK(database.readAll().size() == before.size());

    const CliResult bad = file.run({QStringLiteral("results"), QStringLiteral("--quarter"),
        QStringLiteral("2024Q5"), QStringLiteral("--csv"), file.file("x.csv")});
    CHECK(bad.exitCode == 3);
    CHECK_FALSE(QFile::exists(file.file("x.csv")));
}
