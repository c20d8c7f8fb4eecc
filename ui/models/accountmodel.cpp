// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/accountmodel.h"

#include <QLocale>

namespace bagalau {

namespace {

QString rolesText(const QList<bagalau::Role> &roles)
{
    QStringList labels;
    for (bagalau::Role role : roles)
        labels << RoleText::label(role);
    // "; " because a role's own name may hold a comma («должностное лицо, имеющее право
    // назначения»).
    return labels.join(QStringLiteral("; "));
}

} // namespace

AccountModel::AccountModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AccountModel::setAccounts(const QList<AccountSummary> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

AccountSummary AccountModel::account(const QModelIndex &index) const
{
    // An invalid index is no selection, not a mistake: it gives an empty account.
    if (!index.isValid() || index.model() != this || index.row() >= m_accounts.size())
        return {};
    return m_accounts.at(index.row());
}

QString AccountModel::login(const QModelIndex &index) const
{
    return account(index).login;
}

void AccountModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_accounts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AccountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountSummary &account = m_accounts.at(index.row());
    if (role == LoginRole)
        return account.login;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case LoginColumn:
        return account.login;
    case NameColumn:
        return account.displayName;
    case RolesColumn:
        return rolesText(account.roles);
    case ServantColumn:
        return account.servantPersonnelNo;
    case DisabledColumn:
        if (role == SortRole)
            return account.disabled;
        return account.disabled ? tr("disabled") : QString();
    case LockedUntilColumn:
        if (role == SortRole)
            return account.lockedUntil;
        return account.lockedUntil.isValid()
            ? QLocale().toString(account.lockedUntil, QLocale::ShortFormat)
            : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Roles");
    case ServantColumn:
        return tr("Servant");
    case DisabledColumn:
        return tr("Disabled");
    case LockedUntilColumn:
        return tr("Locked until");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace bagalau
