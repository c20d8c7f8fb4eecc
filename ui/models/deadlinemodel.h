// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>

namespace bagalau {

class Deadlines;

// Wraps the dated duties of one year as Deadlines counts them: each quarter's
// QuarterDeadlines::duties(), then the year's 360 survey and annual score. Remembers the dates
// it showed before, so that a change of the calendar or of the policy shows which dates moved.
class DeadlineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // NoteColumn: "was <date>" for a date the last change moved, and a year not confirmed.
    enum Column { PeriodColumn, DutyColumn, DateColumn, NoteColumn, ColumnCount };
    enum Role {
        PeriodRole = Qt::UserRole, // "2026Q2", or "2026" for the year's duties
        KeyRole, // the duty's stable key ("evaluation_due")
        DateRole, // its date, as a QDate
        PreviousDateRole, // the date before the last change, when it moved; else invalid
        MovedRole, // whether the last change moved it
        ConfirmedRole, // false when the date depends on a year without a confirmed calendar
    };

    explicit DeadlineModel(QObject *parent = nullptr);

    // Shows the year's duties. With `markMoves`, the dates that differ from those shown before
    // for the same duty are marked as moved (a change of the calendar or the policy); without,
    // nothing is marked (another year).
    void setDeadlines(const Deadlines &deadlines, int year, bool markMoves);
    int year() const { return m_year; }
    // The row of a duty ("2026Q2", "kci_preliminary_due"), or -1.
    int rowOf(const QString &period, const QString &key) const;
    QDate date(const QString &period, const QString &key) const;
    bool isMoved(const QString &period, const QString &key) const;
    int movedCount() const;
    // A readable label for a duty key; the key itself when it is not known.
    static QString dutyLabel(const QString &key);
    // Headers and labels are asked again after a language switch.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString period;
        int quarter = 0; // 1..4, 0 for the year's duties
        QString key;
        QDate date;
        QDate previous; // valid only when the last change moved the date
        bool confirmed = true;
    };

    QString periodLabel(const Row &row) const;

    QList<Row> m_rows;
    int m_year = 0;
};

} // namespace bagalau
