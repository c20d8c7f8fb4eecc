// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QLabel;
class QLineEdit;

namespace bagalau {

// A new password is typed twice: this says so at `message` when the two differ, clears the
// repetition and puts the cursor back in the password, so that the user types both again.
class PasswordConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(PasswordConfirmation)

public:
    static bool confirm(QLineEdit *password, QLineEdit *repeat, QLabel *message);
};

} // namespace bagalau
