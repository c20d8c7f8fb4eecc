// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/sessiondecisiondialog.h"

#include "models/localetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace bagalau {

SessionDecisionDialog::SessionDecisionDialog(const QString &appeal,
    const QList<SessionCandidate> &candidates, QDate today, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_appeal(appeal)
    , m_candidates(candidates)
    , m_submit(std::move(submit))
    , m_appealLabel(new QLabel(this))
    , m_ordered(new QCheckBox(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_orderLabel(new QLabel(this))
    , m_order(new QLineEdit(this))
    , m_membersLabel(new QLabel(this))
    , m_members(new QListWidget(this))
    , m_evaluatorLabel(new QLabel(this))
    , m_evaluator(new QComboBox(this))
    , m_problems(this)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("SessionDecisionDialog"));
    m_ordered->setObjectName(QStringLiteral("ordered"));
    m_date->setObjectName(QStringLiteral("decidedOn"));
    m_order->setObjectName(QStringLiteral("orderReference"));
    m_members->setObjectName(QStringLiteral("members"));
    m_evaluator->setObjectName(QStringLiteral("evaluator"));
    m_appealLabel->setWordWrap(true);
    m_ordered->setChecked(true);
    m_date->setCalendarPopup(true);
    m_date->setDate(today);
    for (const SessionCandidate &candidate : candidates) {
        auto *item = new QListWidgetItem(candidate.fullName, m_members);
        item->setData(Qt::UserRole, candidate.servantId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_evaluator->addItem(candidate.fullName, candidate.servantId);
    }
    m_members->setMinimumHeight(140);
    m_dateLabel->setBuddy(m_date);
    m_orderLabel->setBuddy(m_order);
    m_membersLabel->setBuddy(m_members);
    m_evaluatorLabel->setBuddy(m_evaluator);
    connect(m_ordered, &QCheckBox::toggled, this, &SessionDecisionDialog::updateEnabled);
    // The evaluator sits in the session: choosing them checks them.
    connect(m_evaluator, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (QListWidgetItem *item = m_members->item(index))
            item->setCheckState(Qt::Checked);
    });

    auto *form = new QFormLayout;
    form->addRow(m_appealLabel);
    form->addRow(QString(), m_ordered);
    form->addRow(m_dateLabel, m_date);
    form->addRow(QString(), m_problems.add(QStringLiteral("decided_on")));
    form->addRow(m_orderLabel, m_order);
    form->addRow(m_evaluatorLabel, m_evaluator);
    form->addRow(m_membersLabel, m_members);
    form->addRow(QString(), m_problems.add(QStringLiteral("members")));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems.general());
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SessionDecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SessionDecisionDialog::reject);
    retranslate();
    updateEnabled();
}

SessionDecision SessionDecisionDialog::decision() const
{
    SessionDecision decision;
    decision.ordered = m_ordered->isChecked();
    decision.decidedOn = m_date->date();
    decision.orderReference = m_order->text();
    if (!decision.ordered)
        return decision;
    const qint64 evaluator = m_evaluator->currentData().toLongLong();
    for (int row = 0; row < m_members->count(); ++row) {
        const QListWidgetItem *item = m_members->item(row);
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (item->checkState() == Qt::Checked)
            decision.members << SessionMember{0, id, item->text(), id == evaluator};
    }
    return decision;
}

void SessionDecisionDialog::setOrdered(bool ordered)
{
    m_ordered->setChecked(ordered);
}

void SessionDecisionDialog::setOrderReference(const QString &reference)
{
    m_order->setText(reference);
}

void SessionDecisionDialog::setDecidedOn(QDate date)
{
    m_date->setDate(date);
}

void SessionDecisionDialog::setMembers(const QList<qint64> &servantIds, qint64 evaluatorId)
{
    for (int row = 0; row < m_members->count(); ++row) {
        QListWidgetItem *item = m_members->item(row);
        item->setCheckState(servantIds.contains(item->data(Qt::UserRole).toLongLong())
                ? Qt::Checked
                : Qt::Unchecked);
    }
    m_evaluator->setCurrentIndex(m_evaluator->findData(evaluatorId));
}

void SessionDecisionDialog::updateEnabled()
{
    const bool ordered = m_ordered->isChecked();
    m_members->setEnabled(ordered);
    m_evaluator->setEnabled(ordered);
}

void SessionDecisionDialog::accept()
{
    InputErrors errors;
    if (!m_submit || !m_submit(decision(), &errors)) {
        m_problems.show(errors, tr("The decision could not be recorded."));
        return;
    }
    QDialog::accept();
}

void SessionDecisionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SessionDecisionDialog::retranslate()
{
    setWindowTitle(tr("Decision on the application"));
    m_appealLabel->setText(m_appeal);
    m_ordered->setText(tr("&Hold a calibration session (§38)"));
    m_dateLabel->setText(tr("&Decided on:"));
    m_orderLabel->setText(tr("&Order:"));
    m_order->setPlaceholderText(tr("No. and date of the order"));
    m_evaluatorLabel->setText(tr("&Evaluator:"));
    m_membersLabel->setText(tr("&Members:"));
    m_date->setDisplayFormat(localDateFormat());
}

} // namespace bagalau
