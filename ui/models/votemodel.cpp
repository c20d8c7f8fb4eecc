// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/votemodel.h"

#include <QLocale>

namespace bagalau {

VoteModel::VoteModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void VoteModel::setSession(
    const QList<SessionMember> &members, const QList<SessionProposal> &proposals, bool editable)
{
    beginResetModel();
    m_members = members;
    m_proposals = proposals;
    m_editable = editable;
    endResetModel();
}

SessionProposal VoteModel::proposal(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_proposals.size())
        return {};
    return m_proposals.at(index.row());
}

qint64 VoteModel::memberId(int column) const
{
    const int member = column - FirstMemberColumn;
    return member >= 0 && member < m_members.size() ? m_members.at(member).id : 0;
}

void VoteModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_proposals.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString VoteModel::outcomeText(const SessionProposal &proposal) const
{
    const CalibrationOutcome &outcome = proposal.outcome;
    const int cast = outcome.votesFor + outcome.votesAgainst + outcome.abstentions;
    if (cast < m_members.size())
        return tr("%1 of %2 voted").arg(cast).arg(m_members.size());
    return outcome.adopted ? tr("adopted: %1 for of %2").arg(outcome.votesFor).arg(cast)
                           : tr("no majority: %1 for of %2").arg(outcome.votesFor).arg(cast);
}

int VoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proposals.size());
}

int VoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : outcomeColumn() + 1;
}

QVariant VoteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_proposals.size() || index.column() >= columnCount())
        return {};
    const SessionProposal &proposal = m_proposals.at(index.row());
    const qint64 member = memberId(index.column());
    const auto vote = proposal.votes.constFind(member);
    const bool voted = member != 0 && vote != proposal.votes.constEnd();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == ScoreColumn)
            return proposal.score.toLocaleString(QLocale());
        if (index.column() == ArgumentColumn)
            return proposal.argument;
        if (index.column() == outcomeColumn())
            return outcomeText(proposal);
        return voted ? voteLabel(*vote) : QString();
    case Qt::EditRole:
    case VoteKeyRole:
        return voted ? voteKey(*vote) : QString();
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case ProposalIdRole:
        return proposal.id;
    case MemberIdRole:
        return member;
    default:
        return {};
    }
}

bool VoteModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString key = value.toString();
    const auto vote = voteFromKey(key);
    if (!key.isEmpty() && !vote)
        return false;
    Q_EMIT voteRequested(m_proposals.at(index.row()).id, memberId(index.column()), vote);
    return true;
}

Qt::ItemFlags VoteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && memberId(index.column()) != 0)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant VoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == ScoreColumn)
        return tr("Proposed score");
    if (section == ArgumentColumn)
        return tr("Argument");
    if (section == outcomeColumn())
        return tr("Outcome");
    const int member = section - FirstMemberColumn;
    if (member < 0 || member >= m_members.size())
        return {};
    const SessionMember &m = m_members.at(member);
    return m.evaluator ? tr("%1 (evaluator)").arg(m.fullName) : m.fullName;
}

} // namespace bagalau
