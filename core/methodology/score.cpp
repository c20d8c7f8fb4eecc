// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/score.h"

#include <QLocale>
#include <QSet>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace bagalau {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

// sum / count rounded half up, for sum >= 0 and count > 0: integer arithmetic only, so 3.995
// becomes 4.00 where a double would have held 3.99499... (decision 5).
qint64 roundedQuotient(qint64 sum, qint64 count)
{
    return (2 * sum + count) / (2 * count);
}

} // namespace

std::optional<Score> Score::parse(const QString &text)
{
    // One integer digit, then optionally '.' and one or two digits.
    if (text.isEmpty() || text.size() == 2 || text.size() > 4 || !isAsciiDigit(text.at(0)))
        return std::nullopt;
    int hundredths = digitValue(text.at(0)) * 100;
    if (text.size() > 1) {
        if (text.at(1) != u'.')
            return std::nullopt;
        for (qsizetype i = 2; i < text.size(); ++i) {
            if (!isAsciiDigit(text.at(i)))
                return std::nullopt;
        }
        hundredths += digitValue(text.at(2)) * 10;
        if (text.size() == 4)
            hundredths += digitValue(text.at(3));
    }
    if (hundredths > MaxHundredths)
        return std::nullopt;
    return Score(hundredths);
}

Score Score::fromMark(int mark)
{
    if (!isValidMark(mark))
        throw std::out_of_range("Score::fromMark: a mark is 0 to 5");
    return Score(mark * 100);
}

Score Score::fromHundredths(int hundredths)
{
    if (hundredths < 0 || hundredths > MaxHundredths)
        throw std::out_of_range("Score::fromHundredths: a score is 0.00 to 5.00");
    return Score(hundredths);
}

Score Score::mean(const QList<Score> &scores)
{
    if (scores.isEmpty())
        throw std::invalid_argument("Score::mean: the mean of nothing");
    qint64 sum = 0;
    for (const Score &score : scores)
        sum += score.m_hundredths;
    return Score(static_cast<int>(roundedQuotient(sum, scores.size())));
}

Score Score::meanOfMarks(const QList<int> &marks)
{
    if (marks.isEmpty())
        throw std::invalid_argument("Score::meanOfMarks: the mean of nothing");
    qint64 sum = 0;
    for (int mark : marks) {
        if (!isValidMark(mark))
            throw std::out_of_range("Score::meanOfMarks: a mark is 0 to 5");
        sum += mark;
    }
    return Score(static_cast<int>(roundedQuotient(sum * 100, marks.size())));
}

QString Score::toString() const
{
    return u"%1.%2"_s.arg(m_hundredths / 100).arg(m_hundredths % 100, 2, 10, QChar(u'0'));
}

QString Score::toLocaleString(const QLocale &locale) const
{
    // Built from the locale's own digits and decimal separator rather than through
    // QLocale::toString(double), so that no binary floating point touches a score.
    const int fraction = m_hundredths % 100;
    return locale.toString(m_hundredths / 100) + locale.decimalPoint()
        + locale.toString(fraction / 10) + locale.toString(fraction % 10);
}

bool isValidMark(int mark)
{
    return mark >= 0 && mark <= 5;
}

QString markError(int mark)
{
    if (isValidMark(mark))
        return {};
    return Score::tr("A mark is a whole number from 0 to 5 (§27, §31); %1 is not a mark.")
        .arg(mark);
}

std::optional<int> parseMark(const QString &text, QString *error)
{
    if (text.size() == 1 && isAsciiDigit(text.at(0)) && isValidMark(digitValue(text.at(0))))
        return digitValue(text.at(0));
    if (error) {
        *error = text.isEmpty()
            ? Score::tr("A mark is missing: enter a whole number from 0 to 5 (§27, §31).")
            : Score::tr("A mark is a whole number from 0 to 5 (§27, §31); \"%1\" is not a mark.")
                  .arg(text);
    }
    return std::nullopt;
}

std::optional<Score> annualScore(const QList<QuarterResult> &quarters, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Score> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QSet<int> seen;
    QList<Score> scores;
    for (const QuarterResult &result : quarters) {
        if (!result.quarter.isValid())
            return fail(Score::tr("A quarter of the annual score is not a valid quarter."));
        if (result.quarter.year() != quarters.first().quarter.year()) {
            return fail(Score::tr("The annual score takes the quarters of one year; %1 and %2 "
                                  "are of different years.")
                            .arg(quarters.first().quarter.key(), result.quarter.key()));
        }
        if (seen.contains(result.quarter.number()))
            return fail(Score::tr("The quarter %1 is given twice.").arg(result.quarter.key()));
        seen.insert(result.quarter.number());
        if (!result.evaluated) {
            // A calibration corrects an evaluation; one that never took place cannot be corrected.
            if (result.calibrated) {
                return fail(Score::tr("The quarter %1 was not evaluated but has a calibrated "
                                      "score.")
                                .arg(result.quarter.key()));
            }
            continue;
        }
        scores.append(result.finalScore());
    }
    if (scores.isEmpty())
        return fail(Score::tr("No quarter of the year was evaluated: there is no annual score."));
    return Score::mean(scores);
}

} // namespace bagalau
