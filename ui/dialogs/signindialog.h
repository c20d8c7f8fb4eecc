// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bagalau {

// Asks for a login and a password until the attempt succeeds or the user cancels. The attempt
// itself belongs to the caller (MainWindow::signIn), so the dialog never sees the file.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // Returns true when signed in, or false with the reason to show.
    using Attempt =
        std::function<bool(const QString &login, const QString &password, QString *refusal)>;

    SignInDialog(
        const QString &fileName, const QString &login, Attempt attempt, QWidget *parent = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_fileName;
    Attempt m_attempt;
    QLabel *m_intro;
    QLabel *m_loginLabel;
    QLabel *m_passwordLabel;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace bagalau
