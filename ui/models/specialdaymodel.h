// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/workingcalendar.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace bagalau {

// Wraps WorkingCalendar::specialDays of one year: one row per holiday, observed day, religious
// day or transferred day, in date order.
class SpecialDayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, WeekdayColumn, WorkingColumn, ReasonColumn, ColumnCount };
    enum Role {
        DateRole = Qt::UserRole, // the day as a QDate, in every column
        WorkingRole, // whether it is a working day, as a bool
        RemovableRole, // a transfer entered in this file, which Remove transfer may take away
    };

    explicit SpecialDayModel(QObject *parent = nullptr);

    // `entered` names the days off of the transfers entered in this file: only those can be
    // removed, the shipped ones only replaced.
    void setDays(const QList<DayInfo> &days, const QSet<QDate> &entered);
    DayInfo day(const QModelIndex &index) const;
    // The day off of the transfer the row belongs to (either of its two days); invalid for a
    // row that is not a transfer.
    QDate transferDayOff(const QModelIndex &index) const;
    bool isRemovable(const QModelIndex &index) const;
    // The row of a date, or -1.
    int rowOf(QDate date) const;
    // Headers and reasons are asked again after a language switch.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DayInfo> m_days;
    QSet<QDate> m_entered;
};

} // namespace bagalau
