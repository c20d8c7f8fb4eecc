// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/allowedmarktableservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace bagalau {

// Wraps the appendix-3 rows as the chief specialist types them, before they are saved whole.
class AllowedMarkModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FromColumn, ToColumn, MinColumn, MaxColumn, ColumnCount };

    explicit AllowedMarkModel(QObject *parent = nullptr);

    void setRows(const QList<AllowedMarkRowText> &rows);
    const QList<AllowedMarkRowText> &rows() const { return m_rows; }
    void appendRow();
    void removeRowAt(int row);
    // Messages shown at the cell they name (line = row from 1, column = field); cleared by {}.
    void setErrors(const InputErrors &errors);
    bool isModified() const { return m_modified; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString fieldOf(int column);
    QString *cell(int row, int column);

    QList<AllowedMarkRowText> m_rows;
    InputErrors m_errors;
    bool m_modified = false;
};

} // namespace bagalau
