// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/passwordconfirmation.h"

#include <QLabel>
#include <QLineEdit>

namespace bagalau {

bool PasswordConfirmation::confirm(QLineEdit *password, QLineEdit *repeat, QLabel *message)
{
    if (password->text() == repeat->text())
        return true;
    message->setText(tr("The two passwords differ; type the same password twice."));
    message->show();
    repeat->clear();
    password->selectAll();
    password->setFocus();
    return false;
}

} // namespace bagalau
