// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/dashboardpage.h"

#include "charts/gradedistributionchart.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "models/dueitemmodel.h"
#include "models/quarterrostermodel.h"
#include "uisamplefile.h"
#include "views/quarterpage.h"

#include "catchqt.h"

#include <QAbstractItemModelTester>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace bagalau;

namespace {

// The proxy row of the first overdue item of a kind for a servant; -1 when there is none.
int rowOf(const DashboardPage &page, const QString &kind, const QString &personnelNo,
    const QString &quarter)
{
    for (int row = 0; row < page.proxy()->rowCount(); ++row) {
        const DueItem item =
            page.model()->item(page.proxy()->mapToSource(page.proxy()->index(row, 0)));
        if (item.kind == kind && item.personnelNo == personnelNo && item.key == quarter)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("the dashboard lists the overdue score sheet, and Enter on it asks for the quarter area",
    "[dashboard][ui]")
{
    QSettings().remove(QStringLiteral("dashboardpage"));
    test::ResultsFile file(QDate(2024, 4, 15));
    DashboardPage page;
    QAbstractItemModelTester tester(page.model());
    page.setContext(file.context.get());
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    // The head has no sheet for 2024Q1, due on 10 April: overdue on the 15th, with an icon.
    const int row =
        rowOf(page, QStringLiteral("score_sheet"), QStringLiteral("001"), QStringLiteral("2024Q1"));
    REQUIRE(row >= 0);
    const QModelIndex date = page.proxy()->index(row, DueItemModel::DateColumn);
    CHECK(date.data(DueItemModel::OverdueRole).toBool());
    CHECK(date.data(DueItemModel::SortRole).toDate() == QDate(2024, 4, 10));
    CHECK_FALSE(date.data(Qt::DecorationRole).isNull());
    CHECK(page.proxy()->index(row, DueItemModel::PersonColumn).data().toString()
        == QStringLiteral("Жусупова Айгуль"));
    // The servants whose sheets are signed have none.
    CHECK(
        rowOf(page, QStringLiteral("score_sheet"), QStringLiteral("002"), QStringLiteral("2024Q1"))
        < 0);

    QSignalSpy opened(&page, &DashboardPage::openRequested);
    page.table()->setFocus();
    page.table()->setCurrentIndex(page.proxy()->index(row, 0));
    QTest::keyClick(page.table(), Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().at(0).value<Area>() == Area::QuarterEvaluation);
    CHECK(opened.first().at(1).toString() == QStringLiteral("2024Q1"));

    // The quarter in evaluation on 15 April is the second; nothing of it is signed yet.
    CHECK(page.dashboard().progress.quarter == Quarter(2024, 2));
    CHECK(page.quarterProgress()->value() == 0);
    CHECK(page.quarterProgress()->maximum() == 3);
    // The bands of the first quarter: 002 with 3.00, 003 with 5.00.
    CHECK(page.chart()->distribution().quarter == Quarter(2024, 1));
    CHECK(page.chart()->distribution().count(Band::Proper) == 1);
    CHECK(page.chart()->distribution().count(Band::Effective) == 1);
}

TEST_CASE("the dashboard reads the file again when it is shown: a signed sheet leaves the list",
    "[dashboard][ui]")
{
    QSettings().remove(QStringLiteral("dashboardpage"));
    test::ResultsFile file(QDate(2024, 7, 15));
    DashboardPage page;
    page.setContext(file.context.get());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(
        rowOf(page, QStringLiteral("score_sheet"), QStringLiteral("002"), QStringLiteral("2024Q2"))
        >= 0);
    CHECK(page.chart()->distribution().quarter == Quarter(2024, 2));
    CHECK(page.chart()->distribution().total() == 0);
    const int overdueBefore = page.model()->overdueCount();
    page.hide();
    file.sign("002", "2024Q2", 4);
    page.show();
    CHECK(
        rowOf(page, QStringLiteral("score_sheet"), QStringLiteral("002"), QStringLiteral("2024Q2"))
        < 0);
    CHECK(page.model()->overdueCount() == overdueBefore - 1);
    CHECK(page.chart()->distribution().count(Band::Effective) == 1);
}

TEST_CASE("the window shows the area the dashboard asks to open", "[dashboard][ui]")
{
    QSettings().clear();
    Translations translations;
    MainWindow window(translations, QStringLiteral("/tmp/bagalau-no-such-file.sqlite"));
    auto *page = window.findChild<DashboardPage *>();
    REQUIRE(page);
    Q_EMIT page->openRequested(Area::AppealsAndCalibration, QStringLiteral("7"), QString());
    CHECK(window.currentArea() == Area::AppealsAndCalibration);
    Q_EMIT page->openRequested(
        Area::QuarterEvaluation, QStringLiteral("2024Q1"), QStringLiteral("002"));
    CHECK(window.currentArea() == Area::QuarterEvaluation);
}

TEST_CASE("§4 Enter on an overdue score sheet shows its quarter with the servant selected",
    "[dashboard][ui]")
{
    QSettings().clear();
    // A filter left on the quarter page must not hide the servant asked for.
    QSettings().setValue(QStringLiteral("quarterpage/filter"), QStringLiteral("Ахметов"));
    test::ResultsFile file(QDate(2024, 4, 15));
    const QString path = file.folder.filePath(QStringLiteral("results.sqlite"));
    Translations translations;
    MainWindow window(translations, path);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *dashboard = window.findChild<DashboardPage *>();
    auto *quarterPage = window.findChild<QuarterPage *>();
    REQUIRE(dashboard);
    REQUIRE(quarterPage);
    REQUIRE(window.currentArea() == Area::Dashboard);

    // The window's today is the system's: 003 has no sheet after 2024Q1, so the earliest
    // quarter of the look-back is overdue for them.
    int row = -1;
    DueItem item;
    for (int candidate = 0; candidate < dashboard->proxy()->rowCount() && row < 0; ++candidate) {
        item = dashboard->model()->item(
            dashboard->proxy()->mapToSource(dashboard->proxy()->index(candidate, 0)));
        if (item.kind == QStringLiteral("score_sheet") && item.personnelNo == QStringLiteral("003")
            && item.overdue)
            row = candidate;
    }
    REQUIRE(row >= 0);
    const auto quarter = Quarter::parse(item.key);
    REQUIRE(quarter);
    // A quarter other than the one the page opens on, so that the page has to move.
    REQUIRE(*quarter != quarterPage->quarter());

    dashboard->table()->setFocus();
    dashboard->table()->setCurrentIndex(dashboard->proxy()->index(row, 0));
    QTest::keyClick(dashboard->table(), Qt::Key_Return);

    CHECK(window.currentArea() == Area::QuarterEvaluation);
    CHECK(quarterPage->quarter() == *quarter);
    CHECK(quarterPage->selectedPersonnelNo() == QStringLiteral("003"));
    CHECK(quarterPage->model()->quarter() == *quarter);
}
