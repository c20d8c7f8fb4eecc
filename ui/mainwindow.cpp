// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "access/accountservice.h"
#include "access/permissions.h"
#include "areaaccess.h"
#include "clock.h"
#include "dialogs/signindialog.h"
#include "i18n/translations.h"
#include "models/localetext.h"
#include "pagefactory.h"
#include "services/backupservice.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "storage/schemamigrator.h"
#include "version.h"
#include "views/accountspage.h"
#include "views/contextpage.h"
#include "views/dashboardpage.h"
#include "views/settingspage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace bagalau {

namespace {

QString geometryKey()
{
    return QStringLiteral("mainwindow/geometry");
}
QString stateKey()
{
    return QStringLiteral("mainwindow/state");
}
QString areaKey()
{
    return QStringLiteral("mainwindow/area");
}
QString languageKey()
{
    return QStringLiteral("ui/language");
}
QString idleLockKey()
{
    return QStringLiteral("security/idleLockMinutes");
}
constexpr int DefaultIdleLockMinutes = 10;
constexpr int IdleCheckMilliseconds = 15 * 1000;

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

QStyle::StandardPixmap iconOf(Area area)
{
    switch (area) {
    case Area::Dashboard:
        return QStyle::SP_ComputerIcon;
    case Area::Staff:
        return QStyle::SP_DirHomeIcon;
    case Area::QuarterEvaluation:
        return QStyle::SP_FileDialogDetailedView;
    case Area::Results:
        return QStyle::SP_FileDialogInfoView;
    case Area::KciPlans:
        return QStyle::SP_FileDialogListView;
    case Area::Survey360:
        return QStyle::SP_BrowserReload;
    case Area::AppealsAndCalibration:
        return QStyle::SP_MessageBoxQuestion;
    case Area::Commission:
        return QStyle::SP_DialogApplyButton;
    case Area::Documents:
        return QStyle::SP_FileIcon;
    case Area::Settings:
        return QStyle::SP_FileDialogContentsView;
    case Area::Accounts:
        return QStyle::SP_DesktopIcon;
    }
    return QStyle::SP_FileIcon;
}

// Each language is named in itself, so a user lost in a foreign UI can still find their own.
QString nativeName(Language language)
{
    switch (language) {
    case Language::Kazakh:
        return QStringLiteral("Қазақша");
    case Language::Russian:
        return QStringLiteral("Русский");
    case Language::English:
        return QStringLiteral("English");
    }
    return {};
}

} // namespace

