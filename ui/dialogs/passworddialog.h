// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bagalau {

// A new password for an account, typed twice so a slip of the finger does not lock anyone out.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordDialog(const QString &login, QWidget *parent = nullptr);

    QString password() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_login;
    QLabel *m_intro;
    QLabel *m_passwordLabel;
    QLabel *m_repeatLabel;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace bagalau
