// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/appealservice.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace bagalau {

// Wraps a calibration session's proposals and its members' ballots (§41): one row per proposal,
// a column per member, and the outcome calibrationVote gives. Editing a ballot does not change
// the model: it asks for the vote (voteRequested), and the page reloads after the service wrote it.
class VoteModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ScoreColumn, ArgumentColumn, FirstMemberColumn };
    enum Role {
        ProposalIdRole = Qt::UserRole, // session_proposal.id, in every column
        MemberIdRole, // session_member.id in a member's column, 0 elsewhere
        VoteKeyRole, // "for", "against", "abstain" or "" in a member's column
    };

    explicit VoteModel(QObject *parent = nullptr);

    void setSession(const QList<SessionMember> &members, const QList<SessionProposal> &proposals,
        bool editable);
    SessionProposal proposal(const QModelIndex &index) const;
    qint64 memberId(int column) const;
    int outcomeColumn() const { return FirstMemberColumn + int(m_members.size()); }
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void voteRequested(qint64 proposalId, qint64 memberId, std::optional<bagalau::Vote> vote);

private:
    QString outcomeText(const SessionProposal &proposal) const;

    QList<SessionMember> m_members;
    QList<SessionProposal> m_proposals;
    bool m_editable = false;
};

} // namespace bagalau
