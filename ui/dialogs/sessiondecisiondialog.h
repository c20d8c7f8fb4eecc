// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/fieldproblems.h"
#include "review/appealservice.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace bagalau {

// A person who may sit in a calibration session: a servant of the staff list.
struct SessionCandidate
{
    qint64 servantId = 0;
    QString fullName;
};

// §38: the appointing official's decision on an application: whether a session is held, the
// order, and the members approved (the evaluator among them).
class SessionDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<bool(const SessionDecision &, InputErrors *)>;

    SessionDecisionDialog(const QString &appeal, const QList<SessionCandidate> &candidates,
        QDate today, Submit submit, QWidget *parent = nullptr);

    SessionDecision decision() const;
    void setOrdered(bool ordered);
    void setOrderReference(const QString &reference);
    void setDecidedOn(QDate date);
    // Checks the members with these servant ids; the evaluator is one of them.
    void setMembers(const QList<qint64> &servantIds, qint64 evaluatorId);
    QString problem(const QString &field) const { return m_problems.text(field); }
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();

    QString m_appeal;
    QList<SessionCandidate> m_candidates;
    Submit m_submit;
    QLabel *m_appealLabel;
    QCheckBox *m_ordered;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_orderLabel;
    QLineEdit *m_order;
    QLabel *m_membersLabel;
    QListWidget *m_members;
    QLabel *m_evaluatorLabel;
    QComboBox *m_evaluator;
    FieldProblems m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace bagalau
