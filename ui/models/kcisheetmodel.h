// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/kcisheetservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace bagalau {

// Wraps the lines of one KCI sheet; the actual and the mark are typed here, and the realization
// and the allowed range follow at once through the core's assessment of the line.
class KciSheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TitleColumn,
        PlanColumn,
        ActualColumn,
        RealizationColumn,
        AllowedColumn,
        MarkColumn,
        ColumnCount
    };
    enum Role {
        MinMarkRole = Qt::UserRole, // the lowest mark allowed on the line
        MaxMarkRole, // the highest
    };

    explicit KciSheetModel(QObject *parent = nullptr);

    void setSheet(const KciSheetRecord &sheet, const QList<AllowedMarkRow> &table, bool editable);
    const KciSheetRecord &sheet() const { return m_sheet; }
    QList<KciSheetEntry> entries() const;
    std::optional<Score> currentScore() const { return m_sheet.currentScore(m_table); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    KciSheetRecord m_sheet;
    QList<AllowedMarkRow> m_table;
    bool m_editable = false;
};

} // namespace bagalau
