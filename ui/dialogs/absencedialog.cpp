// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/absencedialog.h"

#include "models/localetext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bagalau {

namespace {

const QList<AbsenceKind> Kinds = {AbsenceKind::AnnualLeave, AbsenceKind::SocialLeave,
    AbsenceKind::SickLeave, AbsenceKind::BusinessTrip, AbsenceKind::Training};

} // namespace

AbsenceDialog::AbsenceDialog(const QString &servant, QDate firstDay, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_servant(servant)
    , m_submit(std::move(submit))
    , m_servantLabel(new QLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_firstLabel(new QLabel(this))
    , m_lastLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_first(new QDateEdit(this))
    , m_last(new QDateEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("AbsenceDialog"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_first->setObjectName(QStringLiteral("firstDay"));
    m_last->setObjectName(QStringLiteral("lastDay"));
    m_problem->setObjectName(QStringLiteral("problem"));
    for (AbsenceKind kind : Kinds)
        m_kind->addItem(QString(), int(kind));
    for (QDateEdit *edit : {m_first, m_last}) {
        edit->setCalendarPopup(true);
        edit->setDate(firstDay.isValid() ? firstDay : QDate::currentDate());
    }
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    m_kindLabel->setBuddy(m_kind);
    m_firstLabel->setBuddy(m_first);
    m_lastLabel->setBuddy(m_last);
    // The last day follows the first until the user sets it: most absences are entered in order.
    connect(m_first, &QDateEdit::dateChanged, this, [this](QDate first) {
        if (m_last->date() < first)
            m_last->setDate(first);
    });

    auto *form = new QFormLayout;
    form->addRow(m_servantLabel);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_firstLabel, m_first);
    form->addRow(m_lastLabel, m_last);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AbsenceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AbsenceDialog::reject);
    retranslate();
}

Absence AbsenceDialog::absence() const
{
    return {AbsenceKind(m_kind->currentData().toInt()), {m_first->date(), m_last->date()}};
}

void AbsenceDialog::setAbsence(const Absence &absence)
{
    m_kind->setCurrentIndex(m_kind->findData(int(absence.kind)));
    m_first->setDate(absence.days.first);
    m_last->setDate(absence.days.last);
}

QString AbsenceDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void AbsenceDialog::accept()
{
    m_problem->hide();
    InputErrors errors;
    if (!m_submit || !m_submit(absence(), &errors)) {
        QStringList messages;
        for (const InputError &error : std::as_const(errors))
            messages << error.message;
        if (messages.isEmpty())
            messages << tr("The absence could not be added.");
        m_problem->setText(messages.join(QLatin1Char('\n')));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

void AbsenceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AbsenceDialog::retranslate()
{
    setWindowTitle(tr("New absence"));
    m_servantLabel->setText(tr("Servant: %1").arg(m_servant));
    m_kindLabel->setText(tr("&Kind:"));
    for (int i = 0; i < Kinds.size(); ++i)
        m_kind->setItemText(i, absenceKindLabel(Kinds.at(i)));
    m_firstLabel->setText(tr("&First day:"));
    m_lastLabel->setText(tr("&Last day:"));
    m_first->setDisplayFormat(localDateFormat());
    m_last->setDisplayFormat(localDateFormat());
}

} // namespace bagalau
