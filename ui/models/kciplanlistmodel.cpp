// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kciplanlistmodel.h"

#include "models/localetext.h"

namespace bagalau {

KciPlanListModel::KciPlanListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void KciPlanListModel::setPlans(const QList<KciPlanRecord> &plans)
{
    beginResetModel();
    m_plans = plans;
    endResetModel();
}

KciPlanRecord KciPlanListModel::plan(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_plans.size() ? m_plans.at(index.row())
                                                           : KciPlanRecord();
}

int KciPlanListModel::rowOf(const QString &personnelNo) const
{
    for (int row = 0; row < m_plans.size(); ++row) {
        if (m_plans.at(row).personnelNo == personnelNo)
            return row;
    }
    return -1;
}

QString KciPlanListModel::statusLabel(KciPlanStatus status)
{
    switch (status) {
    case KciPlanStatus::None:
        return tr("not drawn up", "KCI plan status");
    case KciPlanStatus::Draft:
        return tr("draft", "KCI plan status");
    case KciPlanStatus::Approved:
        return tr("approved", "KCI plan status");
    }
    return {};
}

int KciPlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int KciPlanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KciPlanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plans.size())
        return {};
    const KciPlanRecord &plan = m_plans.at(index.row());
    if (role == PersonnelNoRole)
        return plan.personnelNo;
    if (role == SortRole) {
        switch (index.column()) {
        case KciCountColumn:
            return int(plan.kcis.size());
        case DueColumn:
            return plan.due;
        case ApprovedOnColumn:
            return plan.approvedOn;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PersonnelNoColumn:
        return plan.personnelNo;
    case NameColumn:
        return plan.fullName;
    case StatusColumn:
        return plan.kciAllowed ? statusLabel(plan.status) : tr("no KCI (§22)");
    case KciCountColumn:
        return plan.status == KciPlanStatus::None ? QString() : QString::number(plan.kcis.size());
    case DueColumn:
        return dateText(plan.due);
    case ApprovedOnColumn:
        return plan.approvedOn.isValid() ? dateText(plan.approvedOn) : QString();
    case ApprovedByColumn:
        return plan.approvedBy;
    }
    return {};
}

QVariant KciPlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PersonnelNoColumn:
        return tr("Personnel no.");
    case NameColumn:
        return tr("Servant");
    case StatusColumn:
        return tr("Status");
    case KciCountColumn:
        return tr("KCI", "number of KCI in a plan");
    case DueColumn:
        return tr("Due (§22)");
    case ApprovedOnColumn:
        return tr("Approved on");
    case ApprovedByColumn:
        return tr("Approved by");
    }
    return {};
}

} // namespace bagalau
