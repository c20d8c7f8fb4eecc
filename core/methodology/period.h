// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace bagalau {

// A closed range of calendar days [first, last].
struct DateRange
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    bool contains(QDate day) const { return day >= first && day <= last; }
    bool overlaps(const DateRange &other) const
    {
        return first <= other.last && other.first <= last;
    }
    // The part of this range inside `other`; invalid when they do not overlap.
    DateRange clippedTo(const DateRange &other) const;
    bool operator==(const DateRange &) const = default;
};

// A reporting quarter (§4: KCI and ranking are evaluated per quarter).
class Quarter
{
public:
    Quarter() = default;
    Quarter(int year, int number);

    // "2024Q2" (also "2024q2"); nullopt for anything else, a quarter outside 1..4 included.
    static std::optional<Quarter> parse(const QString &text);
    static Quarter containing(QDate day);

    int year() const { return m_year; }
    int number() const { return m_number; }
    bool isValid() const { return m_number >= 1 && m_number <= 4 && m_year > 0; }

    QDate firstDay() const;
    QDate lastDay() const;
    DateRange range() const { return {firstDay(), lastDay()}; }
    Quarter next() const;
    Quarter previous() const;

    QString key() const; // "2024Q2"
    auto operator<=>(const Quarter &) const = default;

private:
    int m_year = 0;
    int m_number = 0;
};

// Parses an ISO date "YYYY-MM-DD" strictly (a 31.02 is not a date); nullopt when it is not one.
std::optional<QDate> parseIsoDate(const QString &text);

} // namespace bagalau
