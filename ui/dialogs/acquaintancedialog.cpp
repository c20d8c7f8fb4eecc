// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/acquaintancedialog.h"

#include "models/localetext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bagalau {

AcquaintanceDialog::AcquaintanceDialog(
    const QString &subject, QDate day, Submit submit, AppealDue appealDue, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_appealDue(std::move(appealDue))
    , m_subjectText(subject)
    , m_subject(new QLabel(this))
    , m_dayLabel(new QLabel(this))
    , m_methodLabel(new QLabel(this))
    , m_referenceLabel(new QLabel(this))
    , m_appealLabel(new QLabel(this))
    , m_day(new QDateEdit(this))
    , m_method(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_appeal(new QLabel(this))
    , m_problems(this)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("AcquaintanceDialog"));
    m_subject->setWordWrap(true);
    m_day->setObjectName(QStringLiteral("day"));
    m_day->setCalendarPopup(true);
    m_day->setDate(day);
    m_method->setObjectName(QStringLiteral("method"));
    const QStringList methods = AcquaintanceService::methods();
    for (const QString &method : methods)
        m_method->addItem(QString(), method);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_appeal->setObjectName(QStringLiteral("appealDue"));
    QFont bold = m_appeal->font();
    bold.setBold(true);
    m_appeal->setFont(bold);
    m_dayLabel->setBuddy(m_day);
    m_methodLabel->setBuddy(m_method);
    m_referenceLabel->setBuddy(m_reference);
    connect(m_day, &QDateEdit::dateChanged, this, &AcquaintanceDialog::updateAppealDue);

    auto *form = new QFormLayout;
    form->addRow(m_dayLabel, m_problems.withProblem(QStringLiteral("day"), m_day));
    form->addRow(m_methodLabel, m_problems.withProblem(QStringLiteral("method"), m_method));
    form->addRow(
        m_referenceLabel, m_problems.withProblem(QStringLiteral("reference"), m_reference));
    form->addRow(m_appealLabel, m_appeal);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AcquaintanceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_subject);
    layout->addLayout(form);
    layout->addWidget(m_problems.general());
    layout->addWidget(m_buttons);

    retranslate();
    updateAppealDue();
    m_day->setFocus();
}

Acquaintance AcquaintanceDialog::acquaintance() const
{
    return {m_day->date(), m_method->currentData().toString(), m_reference->text().trimmed()};
}

void AcquaintanceDialog::setAcquaintance(const Acquaintance &acquaintance)
{
    m_day->setDate(acquaintance.day);
    const int index = m_method->findData(acquaintance.method);
    if (index >= 0)
        m_method->setCurrentIndex(index);
    m_reference->setText(acquaintance.reference);
}

QString AcquaintanceDialog::appealDueText() const
{
    return m_appeal->text();
}

QString AcquaintanceDialog::problemAt(const QString &column) const
{
    return m_problems.text(column);
}

void AcquaintanceDialog::accept()
{
    m_problems.clear();
    InputErrors errors;
    if (!m_submit || !m_submit(acquaintance(), &errors)) {
        m_problems.show(errors);
        return;
    }
    QDialog::accept();
}

void AcquaintanceDialog::updateAppealDue()
{
    const QDate due = m_appealDue ? m_appealDue(m_day->date()) : QDate();
    m_appeal->setText(due.isValid()
            ? tr("%1, %2", "date, weekday").arg(dateText(due), weekdayText(due))
            : QString());
}

void AcquaintanceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AcquaintanceDialog::retranslate()
{
    setWindowTitle(tr("Acquaintance with the result"));
    m_subject->setText(m_subjectText);
    m_dayLabel->setText(tr("&Acquainted on:"));
    m_day->setLocale(QLocale());
    m_day->setDisplayFormat(localDateFormat());
    m_methodLabel->setText(tr("&How:"));
    for (int i = 0; i < m_method->count(); ++i)
        m_method->setItemText(
            i, AcquaintanceService::methodLabel(m_method->itemData(i).toString()));
    m_referenceLabel->setText(tr("&Reference:"));
    m_reference->setPlaceholderText(tr("the letter's number, the message's date and time…"));
    m_appealLabel->setText(tr("Application due (§12):"));
    m_appeal->setToolTip(
        tr("The servant may apply for a calibration session within five working days"));
    updateAppealDue();
}

} // namespace bagalau
