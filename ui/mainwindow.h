// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "navigation.h"
#include "recentfiles.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace bagalau {

class Database;
class SystemClock;
class Translations;

// The application shell: the navigation list of the areas on the left, the area's page on the
// right, the File, View and Help menus. Remembers its size, state, language and last area.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Translations &translations, const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The language the user chose last time, or the system's when it is Kazakh or Russian.
    static Language savedLanguage();

    QString databasePath() const { return m_databasePath; }
    // The open file, or nullptr when none could be opened.
    Database *database() const { return m_database.get(); }
    // Opens a file and brings it to the current schema; false (and a message) when it cannot.
    bool openDatabase(const QString &path);
    Area currentArea() const;
    void showArea(Area area);
    // Switches the whole program to a language at once and remembers it.
    void setLanguage(Language language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void retranslate();
    void rebuildRecentMenu();
    void newDatabase();
    void backupDatabase();
    void chooseDatabase();
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;

    Translations &m_translations;
    std::unique_ptr<SystemClock> m_clock;
    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    QString m_databaseProblem; // why the file is not open, for the status bar
    RecentFiles m_recentFiles;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace bagalau
