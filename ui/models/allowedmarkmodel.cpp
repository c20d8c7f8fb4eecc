// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/allowedmarkmodel.h"

#include <QBrush>
#include <QColor>

namespace bagalau {

AllowedMarkModel::AllowedMarkModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AllowedMarkModel::setRows(const QList<AllowedMarkRowText> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_errors.clear();
    m_modified = false;
    endResetModel();
}

void AllowedMarkModel::appendRow()
{
    // The new row starts where the last one ends, the usual way such a table is typed.
    AllowedMarkRowText row{
        QStringLiteral("0"), QString(), QStringLiteral("0"), QStringLiteral("5")};
    if (!m_rows.isEmpty()) {
        if (const auto to = Decimal::parse(m_rows.last().toPercent))
            row.fromPercent = Decimal::fromRaw(to->raw() + Decimal::Scale / 100).toString();
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows << row;
    endInsertRows();
    m_modified = true;
}

void AllowedMarkModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    m_modified = true;
}

void AllowedMarkModel::setErrors(const InputErrors &errors)
{
    m_errors = errors;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString AllowedMarkModel::fieldOf(int column)
{
    switch (column) {
    case FromColumn:
        return QStringLiteral("from_percent");
    case ToColumn:
        return QStringLiteral("to_percent");
    case MinColumn:
        return QStringLiteral("min_mark");
    case MaxColumn:
        return QStringLiteral("max_mark");
    }
    return {};
}

QString *AllowedMarkModel::cell(int row, int column)
{
    AllowedMarkRowText &text = m_rows[row];
    switch (column) {
    case FromColumn:
        return &text.fromPercent;
    case ToColumn:
        return &text.toPercent;
    case MinColumn:
        return &text.minMark;
    case MaxColumn:
        return &text.maxMark;
    }
    return nullptr;
}

int AllowedMarkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllowedMarkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllowedMarkModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    QString message;
    for (const InputError &error : m_errors) {
        if (error.line == index.row() + 1 && error.column == fieldOf(index.column()))
            message = error.message;
    }
    switch (role) {
    case Qt::ToolTipRole:
        return message.isEmpty() ? QVariant() : QVariant(message);
    case Qt::BackgroundRole:
        return message.isEmpty() ? QVariant() : QVariant(QBrush(QColor(255, 220, 220)));
    case Qt::TextAlignmentRole:
        return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DisplayRole:
        if (index.column() == ToColumn && m_rows.at(index.row()).toPercent.trimmed().isEmpty())
            return tr("and above");
        [[fallthrough]];
    case Qt::EditRole: {
        const AllowedMarkRowText &text = m_rows.at(index.row());
        const QString values[] = {text.fromPercent, text.toPercent, text.minMark, text.maxMark};
        return values[index.column()];
    }
    default:
        return {};
    }
}

bool AllowedMarkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    QString *text = cell(index.row(), index.column());
    QString typed = value.toString().trimmed();
    // A decimal comma is what a Russian or Kazakh keyboard types; the core reads a point.
    if (index.column() == FromColumn || index.column() == ToColumn)
        typed.replace(QLatin1Char(','), QLatin1Char('.'));
    if (!text || *text == typed)
        return false;
    *text = typed;
    m_modified = true;
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags AllowedMarkModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index)
        | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant AllowedMarkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case FromColumn:
        return tr("From, %", "realization percent");
    case ToColumn:
        return tr("To, % (empty: and above)");
    case MinColumn:
        return tr("Lowest mark");
    case MaxColumn:
        return tr("Highest mark");
    }
    return {};
}

} // namespace bagalau
