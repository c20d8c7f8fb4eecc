// SPDX-License-Identifier: GPL-3.0-or-later
// bagalau-cli print: the printed forms into a PDF or ODT, in Kazakh or Russian.
#include "clirunner.h"

#include "fixedclock.h"
#include "pdftext.h"
#include "printsample.h"
#include "services/servicecontext.h"
#include "temporarydatabase.h"

#include "catchqt.h"

#include <QFile>
#include <QFileInfo>

using namespace bagalau;
using namespace bagalau::test;

namespace {

// The sample apparatus of printsample.h in a file, and bagalau-cli run on it.
class PrintFile
{
public:
    PrintFile() { fillPrintSample(m_chief); }
    void fillProtocols() { fillProtocolSample(m_chief); }
    QString path() const { return m_file.path(); }
    QString out(const char *name) const
    {
        return m_file.folder() + QLatin1Char('/') + QString::fromLatin1(name);
    }
    CliResult print(const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_file.path(), QStringLiteral("print")}
            + arguments);
    }

private:
    TemporaryDatabase m_file;
    FixedClock m_clock{QDate(2024, 4, 20)};
    ServiceContext m_chief{m_file.database(), Actor::singleUser(), m_clock};
};

} // namespace

TEST_CASE("print ranking-sheet without --servant puts every sheet of the quarter into one PDF",
    "[cli][print]")
{
    PrintFile file;
    const QString out = file.out("ranking.pdf");
    const CliResult result = file.print(
        {QStringLiteral("ranking-sheet"), QStringLiteral("--quarter"), QStringLiteral("2024Q1"),
            QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--out"), out});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(pdfPages(out) == 2);
    const QString text = pdfText(out).simplified();
    CHECK(text.contains(QStringLiteral("Ахметов Серик")));
    CHECK(text.contains(QStringLiteral("4,25")));
    CHECK(text.contains(QStringLiteral("Ким Елена")));
    CHECK(text.contains(QStringLiteral("3,25")));
}

TEST_CASE("print one servant's work plan in Kazakh, and the results list as ODT", "[cli][print]")
{
    PrintFile file;
    const QString pdf = file.out("plan.pdf");
    CliResult result = file.print({QStringLiteral("work-plan"), QStringLiteral("--quarter"),
        QStringLiteral("2024Q1"), QStringLiteral("--servant"), QStringLiteral("001"),
        QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("--out"), pdf});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString text = pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("БЕКІТЕМІН")));
    CHECK(text.contains(QStringLiteral("Ақжар ауданы мәслихатының аппараты")));
    CHECK(text.contains(QStringLiteral("Жусупова Айгуль")));

    const QString odt = file.out("results.odt");
    result = file.print({QStringLiteral("results-list"), QStringLiteral("--quarter"),
        QStringLiteral("2024Q1"), QStringLiteral("--out"), odt});
    REQUIRE(result.exitCode == 0);
    QFile written(odt);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(2) == "PK");
}

TEST_CASE("print with an unknown form is wrong usage and writes nothing", "[cli][print]")
{
    PrintFile file;
    const QString out = file.out("x.pdf");
    const CliResult result = file.print({QStringLiteral("payslip"), QStringLiteral("--quarter"),
        QStringLiteral("2024Q1"), QStringLiteral("--out"), out});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("payslip")));
    CHECK(result.err.contains(QStringLiteral("ranking-sheet")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("print for an unknown servant is bad input and writes no file", "[cli][print]")
{
    PrintFile file;
    const QString out = file.out("x.pdf");
    const CliResult result = file.print(
        {QStringLiteral("ranking-sheet"), QStringLiteral("--quarter"), QStringLiteral("2024Q1"),
            QStringLiteral("--servant"), QStringLiteral("999"), QStringLiteral("--out"), out});
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QStringLiteral("999")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("print refuses a form language other than kk or ru and an output that is not PDF or ODT",
    "[cli][print]")
{
    PrintFile file;
    CliResult result = file.print({QStringLiteral("notice"), QStringLiteral("--quarter"),
        QStringLiteral("2024Q1"), QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("--out"), file.out("x.pdf")});
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QStringLiteral("kk or ru")));
    result = file.print({QStringLiteral("notice"), QStringLiteral("--quarter"),
        QStringLiteral("2024Q1"), QStringLiteral("--out"), file.out("x.docx")});
    CHECK(result.exitCode == 3);
    CHECK_FALSE(QFileInfo::exists(file.out("x.docx")));
    result = file.print({QStringLiteral("notice"), QStringLiteral("--quarter"),
        QStringLiteral("2024Q5"), QStringLiteral("--out"), file.out("x.pdf")});
    CHECK(result.exitCode == 3);
    CHECK_FALSE(QFileInfo::exists(file.out("x.pdf")));
}

TEST_CASE(
    "print the calibration protocol, the Commission protocol and the 360 reports", "[cli][print]")
{
    PrintFile file;
    file.fillProtocols();
    const QString calibration = file.out("calibration.pdf");
    CliResult result = file.print({QStringLiteral("calibration-protocol"),
        QStringLiteral("--appeal"), QStringLiteral("1"), QStringLiteral("--out"), calibration});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(pdfText(calibration).contains(QStringLiteral("Протокол калибровочной сессии")));

    const QString commission = file.out("commission.pdf");
    result = file.print(
        {QStringLiteral("commission-protocol"), QStringLiteral("--meeting"), QStringLiteral("1"),
            QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("--out"), commission});
    REQUIRE(result.exitCode == 0);
    CHECK(pdfText(commission).contains(QStringLiteral("Комиссия")));

    const QString reports = file.out("reports.pdf");
    result = file.print({QStringLiteral("survey-report"), QStringLiteral("--year"),
        QStringLiteral("2024"), QStringLiteral("--out"), reports});
    REQUIRE(result.exitCode == 0);
    CHECK(pdfText(reports).contains(QStringLiteral("Ахметов Серик")));

    // A calibration form needs the application; an unknown one writes nothing.
    result = file.print({QStringLiteral("feedback"), QStringLiteral("--quarter"),
        QStringLiteral("2024Q1"), QStringLiteral("--out"), file.out("f.pdf")});
    CHECK(result.exitCode == 2);
    result = file.print({QStringLiteral("feedback"), QStringLiteral("--appeal"),
        QStringLiteral("9"), QStringLiteral("--out"), file.out("f.pdf")});
    CHECK(result.exitCode == 3);
    CHECK_FALSE(QFileInfo::exists(file.out("f.pdf")));
}

TEST_CASE("print takes the form's language from --lang of the messages when none is given",
    "[cli][print]")
{
    PrintFile file;
    const QString out = file.out("notice.pdf");
    const CliResult result = runCli({QStringLiteral("--lang"), QStringLiteral("kk"),
        QStringLiteral("--db"), file.path(), QStringLiteral("print"), QStringLiteral("notice"),
        QStringLiteral("--quarter"), QStringLiteral("2024Q1"), QStringLiteral("--servant"),
        QStringLiteral("002"), QStringLiteral("--out"), out});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(pdfText(out).contains(QStringLiteral("Бағалау жүргізу туралы хабарлама")));
}
