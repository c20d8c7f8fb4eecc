// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/period.h"

#include <QRegularExpression>

#include <algorithm>

namespace bagalau {

DateRange DateRange::clippedTo(const DateRange &other) const
{
    if (!overlaps(other))
        return {};
    return {std::max(first, other.first), std::min(last, other.last)};
}

Quarter::Quarter(int year, int number)
    : m_year(year)
    , m_number(number)
{ }

std::optional<Quarter> Quarter::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})[Qq]([1-4])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return Quarter(match.captured(1).toInt(), match.captured(2).toInt());
}

Quarter Quarter::containing(QDate day)
{
    return Quarter(day.year(), (day.month() - 1) / 3 + 1);
}

QDate Quarter::firstDay() const
{
    return QDate(m_year, (m_number - 1) * 3 + 1, 1);
}

QDate Quarter::lastDay() const
{
    return firstDay().addMonths(3).addDays(-1);
}

Quarter Quarter::next() const
{
    return m_number == 4 ? Quarter(m_year + 1, 1) : Quarter(m_year, m_number + 1);
}

Quarter Quarter::previous() const
{
    return m_number == 1 ? Quarter(m_year - 1, 4) : Quarter(m_year, m_number - 1);
}

QString Quarter::key() const
{
    return QStringLiteral("%1Q%2").arg(m_year).arg(m_number);
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(
        match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace bagalau
