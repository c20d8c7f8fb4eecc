// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/dueitemmodel.h"

#include "models/localetext.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

#include <algorithm>

namespace bagalau {

DueItemModel::DueItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DueItemModel::setItems(const QList<DueItem> &items)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(items.size());
    for (const DueItem &item : items) {
        Row row{item, {}};
        updateTexts(&row);
        m_rows << row;
    }
    endResetModel();
}

DueItem DueItemModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    return m_rows.at(index.row()).item;
}

int DueItemModel::overdueCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.item.overdue; }));
}

void DueItemModel::retranslate()
{
    for (Row &row : m_rows)
        updateTexts(&row);
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void DueItemModel::updateTexts(Row *row) const
{
    const DueItem &item = row->item;
    row->texts[DateColumn] = dateText(item.date);
    row->texts[KindColumn] = item.label();
    row->texts[PersonColumn] = item.personnelNo.isEmpty() ? tr("the organisation") : item.fullName;
    row->texts[PersonnelNoColumn] = item.personnelNo;
    row->texts[DetailColumn] = item.detail;
}

int DueItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DueItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.texts.at(index.column());
    case Qt::ToolTipRole:
        if (row.item.overdue)
            return tr("Overdue since %1: %2").arg(dateText(row.item.date), row.item.label());
        return row.texts.at(index.column());
    case Qt::DecorationRole:
        // The colour is not the only sign: an icon and a bold date say it too.
        if (index.column() == DateColumn && row.item.overdue)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (row.item.overdue)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::FontRole:
        if (row.item.overdue && index.column() == DateColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case SortRole:
        if (index.column() == DateColumn)
            return row.item.date;
        return row.texts.at(index.column());
    case OverdueRole:
        return row.item.overdue;
    default:
        return {};
    }
}

QVariant DueItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Due");
    case KindColumn:
        return tr("What");
    case PersonColumn:
        return tr("Whom it concerns");
    case PersonnelNoColumn:
        return tr("Personnel no.");
    case DetailColumn:
        return tr("Period");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace bagalau
