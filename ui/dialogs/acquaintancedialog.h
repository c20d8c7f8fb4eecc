// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/fieldproblems.h"
#include "evaluation/acquaintanceservice.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bagalau {

// The day and the means of a servant's acquaintance with a result (§11), with the last day to
// apply for a calibration session (§12) following the day as it changes. OK hands the values to
// `submit`; on errors the dialog stays open with each message under its field.
class AcquaintanceDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<bool(const Acquaintance &, InputErrors *)>;
    using AppealDue = std::function<QDate(QDate)>;

    AcquaintanceDialog(const QString &subject, QDate day, Submit submit, AppealDue appealDue,
        QWidget *parent = nullptr);

    Acquaintance acquaintance() const;
    void setAcquaintance(const Acquaintance &acquaintance);
    QString appealDueText() const;
    QString problemAt(const QString &column) const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAppealDue();
    void retranslate();

    Submit m_submit;
    AppealDue m_appealDue;
    QString m_subjectText;
    QLabel *m_subject;
    QLabel *m_dayLabel;
    QLabel *m_methodLabel;
    QLabel *m_referenceLabel;
    QLabel *m_appealLabel;
    QDateEdit *m_day;
    QComboBox *m_method;
    QLineEdit *m_reference;
    QLabel *m_appeal;
    FieldProblems m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace bagalau
