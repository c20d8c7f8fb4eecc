// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csvpreviewmodel.h"

#include <QBrush>
#include <QColor>

namespace bagalau {

namespace {

// Light enough for dark text in either row colour of an alternating view.
const QColor BadRow(255, 228, 228);
const QColor BadField(255, 176, 176);
const QColor ProblemText(160, 0, 32);

} // namespace

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CsvPreviewModel::setTable(const CsvTable &table, const InputErrors &problems)
{
    beginResetModel();
    m_table = table;
    m_problemsByLine.clear();
    for (const InputError &problem : problems)
        m_problemsByLine[problem.line] << problem;
    endResetModel();
}

void CsvPreviewModel::clear()
{
    setTable(CsvTable(), {});
}

bool CsvPreviewModel::hasProblem(int row) const
{
    return row >= 0 && row < m_table.rowCount()
        && m_problemsByLine.contains(m_table.rows().at(row).line);
}

int CsvPreviewModel::rowsWithProblems() const
{
    int count = 0;
    for (int row = 0; row < m_table.rowCount(); ++row)
        count += hasProblem(row) ? 1 : 0;
    return count;
}

void CsvPreviewModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rowCount());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.header().size()) + 2;
}

QString CsvPreviewModel::problemsOf(int row, int column) const
{
    const InputErrors problems = m_problemsByLine.value(m_table.rows().at(row).line);
    QStringList messages;
    for (const InputError &problem : problems) {
        const bool anyColumn = column == lineColumn() || column == problemColumn();
        if (anyColumn || m_table.header().at(column - 1) == problem.column) {
            // The Problems column names the field; a field's own tooltip need not.
            messages << (column == problemColumn() && !problem.column.isEmpty()
                    ? problem.column + QStringLiteral(": ") + problem.message
                    : problem.message);
        }
    }
    return messages.join(QLatin1Char('\n'));
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CsvRow &record = m_table.rows().at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == lineColumn())
            return record.line;
        if (column == problemColumn())
            return problemsOf(index.row(), column).replace(QLatin1Char('\n'), QStringLiteral("; "));
        return record.fields.value(column - 1);
    case LineRole:
        return record.line;
    case ProblemRole:
    case Qt::ToolTipRole: {
        const QString problems = problemsOf(index.row(), column);
        if (role == Qt::ToolTipRole && problems.isEmpty())
            return {};
        return problems;
    }
    case Qt::BackgroundRole:
        if (!hasProblem(index.row()))
            return {};
        if (column != lineColumn() && column != problemColumn()
            && !problemsOf(index.row(), column).isEmpty())
            return QBrush(BadField);
        return QBrush(BadRow);
    case Qt::ForegroundRole:
        // Dark text on the light red, whatever the palette's text colour.
        if (column == problemColumn())
            return QBrush(ProblemText);
        return hasProblem(index.row()) ? QVariant(QBrush(Qt::black)) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == lineColumn())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == lineColumn())
        return tr("Line");
    if (section == problemColumn())
        return tr("Problems");
    // The file's own column names: they are what the user will look for in the spreadsheet.
    return m_table.header().value(section - 1);
}

} // namespace bagalau
