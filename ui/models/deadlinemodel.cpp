// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/deadlinemodel.h"

#include "methodology/deadlines.h"
#include "methodology/period.h"
#include "models/localetext.h"

#include <QFont>
#include <QHash>

#include <algorithm>

namespace bagalau {

DeadlineModel::DeadlineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DeadlineModel::setDeadlines(const Deadlines &deadlines, int year, bool markMoves)
{
    QHash<QString, QDate> before;
    if (markMoves && year == m_year) {
        for (const Row &row : std::as_const(m_rows))
            before.insert(row.period + QLatin1Char('/') + row.key, row.date);
    }
    QList<Row> rows;
    const auto add = [&](const QString &period, int quarter, const DatedDuty &duty) {
        Row row;
        row.period = period;
        row.quarter = quarter;
        row.key = duty.key;
        row.date = duty.date;
        row.confirmed = deadlines.isConfirmed({duty});
        const QDate old = before.value(period + QLatin1Char('/') + duty.key);
        if (old.isValid() && old != duty.date)
            row.previous = old;
        rows << row;
    };
    for (int number = 1; number <= 4; ++number) {
        const Quarter quarter(year, number);
        const auto duties = deadlines.quarter(quarter).duties();
        for (const DatedDuty &duty : duties)
            add(quarter.key(), number, duty);
    }
    // The year's own period is the four quarters' already; only its deadlines are new.
    const auto yearDuties = deadlines.year(year).duties();
    for (const DatedDuty &duty : yearDuties) {
        if (duty.key == QLatin1String("survey360_due")
            || duty.key == QLatin1String("annual_score_due"))
            add(QString::number(year), 0, duty);
    }
    beginResetModel();
    m_rows = rows;
    m_year = year;
    endResetModel();
}

int DeadlineModel::rowOf(const QString &period, const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).period == period && m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

QDate DeadlineModel::date(const QString &period, const QString &key) const
{
    const int row = rowOf(period, key);
    return row < 0 ? QDate() : m_rows.at(row).date;
}

bool DeadlineModel::isMoved(const QString &period, const QString &key) const
{
    const int row = rowOf(period, key);
    return row >= 0 && m_rows.at(row).previous.isValid();
}

int DeadlineModel::movedCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.previous.isValid(); }));
}

QString DeadlineModel::dutyLabel(const QString &key)
{
    if (key == QLatin1String("period_start"))
        return tr("Period starts");
    if (key == QLatin1String("period_end"))
        return tr("Period ends");
    if (key == QLatin1String("kci_plan_due"))
        return tr("KCI plan due");
    if (key == QLatin1String("head_notice_due"))
        return tr("Head's notice due");
    if (key == QLatin1String("corps_b_notice_due"))
        return tr("Corps B notice due");
    if (key == QLatin1String("kci_preliminary_due"))
        return tr("KCI preliminary values due");
    if (key == QLatin1String("evaluation_due"))
        return tr("Evaluation due");
    if (key == QLatin1String("survey360_due"))
        return tr("360 survey due");
    if (key == QLatin1String("annual_score_due"))
        return tr("Annual score due");
    return key;
}

void DeadlineModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DeadlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadlineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeadlineModel::periodLabel(const Row &row) const
{
    // The year is in the title above the table, and in every date.
    return row.quarter == 0 ? tr("Year") : tr("Q%1", "quarter").arg(row.quarter);
}

QVariant DeadlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case PeriodRole:
        return row.period;
    case KeyRole:
        return row.key;
    case DateRole:
        return row.date;
    case PreviousDateRole:
        return row.previous;
    case MovedRole:
        return row.previous.isValid();
    case ConfirmedRole:
        return row.confirmed;
    case Qt::FontRole: {
        if (row.confirmed && !row.previous.isValid())
            return {};
        QFont font;
        font.setBold(row.previous.isValid());
        font.setItalic(!row.confirmed);
        return font;
    }
    case Qt::ToolTipRole: {
        QStringList tips;
        if (row.previous.isValid())
            tips << tr("Moved from %1 by the last change").arg(dateText(row.previous));
        if (!row.confirmed)
            tips << tr("Counted on a year whose calendar is not confirmed: it may still move");
        return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case PeriodColumn:
        return periodLabel(row);
    case DutyColumn:
        return dutyLabel(row.key);
    case DateColumn:
        return tr("%1, %2", "date, weekday")
            .arg(dateText(row.date), weekdayText(row.date, QLocale(), QLocale::ShortFormat));
    case NoteColumn: {
        QStringList notes;
        if (row.previous.isValid())
            notes << tr("was %1").arg(dateText(row.previous));
        if (!row.confirmed)
            notes << tr("unconfirmed year");
        return notes.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant DeadlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case DutyColumn:
        return tr("Duty");
    case DateColumn:
        return tr("Date");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace bagalau
