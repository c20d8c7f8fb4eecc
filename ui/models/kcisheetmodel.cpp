// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kcisheetmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace bagalau {

KciSheetModel::KciSheetModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void KciSheetModel::setSheet(
    const KciSheetRecord &sheet, const QList<AllowedMarkRow> &table, bool editable)
{
    beginResetModel();
    m_sheet = sheet;
    m_table = table;
    m_editable = editable;
    endResetModel();
}

QList<KciSheetEntry> KciSheetModel::entries() const
{
    QList<KciSheetEntry> entries;
    for (const KciSheetRow &row : m_sheet.rows)
        entries << KciSheetEntry{row.kci.number, row.actual, row.mark};
    return entries;
}

int KciSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.rows.size());
}

int KciSheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KciSheetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sheet.rows.size())
        return {};
    const KciSheetRow &row = m_sheet.rows.at(index.row());
    const MarkRange range = row.allowed.value_or(MarkRange{});
    switch (role) {
    case MinMarkRole:
        return range.min;
    case MaxMarkRole:
        return range.max;
    case Qt::ToolTipRole:
        if (index.column() == ActualColumn || index.column() == AllowedColumn)
            return row.problem.isEmpty() ? QVariant() : QVariant(row.problem);
        if (index.column() == MarkColumn && row.mark && row.allowed
            && !row.allowed->contains(*row.mark))
            return tr("appendix 3 allows %1 to %2 here").arg(range.min).arg(range.max);
        return {};
    case Qt::BackgroundRole: {
        const bool bad = (index.column() == ActualColumn && !row.problem.isEmpty())
            || (index.column() == MarkColumn && row.mark && row.allowed
                && !row.allowed->contains(*row.mark));
        return bad ? QVariant(QBrush(QColor(255, 220, 220))) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return index.column() == TitleColumn ? QVariant()
                                             : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case NumberColumn:
        return row.kci.number;
    case TitleColumn:
        return row.kci.title + QStringLiteral(", ") + row.kci.unit;
    case PlanColumn: {
        const auto plan = Decimal::parse(row.kci.planValue);
        return plan ? plan->toLocaleString(locale) : row.kci.planValue;
    }
    case ActualColumn:
        if (role == Qt::EditRole)
            return row.actual;
        if (const auto actual = Decimal::parse(row.actual))
            return actual->toLocaleString(locale);
        return row.actual;
    case RealizationColumn:
        return row.realization ? row.realization->toLocaleString(locale) : QString();
    case AllowedColumn:
        if (!row.realization)
            return row.problem.isEmpty() ? QString() : tr("—");
        return range.min == range.max ? QString::number(range.min)
                                      : QStringLiteral("%1–%2").arg(range.min).arg(range.max);
    case MarkColumn:
        if (role == Qt::EditRole)
            return row.mark.value_or(range.max);
        return row.mark ? QString::number(*row.mark) : QString();
    }
    return {};
}

bool KciSheetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_editable
        || index.row() >= m_sheet.rows.size())
        return false;
    KciSheetRow &row = m_sheet.rows[index.row()];
    if (index.column() == ActualColumn) {
        // A decimal comma is what a Russian or Kazakh keyboard types; the core reads a point.
        row.actual = value.toString().trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
        row.assess(m_table);
    } else if (index.column() == MarkColumn) {
        if (value.toString().trimmed().isEmpty()) {
            row.mark.reset();
        } else {
            bool ok = false;
            const int mark = value.toInt(&ok);
            if (!ok || mark < 0 || mark > 5)
                return false;
            row.mark = mark;
        }
    } else {
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags KciSheetModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable
        && (index.column() == ActualColumn || index.column() == MarkColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant KciSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.", "KCI number");
    case TitleColumn:
        return tr("KCI");
    case PlanColumn:
        return tr("Plan");
    case ActualColumn:
        return tr("Actual");
    case RealizationColumn:
        return tr("Realization");
    case AllowedColumn:
        return tr("Allowed marks (appendix 3)");
    case MarkColumn:
        return tr("Mark (0–5)");
    }
    return {};
}

} // namespace bagalau
