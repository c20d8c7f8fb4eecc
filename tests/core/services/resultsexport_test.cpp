// SPDX-License-Identifier: GPL-3.0-or-later
// The results as a CSV file for a spreadsheet: UTF-8 with BOM, ';', decimal comma.
#include "evaluation/resultsexport.h"

#include "catchqt.h"

#include <QTemporaryDir>

using namespace bagalau;

namespace {

QString text(const QByteArray &csv)
{
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    return QString::fromUtf8(csv.mid(3));
}

} // namespace

TEST_CASE("a quarter's results: one line per servant, decimal comma, band key and wording",
    "[results][csv]")
{
    QuarterResultRow ranked;
    ranked.personnelNo = QStringLiteral("002");
    ranked.fullName = QStringLiteral("Ахметов Серик; мл.");
    ranked.method = QStringLiteral("ranking");
    ranked.eligibility.evaluated = true;
    ranked.sheetStatus = QStringLiteral("signed");
    ranked.score = Score::fromHundredths(425);
    ranked.calibrated = true;
    QuarterResultRow newcomer;
    newcomer.personnelNo = QStringLiteral("005");
    newcomer.fullName = QStringLiteral("Сейтжанова М.");
    newcomer.method = QStringLiteral("ranking");
    newcomer.eligibility.reasonKey = QStringLiteral("less_than_one_month");

    const QStringList lines =
        text(ResultsExport::quarterCsv({ranked, newcomer})).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0)
        == QStringLiteral("personnel_no;full_name;method;evaluated;without_participation;score;"
                          "band;band_text;calibrated;reason"));
    CHECK(lines.at(1)
        == QStringLiteral("002;\"Ахметов Серик; мл.\";ranking;1;0;4,25;effective;Performs "
                          "functional duties effectively;1;"));
    CHECK(lines.at(2).startsWith(QStringLiteral("005;Сейтжанова М.;ranking;0;0;;;;0;")));
    CHECK(lines.at(2).size() > QStringLiteral("005;Сейтжанова М.;ranking;0;0;;;;0;").size());
    CHECK(lines.at(3).isEmpty());
}

TEST_CASE("§4 a year's results: the four quarters, the annual score and band", "[results][csv]")
{
    YearResultRow row;
    row.personnelNo = QStringLiteral("002");
    row.fullName = QStringLiteral("Ахметов С.");
    row.quarters.insert(QStringLiteral("2024Q1"), Score::fromHundredths(433));
    row.quarters.insert(QStringLiteral("2024Q3"), Score::fromHundredths(367));
    row.annualScore = Score::fromHundredths(400);
    const QStringList lines =
        text(ResultsExport::yearCsv(2024, {row})).split(QStringLiteral("\r\n"));
    CHECK(lines.at(0)
        == QStringLiteral("personnel_no;full_name;2024Q1;2024Q2;2024Q3;2024Q4;annual_score;"
                          "annual_band;annual_band_text"));
    CHECK(lines.at(1)
        == QStringLiteral("002;Ахметов С.;4,33;;3,67;;4,00;effective;Performs functional duties "
                          "effectively"));
}

TEST_CASE("the CSV is written whole to the file named", "[results][csv]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("results.csv"));
    QString error;
    REQUIRE(ResultsExport::write(path, ResultsExport::yearCsv(2024, {}), &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == ResultsExport::yearCsv(2024, {}));
    CHECK_FALSE(ResultsExport::write(folder.filePath(QStringLiteral("missing/x.csv")),
        ResultsExport::yearCsv(2024, {}), &error));
    CHECK(error.contains(QStringLiteral("could not be written")));
}
