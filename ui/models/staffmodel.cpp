// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffmodel.h"

#include "models/localetext.h"

#include <QBrush>
#include <QHash>
#include <QPalette>

namespace bagalau {

StaffModel::StaffModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void StaffModel::setStaff(const QList<StaffMember> &staff, QDate day)
{
    beginResetModel();
    m_day = day;
    m_rows.clear();
    m_rows.reserve(staff.size());
    QHash<QString, QString> names;
    for (const StaffMember &member : staff)
        names.insert(member.personnelNo, member.fullName);
    for (const StaffMember &member : staff) {
        Row row;
        row.member = member;
        row.managerName = names.value(member.managerPersonnelNo);
        for (const Absence &absence : member.absences) {
            if (absence.days.contains(day))
                row.absence = absence;
        }
        updateTexts(&row);
        m_rows << row;
    }
    endResetModel();
}

StaffMember StaffModel::member(const QModelIndex &index) const
{
    // An invalid index is no selection, not a mistake: it gives an empty member.
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    return m_rows.at(index.row()).member;
}

QString StaffModel::personnelNo(const QModelIndex &index) const
{
    return member(index).personnelNo;
}

std::optional<Absence> StaffModel::currentAbsence(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return std::nullopt;
    return m_rows.at(index.row()).absence;
}

void StaffModel::retranslate()
{
    for (Row &row : m_rows)
        updateTexts(&row);
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString StaffModel::categoryLabel(PositionCategory category)
{
    return category == PositionCategory::Head ? tr("head of the apparatus") : tr("corps B");
}

void StaffModel::updateTexts(Row *row) const
{
    const StaffMember &member = row->member;
    auto &texts = row->texts;
    texts[PersonnelNoColumn] = member.personnelNo;
    texts[NameColumn] = member.fullName;
    texts[CategoryColumn] = categoryLabel(member.category);
    texts[UnitColumn] = member.unit;
    texts[PositionColumn] = member.position;
    // The manager by name when they are on the list that day, otherwise by number.
    texts[ManagerColumn] =
        row->managerName.isEmpty() ? member.managerPersonnelNo : row->managerName;
    texts[FromColumn] = dateText(member.inPosition.first);
    texts[ToColumn] = dateText(member.inPosition.last);
    texts[DismissedColumn] = dateText(member.dismissed);
    texts[AbsenceColumn] = row->absence
        ? tr("%1 until %2")
              .arg(absenceKindLabel(row->absence->kind), dateText(row->absence->days.last))
        : QString();
}

int StaffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const StaffMember &member = row.member;
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return row.texts.at(index.column());
    case PersonnelNoRole:
        return member.personnelNo;
    case Qt::ToolTipRole:
        if (column == ManagerColumn && !member.managerPersonnelNo.isEmpty())
            return tr("Personnel number %1").arg(member.managerPersonnelNo);
        if (column == AbsenceColumn && row.absence)
            return tr("%1: %2–%3")
                .arg(absenceKindLabel(row.absence->kind), dateText(row.absence->days.first),
                    dateText(row.absence->days.last));
        return row.texts.at(index.column());
    case Qt::ForegroundRole:
        // Whoever has left the body by that day is still listed, but set apart.
        if (member.dismissed.isValid() && member.dismissed <= m_day)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case SortRole:
        switch (column) {
        case FromColumn:
            return member.inPosition.first;
        case ToColumn:
            // Still in the position sorts after any last day.
            return member.inPosition.last.isValid() ? member.inPosition.last : QDate(9999, 12, 31);
        case DismissedColumn:
            return member.dismissed;
        case AbsenceColumn:
            return row.absence ? QVariant(row.absence->days.last) : QVariant(QDate());
        default:
            return row.texts.at(index.column());
        }
    default:
        return {};
    }
}

QVariant StaffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PersonnelNoColumn:
        return tr("Personnel no.");
    case NameColumn:
        return tr("Full name");
    case CategoryColumn:
        return tr("Category");
    case UnitColumn:
        return tr("Unit");
    case PositionColumn:
        return tr("Position");
    case ManagerColumn:
        return tr("Manager");
    case FromColumn:
        return tr("In position from");
    case ToColumn:
        return tr("To");
    case DismissedColumn:
        return tr("Dismissed");
    case AbsenceColumn:
        return tr("Absence on the day");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace bagalau
