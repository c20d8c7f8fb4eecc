// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/accountspage.h"

#include "views/emptyhint.h"
#include "views/filteredtable.h"
#include "views/pagetitle.h"
#include "views/recordtable.h"

#include "dialogs/accountdialog.h"
#include "dialogs/passworddialog.h"
#include "dialogs/rolesdialog.h"
#include "models/accountmodel.h"
#include "services/servicecontext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bagalau {

AccountsPage::AccountsPage(QWidget *parent)
    : ContextPage(parent)
    , m_model(new AccountModel(this))
    , m_title(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_list(new FilteredTable(this, m_model, AccountModel::SortRole))
    , m_proxy(m_list->proxy())
    , m_filter(m_list->filter())
    , m_table(m_list->table())
    , m_add(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_disable(new QPushButton(this))
    , m_roles(new QPushButton(this))
{
    setObjectName(QStringLiteral("AccountsPage"));
    setUpPageTitle(m_title);
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_table->setObjectName(QStringLiteral("accounts"));
    new EmptyHint(m_table);
    m_table->sortByColumn(AccountModel::LoginColumn, Qt::AscendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AccountsPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AccountsPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &AccountsPage::askRoles);

    m_add->setObjectName(QStringLiteral("addAccount"));
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_disable->setObjectName(QStringLiteral("disableAccount"));
    m_roles->setObjectName(QStringLiteral("accountRoles"));
    connect(m_add, &QPushButton::clicked, this, &AccountsPage::askAdd);
    connect(m_reset, &QPushButton::clicked, this, &AccountsPage::askResetPassword);
    connect(m_disable, &QPushButton::clicked, this, &AccountsPage::askDisable);
    connect(m_roles, &QPushButton::clicked, this, &AccountsPage::askRoles);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_filter, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_disable);
    buttons->addWidget(m_roles);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    retranslate();
    updateButtons();
}

void AccountsPage::setContext(const ServiceContext *context)
{
    m_context = context;
    reload();
}

void AccountsPage::reload()
{
    QString refusal;
    std::optional<QList<AccountSummary>> accounts;
    if (m_context)
        accounts = AccountService(*m_context).accounts(&refusal);
    m_model->setAccounts(accounts.value_or(QList<AccountSummary>()));
    m_problem->setText(refusal);
    m_problem->setVisible(!refusal.isEmpty());
    m_table->resizeColumnsToContents();
    updateButtons();
}

bool AccountsPage::addAccount(
    const NewAccount &account, const QString &password, InputErrors *errors)
{
    if (!m_context)
        return false;
    const bool done = AccountService(*m_context).create(account, password, errors);
    reload();
    if (done)
        Q_EMIT accountsChanged();
    return done;
}

bool AccountsPage::resetPassword(const QString &login, const QString &password, InputErrors *errors)
{
    if (!m_context)
        return false;
    const bool done = AccountService(*m_context).resetPassword(login, password, errors);
    reload();
    if (done)
        Q_EMIT accountsChanged();
    return done;
}

bool AccountsPage::disableAccount(const QString &login, InputErrors *errors)
{
    if (!m_context)
        return false;
    const bool done = AccountService(*m_context).disable(login, errors);
    reload();
    if (done)
        Q_EMIT accountsChanged();
    return done;
}

bool AccountsPage::setRoles(const QString &login, const QList<Role> &roles, InputErrors *errors)
{
    if (!m_context)
        return false;
    const bool done = AccountService(*m_context).setRoles(login, roles, errors);
    reload();
    if (done)
        Q_EMIT accountsChanged();
    return done;
}

void AccountsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountsPage::retranslate()
{
    m_title->setText(tr("Accounts"));
    m_filter->setPlaceholderText(tr("Filter by login, name, role or servant"));
    if (auto *hint = m_table->findChild<EmptyHint *>())
        hint->setText(tr("No accounts: the file is open to whoever opens it. Add… creates the "
                         "first account, the chief specialist's; from then on everyone signs in."));
    m_add->setText(tr("&Add…"));
    m_reset->setText(tr("Reset &password…"));
    m_disable->setText(tr("&Disable"));
    m_roles->setText(tr("&Roles…"));
    m_model->retranslate();
}

void AccountsPage::updateButtons()
{
    const bool selected = !selectedAccount().login.isEmpty();
    m_add->setEnabled(m_context != nullptr);
    m_reset->setEnabled(m_context && selected);
    m_disable->setEnabled(m_context && selected && !selectedAccount().disabled);
    m_roles->setEnabled(m_context && selected);
}

AccountSummary AccountsPage::selectedAccount() const
{
    const QModelIndex row = m_list->selectedRow();
    if (!row.isValid())
        return {};
    return m_model->account(row);
}

void AccountsPage::showErrors(const QString &title, const InputErrors &errors)
{
    QStringList messages;
    for (const InputError &error : errors)
        messages << error.message;
    QMessageBox::warning(this, title, messages.join(QLatin1Char('\n')));
}

// The dialogs below run their own event loop, during which the window may lock and sign out:
// m_context is read again after each one, so a change never runs in a context that has gone.
void AccountsPage::askAdd()
{
    AccountDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !m_context)
        return;
    InputErrors errors;
    if (!addAccount(dialog.account(), dialog.password(), &errors))
        showErrors(tr("New account"), errors);
}

void AccountsPage::askResetPassword()
{
    const QString login = selectedAccount().login;
    if (login.isEmpty())
        return;
    PasswordDialog dialog(login, this);
    if (dialog.exec() != QDialog::Accepted || !m_context)
        return;
    InputErrors errors;
    if (!resetPassword(login, dialog.password(), &errors))
        showErrors(tr("Reset password"), errors);
}

void AccountsPage::askDisable()
{
    const QString login = selectedAccount().login;
    if (login.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Disable account"),
        tr("Disable the account %1? It will no longer be able to sign in.").arg(login));
    if (answer != QMessageBox::Yes || !m_context)
        return;
    InputErrors errors;
    if (!disableAccount(login, &errors))
        showErrors(tr("Disable account"), errors);
}

void AccountsPage::askRoles()
{
    const AccountSummary account = selectedAccount();
    if (account.login.isEmpty() || !m_context)
        return;
    RolesDialog dialog(account.login, account.roles, this);
    if (dialog.exec() != QDialog::Accepted || !m_context)
        return;
    InputErrors errors;
    if (!setRoles(account.login, dialog.roles(), &errors))
        showErrors(tr("Roles"), errors);
}

} // namespace bagalau
