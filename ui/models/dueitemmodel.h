// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/dashboardservice.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>

namespace bagalau {

// Wraps the due items DashboardService gives: one row per duty, overdue ones set apart.
class DueItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        KindColumn,
        PersonColumn,
        PersonnelNoColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // dates as dates
        OverdueRole, // bool
    };

    explicit DueItemModel(QObject *parent = nullptr);

    void setItems(const QList<DueItem> &items);
    DueItem item(const QModelIndex &index) const;
    int overdueCount() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        DueItem item;
        std::array<QString, ColumnCount> texts;
    };
    void updateTexts(Row *row) const;

    QList<Row> m_rows;
};

} // namespace bagalau
