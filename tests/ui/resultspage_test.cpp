// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/resultspage.h"

#include "charts/scoretrendchart.h"
#include "models/resultsmodel.h"
#include "uisamplefile.h"

#include "catchqt.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace bagalau;

namespace {

QString cell(const ResultsPage &page, int row, int column)
{
    return page.proxy()->index(row, column).data().toString();
}

int rowOf(const ResultsPage &page, const char *personnelNo)
{
    const QModelIndexList found = page.proxy()->match(page.proxy()->index(0, 0),
        ResultsModel::PersonnelNoRole, QString::fromLatin1(personnelNo), 1, Qt::MatchExactly);
    return found.isEmpty() ? -1 : found.first().row();
}

} // namespace

TEST_CASE("the results page shows a quarter's scores and bands, and a year's with the annual "
          "score",
    "[results][ui]")
{
    QSettings().remove(QStringLiteral("resultspage"));
    test::ResultsFile file(QDate(2024, 4, 15));
    ResultsPage page;
    QAbstractItemModelTester tester(page.model());
    page.setContext(file.context.get());
    // The last quarter that ended.
    CHECK(page.year() == 2024);
    CHECK(page.quarter() == 1);
    REQUIRE(page.proxy()->rowCount() == 3);
    const int serik = rowOf(page, "002");
    REQUIRE(serik >= 0);
    CHECK(cell(page, serik, ResultsModel::NameColumn) == QStringLiteral("Ахметов Серик"));
    CHECK(cell(page, serik, ResultsModel::ScoreColumn) == QStringLiteral("3.00"));
    CHECK(cell(page, serik, ResultsModel::BandColumn)
        == QStringLiteral("Performs functional duties properly"));
    CHECK(cell(page, rowOf(page, "001"), ResultsModel::NoteColumn)
        == QStringLiteral("no score sheet yet"));

    // Sorting by score sorts by the figure, empty ones first.
    page.table()->sortByColumn(ResultsModel::ScoreColumn, Qt::DescendingOrder);
    CHECK(cell(page, 0, ResultsModel::PersonnelNoColumn) == QStringLiteral("003"));

    page.setPeriod(2023, 0);
    REQUIRE(page.model()->isYear());
    const int elena = rowOf(page, "003");
    REQUIRE(elena >= 0);
    CHECK(cell(page, elena, ResultsModel::FirstQuarterColumn + 2) == QStringLiteral("5.00"));
    CHECK(cell(page, elena, ResultsModel::AnnualColumn) == QStringLiteral("5.00"));
    CHECK(cell(page, rowOf(page, "002"), ResultsModel::AnnualBandColumn)
        == QStringLiteral("Performs functional duties effectively"));
}

TEST_CASE("selecting a servant draws their scores over every quarter", "[results][ui]")
{
    QSettings().remove(QStringLiteral("resultspage"));
    test::ResultsFile file(QDate(2024, 4, 15));
    ResultsPage page;
    page.setContext(file.context.get());
    page.table()->selectRow(rowOf(page, "002"));
    const QList<QPointF> points = page.trend()->points();
    REQUIRE(points.size() == 3);
    CHECK(points.at(0).y() == 4.0);
    CHECK(points.at(2).y() == 3.0);
    CHECK(page.trend()->scores().last().quarter == Quarter(2024, 1));
}

TEST_CASE("the results page exports the period to a CSV file that Excel reads", "[results][ui]")
{
    QSettings().remove(QStringLiteral("resultspage"));
    test::ResultsFile file(QDate(2024, 4, 15));
    ResultsPage page;
    page.setContext(file.context.get());
    page.setPeriod(2023, 0);
    const QString path = file.folder.filePath(QStringLiteral("results-2023.csv"));
    QString error;
    REQUIRE(page.exportCsv(path, &error));
    QFile csv(path);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).startsWith(QStringLiteral("personnel_no;full_name;2023Q1;2023Q2;2023Q3;")));
    CHECK(lines.contains(QStringLiteral(
        "002;Ахметов Серик;;;4,00;4,00;4,00;effective;Performs functional duties effectively")));
}
