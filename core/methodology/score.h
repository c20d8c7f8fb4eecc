// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/period.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <compare>
#include <optional>

class QLocale;

namespace bagalau {

// An exact score from 0.00 to 5.00, kept in integer hundredths. Scores decide bonuses (§8), so
// they are never binary floating point: DIGEST decision 5.
class Score
{
    Q_DECLARE_TR_FUNCTIONS(Score)

public:
    static constexpr int MaxHundredths = 500;

    constexpr Score() = default;

    // "4", "4.5", "4.33": 0 to 5 with at most two decimals and '.' as the separator. Nothing
    // else is a score: no sign, no spaces, no comma, no third decimal (a score is never rounded
    // silently on input).
    static std::optional<Score> parse(const QString &text);
    // A value outside the range is a programming error, never a score: these throw
    // std::out_of_range (and the means std::invalid_argument for an empty list) instead of
    // producing a figure that could reach a bonus. User input goes through parse() and
    // markError() first.
    static Score fromMark(int mark);
    static Score fromHundredths(int hundredths); // 0 to 500

    // The exact mean rounded half up to two decimals (decision 5).
    static Score mean(const QList<Score> &scores);
    // The score of a sheet: the exact mean of its marks 0–5, rounded half up (decision 5).
    static Score meanOfMarks(const QList<int> &marks);

    int hundredths() const { return m_hundredths; }
    // "3.75": always two decimals and '.', as data files and the command line write it.
    QString toString() const;
    // "3,75" in Russian and Kazakh: the printed forms' way (FORMS.md).
    QString toLocaleString(const QLocale &locale) const;

    auto operator<=>(const Score &) const = default;

private:
    constexpr explicit Score(int hundredths)
        : m_hundredths(hundredths)
    { }

    int m_hundredths = 0;
};

// Marks are whole numbers from 0 to 5 (§27, §31, decision 9).
bool isValidMark(int mark);
// Empty when the mark is valid, otherwise a message for the user.
QString markError(int mark);
// A mark typed by the user: "0" to "5" and nothing else; nullopt with the message in `error`.
std::optional<int> parseMark(const QString &text, QString *error = nullptr);

// One quarter's result for the annual score (§4).
struct QuarterResult
{
    Quarter quarter;
    bool evaluated = false; // false: not evaluated (§5), left out of the annual mean
    Score original; // the quarterly score as the evaluator set it
    // The score adopted by a calibration session (§41); it replaces `original` everywhere after
    // the protocol (decision 6).
    std::optional<Score> calibrated;

    Score finalScore() const { return calibrated.value_or(original); }
};

// §4: the annual score is the mean of the quarterly scores of the quarters actually evaluated,
// each taken as finally adopted (decision 6), rounded half up (decision 5). nullopt, with the
// reason in `error`, when no quarter was evaluated or the quarters do not make one year.
std::optional<Score> annualScore(const QList<QuarterResult> &quarters, QString *error = nullptr);

} // namespace bagalau
