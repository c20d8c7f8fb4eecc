// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "fixedclock.h"
#include "i18n/translations.h"
#include "services/organisationservice.h"
#include "storage/database.h"
#include "views/settingspage.h"
#include "views/staffpage.h"

#include "catchqt.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bagalau;

namespace {

QStringList navigationTexts(const MainWindow &window)
{
    const auto *list = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(list != nullptr);
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

QString currentPageTitle(const MainWindow &window)
{
    const auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    REQUIRE(pages != nullptr);
    const auto *title = pages->currentWidget()->findChild<QLabel *>(QStringLiteral("pageTitle"));
    REQUIRE(title != nullptr);
    return title->text();
}

} // namespace

TEST_CASE("the main window lists every area and switches language at once")
{
    QSettings().clear();
    Translations translations;
    MainWindow window(translations, QStringLiteral("/tmp/akzhar.sqlite"));
    window.show();

    CHECK(navigationTexts(window)
        == QStringList({QStringLiteral("Dashboard"), QStringLiteral("Staff"),
            QStringLiteral("Quarter evaluation"), QStringLiteral("Results"),
            QStringLiteral("KCI plans"), QStringLiteral("360 survey"),
            QStringLiteral("Appeals and calibration"), QStringLiteral("Commission"),
            QStringLiteral("Documents"), QStringLiteral("Settings"), QStringLiteral("Accounts")}));
    CHECK(window.windowTitle() == QStringLiteral("akzhar.sqlite — Bagalau"));

    window.setLanguage(Language::Kazakh);
    CHECK(navigationTexts(window).at(0) == QStringLiteral("Бақылау тақтасы"));
    CHECK(navigationTexts(window).at(2) == QStringLiteral("Тоқсандық бағалау"));
    CHECK(navigationTexts(window).at(4) == QStringLiteral("НМИ жоспарлары"));
    CHECK(navigationTexts(window).at(7) == QStringLiteral("Комиссия"));
    CHECK(menuTitles(window).at(0) == QStringLiteral("&Файл"));
    CHECK(currentPageTitle(window) == QStringLiteral("Бақылау тақтасы"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("kk"));

    window.setLanguage(Language::Russian);
    CHECK(navigationTexts(window).at(0) == QStringLiteral("Панель мониторинга"));
    CHECK(navigationTexts(window).at(2) == QStringLiteral("Квартальная оценка"));
    CHECK(navigationTexts(window).at(4) == QStringLiteral("Планы КЦИ"));
    CHECK(navigationTexts(window).at(6) == QStringLiteral("Обжалование и калибровка"));
    CHECK(menuTitles(window).at(1) == QStringLiteral("&Правка"));
    CHECK(menuTitles(window).at(2) == QStringLiteral("&Вид"));
    CHECK(window.windowTitle() == QStringLiteral("akzhar.sqlite — Bagalau"));
    CHECK(MainWindow::savedLanguage() == Language::Russian);

    window.setLanguage(Language::English);
    CHECK(navigationTexts(window).at(0) == QStringLiteral("Dashboard"));
    CHECK(menuTitles(window).at(3) == QStringLiteral("&Help"));
}

TEST_CASE("the main window remembers its size and the last area")
{
    QSettings().clear();
    Translations translations;
    {
        MainWindow window(translations, QStringLiteral("/tmp/akzhar.sqlite"));
        window.show();
        window.resize(900, 640);
        window.showArea(Area::Commission);
        window.close();
    }
    MainWindow reopened(translations, QStringLiteral("/tmp/akzhar.sqlite"));
    CHECK(reopened.currentArea() == Area::Commission);
    CHECK(reopened.size() == QSize(900, 640));
}

TEST_CASE("Ctrl+number jumps to the area of that place in the list")
{
    QSettings().clear();
    Translations translations;
    MainWindow window(translations, QStringLiteral("/tmp/akzhar.sqlite"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.currentArea() == Area::QuarterEvaluation);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    CHECK(window.currentArea() == Area::Results);
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    CHECK(window.currentArea() == Area::Documents);
}

namespace {

bool backupEnabled(const MainWindow &window)
{
    const auto fileMenu = window.menuBar()->actions().at(0)->menu();
    REQUIRE(fileMenu != nullptr);
    const auto actions = fileMenu->actions();
    for (const QAction *action : actions) {
        if (action->text() == QStringLiteral("&Backup…"))
            return action->isEnabled();
    }
    FAIL("no Backup action");
    return false;
}

} // namespace

TEST_CASE("the main window opens its file; Backup waits for an open file")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("akzhar.sqlite"));
    Translations translations;
    {
        MainWindow missing(translations, path);
        CHECK(missing.database() == nullptr);
        CHECK_FALSE(backupEnabled(missing));
        CHECK(missing.statusBar()->currentMessage().contains(QStringLiteral("No database")));
    }
    InputErrors errors;
    Organisation organisation;
    organisation.nameRu = QStringLiteral("Аппарат Акжарского районного маслихата");
    const test::FixedClock clock(QDate(2024, 7, 1));
    REQUIRE(OrganisationService::createFile(path, organisation, clock, &errors));

    MainWindow window(translations, path);
    CHECK(window.database() != nullptr);
    CHECK(backupEnabled(window));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("akzhar.sqlite")));
}

TEST_CASE("the language chosen in Settings switches the whole window")
{
    QSettings().clear();
    Translations translations;
    MainWindow window(translations, QStringLiteral("/tmp/akzhar.sqlite"));
    auto *settings = window.findChild<SettingsPage *>();
    REQUIRE(settings != nullptr);
    Q_EMIT settings->languageRequested(Language::Russian);
    CHECK(navigationTexts(window).at(2) == QStringLiteral("Квартальная оценка"));
    CHECK(MainWindow::savedLanguage() == Language::Russian);
    window.setLanguage(Language::English);
}

TEST_CASE("the built pages retranslate with the window (their contexts are found in the .qm)")
{
    QSettings().clear();
    Translations translations;
    MainWindow window(translations, QStringLiteral("/tmp/akzhar.sqlite"));
    window.setLanguage(Language::Kazakh);

    auto *staff = window.findChild<StaffPage *>();
    REQUIRE(staff != nullptr);
    QStringList buttons;
    const auto pushButtons = staff->findChildren<QPushButton *>();
    for (const QPushButton *button : pushButtons)
        buttons << button->text();
    CHECK(buttons.contains(QStringLiteral("&Қызметші қосу…")));

    auto *settings = window.findChild<SettingsPage *>();
    REQUIRE(settings != nullptr);
    const auto *tabs = settings->findChild<QTabWidget *>();
    REQUIRE(tabs != nullptr);
    CHECK(tabs->tabText(0) == QStringLiteral("&Жұмыс күндерінің күнтізбесі"));
    window.setLanguage(Language::English);
    CHECK(tabs->tabText(0) == QStringLiteral("Working &calendar"));
}
