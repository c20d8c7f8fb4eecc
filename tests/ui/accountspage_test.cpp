// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/accountspage.h"

#include "fixedclock.h"
#include "models/accountmodel.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "storage/database.h"

#include "catchqt.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

using namespace bagalau;

namespace {

AccountSummary summary(const QString &login, const QString &name, QList<Role> roles)
{
    AccountSummary account;
    account.login = login;
    account.displayName = name;
    account.roles = roles;
    return account;
}

} // namespace

TEST_CASE("the account model passes the model tester and gives typed values")
{
    AccountModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == AccountModel::ColumnCount);

    AccountSummary locked =
        summary(QStringLiteral("bolat"), QStringLiteral("Bolat"), {Role::Head, Role::Servant});
    locked.servantPersonnelNo = QStringLiteral("001");
    locked.lockedUntil = QDateTime(QDate(2024, 7, 1), QTime(10, 30));
    AccountSummary disabled = summary(QStringLiteral("asel"), QString(), {Role::Chairman});
    disabled.disabled = true;
    model.setAccounts({summary(QStringLiteral("aigul"), QStringLiteral("Aigul Seitkali"),
                           {Role::ChiefSpecialist}),
        locked, disabled});

    REQUIRE(model.rowCount() == 3);
    CHECK(model.login(model.index(1, AccountModel::NameColumn)) == QStringLiteral("bolat"));
    CHECK(model.index(1, AccountModel::RolesColumn).data().toString()
        == QStringLiteral("head of the apparatus; servant"));
    CHECK(model.index(1, AccountModel::ServantColumn).data().toString() == QStringLiteral("001"));
    CHECK(model.index(1, AccountModel::LockedUntilColumn).data(AccountModel::SortRole)
        == QVariant(locked.lockedUntil));
    CHECK(model.index(2, AccountModel::DisabledColumn).data().toString()
        == QStringLiteral("disabled"));
    CHECK(model.index(0, AccountModel::DisabledColumn).data().toString().isEmpty());
    CHECK(model.headerData(AccountModel::LockedUntilColumn, Qt::Horizontal).toString()
        == QStringLiteral("Locked until"));
    CHECK(model.account(model.index(2, 0)).disabled);
    CHECK(model.account(QModelIndex()).login.isEmpty());
    model.retranslate();
    model.setAccounts({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the accounts page adds, filters and sorts through AccountService")
{
    QTemporaryDir folder;
    const test::FixedClock clock(QDate(2024, 7, 1));
    Organisation organisation;
    organisation.nameRu = QStringLiteral("Аппарат Акжарского районного маслихата");
    InputErrors errors;
    auto database = OrganisationService::createFile(
        folder.filePath(QStringLiteral("page.sqlite")), organisation, clock, &errors);
    REQUIRE(database);
    const ServiceContext context(*database, Actor::singleUser(), clock);

    AccountsPage page;
    QAbstractItemModelTester tester(
        page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(
        page.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setContext(&context);
    CHECK(page.model()->rowCount() == 0);

    // The service's rules come back as errors, and nothing is added.
    CHECK_FALSE(page.addAccount({QStringLiteral("zhanna"), QString(), {Role::Chairman}, QString()},
        QStringLiteral("zhanna-pass1"), &errors));
    REQUIRE_FALSE(errors.isEmpty());
    CHECK(errors.first().message == QStringLiteral("the first account is the chief specialist's"));
    CHECK(page.model()->rowCount() == 0);

    errors.clear();
    REQUIRE(page.addAccount(
        {QStringLiteral("zhanna"), QStringLiteral("Zhanna"), {Role::ChiefSpecialist}, QString()},
        QStringLiteral("zhanna-pass1"), &errors));
    REQUIRE(page.addAccount(
        {QStringLiteral("aigul"), QStringLiteral("Aigul Seitkali"), {Role::Chairman}, QString()},
        QStringLiteral("aigul-pass1"), &errors));
    CHECK(errors.isEmpty());
    REQUIRE(page.model()->rowCount() == 2);

    // Sorted by login through the proxy.
    CHECK(page.proxy()->index(0, AccountModel::LoginColumn).data().toString()
        == QStringLiteral("aigul"));

    REQUIRE(page.setRoles(QStringLiteral("aigul"), {Role::AppointingOfficial}, &errors));
    CHECK(page.proxy()->index(0, AccountModel::RolesColumn).data().toString()
        == QStringLiteral("appointing official"));
    REQUIRE(page.disableAccount(QStringLiteral("aigul"), &errors));
    CHECK(page.proxy()->index(0, AccountModel::DisabledColumn).data().toString()
        == QStringLiteral("disabled"));
    CHECK_FALSE(page.resetPassword(QStringLiteral("aigul"), QStringLiteral("short"), &errors));
    errors.clear();
    CHECK(page.resetPassword(QStringLiteral("aigul"), QStringLiteral("long-enough1"), &errors));

    auto *filter = page.findChild<QLineEdit *>(QStringLiteral("filter"));
    REQUIRE(filter != nullptr);
    filter->setText(QStringLiteral("ZHAN"));
    REQUIRE(page.proxy()->rowCount() == 1);
    CHECK(page.proxy()->index(0, AccountModel::LoginColumn).data().toString()
        == QStringLiteral("zhanna"));
    filter->setText(QStringLiteral("appointing"));
    CHECK(page.proxy()->rowCount() == 1);

    page.setContext(nullptr);
    CHECK(page.model()->rowCount() == 0);
}
