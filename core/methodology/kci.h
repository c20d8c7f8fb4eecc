// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/score.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

class QLocale;

namespace bagalau {

// An exact decimal with four decimals (integer ten-thousandths) for KCI plan and actual values
// and realization percents: a KCI's figures decide a mark, so they are never binary floating point.
class Decimal
{
public:
    static constexpr qint64 Scale = 10000;
    static constexpr int MaxIntegerDigits = 12;

    constexpr Decimal() = default;

    // "12", "-3.5", "0.0001", "1234567.25": an optional '-', 1 to 12 digits, then optionally '.'
    // and 1 to 4 digits. No '+', no spaces, no grouping, no comma, no exponent: nullopt.
    static std::optional<Decimal> parse(const QString &text);
    static constexpr Decimal fromRaw(qint64 tenThousandths) { return Decimal(tenThousandths); }
    static constexpr Decimal fromInteger(qint64 value) { return Decimal(value * Scale); }

    qint64 raw() const { return m_raw; }
    bool isZero() const { return m_raw == 0; }
    bool isNegative() const { return m_raw < 0; }
    // The number of decimals it needs (0 to 4).
    int decimals() const;

    // "87.5" with minDecimals 0, "87.50" with 2: '.' and no grouping.
    QString toString(int minDecimals = 0) const;
    // The same in the locale's digits and decimal separator ("87,50" in Russian).
    QString toLocaleString(const QLocale &locale, int minDecimals = 0) const;

    auto operator<=>(const Decimal &) const = default;

private:
    constexpr explicit Decimal(qint64 raw)
        : m_raw(raw)
    { }

    qint64 m_raw = 0;
};

enum class KciDirection { MoreIsBetter, LessIsBetter };

// "more_is_better", "less_is_better".
QString kciDirectionKey(KciDirection direction);
std::optional<KciDirection> kciDirectionFromKey(const QString &key);
QString kciDirectionLabel(KciDirection direction);

// One key target indicator of an individual work plan (§22–24, appendix 1).
struct Kci
{
    QString title;
    QString unit;
    Decimal plan;
    Decimal actual;
    KciDirection direction = KciDirection::MoreIsBetter;
};

// §23: 3 to 5 KCI in a plan; chapter 6 (§46): exactly 5.
enum class KciRegime { Regular, Chapter6 };
inline constexpr int MinKciCount = 3;
inline constexpr int MaxKciCount = 5;
inline constexpr int Chapter6KciCount = 5;

// Messages for everything wrong with a plan (empty when it is valid): the count (§23, §46), an
// empty title or unit, a negative plan value, a zero plan where more is better.
QStringList validateKciPlan(const QList<Kci> &kcis, KciRegime regime = KciRegime::Regular);

// The realization of a KCI in percent, rounded half up to two decimals.
//   more is better: actual / plan × 100;   less is better: plan / actual × 100.
// Zero values (documented decisions, each tested):
//   more is better, plan 0: no realization (the plan is invalid, validateKciPlan says so);
//   less is better, plan 0 and actual 0: 100 % (the target "none" was met exactly);
//   less is better, plan 0 and actual > 0: 0 %;
//   less is better, plan > 0 and actual 0: unbounded — better than any percent can express; it
//   falls in the open-ended top row of the appendix-3 table.
struct Realization
{
    std::optional<Decimal> percent; // nullopt: unbounded

    bool isUnbounded() const { return !percent.has_value(); }
    // "87.50 %"; "∞" when unbounded.
    QString toLocaleString(const QLocale &locale) const;
};

// nullopt with the message in `error` when the values are negative, the plan is zero where more
// is better, or the percent would pass 1 000 000 000 % (values surely mistyped).
std::optional<Realization> realizationOf(const Kci &kci, QString *error = nullptr);

// A row of the appendix-3 table "allowed mark by KCI realization percent": realizations from
// fromPercent to toPercent, both included, allow marks minMark to maxMark. The table is data the
// chief specialist enters (decision 10); toPercent nullopt is the open-ended "and above" row.
struct AllowedMarkRow
{
    Decimal fromPercent;
    std::optional<Decimal> toPercent;
    int minMark = 0;
    int maxMark = 5;
};

struct MarkRange
{
    int min = 0;
    int max = 5;
    bool contains(int mark) const { return mark >= min && mark <= max; }
    bool operator==(const MarkRange &) const = default;
};

// Messages for a table that cannot be used (empty when it is valid): marks outside 0–5 or
// reversed, bounds negative, reversed or with more than two decimals (realizations have two),
// overlapping rows, more than one open-ended row.
QStringList validateAllowedMarkTable(const QList<AllowedMarkRow> &table);

// The marks the table allows for a realization. An empty table allows any mark 0–5 (decision
// 10). nullopt with the message when the table is invalid or has no row for this realization.
std::optional<MarkRange> allowedMarks(
    const QList<AllowedMarkRow> &table, const Realization &realization, QString *error = nullptr);

// One line of the KCI score sheet (appendix 2).
struct KciSheetLine
{
    Kci kci;
    std::optional<int> mark; // 0–5 (§27); nullopt until the evaluator sets it
};

// §27: the sheet's score is the mean of its marks (Score::meanOfMarks), each mark within the
// range the table allows for its KCI. nullopt with every problem in `errors` otherwise.
std::optional<Score> kciSheetScore(const QList<KciSheetLine> &lines,
    const QList<AllowedMarkRow> &table, QStringList *errors = nullptr);

} // namespace bagalau
