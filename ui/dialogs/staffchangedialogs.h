// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/fieldproblems.h"
#include "services/staffservice.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bagalau {

// The three changes of a servant's service on the Staff page. Each hands its fields to `submit`
// (the page's call to StaffService) on OK and stays open with the errors at their fields when
// the service refuses; which value is allowed is the service's decision, never the dialog's.

// A transfer or appointment to another position or under another manager from a day on.
class NewPositionDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<bool(const NewAssignment &, InputErrors *)>;

    // `servant` names them ("Ахметов Серик (002)"); `current` is the position held now.
    NewPositionDialog(const QString &servant, const AssignmentRecord &current, Submit submit,
        QWidget *parent = nullptr);

    NewAssignment assignment() const;
    void setAssignment(const NewAssignment &assignment);
    void setSuggestions(
        const QStringList &units, const QStringList &positions, const QStringList &personnelNos);
    QString problemAt(const QString &field) const { return m_problems.text(field); }
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_servant;
    AssignmentRecord m_current;
    Submit m_submit;
    FieldProblems m_problems;
    QLabel *m_servantLabel;
    QLabel *m_currentLabel;
    QLabel *m_fromLabel;
    QLabel *m_categoryLabel;
    QLabel *m_unitLabel;
    QLabel *m_positionLabel;
    QLabel *m_managerLabel;
    QDateEdit *m_from;
    QComboBox *m_category;
    QLineEdit *m_unit;
    QLineEdit *m_position;
    QLineEdit *m_manager;
    QDialogButtonBox *m_buttons;
};

// A day (and for a dismissal its reason) that ends the servant's position: the end of a
// secondment without dismissal, or a dismissal from the body (§6).
class EndOfServiceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { EndAssignment, Dismissal };
    using Submit = std::function<bool(QDate day, const QString &reason, InputErrors *)>;

    EndOfServiceDialog(Kind kind, const QString &servant, const AssignmentRecord &current,
        QDate day, Submit submit, QWidget *parent = nullptr);

    QDate day() const;
    void setDay(QDate day);
    QString reason() const;
    void setReason(const QString &reason);
    QString problemAt(const QString &field) const { return m_problems.text(field); }
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString dayField() const;

    Kind m_kind;
    QString m_servant;
    AssignmentRecord m_current;
    Submit m_submit;
    FieldProblems m_problems;
    QLabel *m_servantLabel;
    QLabel *m_currentLabel;
    QLabel *m_dayLabel;
    QLabel *m_reasonLabel;
    QDateEdit *m_day;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace bagalau
