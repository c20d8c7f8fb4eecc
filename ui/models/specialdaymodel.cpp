// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/specialdaymodel.h"

#include "models/localetext.h"

#include <QFont>

namespace bagalau {

SpecialDayModel::SpecialDayModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SpecialDayModel::setDays(const QList<DayInfo> &days, const QSet<QDate> &entered)
{
    beginResetModel();
    m_days = days;
    m_entered = entered;
    endResetModel();
}

DayInfo SpecialDayModel::day(const QModelIndex &index) const
{
    // No selection is an ordinary question here, not a caller's mistake worth a warning.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_days.at(index.row());
}

QDate SpecialDayModel::transferDayOff(const QModelIndex &index) const
{
    const DayInfo info = day(index);
    switch (info.kind) {
    case DayKind::TransferredDayOff:
        return info.date;
    case DayKind::TransferredWorkingDay:
        return info.relatedDate;
    default:
        return {};
    }
}

bool SpecialDayModel::isRemovable(const QModelIndex &index) const
{
    const QDate dayOff = transferDayOff(index);
    return dayOff.isValid() && m_entered.contains(dayOff);
}

int SpecialDayModel::rowOf(QDate date) const
{
    for (int row = 0; row < m_days.size(); ++row) {
        if (m_days.at(row).date == date)
            return row;
    }
    return -1;
}

void SpecialDayModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_days.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SpecialDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int SpecialDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpecialDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DayInfo &info = m_days.at(index.row());
    switch (role) {
    case DateRole:
        return info.date;
    case WorkingRole:
        return info.isWorking();
    case RemovableRole:
        return isRemovable(index);
    case Qt::FontRole:
        // The user's own entries stand out from the shipped data.
        if (isRemovable(index)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        // The reason is elided in a narrow column: the whole of it on hover.
        const QString reason = describeDay(info, uiLanguage());
        return isRemovable(index) ? tr("%1\nEntered in this file").arg(reason) : reason;
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return dateText(info.date);
    case WeekdayColumn:
        return weekdayText(info.date, QLocale(), QLocale::ShortFormat);
    case WorkingColumn:
        return info.isWorking() ? tr("working") : tr("day off");
    case ReasonColumn:
        return describeDay(info, uiLanguage());
    default:
        return {};
    }
}

QVariant SpecialDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case WeekdayColumn:
        return tr("Weekday");
    case WorkingColumn:
        return tr("Working");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace bagalau
