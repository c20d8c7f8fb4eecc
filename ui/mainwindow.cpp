// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "clock.h"
#include "i18n/translations.h"
#include "services/backupservice.h"
#include "services/organisationservice.h"
#include "storage/schemamigrator.h"
#include "version.h"
#include "views/placeholderpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

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

QStyle::StandardPixmap iconOf(Area area)
{
    switch (area) {
    case Area::Dashboard:
        return QStyle::SP_ComputerIcon;
    case Area::Staff:
        return QStyle::SP_DirHomeIcon;
    case Area::QuarterEvaluation:
        return QStyle::SP_FileDialogDetailedView;
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

QLocale localeOf(Language language)
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

} // namespace

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
    statusBar();
    if (QFileInfo::exists(m_databasePath)) {
        m_database =
            openMigrated(m_databasePath, Database::OpenMode::MustExist, &m_databaseProblem);
    }
    retranslate();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

Language MainWindow::savedLanguage()
{
    const QString saved = QSettings().value(languageKey()).toString();
    if (const auto language = languageFromCode(saved))
        return *language;
    switch (QLocale::system().language()) {
    case QLocale::Kazakh:
        return Language::Kazakh;
    case QLocale::Russian:
        return Language::Russian;
    default:
        return Language::English;
    }
}

Area MainWindow::currentArea() const
{
    return Navigation::areas().value(m_pages->currentIndex(), Area::Dashboard);
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(int(Navigation::areas().indexOf(area)));
}

void MainWindow::setLanguage(Language language)
{
    // Installing the translator posts LanguageChange to every window, which retranslate their
    // widgets; delivering it now makes the switch complete when this returns.
    m_translations.use(language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QLocale::setDefault(localeOf(language));
    QSettings().setValue(languageKey(), languageCode(language));
    const auto actions = m_languageGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == languageCode(language));
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

    // Ctrl+1 … Ctrl+9 jump to the areas in the order of the navigation list.
    const QList<Area> areas = Navigation::areas();
    for (int i = 0; i < areas.size(); ++i) {
        auto *jump = new QAction(this);
        jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(jump, &QAction::triggered, this, [this, area = areas.at(i)] { showArea(area); });
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
    m_fileMenu->addAction(m_quitAction);

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
    m_navigation->setMinimumWidth(200);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));

    const auto areas = Navigation::areas();
    for (Area area : areas) {
        auto *item = new QListWidgetItem(style()->standardIcon(iconOf(area)), QString());
        item->setData(Qt::UserRole, Navigation::key(area));
        m_navigation->addItem(item);
        m_pages->addWidget(new PlaceholderPage(area));
    }
    connect(
        m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

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
    else if (!m_databaseProblem.isEmpty())
        statusBar()->showMessage(tr("%1 could not be opened: %2").arg(file, m_databaseProblem));
    else
        statusBar()->showMessage(
            tr("No database at %1 yet: File → New database creates one").arg(file));
    m_backupAction->setEnabled(m_database != nullptr);

    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New database…"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_backupAction->setText(tr("&Backup…"));
    m_quitAction->setText(tr("&Quit"));
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
    m_database = std::move(database);
    m_databasePath = QFileInfo(path).absoluteFilePath();
    m_databaseProblem.clear();
    m_recentFiles.add(m_databasePath);
    retranslate();
    return true;
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
    m_database = std::move(database);
    m_databasePath = QFileInfo(path).absoluteFilePath();
    m_databaseProblem.clear();
    m_recentFiles.add(m_databasePath);
    retranslate();
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
    showArea(area);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(geometryKey(), saveGeometry());
    settings.setValue(stateKey(), saveState());
    settings.setValue(areaKey(), Navigation::key(currentArea()));
}

} // namespace bagalau
