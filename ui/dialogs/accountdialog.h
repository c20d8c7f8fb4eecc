// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/accountservice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bagalau {

class RoleCheckBoxes;

// The fields of a new account. Only checks that the password was typed the same twice; every
// other rule is AccountService's, which answers when the page calls it.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountDialog(QWidget *parent = nullptr);

    NewAccount account() const;
    QString password() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_loginLabel;
    QLabel *m_nameLabel;
    QLabel *m_rolesLabel;
    QLabel *m_servantLabel;
    QLabel *m_passwordLabel;
    QLabel *m_repeatLabel;
    QLineEdit *m_login;
    QLineEdit *m_name;
    RoleCheckBoxes *m_roles;
    QLineEdit *m_servant;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace bagalau
