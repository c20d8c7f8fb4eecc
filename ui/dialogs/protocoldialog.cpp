// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/protocoldialog.h"

#include "models/localetext.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bagalau {

ProtocolDialog::ProtocolDialog(const QString &outcome, QDate today, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_outcome(outcome)
    , m_submit(std::move(submit))
    , m_outcomeLabel(new QLabel(this))
    , m_numberLabel(new QLabel(this))
    , m_number(new QLineEdit(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_final(new QLabel(this))
    , m_problems(this)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ProtocolDialog"));
    m_number->setObjectName(QStringLiteral("protocolNumber"));
    m_date->setObjectName(QStringLiteral("signedOn"));
    m_outcomeLabel->setWordWrap(true);
    m_final->setWordWrap(true);
    m_date->setCalendarPopup(true);
    m_date->setDate(today);
    m_numberLabel->setBuddy(m_number);
    m_dateLabel->setBuddy(m_date);
    auto *form = new QFormLayout;
    form->addRow(m_outcomeLabel);
    form->addRow(m_numberLabel, m_number);
    form->addRow(QString(), m_problems.add(QStringLiteral("protocol_number")));
    form->addRow(m_dateLabel, m_date);
    form->addRow(QString(), m_problems.add(QStringLiteral("signed_on")));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_final);
    layout->addWidget(m_problems.general());
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProtocolDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProtocolDialog::reject);
    retranslate();
}

void ProtocolDialog::setNumber(const QString &number)
{
    m_number->setText(number);
}

void ProtocolDialog::setSignedOn(QDate date)
{
    m_date->setDate(date);
}

void ProtocolDialog::accept()
{
    InputErrors errors;
    if (!m_submit || !m_submit(m_number->text(), m_date->date(), &errors)) {
        m_problems.show(errors, tr("The protocol could not be signed."));
        return;
    }
    QDialog::accept();
}

void ProtocolDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProtocolDialog::retranslate()
{
    setWindowTitle(tr("Sign the protocol"));
    m_outcomeLabel->setText(m_outcome);
    m_numberLabel->setText(tr("Protocol &No.:"));
    m_dateLabel->setText(tr("&Signed on:"));
    m_date->setDisplayFormat(localDateFormat());
    m_final->setText(tr("A signed protocol cannot be undone: its score replaces the quarter's "
                        "score everywhere (§41)."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign"));
}

FeedbackDialog::FeedbackDialog(
    const QString &servant, const Meeting &meeting, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_servant(servant)
    , m_submit(std::move(submit))
    , m_servantLabel(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_labels{new QLabel(this), new QLabel(this), new QLabel(this)}
    , m_topics{new QPlainTextEdit(this), new QPlainTextEdit(this), new QPlainTextEdit(this)}
    , m_problems(this)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("FeedbackDialog"));
    m_date->setObjectName(QStringLiteral("feedbackOn"));
    m_date->setCalendarPopup(true);
    m_dateLabel->setBuddy(m_date);
    const char *const fields[] = {"achievements", "skills", "potential"};
    auto *form = new QFormLayout;
    form->addRow(m_servantLabel);
    form->addRow(m_dateLabel, m_date);
    form->addRow(QString(), m_problems.add(QStringLiteral("feedback_on")));
    for (int i = 0; i < 3; ++i) {
        m_topics[i]->setObjectName(QString::fromLatin1(fields[i]));
        m_topics[i]->setTabChangesFocus(true);
        m_topics[i]->setMinimumHeight(60);
        m_topics[i]->setMaximumHeight(100);
        m_labels[i]->setBuddy(m_topics[i]);
        form->addRow(m_labels[i], m_topics[i]);
        form->addRow(QString(), m_problems.add(QString::fromLatin1(fields[i])));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems.general());
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FeedbackDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FeedbackDialog::reject);
    setMeeting(meeting);
    resize(560, sizeHint().height());
    retranslate();
}

FeedbackDialog::Meeting FeedbackDialog::meeting() const
{
    return {m_date->date(), m_topics[0]->toPlainText(), m_topics[1]->toPlainText(),
        m_topics[2]->toPlainText()};
}

void FeedbackDialog::setMeeting(const Meeting &meeting)
{
    m_date->setDate(meeting.heldOn);
    m_topics[0]->setPlainText(meeting.achievements);
    m_topics[1]->setPlainText(meeting.skills);
    m_topics[2]->setPlainText(meeting.potential);
}

void FeedbackDialog::accept()
{
    InputErrors errors;
    if (!m_submit || !m_submit(meeting(), &errors)) {
        m_problems.show(errors, tr("The meeting could not be recorded."));
        return;
    }
    QDialog::accept();
}

void FeedbackDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FeedbackDialog::retranslate()
{
    setWindowTitle(tr("Feedback meeting"));
    m_servantLabel->setText(m_servant);
    m_dateLabel->setText(tr("&Held on:"));
    m_date->setDisplayFormat(localDateFormat());
    m_labels[0]->setText(tr("&Achievements:"));
    m_labels[1]->setText(tr("S&kills and competencies:"));
    m_labels[2]->setText(tr("&Potential and career aspirations:"));
}

} // namespace bagalau