QLocale MainWindow::localeOf(Language language)
{
    switch (language) {
    case Language::Kazakh:
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    case Language::Russian:
        return QLocale(QLocale::Russian, QLocale::Kazakhstan);
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    return QLocale::c();
}

MainWindow::MainWindow(Translations &translations, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_translations(translations)
    , m_clock(std::make_unique<SystemClock>())
    , m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{
    setObjectName(QStringLiteral("MainWindow"));
    createActions();
    createMenus();
    createCentralWidget();
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    if (QFileInfo::exists(m_databasePath)) {
        if (auto database =
                openMigrated(m_databasePath, Database::OpenMode::MustExist, &m_databaseProblem))
            adoptDatabase(std::move(database), m_databasePath);
    }
    applyActor();
    retranslate();
    restoreWindowState();
    // The keyboard starts in the list of areas (arrows, Home, End).
    m_navigation->setFocus();

    // Any input anywhere in the program counts, dialogs included.
    qApp->installEventFilter(this);
    m_sinceInput.start();
    m_idleTimer = new QTimer(this);
    m_idleTimer->setInterval(IdleCheckMilliseconds);
    connect(m_idleTimer, &QTimer::timeout, this, &MainWindow::checkIdle);
    m_idleTimer->start();
}

MainWindow::~MainWindow()
{
    closeDatabase();
}

Language MainWindow::savedLanguage()
{
    const QString saved = QSettings().value(languageKey()).toString();
    if (const auto language = languageFromCode(saved))
        return *language;
    return uiLanguage(QLocale::system());
}

Area MainWindow::currentArea() const
{
    return Navigation::areas().value(m_pages->currentIndex(), Area::Dashboard);
}

void MainWindow::showArea(Area area)
{
    // An area the account may not use is not there to go to.
    if (!isAreaVisible(area)) {
        if (isAreaVisible(currentArea()) && m_navigation->currentRow() >= 0)
            return;
        area = Area::Dashboard;
    }
    m_navigation->setCurrentRow(int(Navigation::areas().indexOf(area)));
}

void MainWindow::followNavigation(int row)
{
    if (row < 0 || !m_navigation->item(row)->isHidden()) {
        m_pages->setCurrentIndex(qMax(row, 0));
        return;
    }
    // The list's keys (End, Page Down) may land on a hidden row: its page is never shown; the
    // nearest visible area before it, else after it, becomes current once the key is handled
    // (changing it inside the key's own handling would leave the selection behind).
    int visible = -1;
    for (int candidate = row - 1; candidate >= 0 && visible < 0; --candidate) {
        if (!m_navigation->item(candidate)->isHidden())
            visible = candidate;
    }
    for (int candidate = row + 1; candidate < m_navigation->count() && visible < 0; ++candidate) {
        if (!m_navigation->item(candidate)->isHidden())
            visible = candidate;
    }
    QMetaObject::invokeMethod(
        this, [this, visible] { m_navigation->setCurrentRow(visible); }, Qt::QueuedConnection);
}

bool MainWindow::isAreaVisible(Area area) const
{
    const QListWidgetItem *item = m_navigation->item(int(Navigation::areas().indexOf(area)));
    return item && !item->isHidden();
}

int MainWindow::idleLockMinutes()
{
    return QSettings().value(idleLockKey(), DefaultIdleLockMinutes).toInt();
}

void MainWindow::setLanguage(Language language)
{
    // Installing the translator posts LanguageChange to every window, which retranslate their
    // widgets; delivering it now makes the switch complete when this returns.
    // The locale first, so that the pages format dates and numbers in the new language while
    // they retranslate.
    QLocale::setDefault(localeOf(language));
    m_translations.use(language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QSettings().setValue(languageKey(), languageCode(language));
    const auto actions = m_languageGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == languageCode(language));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (isInput(event->type()))
        m_sinceInput.restart();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabase);

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDatabase);

    m_backupAction = new QAction(this);
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backupDatabase);

    m_signInAction = new QAction(this);
    connect(m_signInAction, &QAction::triggered, this, &MainWindow::askForSignIn);

    m_signOutAction = new QAction(this);
    connect(m_signOutAction, &QAction::triggered, this, [this] {
        signOut();
        askForSignIn();
    });

    m_undoStack = new QUndoStack(this);
    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this);
    m_redoAction->setShortcuts(QKeySequence::Redo);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (Language language : {Language::Kazakh, Language::Russian, Language::English}) {
        auto *action = new QAction(nativeName(language), m_languageGroup);
        action->setCheckable(true);
        action->setData(languageCode(language));
        action->setChecked(language == m_translations.current());
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }

    // Ctrl+1 … Ctrl+9 jump to the first nine areas the user sees in the navigation list: a
    // servant, who sees six, reaches the Results with Ctrl+3 as the list shows them third.
    for (int i = 0; i < 9; ++i) {
        auto *jump = new QAction(this);
        jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(jump, &QAction::triggered, this, [this, i] {
            const QList<Area> areas = Navigation::areas();
            int visible = -1;
            for (int row = 0; row < m_navigation->count(); ++row) {
                if (!m_navigation->item(row)->isHidden() && ++visible == i) {
                    showArea(areas.at(row));
                    return;
                }
            }
        });
        addAction(jump);
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_signInAction);
    m_fileMenu->addAction(m_signOutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createCentralWidget()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setUniformItemSizes(true);
    // As wide as the longest area's name, so that the pages keep the width their tables need.
    m_navigation->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));

    const auto areas = Navigation::areas();
    for (Area area : areas) {
        auto *item = new QListWidgetItem(style()->standardIcon(iconOf(area)), QString());
        item->setData(Qt::UserRole, Navigation::key(area));
        m_navigation->addItem(item);
        QWidget *page = createPage(area);
        m_pages->addWidget(page);
        if (auto *contextPage = qobject_cast<ContextPage *>(page)) {
            contextPage->setUndoStack(m_undoStack);
            m_contextPages.insert(area, contextPage);
        }
        if (auto *settings = qobject_cast<SettingsPage *>(page)) {
            connect(settings, &SettingsPage::languageRequested, this, &MainWindow::setLanguage);
            // Every page reads the calendar through the window's context: it follows the edits.
            connect(settings, &SettingsPage::calendarChanged, this, [this] {
                if (m_context)
                    m_context->reloadCalendar();
            });
        }
        if (auto *dashboard = qobject_cast<DashboardPage *>(page)) {
            connect(dashboard, &DashboardPage::openRequested, this,
                [this](Area target, const QString &key, const QString &personnelNo) {
                    showArea(target);
                    // An area the account may not use stays closed, and so does its item.
                    if (currentArea() != target)
                        return;
                    if (ContextPage *shown = m_contextPages.value(target))
                        shown->showKey(key, personnelNo);
                });
        }
        if (area == Area::Accounts) {
            m_accountsPage = static_cast<AccountsPage *>(page);
            connect(m_accountsPage, &AccountsPage::accountsChanged, this, [this] {
                // The first account switches a single-user file to signed-in use for good.
                if (!m_signInRequired && m_database && AccountService::hasAccounts(*m_database)) {
                    m_signInRequired = true;
                    applyActor();
                    retranslate();
                }
            });
        }
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::followNavigation);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
}

