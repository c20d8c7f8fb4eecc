// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/contextpage.h"

#include "access/accountservice.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bagalau {

class AccountModel;
class FilteredTable;
class ServiceContext;

// The Accounts area: who may sign in, with which roles. Every change goes through
// AccountService, which refuses it unless the signed-in account manages accounts; the table is
// read again after each change.
class AccountsPage : public ContextPage
{
    Q_OBJECT

public:
    explicit AccountsPage(QWidget *parent = nullptr);

    // The signed-in context the page works in, or nullptr when no one is; the window keeps it
    // alive until it sets another.
    void setContext(const ServiceContext *context) override;
    AccountModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    // The service calls behind the buttons: false with the service's errors, which the buttons
    // show in a message box.
    bool addAccount(const NewAccount &account, const QString &password, InputErrors *errors);
    bool resetPassword(const QString &login, const QString &password, InputErrors *errors);
    bool disableAccount(const QString &login, InputErrors *errors);
    bool setRoles(const QString &login, const QList<Role> &roles, InputErrors *errors);
    void reload();

Q_SIGNALS:
    // An account was added or changed: the first one switches the file to signed-in use.
    void accountsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    AccountSummary selectedAccount() const;
    void showErrors(const QString &title, const InputErrors &errors);
    void askAdd();
    void askResetPassword();
    void askDisable();
    void askRoles();

    const ServiceContext *m_context = nullptr;
    AccountModel *m_model;
    QLabel *m_title;
    QLabel *m_problem;
    // The list and, for brevity, its parts.
    FilteredTable *m_list;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_reset;
    QPushButton *m_disable;
    QPushButton *m_roles;
};

} // namespace bagalau
