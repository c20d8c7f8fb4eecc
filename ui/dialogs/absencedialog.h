// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/eligibility.h"
#include "services/inputerror.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace bagalau {

// An absence of one servant (§5): its kind and its first and last day. OK hands it to `submit`
// (the page's call to StaffService); on errors the dialog stays open and shows them.
class AbsenceDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<bool(const Absence &, InputErrors *)>;

    AbsenceDialog(const QString &servant, QDate firstDay, Submit submit, QWidget *parent = nullptr);

    Absence absence() const;
    void setAbsence(const Absence &absence);
    QString problem() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_servant;
    Submit m_submit;
    QLabel *m_servantLabel;
    QLabel *m_kindLabel;
    QLabel *m_firstLabel;
    QLabel *m_lastLabel;
    QComboBox *m_kind;
    QDateEdit *m_first;
    QDateEdit *m_last;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace bagalau
