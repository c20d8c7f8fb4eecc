// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accountfile.h"
#include "dialogs/signindialog.h"
#include "i18n/translations.h"
#include "models/accountmodel.h"
#include "views/accountspage.h"

#include "catchqt.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

using namespace bagalau;
using test::AccountFile;

namespace {

QList<Area> visibleAreas(const MainWindow &window)
{
    QList<Area> areas;
    for (Area area : Navigation::areas()) {
        if (window.isAreaVisible(area))
            areas << area;
    }
    return areas;
}

QString userLabel(const MainWindow &window)
{
    const auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("userLabel"));
    REQUIRE(label != nullptr);
    return label->text();
}

QAction *fileAction(const MainWindow &window, const QString &text)
{
    const auto actions = window.menuBar()->actions().at(0)->menu()->actions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    FAIL("no such action in the File menu");
    return nullptr;
}

QString chiefPassword()
{
    return QString::fromLatin1(AccountFile::ChiefPassword);
}

} // namespace

TEST_CASE("a file with accounts stays closed until the chief specialist signs in")
{
    QSettings().clear();
    const AccountFile file;
    REQUIRE(file.isValid());
    Translations translations;
    MainWindow window(translations, file.path());

    CHECK(window.database() == nullptr);
    CHECK(window.isSignInRequired());
    CHECK(window.statusBar()->currentMessage().contains(
        QStringLiteral("sign-in is required"), Qt::CaseInsensitive));
    CHECK(userLabel(window) == QStringLiteral("signed out"));
    CHECK(visibleAreas(window) == QList<Area>{Area::Dashboard});
    CHECK_FALSE(fileAction(window, QStringLiteral("&Backup…"))->isEnabled());
    CHECK(fileAction(window, QStringLiteral("Sign &in…"))->isEnabled());
    CHECK_FALSE(fileAction(window, QStringLiteral("Sign &out"))->isEnabled());

    QString refusal;
    REQUIRE(window.signIn(QStringLiteral("aigul"), chiefPassword(), &refusal));
    CHECK(refusal.isEmpty());
    CHECK(window.database() != nullptr);
    CHECK(userLabel(window).contains(QStringLiteral("Aigul Seitkali")));
    CHECK(userLabel(window).contains(QStringLiteral("chief specialist")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("accounts.sqlite")));
    CHECK(visibleAreas(window) == Navigation::areas());
    CHECK(visibleAreas(window).last() == Area::Accounts);
    CHECK(fileAction(window, QStringLiteral("&Backup…"))->isEnabled());
    CHECK(fileAction(window, QStringLiteral("Sign &out"))->isEnabled());
    CHECK_FALSE(fileAction(window, QStringLiteral("Sign &in…"))->isEnabled());

    // The Accounts page works in the signed-in context at once.
    const auto *page = window.findChild<AccountsPage *>();
    REQUIRE(page != nullptr);
    CHECK(page->model()->rowCount() == 2);
    window.showArea(Area::Accounts);
    CHECK(window.currentArea() == Area::Accounts);
}

TEST_CASE("a servant sees only the areas the permission table gives them")
{
    QSettings().clear();
    const AccountFile file;
    REQUIRE(file.isValid());
    Translations translations;
    MainWindow window(translations, file.path());
    REQUIRE(window.signIn(
        QStringLiteral("dana"), QString::fromLatin1(AccountFile::ServantPassword), nullptr));

    CHECK(visibleAreas(window)
        == QList<Area>{Area::Dashboard, Area::QuarterEvaluation, Area::Results, Area::Survey360,
            Area::AppealsAndCalibration, Area::Documents});
    for (Area hidden : {Area::Accounts, Area::Staff, Area::Settings, Area::Commission})
        CHECK_FALSE(window.isAreaVisible(hidden));
    CHECK(userLabel(window) == QStringLiteral("Dana Servant — servant"));
    CHECK_FALSE(fileAction(window, QStringLiteral("&Backup…"))->isEnabled());
    // The Accounts page holds nothing for an account that may not manage them.
    CHECK(window.findChild<AccountsPage *>()->model()->rowCount() == 0);

    // Going to a hidden area leaves the window where it is.
    window.showArea(Area::Survey360);
    window.showArea(Area::Accounts);
    CHECK(window.currentArea() == Area::Survey360);

    // Nor do the list's keys reach a hidden area's page: End stops at the last visible one.
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QTest::keyClick(list, Qt::Key_End);
    QCoreApplication::processEvents();
    CHECK(window.currentArea() == Area::Documents);
    CHECK(list->currentRow() == int(Navigation::areas().indexOf(Area::Documents)));
    CHECK(list->selectedItems() == QList<QListWidgetItem *>{list->currentItem()});
}

