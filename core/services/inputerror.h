// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace bagalau {

// One bad value of a user's input: where it is, what it is, and what is allowed.
struct InputError
{
    int line = 0; // the line in the file, 0 when the input is not a file
    QString column; // the column or field name
    QString value; // the value as the user wrote it
    QString message; // what is wrong and what is allowed
    bool refused = false; // not bad input: the account may not do this (§15, §20)

    // "line 3, mark "6": a mark is a whole number from 0 to 5"
    QString toString() const;
};

using InputErrors = QList<InputError>;

} // namespace bagalau
