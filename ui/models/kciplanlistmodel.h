// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/kciplanservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace bagalau {

// Wraps the plans KciPlanService lists for a quarter: one row per head of the apparatus.
class KciPlanListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PersonnelNoColumn,
        NameColumn,
        StatusColumn,
        KciCountColumn,
        DueColumn,
        ApprovedOnColumn,
        ApprovedByColumn,
        ColumnCount
    };
    enum Role {
        PersonnelNoRole = Qt::UserRole, // the head's personnel number, in every column
        SortRole, // dates as dates, counts as numbers
    };

    explicit KciPlanListModel(QObject *parent = nullptr);

    void setPlans(const QList<KciPlanRecord> &plans);
    KciPlanRecord plan(const QModelIndex &index) const;
    int rowOf(const QString &personnelNo) const;
    static QString statusLabel(KciPlanStatus status);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<KciPlanRecord> m_plans;
};

} // namespace bagalau