void MainWindow::retranslate()
{
    const QString fileName = QFileInfo(m_databasePath).fileName();
    setWindowTitle(fileName.isEmpty()
            ? tr("Bagalau")
            : tr("%1 — Bagalau", "window title: file name").arg(fileName));
    const QString file = QDir::toNativeSeparators(m_databasePath);
    if (m_database)
        statusBar()->showMessage(tr("Database: %1").arg(file));
    else if (isSignInRequired())
        statusBar()->showMessage(tr("Sign-in is required to open %1: File → Sign in…").arg(file));
    else if (!m_databaseProblem.isEmpty())
        statusBar()->showMessage(tr("%1 could not be opened: %2").arg(file, m_databaseProblem));
    else
        statusBar()->showMessage(
            tr("No database at %1 yet: File → New database creates one").arg(file));
    m_userLabel->setText(userText());

    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New database…"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_backupAction->setText(tr("&Backup…"));
    m_signInAction->setText(tr("Sign &in…"));
    m_signOutAction->setText(tr("Sign &out"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Bagalau"));

    const auto areas = Navigation::areas();
    for (int row = 0; row < areas.size(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        item->setText(Navigation::title(areas.at(row)));
        item->setToolTip(Navigation::description(areas.at(row)));
    }
    // Every area's name whole in every language ("Шағымдар және калибрлеу" is the longest).
    m_navigation->setMinimumWidth(
        std::max(200, m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 4));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles.files();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::openDatabase(const QString &path)
{
    QString problem;
    auto database = openMigrated(path, Database::OpenMode::MustExist, &problem);
    if (!database) {
        QMessageBox::warning(this, tr("Open database"),
            tr("%1 could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), problem));
        return false;
    }
    adoptDatabase(std::move(database), path);
    m_recentFiles.add(m_databasePath);
    rebuildRecentMenu();
    askForSignIn();
    return m_database != nullptr;
}

void MainWindow::adoptDatabase(std::unique_ptr<Database> database, const QString &path)
{
    closeDatabase();
    m_databasePath = QFileInfo(path).absoluteFilePath();
    m_databaseProblem.clear();
    m_lastLogin.clear();
    m_signInRequired = AccountService::hasAccounts(*database);
    // A file with accounts is closed again at once: nothing of it is shown before sign-in.
    if (!m_signInRequired) {
        m_database = std::move(database);
        m_actor = Actor::singleUser();
        m_context = std::make_unique<ServiceContext>(
            *m_database, *m_actor, *m_clock, SettingsPage::savedPolicy());
    }
    applyActor();
    retranslate();
}

void MainWindow::closeDatabase()
{
    // The commands on the stack refer to the file and the account that made them.
    m_undoStack->clear();
    for (ContextPage *page : std::as_const(m_contextPages))
        page->setContext(nullptr);
    m_context.reset();
    m_database.reset();
    m_actor.reset();
}

bool MainWindow::signIn(const QString &login, const QString &password, QString *refusal)
{
    QString reason;
    const auto refuse = [&] {
        if (refusal)
            *refusal = reason;
        applyActor();
        retranslate();
        return false;
    };
    if (!m_signInRequired) {
        reason = tr("this file has no accounts: no sign-in is needed");
        return refuse();
    }
    closeDatabase();
    auto database = openMigrated(m_databasePath, Database::OpenMode::MustExist, &reason);
    if (!database)
        return refuse();
    std::optional<Actor> actor;
    {
        // No one acts yet: the service itself names the login in the audit log.
        const ServiceContext anonymous(*database, Actor(), *m_clock);
        actor = AccountService(anonymous).signIn(login, password, &reason);
    }
    if (!actor)
        return refuse();
    m_database = std::move(database);
    m_actor = *actor;
    m_lastLogin = actor->login;
    m_context = std::make_unique<ServiceContext>(
        *m_database, *m_actor, *m_clock, SettingsPage::savedPolicy());
    m_sinceInput.restart();
    applyActor();
    retranslate();
    return true;
}

void MainWindow::signOut()
{
    if (!m_signInRequired || !m_actor)
        return;
    closeDatabase();
    applyActor();
    retranslate();
}

void MainWindow::askForSignIn()
{
    if (!isSignInRequired())
        return;
    if (m_signInPrompt) {
        m_signInPrompt();
        return;
    }
    SignInDialog dialog(
        m_databasePath, m_lastLogin,
        [this](const QString &login, const QString &password, QString *refusal) {
            return signIn(login, password, refusal);
        },
        this);
    // Cancelled: the file stays closed and the status bar says why.
    if (dialog.exec() == QDialog::Accepted)
        m_navigation->setFocus();
}

void MainWindow::lockNow()
{
    if (!m_signInRequired || !m_actor)
        return;
    // Dialogs left open (a new account, a message) would otherwise stay on screen, and act
    // afterwards, under the lock.
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
            dialog->reject();
    }
    signOut();
    statusBar()->showMessage(
        tr("Locked after %n idle minute(s): sign in again to go on.", nullptr, idleLockMinutes()));
    askForSignIn();
}

void MainWindow::checkIdle()
{
    const int minutes = idleLockMinutes();
    if (minutes > 0 && m_actor && m_signInRequired
        && m_sinceInput.elapsed() >= qint64(minutes) * 60 * 1000)
        lockNow();
}

void MainWindow::applyActor()
{
    // With no file, or one without accounts, the chief specialist is alone with the program;
    // while a file with accounts waits for sign-in, no one is.
    const Actor actor = m_actor ? *m_actor : (m_signInRequired ? Actor{} : Actor::singleUser());
    const auto areas = Navigation::areas();
    for (int row = 0; row < areas.size(); ++row)
        m_navigation->item(row)->setHidden(!mayOpen(actor, areas.at(row)));
    if (!isAreaVisible(currentArea()))
        showArea(Area::Dashboard);
    m_undoStack->clear();
    for (auto page = m_contextPages.cbegin(); page != m_contextPages.cend(); ++page)
        page.value()->setContext(
            m_context && mayOpen(actor, page.key()) ? m_context.get() : nullptr);
    m_backupAction->setEnabled(m_database && !scopesOf(actor, Action::Backup).isEmpty());
    m_signInAction->setEnabled(isSignInRequired());
    m_signOutAction->setEnabled(m_signInRequired && m_actor);
}

QString MainWindow::userText() const
{
    if (!m_actor)
        return isSignInRequired() ? tr("signed out") : QString();
    if (!m_signInRequired)
        return tr("single-user mode");
    QStringList roles;
    for (Role role : m_actor->roles)
        roles << RoleText::label(role);
    const QString name = m_actor->displayName.isEmpty() ? m_actor->login : m_actor->displayName;
    return tr("%1 — %2", "status bar: the signed-in user, their roles")
        .arg(name, roles.join(QStringLiteral("; ")));
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"),
        QFileInfo(m_databasePath).absolutePath(), tr("Bagalau databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    bool accepted = false;
    Organisation organisation;
    organisation.nameRu = QInputDialog::getText(this, tr("New database"),
        tr("The organisation's name in Russian:"), QLineEdit::Normal, QString(), &accepted);
    if (!accepted)
        return;
    organisation.nameKk = QInputDialog::getText(this, tr("New database"),
        tr("The organisation's name in Kazakh:"), QLineEdit::Normal, QString(), &accepted);
    if (!accepted)
        return;
    InputErrors errors;
    auto database = OrganisationService::createFile(path, organisation, *m_clock, &errors);
    if (!database) {
        QStringList messages;
        for (const InputError &error : errors)
            messages << error.message;
        QMessageBox::warning(this, tr("New database"), messages.join(QLatin1Char('\n')));
        return;
    }
    adoptDatabase(std::move(database), path);
    m_recentFiles.add(m_databasePath);
    rebuildRecentMenu();
    askForSignIn();
}

void MainWindow::backupDatabase()
{
    if (!m_database)
        return;
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Backup"), QFileInfo(m_databasePath).absolutePath(),
            tr("Bagalau databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    QString error;
    if (BackupService::backup(*m_database, target, &error))
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)));
    else
        QMessageBox::warning(this, tr("Backup"), error);
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"),
        QFileInfo(m_databasePath).absolutePath(),
        tr("Bagalau databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Bagalau"),
        tr("<h3>Bagalau %1</h3>"
           "<p>Performance evaluation of administrative civil servants of corps \"B\".</p>"
           "<p>Methodology: decision No. 5-2 of the Akzhar district maslikhat of the North "
           "Kazakhstan region of 5 July 2023, after the Typical Methodology (order No. 13 of "
           "the Agency for Civil Service Affairs of 16 January 2018).</p>"
           "<p>Licence: GNU General Public License, version 3 or later.</p>")
            .arg(applicationVersion()));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey()).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(stateKey()).toByteArray());
    const QString areaName = settings.value(areaKey()).toString();
    Area area = Area::Dashboard;
    for (Area candidate : Navigation::areas()) {
        if (Navigation::key(candidate) == areaName)
            area = candidate;
    }
    showArea(isAreaVisible(area) ? area : Area::Dashboard);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(geometryKey(), saveGeometry());
    settings.setValue(stateKey(), saveState());
    settings.setValue(areaKey(), Navigation::key(currentArea()));
}

} // namespace bagalau
