// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/accountdialog.h"

#include "dialogs/passwordconfirmation.h"

#include "dialogs/rolecheckboxes.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace bagalau {

AccountDialog::AccountDialog(QWidget *parent)
    : QDialog(parent)
    , m_loginLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_rolesLabel(new QLabel(this))
    , m_servantLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_repeatLabel(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_roles(new RoleCheckBoxes(this))
    , m_servant(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("AccountDialog"));
    m_login->setObjectName(QStringLiteral("login"));
    m_name->setObjectName(QStringLiteral("name"));
    m_servant->setObjectName(QStringLiteral("servant"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    m_loginLabel->setBuddy(m_login);
    m_nameLabel->setBuddy(m_name);
    m_servantLabel->setBuddy(m_servant);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);

    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_rolesLabel, m_roles);
    form->addRow(m_servantLabel, m_servant);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    retranslate();
}

NewAccount AccountDialog::account() const
{
    return {m_login->text().trimmed(), m_name->text().trimmed(), m_roles->roles(),
        m_servant->text().trimmed()};
}

QString AccountDialog::password() const
{
    return m_password->text();
}

void AccountDialog::accept()
{
    if (PasswordConfirmation::confirm(m_password, m_repeat, m_message))
        QDialog::accept();
}

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AccountDialog::retranslate()
{
    setWindowTitle(tr("New account"));
    m_loginLabel->setText(tr("&Login:"));
    m_nameLabel->setText(tr("&Name:"));
    m_rolesLabel->setText(tr("Roles:"));
    m_servantLabel->setText(tr("&Servant's personnel number:"));
    m_servant->setPlaceholderText(tr("required for a servant or the head"));
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("&Repeat the password:"));
}

} // namespace bagalau
