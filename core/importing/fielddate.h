// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace bagalau {

// A date in an imported file: ISO "2024-03-31", as the program itself writes dates, or
// "31.03.2024", as Excel shows them in a Russian or Kazakh Windows.
class FieldDate
{
    Q_DECLARE_TR_FUNCTIONS(FieldDate)

public:
    // Strictly one of the two forms, two-digit day and month, a four-digit year, and a day that
    // exists (31.02.2024 is refused, never moved to March). Spaces around the date are forgiven.
    static std::optional<QDate> parse(const QString &text);
    // For the user: names the column (when given) and the value, and shows the two forms.
    static QString invalidMessage(const QString &value, const QString &column = {});
};

} // namespace bagalau
