// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/quarterservice.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>

namespace bagalau {

// Wraps the roster QuarterService gives for one quarter: a row per servant, with how they are
// evaluated, their sheet and their acquaintance.
class QuarterRosterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        // What the chief specialist follows through the quarter comes first, so that it is in
        // sight on a 1280-pixel screen; who and why after it.
        PersonnelNoColumn,
        NameColumn,
        MethodColumn,
        StatusColumn,
        ScoreColumn,
        BandColumn,
        AcquaintedColumn,
        AppealDueColumn,
        EvaluatedColumn,
        ReasonColumn,
        EvaluatorColumn,
        PositionColumn,
        ColumnCount
    };
    enum Role {
        PersonnelNoRole = Qt::UserRole, // the servant's personnel number, in every column
        SortRole, // what the column sorts by: dates as dates, scores as numbers
    };

    explicit QuarterRosterModel(QObject *parent = nullptr);

    void setRoster(const QList<QuarterRosterRow> &rows, const Quarter &quarter);
    Quarter quarter() const { return m_quarter; }
    QuarterRosterRow row(const QModelIndex &index) const;
    QString personnelNo(const QModelIndex &index) const;
    // Headers and labels are asked again after a language switch.
    void retranslate();

    static QString methodLabel(const QString &method);
    static QString statusLabel(const QString &status);
    // "II quarter 2024", as the forms name a quarter.
    static QString quarterLabel(const Quarter &quarter);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Texts are made once per load, not per paint: filtering 2,000 rows asks for all of them.
    struct Row
    {
        QuarterRosterRow roster;
        std::array<QString, ColumnCount> texts;
    };
    void updateTexts(Row *row) const;

    QList<Row> m_rows;
    Quarter m_quarter;
};

} // namespace bagalau
