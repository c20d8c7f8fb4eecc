// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/contextpage.h"

#include "evaluation/kciplanservice.h"
#include "methodology/period.h"
#include "services/inputerror.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QUndoCommand;

namespace bagalau {

class FilteredTable;
class KciHistoryModel;
class KciItemModel;
class KciPlanListModel;

// The KCI plans area (§21–25): the heads of the apparatus of a quarter with their individual
// work plans; the selected plan's KCI with their SMART fields, edited in place while a draft
// (undoable), approved by the superior manager, changed afterwards only with a reason (§25);
// its history; and its KCI score sheet once approved.
class KciPlansPage : public ContextPage
{
    Q_OBJECT

public:
    explicit KciPlansPage(QWidget *parent = nullptr);

    void setContext(const ServiceContext *context) override;

    Quarter quarter() const;
    void setQuarter(const Quarter &quarter);
    KciPlanListModel *planModel() const { return m_planModel; }
    KciItemModel *kciModel() const { return m_kciModel; }
    KciHistoryModel *historyModel() const { return m_historyModel; }
    // The selected head's personnel number; empty when none.
    QString selectedPersonnelNo() const;
    void selectPlan(const QString &personnelNo);
    // The quarter `key` ("2024Q1") with the head's plan shown.
    void showKey(const QString &key, const QString &personnelNo) override;

    // What the buttons do once their dialog was answered: false with the messages shown.
    bool addKci();
    bool removeKci(int number);
    bool approve(const QString &approvedBy);
    bool changeKci(const KciItem &item, const QString &reason);
    // The messages shown under the KCI table.
    QString errorText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void showPlan();
    void updateButtons();
    void showErrors(const InputErrors &errors);
    void fillQuarters();
    void onEditRequested(const KciItem &before, const KciItem &after);
    void askApprove();
    void askOpenSheet();
    bool runCommand(QUndoCommand *command);

    const ServiceContext *m_context = nullptr;
    KciPlanRecord m_plan;
    InputErrors m_lastErrors;

    QLabel *m_title;
    QLabel *m_quarterLabel;
    QComboBox *m_quarter;
    KciPlanListModel *m_planModel;
    // The plans and, for brevity, their list's parts.
    FilteredTable *m_planList;
    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_plans;
    QLabel *m_planHeading;
    QTabWidget *m_tabs;
    KciItemModel *m_kciModel;
    QTableView *m_kcis;
    KciHistoryModel *m_historyModel;
    QTableView *m_history;
    QLabel *m_errors;
    QPushButton *m_addKci;
    QPushButton *m_removeKci;
    QPushButton *m_approve;
    QPushButton *m_changeKci;
    QPushButton *m_openSheet;
};

} // namespace bagalau