TEST_CASE("a wrong password is refused and leaves the window signed out")
{
    QSettings().clear();
    const AccountFile file;
    REQUIRE(file.isValid());
    Translations translations;
    MainWindow window(translations, file.path());

    QString refusal;
    CHECK_FALSE(
        window.signIn(QStringLiteral("aigul"), QStringLiteral("not-the-password"), &refusal));
    CHECK(refusal == QStringLiteral("wrong login or password"));
    CHECK(window.database() == nullptr);
    CHECK_FALSE(window.actor().has_value());
    CHECK(visibleAreas(window) == QList<Area>{Area::Dashboard});

    // The dialog shows the refusal, clears the password and stays open for another try.
    SignInDialog dialog(file.path(), QStringLiteral("aigul"),
        [&window](const QString &login, const QString &password, QString *why) {
            return window.signIn(login, password, why);
        });
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    REQUIRE(password != nullptr);
    REQUIRE(message != nullptr);
    CHECK(password->echoMode() == QLineEdit::Password);
    password->setText(QStringLiteral("still-wrong"));
    dialog.accept();
    CHECK(message->text() == QStringLiteral("wrong login or password"));
    CHECK(password->text().isEmpty());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(window.database() == nullptr);

    password->setText(chiefPassword());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(window.database() != nullptr);
}

TEST_CASE("locking and signing out close the file and ask for sign-in again")
{
    QSettings().clear();
    const AccountFile file;
    REQUIRE(file.isValid());
    Translations translations;
    MainWindow window(translations, file.path());
    int asked = 0;
    window.setSignInPrompt([&asked] { ++asked; });
    CHECK(MainWindow::idleLockMinutes() == 10);

    REQUIRE(window.signIn(QStringLiteral("aigul"), chiefPassword(), nullptr));
    window.showArea(Area::Accounts);
    window.lockNow();
    CHECK(asked == 1);
    CHECK(window.database() == nullptr);
    CHECK_FALSE(window.actor().has_value());
    CHECK(userLabel(window) == QStringLiteral("signed out"));
    CHECK(window.currentArea() == Area::Dashboard);
    CHECK(window.findChild<AccountsPage *>()->model()->rowCount() == 0);

    REQUIRE(window.signIn(QStringLiteral("aigul"), chiefPassword(), nullptr));
    fileAction(window, QStringLiteral("Sign &out"))->trigger();
    CHECK(asked == 2);
    CHECK(window.database() == nullptr);
    CHECK(window.isSignInRequired());
}

TEST_CASE("opening a file with accounts asks for sign-in; one without needs none")
{
    QSettings().clear();
    const AccountFile file;
    REQUIRE(file.isValid());
    Translations translations;
    MainWindow window(translations, QStringLiteral("/nonexistent/none.sqlite"));
    CHECK(userLabel(window).isEmpty());

    bool cancel = true;
    window.setSignInPrompt([&] {
        if (!cancel)
            window.signIn(QStringLiteral("aigul"), chiefPassword(), nullptr);
    });
    // Cancelled: the file stays closed and the status bar says sign-in is required.
    CHECK_FALSE(window.openDatabase(file.path()));
    CHECK(window.database() == nullptr);
    CHECK(window.statusBar()->currentMessage().contains(
        QStringLiteral("sign-in is required"), Qt::CaseInsensitive));

    cancel = false;
    CHECK(window.openDatabase(file.path()));
    CHECK(window.actor()->login == QStringLiteral("aigul"));
}
