// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/staffservice.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace bagalau {

// Wraps the staff list StaffService gives for one day, one row per servant in the position they
// held that day.
class StaffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PersonnelNoColumn,
        NameColumn,
        CategoryColumn,
        UnitColumn,
        PositionColumn,
        ManagerColumn,
        FromColumn,
        ToColumn,
        DismissedColumn,
        AbsenceColumn,
        ColumnCount
    };
    enum Role {
        PersonnelNoRole = Qt::UserRole, // the servant's personnel number, in every column
        SortRole, // what the column sorts by: dates as dates
    };

    explicit StaffModel(QObject *parent = nullptr);

    // `day` is the day the list was asked for: the absence shown is the one on that day.
    void setStaff(const QList<StaffMember> &staff, QDate day);
    QDate day() const { return m_day; }
    StaffMember member(const QModelIndex &index) const;
    QString personnelNo(const QModelIndex &index) const;
    // The absence that covers the model's day, if any.
    std::optional<Absence> currentAbsence(const QModelIndex &index) const;
    // Headers and labels are asked again after a language switch.
    void retranslate();

    static QString categoryLabel(PositionCategory category);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Texts are made once per load, not per paint: filtering 2,000 rows on every keystroke asks
    // for each of them.
    struct Row
    {
        StaffMember member;
        QString managerName;
        std::optional<Absence> absence;
        std::array<QString, ColumnCount> texts;
    };
    void updateTexts(Row *row) const;

    QList<Row> m_rows;
    QDate m_day;
};

} // namespace bagalau
