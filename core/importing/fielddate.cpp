// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/fielddate.h"

namespace bagalau {

namespace {

// ASCII digits only: QString::toInt() and \d would also take other scripts' digits.
std::optional<int> number(QStringView digits)
{
    int value = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<QDate> date(QStringView year, QStringView month, QStringView day)
{
    const std::optional<int> y = number(year);
    const std::optional<int> m = number(month);
    const std::optional<int> d = number(day);
    if (!y || !m || !d)
        return std::nullopt;
    const QDate result(*y, *m, *d);
    if (!result.isValid())
        return std::nullopt;
    return result;
}

} // namespace

std::optional<QDate> FieldDate::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 10)
        return std::nullopt;
    const QStringView view(trimmed);
    if (view.at(4) == u'-' && view.at(7) == u'-')
        return date(view.sliced(0, 4), view.sliced(5, 2), view.sliced(8, 2));
    if (view.at(2) == u'.' && view.at(5) == u'.')
        return date(view.sliced(6, 4), view.sliced(3, 2), view.sliced(0, 2));
    return std::nullopt;
}

QString FieldDate::invalidMessage(const QString &value, const QString &column)
{
    const QString shown = value.trimmed();
    if (column.isEmpty()) {
        if (shown.isEmpty()) {
            return tr("The date is missing. Write it as YYYY-MM-DD (2024-03-31) or DD.MM.YYYY "
                      "(31.03.2024).");
        }
        return tr("\"%1\" is not a date. Write it as YYYY-MM-DD (2024-03-31) or DD.MM.YYYY "
                  "(31.03.2024).")
            .arg(shown);
    }
    if (shown.isEmpty()) {
        return tr("Column \"%1\": the date is missing. Write it as YYYY-MM-DD (2024-03-31) or "
                  "DD.MM.YYYY (31.03.2024).")
            .arg(column);
    }
    return tr("Column \"%1\": \"%2\" is not a date. Write it as YYYY-MM-DD (2024-03-31) or "
              "DD.MM.YYYY (31.03.2024).")
        .arg(column, shown);
}

} // namespace bagalau
