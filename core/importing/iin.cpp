// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/iin.h"

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace bagalau {

namespace {

constexpr qsizetype Length = 12;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitAt(QStringView digits, qsizetype index)
{
    return digits.at(index).unicode() - u'0';
}

// The first year of the century the seventh digit names; 0 when it names none.
int centuryStart(QChar seventh)
{
    switch (seventh.unicode()) {
    case u'1':
    case u'2':
        return 1800;
    case u'3':
    case u'4':
        return 1900;
    case u'5':
    case u'6':
        return 2000;
    default:
        return 0;
    }
}

QDate birthDateOf(QStringView digits)
{
    const int century = centuryStart(digits.at(6));
    if (century == 0)
        return {};
    return QDate(century + digitAt(digits, 0) * 10 + digitAt(digits, 1),
        digitAt(digits, 2) * 10 + digitAt(digits, 3), digitAt(digits, 4) * 10 + digitAt(digits, 5));
}

} // namespace

Iin::Iin(QString digits)
    : m_digits(std::move(digits))
{ }

std::optional<Iin> Iin::parse(const QString &text, QString *error)
{
    const QString message = validationError(text);
    if (error)
        *error = message;
    if (!message.isEmpty())
        return std::nullopt;
    return Iin(text.trimmed());
}

QString Iin::validationError(const QString &text)
{
    const QString iin = text.trimmed();
    if (iin.isEmpty())
        return tr("The IIN is missing; an IIN is 12 digits.");
    for (qsizetype i = 0; i < iin.size(); ++i) {
        if (isAsciiDigit(iin.at(i)))
            continue;
        // "8.60412E+11": Excel took the IIN for a number, and its last digits are gone.
        if (iin.contains(u"E+"_s, Qt::CaseInsensitive)) {
            return tr("IIN \"%1\" was written as a number in exponent form, which loses digits. "
                      "Format the column as text in the spreadsheet and type the 12 digits "
                      "again.")
                .arg(iin);
        }
        return tr("IIN \"%1\": character %2 (\"%3\") is not a digit; an IIN is 12 digits.")
            .arg(iin, QString::number(i + 1), iin.at(i));
    }
    if (iin.size() == Length - 1) {
        // IINs of those born in 2000–2009 begin with 0, which a spreadsheet drops from a number.
        return tr("IIN \"%1\" has 11 digits; an IIN has 12. A spreadsheet may have dropped its "
                  "leading zero: format the column as text.")
            .arg(iin);
    }
    if (iin.size() != Length) {
        return tr(
            "IIN \"%1\" has %n digit(s); an IIN has 12.", nullptr, static_cast<int>(iin.size()))
            .arg(iin);
    }
    const int century = centuryStart(iin.at(6));
    if (century == 0) {
        return tr("IIN %1: the seventh digit is %2, but it must be 1 to 6 (the century of birth "
                  "and sex).")
            .arg(iin, iin.at(6));
    }
    if (!birthDateOf(iin).isValid()) {
        return tr("IIN %1: its first six digits, %2, are not a date of birth (YYMMDD) in the "
                  "years %3–%4.")
            .arg(iin, iin.first(6), QString::number(century), QString::number(century + 99));
    }
    const std::optional<int> expected = checkDigit(QStringView(iin).first(Length - 1));
    if (!expected) {
        return tr("IIN %1 cannot exist: no check digit fits its first eleven digits. A digit is "
                  "probably mistyped.")
            .arg(iin);
    }
    if (*expected != digitAt(iin, Length - 1)) {
        return tr("IIN %1: the last digit is %2, but the check digit of the first eleven is %3. "
                  "A digit is probably mistyped.")
            .arg(iin, iin.at(Length - 1), QString::number(*expected));
    }
    return {};
}

std::optional<int> Iin::checkDigit(QStringView firstEleven)
{
    if (firstEleven.size() != Length - 1)
        return std::nullopt;
    for (const QChar c : firstEleven) {
        if (!isAsciiDigit(c))
            return std::nullopt;
    }
    static constexpr int firstWeights[11] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    static constexpr int secondWeights[11] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    for (const int *weights : {firstWeights, secondWeights}) {
        int sum = 0;
        for (qsizetype i = 0; i < Length - 1; ++i)
            sum += digitAt(firstEleven, i) * weights[i];
        if (sum % 11 != 10)
            return sum % 11;
    }
    return std::nullopt;
}

QDate Iin::birthDate() const
{
    return birthDateOf(m_digits);
}

} // namespace bagalau
