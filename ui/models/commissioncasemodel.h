// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/commissionservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace bagalau {

// Wraps the chapter-6 cases CommissionService gives: one row per annual plan brought forward,
// with the managers' steps, the deadlines that follow them and the Commission's decision.
class CommissionCaseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ServantColumn,
        PeriodColumn,
        AchievedColumn,
        SuperiorColumn,
        DueColumn,
        MeetingColumn,
        DecisionColumn,
        ComplaintDueColumn,
        ColumnCount
    };
    enum Role {
        CaseIdRole = Qt::UserRole, // commission_case.id, in every column
        SortRole,
    };

    explicit CommissionCaseModel(QObject *parent = nullptr);

    void setCases(const QList<CommissionCase> &cases);
    CommissionCase commissionCase(const QModelIndex &index) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const CommissionCase &c, int column) const;
    QList<CommissionCase> m_cases;
};

// Wraps the seats of the Commission last formed (§54, §59).
class CommissionSeatModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, ColumnCount };
    enum Role { SeatIdRole = Qt::UserRole };

    explicit CommissionSeatModel(QObject *parent = nullptr);

    void setSeats(const QList<CommissionSeat> &seats);
    QList<CommissionSeat> seats() const { return m_seats; }
    static QString roleLabel(CommissionRole role);
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CommissionSeat> m_seats;
};

} // namespace bagalau
