// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/fieldproblems.h"
#include "review/commissionservice.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace bagalau {

// The dialogs of chapter 6. Each hands what was typed to `submit` (the page's call to
// CommissionService) and stays open with the errors at their fields when it is refused.
class CommissionDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<bool(InputErrors *)>;
    QString problem(const QString &field) const { return m_problems.text(field); }
    void accept() override;

protected:
    CommissionDialog(const QString &title, QWidget *parent);
    // Adds a row with its problem label under it.
    void addRow(const QString &label, QWidget *field, const QString &problemField = QString());
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    QFormLayout *form() const { return m_form; }

private:
    Submit m_submit;
    QFormLayout *m_form;
    FieldProblems m_problems;
    QDialogButtonBox *m_buttons;
};

// §54, §59: the Commission by order: its chair, members and secretary.
class CommissionFormDialog : public CommissionDialog
{
    Q_OBJECT

public:
    using Form =
        std::function<bool(QDate, const QString &, const QList<CommissionSeat> &, InputErrors *)>;
    CommissionFormDialog(QDate today, Form form, QWidget *parent = nullptr);
    void fill(QDate formedOn, const QString &order, const QString &chair,
        const QStringList &members, const QString &secretary);

private:
    QList<CommissionSeat> seats() const;
    QDateEdit *m_date;
    QLineEdit *m_order;
    QLineEdit *m_chair;
    QPlainTextEdit *m_members;
    QLineEdit *m_secretary;
};

// §43–46: the annual plan of exactly five KCI.
class Chapter6PlanDialog : public CommissionDialog
{
    Q_OBJECT

public:
    struct Candidate
    {
        QString personnelNo;
        QString fullName;
    };
    using Create = std::function<bool(
        const QString &, const DateRange &, QDate, const QList<Kci> &, InputErrors *)>;
    Chapter6PlanDialog(
        const QList<Candidate> &servants, QDate today, Create create, QWidget *parent = nullptr);
    void fill(const QString &personnelNo, const DateRange &period, QDate drawnUpOn,
        const QList<Kci> &kcis);

private:
    QList<Kci> kcis(QString *problem) const;
    QComboBox *m_servant;
    QDateEdit *m_first;
    QDateEdit *m_last;
    QDateEdit *m_drawnUp;
    QLineEdit *m_titles[5];
    QLineEdit *m_units[5];
    QLineEdit *m_plans[5];
    QCheckBox *m_less[5];
};

// §47–51: the direct manager's sheet: the actual value of each KCI.
class ManagerSheetDialog : public CommissionDialog
{
    Q_OBJECT

public:
    using Sign = std::function<bool(const QList<Decimal> &, QDate, InputErrors *)>;
    ManagerSheetDialog(const QString &servant, const QStringList &kciTitles, QDate today, Sign sign,
        QWidget *parent = nullptr);
    void fill(const QStringList &actuals, QDate signedOn);

private:
    QList<QLineEdit *> m_actuals;
    QDateEdit *m_date;
};

// §54–56: a meeting: who of the members came and which cases it considers.
class MeetingDialog : public CommissionDialog
{
    Q_OBJECT

public:
    using Hold = std::function<bool(
        QDate, const QString &, const QList<qint64> &, const QList<qint64> &, InputErrors *)>;
    MeetingDialog(const QList<CommissionSeat> &seats, const QList<CommissionCase> &cases,
        QDate today, Hold hold, QWidget *parent = nullptr);
    void fill(QDate heldOn, const QString &number, const QList<qint64> &present,
        const QList<qint64> &cases);

private:
    static QList<qint64> checked(const QListWidget *list);
    QDateEdit *m_date;
    QLineEdit *m_number;
    QListWidget *m_present;
    QListWidget *m_cases;
};

// §57–63: the open vote on a proposal for a case: approve, or revise with the corrected grade.
class CaseVoteDialog : public CommissionDialog
{
    Q_OBJECT

public:
    using Decide =
        std::function<bool(const CaseProposal &, const QMap<qint64, Vote> &, InputErrors *)>;
    CaseVoteDialog(const QString &caseText, const QList<CommissionSeat> &present, Decide decide,
        QWidget *parent = nullptr);
    void fill(bool approve, std::optional<Band> corrected, const QString &recommendations,
        const QMap<qint64, Vote> &votes);

private:
    QComboBox *m_decision;
    QComboBox *m_band;
    QPlainTextEdit *m_recommendations;
    QList<std::pair<qint64, QComboBox *>> m_votes;
};

} // namespace bagalau
