// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/contextpage.h"

#include "review/appealservice.h"

class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bagalau {

class AppealModel;
class FilteredTable;
class VoteModel;

// The Appeals and calibration area (§12, §37–42): the applications with the deadlines that
// follow them, the appointing official's decision, the session (hearing, proposals, each
// member's vote and the outcome as the votes come in), the protocol and the feedback meeting.
// Drafts (the application, the hearing, proposals, votes) are undoable commands; the decision
// and the signed protocol are not.
class AppealsPage : public ContextPage
{
    Q_OBJECT

public:
    explicit AppealsPage(QWidget *parent = nullptr);
    ~AppealsPage() override;

    void setContext(const ServiceContext *context) override;
    AppealModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    VoteModel *voteModel() const { return m_votes; }
    QTableView *voteTable() const { return m_voteTable; }
    // The outcome the votes give so far, as shown under the grid.
    QString outcomeText() const;
    // What the page said last (a refusal of a late application, say).
    QString message() const;
    qint64 selectedAppealId() const;
    void selectAppeal(qint64 appealId);
    // The appeal whose id `key` is. The open appeal window of a quarter has no appeal yet: the
    // page just shows itself.
    void showKey(const QString &key, const QString &personnelNo) override;
    void reload();

Q_SIGNALS:
    // A calibrated score or a deadline changed: results and the dashboard may read again.
    void appealsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void updateSession();
    void updateButtons();
    void changed();
    void say(const QString &text, bool problem);
    bool may(Action action) const;
    void askRegister();
    void askDecide();
    void saveHearing();
    void addProposal();
    void requestVote(qint64 proposalId, qint64 memberId, std::optional<Vote> vote);
    void askSign();
    void askFeedback();

    const ServiceContext *m_context = nullptr;
    bool m_columnsRestored = false;
    AppealModel *m_model;
    VoteModel *m_votes;
    QLabel *m_title;
    QLabel *m_message;
    // The list and, for brevity, its parts.
    FilteredTable *m_list;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QGroupBox *m_session;
    QLabel *m_summary;
    QLabel *m_heldOnLabel;
    QDateEdit *m_heldOn;
    QLabel *m_placeLabel;
    QLineEdit *m_place;
    QLabel *m_argumentLabel;
    QPlainTextEdit *m_argument;
    QLabel *m_positionLabel;
    QPlainTextEdit *m_position;
    QPushButton *m_saveHearing;
    QLabel *m_proposalLabel;
    QLineEdit *m_proposalScore;
    QLineEdit *m_proposalArgument;
    QPushButton *m_addProposal;
    QTableView *m_voteTable;
    QLabel *m_outcome;
    QPushButton *m_register;
    QPushButton *m_decide;
    QPushButton *m_sign;
    QPushButton *m_feedback;
};

} // namespace bagalau
