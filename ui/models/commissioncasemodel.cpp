// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/commissioncasemodel.h"

#include "models/localetext.h"

namespace bagalau {

CommissionCaseModel::CommissionCaseModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CommissionCaseModel::setCases(const QList<CommissionCase> &cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

CommissionCase CommissionCaseModel::commissionCase(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_cases.size())
        return {};
    return m_cases.at(index.row());
}

void CommissionCaseModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_cases.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString CommissionCaseModel::text(const CommissionCase &c, int column) const
{
    switch (column) {
    case ServantColumn:
        return c.fullName;
    case PeriodColumn:
        return tr("%1 – %2").arg(dateText(c.period.first), dateText(c.period.last));
    case AchievedColumn:
        return c.achieved && c.band ? tr("%1 of 5: %2").arg(*c.achieved).arg(bandLabel(*c.band))
                                    : QString();
    case SuperiorColumn:
        if (c.superiorDecision == QLatin1String("agree"))
            return tr("agreed on %1").arg(dateText(c.superiorDecidedOn));
        if (c.superiorDecision == QLatin1String("return"))
            return tr("returned on %1").arg(dateText(c.superiorDecidedOn));
        return tr("awaits the superior manager");
    case DueColumn:
        if (c.resubmissionDue.isValid())
            return tr("resubmit by %1").arg(dateText(c.resubmissionDue));
        if (c.submissionDue.isValid() && c.meetingId == 0)
            return tr("to the Commission by %1").arg(dateText(c.submissionDue));
        return {};
    case MeetingColumn:
        return dateText(c.meetingHeldOn);
    case DecisionColumn:
        if (c.decision == QLatin1String("approve"))
            return tr("approved: %1").arg(c.band ? bandLabel(*c.band) : QString());
        if (c.decision == QLatin1String("revise") && c.correctedBand)
            return tr("revised: %1").arg(bandLabel(*c.correctedBand));
        return {};
    case ComplaintDueColumn:
        return dateText(c.complaintDue);
    default:
        return {};
    }
}

int CommissionCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CommissionCaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommissionCaseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size() || index.column() >= ColumnCount)
        return {};
    const CommissionCase &c = m_cases.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DecisionColumn && !c.recommendations.isEmpty())
            return c.recommendations;
        if (index.column() == ComplaintDueColumn)
            return tr("§67: a complaint within 10 working days of the decision");
        return text(c, index.column());
    case CaseIdRole:
        return c.id;
    case SortRole:
        switch (index.column()) {
        case PeriodColumn:
            return c.period.first;
        case AchievedColumn:
            return c.achieved.value_or(-1);
        case MeetingColumn:
            return c.meetingHeldOn;
        case ComplaintDueColumn:
            return c.complaintDue;
        default:
            return text(c, index.column());
        }
    default:
        return {};
    }
}

QVariant CommissionCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServantColumn:
        return tr("Servant");
    case PeriodColumn:
        return tr("Period");
    case AchievedColumn:
        return tr("KCI achieved");
    case SuperiorColumn:
        return tr("Superior manager");
    case DueColumn:
        return tr("Next deadline");
    case MeetingColumn:
        return tr("Meeting");
    case DecisionColumn:
        return tr("Decision");
    case ComplaintDueColumn:
        return tr("Complaint due");
    default:
        return {};
    }
}

CommissionSeatModel::CommissionSeatModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CommissionSeatModel::setSeats(const QList<CommissionSeat> &seats)
{
    beginResetModel();
    m_seats = seats;
    endResetModel();
}

QString CommissionSeatModel::roleLabel(CommissionRole role)
{
    switch (role) {
    case CommissionRole::Chair:
        return tr("chair");
    case CommissionRole::Member:
        return tr("member");
    case CommissionRole::Secretary:
        return tr("secretary (does not vote)");
    }
    return {};
}

void CommissionSeatModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_seats.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CommissionSeatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_seats.size());
}

int CommissionSeatModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommissionSeatModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_seats.size() || index.column() >= ColumnCount)
        return {};
    const CommissionSeat &seat = m_seats.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == NameColumn ? seat.fullName : roleLabel(seat.role);
    if (role == SeatIdRole)
        return seat.id;
    return {};
}

QVariant CommissionSeatModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Member") : section == RoleColumn ? tr("Role") : QVariant();
}

} // namespace bagalau
