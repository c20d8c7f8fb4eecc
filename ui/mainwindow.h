// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "navigation.h"
#include "recentfiles.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace bagalau {

class Translations;

// The application shell: the navigation list of the areas on the left, the area's page on the
// right, the File, View and Help menus. Remembers its size, state, language and last area.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Translations &translations, const QString &databasePath, QWidget *parent = nullptr);

    // The language the user chose last time, or the system's when it is Kazakh or Russian.
    static Language savedLanguage();

    QString databasePath() const { return m_databasePath; }
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
    void openDatabase(const QString &path);
    void newDatabase();
    void chooseDatabase();
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;

    Translations &m_translations;
    QString m_databasePath;
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
