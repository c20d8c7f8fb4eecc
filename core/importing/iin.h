// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace bagalau {

// Kazakhstan's individual identification number: 12 digits, the first six the date of birth
// YYMMDD, the seventh the century of birth and sex (1–2: 1800s, 3–4: 1900s, 5–6: 2000s), the
// twelfth a check digit. It identifies a servant across imports, so a mistyped one must not pass.
class Iin
{
    Q_DECLARE_TR_FUNCTIONS(Iin)

public:
    // Spaces around the number are forgiven; nullopt with the reason in `error` otherwise.
    static std::optional<Iin> parse(const QString &text, QString *error = nullptr);
    // Empty when `text` is a valid IIN, otherwise what is wrong with it: the length, a
    // character that is not a digit, the century digit, the date of birth, or the check digit.
    static QString validationError(const QString &text);
    // The check digit of the first 11 digits: weights 1..11 modulo 11 and, when that gives 10,
    // weights 3..11, 1, 2. nullopt when `firstEleven` is not 11 ASCII digits or when the
    // second pass gives 10 too (no IIN begins with such digits).
    static std::optional<int> checkDigit(QStringView firstEleven);

    QString toString() const { return m_digits; }
    QDate birthDate() const;

    bool operator==(const Iin &) const = default;

private:
    explicit Iin(QString digits);

    QString m_digits;
};

} // namespace bagalau
