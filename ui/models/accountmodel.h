// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/accountservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace bagalau {

// Wraps the list of accounts AccountService::accounts gives, one row per account.
class AccountModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LoginColumn,
        NameColumn,
        RolesColumn,
        ServantColumn,
        DisabledColumn,
        LockedUntilColumn,
        ColumnCount
    };
    enum Role {
        LoginRole = Qt::UserRole, // the account's login, in every column
        SortRole, // what the column sorts by: dates as dates, flags as flags
    };

    explicit AccountModel(QObject *parent = nullptr);

    void setAccounts(const QList<AccountSummary> &accounts);
    AccountSummary account(const QModelIndex &index) const;
    QString login(const QModelIndex &index) const;
    // Headers and role names are asked again after a language switch.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AccountSummary> m_accounts;
};

} // namespace bagalau
