// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/appealservice.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>

namespace bagalau {

// Wraps the appeals AppealService lets the account read: one row per application, with the
// deadlines that follow from it (§38, §39) and the score before and after the session.
class AppealModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ServantColumn,
        QuarterColumn,
        AppliedColumn,
        StatusColumn,
        DecisionDueColumn,
        SessionDueColumn,
        ScoreColumn,
        ColumnCount
    };
    enum Role {
        AppealIdRole = Qt::UserRole, // appeal.id, in every column
        SortRole, // what the column sorts by: dates as dates
    };

    explicit AppealModel(QObject *parent = nullptr);

    void setAppeals(const QList<AppealRecord> &appeals);
    AppealRecord appeal(const QModelIndex &index) const;
    qint64 appealId(const QModelIndex &index) const;
    void retranslate();

    static QString statusLabel(const AppealRecord &appeal);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        AppealRecord appeal;
        std::array<QString, ColumnCount> texts;
    };
    void updateTexts(Row *row) const;

    QList<Row> m_rows;
};

} // namespace bagalau
