// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/contextpage.h"

#include "review/commissionservice.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bagalau {

class CommissionCaseModel;
class CommissionSeatModel;

// The Commission area (chapter 6, §43–68): its members, the annual plans brought forward with
// the managers' steps and deadlines, the meetings with their quorum, the open votes and the
// decisions with the complaint deadline. Each step is a signed act of its author, so none is an
// undoable edit.
class CommissionPage : public ContextPage
{
    Q_OBJECT

public:
    explicit CommissionPage(QWidget *parent = nullptr);
    ~CommissionPage() override;

    void setContext(const ServiceContext *context) override;
    CommissionCaseModel *caseModel() const { return m_cases; }
    CommissionSeatModel *seatModel() const { return m_seats; }
    QTableView *caseTable() const { return m_caseTable; }
    QString message() const;
    qint64 selectedCaseId() const;
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void say(const QString &text, bool problem);
    CommissionCase selectedCase() const;
    void askForm();
    void askPlan();
    void askSheet();
    void superior(bool agree);
    void askMeeting();
    void askVote();

    const ServiceContext *m_context = nullptr;
    bool m_columnsSized = false;
    bool m_columnsRestored = false;
    CommissionCaseModel *m_cases;
    QSortFilterProxyModel *m_proxy;
    CommissionSeatModel *m_seats;
    QLabel *m_title;
    QLabel *m_window;
    QLabel *m_message;
    QLabel *m_seatsLabel;
    QTableView *m_seatTable;
    QLabel *m_meetingsLabel;
    QLabel *m_casesLabel;
    QTableView *m_caseTable;
    QPushButton *m_form;
    QPushButton *m_plan;
    QPushButton *m_sheet;
    QPushButton *m_agree;
    QPushButton *m_return;
    QPushButton *m_meeting;
    QPushButton *m_vote;
};

} // namespace bagalau
