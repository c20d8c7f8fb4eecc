// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/transferdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bagalau {

namespace {

// Always with the century: a transfer act names full dates, and two-digit years mislead.
QString editFormat()
{
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    return format.contains(QStringLiteral("yyyy")) ? format : QStringLiteral("dd.MM.yyyy");
}

QDate firstWeekday(QDate from, int dayOfWeek)
{
    QDate day = from;
    while (day.dayOfWeek() != dayOfWeek)
        day = day.addDays(1);
    return day;
}

} // namespace

TransferDialog::TransferDialog(int year, QWidget *parent)
    : QDialog(parent)
    , m_dayOff(new QDateEdit(this))
    , m_workingDay(new QDateEdit(this))
    , m_act(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("TransferDialog"));
    setWindowTitle(tr("Transfer of a day off, %1").arg(year));
    auto *explanation = new QLabel(tr("A transfer act (a government decree, or from 2024 an order "
                                      "of the labour ministry) makes a weekday a day off and a "
                                      "Saturday or Sunday a working day in its place."),
        this);
    explanation->setWordWrap(true);

    // Only dates a transfer of this year can have: the acts never reach into another year.
    for (QDateEdit *edit : {m_dayOff, m_workingDay}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(editFormat());
        edit->setDateRange(QDate(year, 1, 1), QDate(year, 12, 31));
        connect(edit, &QDateEdit::dateChanged, this, &TransferDialog::check);
    }
    m_dayOff->setObjectName(QStringLiteral("transferDayOff"));
    m_workingDay->setObjectName(QStringLiteral("transferWorkingDay"));
    m_act->setObjectName(QStringLiteral("transferAct"));
    m_act->setPlaceholderText(tr("e.g. order of the labour ministry No. … of …"));
    m_problem->setObjectName(QStringLiteral("transferProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    const QDate monday = firstWeekday(QDate(year, 1, 1), Qt::Monday);
    m_dayOff->setDate(monday);
    m_workingDay->setDate(firstWeekday(monday, Qt::Saturday));

    auto *form = new QFormLayout;
    form->addRow(tr("Weekday made a &day off:"), m_dayOff);
    form->addRow(tr("Weekend day made a &working day:"), m_workingDay);
    form->addRow(QString(), m_problem);
    form->addRow(tr("&Act:"), m_act);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    check();
    m_dayOff->setFocus();
}

Transfer TransferDialog::transfer() const
{
    return {m_dayOff->date(), m_workingDay->date(), m_act->text().trimmed()};
}

void TransferDialog::setTransfer(const Transfer &transfer)
{
    m_dayOff->setDate(transfer.dayOff);
    m_workingDay->setDate(transfer.workingDay);
    m_act->setText(transfer.act);
    check();
}

QString TransferDialog::problem() const
{
    return m_problem->text();
}

void TransferDialog::check()
{
    const QString problem = transferError(transfer());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (m_ok)
        m_ok->setEnabled(problem.isEmpty());
}

} // namespace bagalau
