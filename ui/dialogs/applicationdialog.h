// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/fieldproblems.h"
#include "review/appealservice.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace bagalau {

// §12: a servant's application against a signed sheet: the sheet, the day it came, its text.
// While the day is after the sheet's due date the dialog says so at the date: the application
// is then kept as refused. OK hands it to `submit`; on errors the dialog stays open.
class ApplicationDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<bool(
        qint64 sheetId, QDate appliedOn, const QString &text, InputErrors *errors)>;

    ApplicationDialog(const QList<AppealableSheet> &sheets, QDate today, Submit submit,
        QWidget *parent = nullptr);

    void setSheet(qint64 sheetId);
    void setAppliedOn(QDate date);
    void setText(const QString &text);
    // The warning at the date while the application would be late.
    QString lateWarning() const;
    QString problem(const QString &field) const { return m_problems.text(field); }
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateLate();

    QList<AppealableSheet> m_sheets;
    Submit m_submit;
    QLabel *m_sheetLabel;
    QLabel *m_dateLabel;
    QLabel *m_textLabel;
    QComboBox *m_sheet;
    QLabel *m_acquainted;
    QDateEdit *m_date;
    QLabel *m_late;
    QPlainTextEdit *m_text;
    FieldProblems m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace bagalau
