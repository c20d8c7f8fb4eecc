// SPDX-License-Identifier: GPL-3.0-or-later
// Not tests but tools, hidden from the suite: pictures of the dashboard, the results and the
// organisation's settings on a demonstration organisation (BAGALAU_SHOTS=folder), and the time
// the dashboard and the results page take on a large file (BAGALAU_DEMO_FILE=path, made by
// `bagalau-cli demo`).
#include "charts/scoretrendchart.h"
#include "fixedclock.h"
#include "models/dueitemmodel.h"
#include "models/resultsmodel.h"
#include "services/demogenerator.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"
#include "views/dashboardpage.h"
#include "views/organisationsettings.h"
#include "views/resultspage.h"
#include "views/settingspage.h"

#include "catchqt.h"

#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <iostream>

using namespace bagalau;

TEST_CASE("screenshots of the dashboard, the results and the organisation", "[.shots]")
{
    const QString shots = qEnvironmentVariable("BAGALAU_SHOTS");
    REQUIRE_FALSE(shots.isEmpty());
    QTemporaryDir folder;
    test::FixedClock clock(QDateTime(QDate(2026, 1, 8), QTime(10, 0)));
    InputErrors errors;
    auto database = OrganisationService::createFile(folder.filePath(QStringLiteral("demo.sqlite")),
        DemoGenerator::organisation(), clock, &errors);
    REQUIRE(database);
    const ServiceContext context(*database, Actor::singleUser(), clock);
    DemoOptions options;
    options.servants = 60;
    options.years = 4;
    DemoFailure failure;
    REQUIRE(DemoGenerator(context).generate(options, &failure));
    // A few duties left undone, so the picture shows what overdue looks like.
    QSqlQuery query(database->connection());
    REQUIRE(query.exec(QStringLiteral(
        "UPDATE score_sheet SET status = 'draft' WHERE quarter = '2025Q3' AND id % 20 = 3")));
    REQUIRE(query.exec(QStringLiteral(
        "DELETE FROM acquaintance WHERE sheet_id IN (SELECT id FROM score_sheet WHERE quarter = "
        "'2025Q4' AND signed_on < '2026-01-06' AND id % 9 = 2)")));

    DashboardPage dashboard;
    dashboard.setContext(&context);
    dashboard.resize(1200, 760);
    dashboard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dashboard));
    QTest::qWait(50);
    REQUIRE(dashboard.grab().save(shots + QStringLiteral("/results-dashboard.png")));

    ResultsPage results;
    results.setContext(&context);
    results.resize(1200, 760);
    results.show();
    REQUIRE(QTest::qWaitForWindowExposed(&results));
    results.table()->selectRow(3);
    QTest::qWait(50);
    REQUIRE(results.grab().save(shots + QStringLiteral("/results-quarter.png")));
    results.setPeriod(2025, 0);
    results.table()->selectRow(5);
    QTest::qWait(50);
    REQUIRE(results.grab().save(shots + QStringLiteral("/results-year.png")));

    QUndoStack stack;
    SettingsPage settings;
    settings.setUndoStack(&stack);
    settings.setContext(&context);
    settings.findChild<QTabWidget *>(QStringLiteral("settingsTabs"))
        ->setCurrentWidget(settings.organisationSettings());
    settings.resize(1000, 600);
    settings.show();
    REQUIRE(QTest::qWaitForWindowExposed(&settings));
    QTest::qWait(50);
    REQUIRE(settings.grab().save(shots + QStringLiteral("/results-organisation.png")));
}

TEST_CASE("the time of the dashboard and the results page on a large file", "[.speed]")
{
    const QString path = qEnvironmentVariable("BAGALAU_DEMO_FILE");
    REQUIRE_FALSE(path.isEmpty());
    QString error;
    auto database = openMigrated(path, Database::OpenMode::MustExist, &error);
    REQUIRE(database);
    const SystemClock clock;
    const ServiceContext context(*database, Actor::singleUser(), clock);
    QElapsedTimer timer;

    DashboardPage dashboard;
    timer.start();
    dashboard.setContext(&context);
    std::cout << "dashboard page (service + model + chart): " << timer.elapsed() << " ms, "
              << dashboard.model()->rowCount() << " items\n";

    // Five weeks on, every sheet of the quarter is due within the horizon: the longest list.
    timer.restart();
    const Dashboard later = DashboardService(context).dashboard(clock.today().addDays(35));
    const qint64 service = timer.elapsed();
    timer.restart();
    dashboard.model()->setItems(later.items);
    std::cout << "dashboard five weeks on: service " << service << " ms, model " << timer.elapsed()
              << " ms, " << later.items.size() << " items\n";

    ResultsPage results;
    timer.restart();
    results.setContext(&context);
    std::cout << "results page, a quarter: " << timer.elapsed() << " ms, "
              << results.model()->rowCount() << " rows\n";
    timer.restart();
    results.setPeriod(results.year(), 0);
    std::cout << "results page, a year: " << timer.elapsed() << " ms, "
              << results.model()->rowCount() << " rows\n";
    timer.restart();
    results.table()->sortByColumn(ResultsModel::AnnualColumn, Qt::DescendingOrder);
    std::cout << "sort by annual score: " << timer.elapsed() << " ms\n";
    timer.restart();
    results.table()->selectRow(10);
    std::cout << "select a servant (trend over " << results.trend()->points().size()
              << " quarters): " << timer.elapsed() << " ms\n";
    timer.restart();
    results.proxy()->setFilterFixedString(QStringLiteral("ов"));
    std::cout << "filter: " << timer.elapsed() << " ms, " << results.proxy()->rowCount()
              << " rows shown\n";
}
