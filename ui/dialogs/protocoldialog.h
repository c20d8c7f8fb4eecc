// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/fieldproblems.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bagalau {

// §41: signs a calibration session's protocol with the outcome of its votes. Signing cannot be
// undone, and the dialog says so.
class ProtocolDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<bool(const QString &number, QDate signedOn, InputErrors *)>;

    ProtocolDialog(const QString &outcome, QDate today, Submit submit, QWidget *parent = nullptr);

    void setNumber(const QString &number);
    void setSignedOn(QDate date);
    QString problem(const QString &field) const { return m_problems.text(field); }
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_outcome;
    Submit m_submit;
    QLabel *m_outcomeLabel;
    QLabel *m_numberLabel;
    QLineEdit *m_number;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_final;
    FieldProblems m_problems;
    QDialogButtonBox *m_buttons;
};

// §42: the feedback meeting after the session, on its three topics.
class FeedbackDialog : public QDialog
{
    Q_OBJECT

public:
    struct Meeting
    {
        QDate heldOn;
        QString achievements;
        QString skills;
        QString potential;
    };
    using Submit = std::function<bool(const Meeting &, InputErrors *)>;

    FeedbackDialog(
        const QString &servant, const Meeting &meeting, Submit submit, QWidget *parent = nullptr);

    Meeting meeting() const;
    void setMeeting(const Meeting &meeting);
    QString problem(const QString &field) const { return m_problems.text(field); }
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_servant;
    Submit m_submit;
    QLabel *m_servantLabel;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_labels[3];
    QPlainTextEdit *m_topics[3];
    FieldProblems m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace bagalau
