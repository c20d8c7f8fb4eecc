// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/signindialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace bagalau {

SignInDialog::SignInDialog(
    const QString &fileName, const QString &login, Attempt attempt, QWidget *parent)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_attempt(std::move(attempt))
    , m_intro(new QLabel(this))
    , m_loginLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("SignInDialog"));
    m_intro->setWordWrap(true);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setText(login);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    // Enter in either field signs in.
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    (login.isEmpty() ? m_login : m_password)->setFocus();
    retranslate();
    setMinimumWidth(380);
}

void SignInDialog::accept()
{
    QString refusal;
    if (m_attempt(m_login->text().trimmed(), m_password->text(), &refusal)) {
        m_password->clear();
        QDialog::accept();
        return;
    }
    // The password is never kept on screen after a refusal.
    m_password->clear();
    m_password->setFocus();
    m_message->setText(refusal);
    m_message->show();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in — Bagalau"));
    m_intro->setText(tr("%1 is kept confidential: sign in with your account to open it.")
                         .arg(QDir::toNativeSeparators(m_fileName)));
    m_loginLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace bagalau
