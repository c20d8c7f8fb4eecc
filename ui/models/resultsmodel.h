// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/resultsservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace bagalau {

// Wraps the results ResultsService gives for a quarter or a year, one row per servant. The
// columns follow the period: a quarter's score and band, or a year's four quarters and its
// annual score and band (§4, §7).
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The columns of a quarter; a year has PersonnelNo, Name, the four quarters, Annual, Band.
    enum QuarterColumn {
        PersonnelNoColumn,
        NameColumn,
        MethodColumn,
        ScoreColumn,
        BandColumn,
        NoteColumn,
        QuarterColumnCount
    };
    enum YearColumn { FirstQuarterColumn = 2, AnnualColumn = 6, AnnualBandColumn, YearColumnCount };
    enum Role {
        PersonnelNoRole = Qt::UserRole, // in every column
        SortRole, // scores by their hundredths, empty ones first
        CalibratedRole, // bool: the quarter's score was adopted by a calibration session
    };

    explicit ResultsModel(QObject *parent = nullptr);

    void setQuarter(const Quarter &quarter, const QList<QuarterResultRow> &rows);
    void setYear(int year, const QList<YearResultRow> &rows);
    bool isYear() const { return m_isYear; }
    Quarter quarter() const { return m_quarter; }
    int year() const { return m_year; }
    const QList<QuarterResultRow> &quarterRows() const { return m_quarterRows; }
    const QList<YearResultRow> &yearRows() const { return m_yearRows; }
    QString personnelNo(const QModelIndex &index) const;
    QString fullName(const QModelIndex &index) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void updateTexts();
    QVariant sortValue(int row, int column) const;

    bool m_isYear = false;
    Quarter m_quarter;
    int m_year = 0;
    QList<QuarterResultRow> m_quarterRows;
    QList<YearResultRow> m_yearRows;
    // Texts are made once per load, not per paint: a filter over 2,000 rows asks for each.
    QList<QStringList> m_texts;
};

} // namespace bagalau
