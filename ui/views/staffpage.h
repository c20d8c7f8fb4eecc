// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/contextpage.h"

#include "services/staffservice.h"

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoCommand;

namespace bagalau {

class FilteredTable;
class ServiceContext;
class StaffModel;

// The Staff area: who held which position on a chosen day, each servant's card, the ways
// servants and absences come in (one by one or from a CSV file), and the changes of a servant's
// details, position, secondment and dismissal, each an undoable command on the window's stack.
// Every read and change goes through StaffService, which refuses what the signed-in account may not
// do; the list is read again after each change.
class StaffPage : public ContextPage
{
    Q_OBJECT

public:
    explicit StaffPage(QWidget *parent = nullptr);
    ~StaffPage() override;

    void setContext(const ServiceContext *context) override;
    StaffModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QDate day() const;
    void setDay(QDate day);

    // The service calls behind the buttons and dialogs: false with the service's errors.
    bool addServant(const NewServant &servant, InputErrors *errors);
    bool addAbsence(const QString &personnelNo, const Absence &absence, InputErrors *errors);
    bool editServant(
        const QString &personnelNo, const ServantDetails &details, InputErrors *errors);
    bool reassign(const QString &personnelNo, const NewAssignment &assignment, InputErrors *errors);
    bool endAssignment(const QString &personnelNo, QDate lastDay, InputErrors *errors);
    bool dismiss(const QString &personnelNo, QDate day, const QString &reason, InputErrors *errors);
    InputErrors validate(const QList<NewServant> &servants) const;
    bool importServants(const QList<NewServant> &servants, InputErrors *errors);
    std::optional<ServantHistory> history(const QString &personnelNo, QString *error) const;
    QString selectedPersonnelNo() const;
    void reload();

Q_SIGNALS:
    // Servants or absences were added: other pages' lists may have changed.
    void staffChanged();

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void restoreSettings();
    void saveSettings() const;
    bool mayChangeStaff() const;
    void showErrors(const QString &title, const InputErrors &errors);
    void askCard();
    void askAddServant();
    void askAddAbsence();
    void askImport();
    void askEdit();
    void askNewPosition();
    void askEndOfService(bool dismissal);
    // After a change or its undo/redo: the list is read again and other pages told.
    void changed();
    void push(QUndoCommand *command);
    void commandDone(const InputErrors &errors);
    QString selectedName() const;
    AssignmentRecord currentAssignment(const QString &personnelNo) const;

    const ServiceContext *m_context = nullptr;
    StaffModel *m_model;
    QLabel *m_title;
    QLabel *m_problem;
    QLabel *m_dayLabel;
    QDateEdit *m_day;
    // The list and, for brevity, its parts.
    FilteredTable *m_list;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_card;
    QPushButton *m_addServant;
    QPushButton *m_addAbsence;
    QPushButton *m_import;
    QPushButton *m_edit;
    QPushButton *m_newPosition;
    QPushButton *m_endAssignment;
    QPushButton *m_dismiss;
};

} // namespace bagalau
