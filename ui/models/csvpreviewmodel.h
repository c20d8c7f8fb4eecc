// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/csvreader.h"
#include "services/inputerror.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace bagalau {

// Wraps a CSV file read for import: its line number, its fields as written, and the problems
// found on that line, one row per record.
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        LineRole = Qt::UserRole, // the file's line the record starts on, in every column
        ProblemRole, // the messages about this record (or this field), one a line; empty if none
    };

    explicit CsvPreviewModel(QObject *parent = nullptr);

    void setTable(const CsvTable &table, const InputErrors &problems);
    void clear();
    int lineColumn() const { return 0; }
    int problemColumn() const { return int(m_table.header().size()) + 1; }
    bool hasProblem(int row) const;
    int rowsWithProblems() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString problemsOf(int row, int column) const;

    CsvTable m_table;
    QHash<int, InputErrors> m_problemsByLine;
};

} // namespace bagalau
