// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "navigation.h"
#include "recentfiles.h"

#include "access/actor.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace bagalau {

class AccountsPage;
class ContextPage;
class Database;
class ServiceContext;
class SystemClock;
class Translations;

// The application shell: the navigation list of the areas on the left, the area's page on the
// right, the File, View and Help menus. Remembers its size, state, language and last area.
// A file with accounts stays closed until someone signs in (§15, §20), and closes again when
// they sign out or leave the program idle; the areas shown are those the account may use.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Translations &translations, const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The language the user chose last time, or the system's when it is Kazakh or Russian.
    static Language savedLanguage();
    // How dates and numbers read in the language (15.07.2024 and 4,25 in Kazakh and Russian).
    static QLocale localeOf(Language language);

    QString databasePath() const { return m_databasePath; }
    // The open file, or nullptr when none could be opened or no one is signed in to it.
    Database *database() const { return m_database.get(); }
    // Opens a file and brings it to the current schema; false (and a message) when it cannot.
    // A file with accounts asks for sign-in first and is open only once someone has signed in.
    bool openDatabase(const QString &path);

    // Who acts: the signed-in account, the chief specialist alone in a file without accounts,
    // or no one while a file with accounts waits for sign-in.
    const std::optional<Actor> &actor() const { return m_actor; }
    // The file at databasePath() needs a sign-in and no one is signed in.
    bool isSignInRequired() const { return m_signInRequired && !m_actor; }
    // Opens the file as the account; false with the service's refusal (wrong password, locked,
    // disabled), the file staying closed.
    bool signIn(const QString &login, const QString &password, QString *refusal = nullptr);
    // Forgets the account and closes the file; nothing of it stays on screen.
    void signOut();
    // Asks for sign-in when the file needs one: the sign-in dialog, or the prompt set below.
    void askForSignIn();
    // Replaces the sign-in dialog, so that tests can sign in without a modal loop.
    void setSignInPrompt(std::function<void()> prompt) { m_signInPrompt = std::move(prompt); }
    // Signs out and asks for sign-in again; what the idle timer does.
    void lockNow();
    // Minutes without input before the window locks (security/idleLockMinutes; 0 = never).
    static int idleLockMinutes();
    bool isAreaVisible(Area area) const;
    Area currentArea() const;
    void showArea(Area area);
    // Switches the whole program to a language at once and remembers it.
    void setLanguage(Language language);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
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
    // Takes a freshly opened file: single-user when it has no accounts, else closes it and asks
    // for sign-in.
    void adoptDatabase(std::unique_ptr<Database> database, const QString &path);
    void closeDatabase();
    void applyActor();
    QString userText() const;
    void checkIdle();
    void followNavigation(int row);
    void restoreWindowState();
    void saveWindowState() const;

    Translations &m_translations;
    std::unique_ptr<SystemClock> m_clock;
    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    // Refers to m_database, so it is declared after it and destroyed before it.
    std::unique_ptr<ServiceContext> m_context;
    std::optional<Actor> m_actor;
    bool m_signInRequired = false; // the file at m_databasePath has accounts
    QString m_lastLogin; // offered again after a lock, so the user types only the password
    std::function<void()> m_signInPrompt;
    QElapsedTimer m_sinceInput;
    QTimer *m_idleTimer = nullptr;
    QString m_databaseProblem; // why the file is not open, for the status bar
    RecentFiles m_recentFiles;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    AccountsPage *m_accountsPage = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QHash<Area, ContextPage *> m_contextPages; // the pages that work on the open file
    QLabel *m_userLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace bagalau
