// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/kci.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace bagalau {

namespace {

class KciText
{
    Q_DECLARE_TR_FUNCTIONS(KciText)
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Realizations are rounded to hundredths of a percent: one hundred raw units.
constexpr qint64 rawPerHundredth = Decimal::Scale / 100;
// Above this many times the plan (1 000 000 000 %), the values were surely mistyped.
constexpr qint64 maxRatio = 10'000'000;

// numerator / denominator × 100, rounded half up to hundredths of a percent, by long division so
// that nothing overflows for any two decimals of up to 12 integer digits. Both >= 0, denominator
// > 0; nullopt when the ratio reaches maxRatio.
std::optional<Decimal> percentOf(qint64 numerator, qint64 denominator)
{
    qint64 hundredths = numerator / denominator;
    if (hundredths >= maxRatio)
        return std::nullopt;
    qint64 remainder = numerator % denominator;
    // ratio × 10 000 = percent in hundredths: four more decimal digits of the quotient.
    for (int digit = 0; digit < 4; ++digit) {
        remainder *= 10;
        hundredths = hundredths * 10 + remainder / denominator;
        remainder %= denominator;
    }
    if (2 * remainder >= denominator)
        ++hundredths;
    return Decimal::fromRaw(hundredths * rawPerHundredth);
}

QString kciName(int index, const Kci &kci)
{
    return kci.title.trimmed().isEmpty()
        ? KciText::tr("KCI %1").arg(index + 1)
        : KciText::tr("KCI %1 \"%2\"").arg(QString::number(index + 1), kci.title.trimmed());
}

QString percentText(const Decimal &percent)
{
    return percent.toString(2) + u" %"_s;
}

QString rangeText(const AllowedMarkRow &row)
{
    return row.toPercent
        ? KciText::tr("%1 to %2").arg(percentText(row.fromPercent), percentText(*row.toPercent))
        : KciText::tr("%1 and above").arg(percentText(row.fromPercent));
}

} // namespace

std::optional<Decimal> Decimal::parse(const QString &text)
{
    qsizetype i = 0;
    const bool negative = text.startsWith(u'-');
    if (negative)
        ++i;
    qint64 integer = 0;
    int integerDigits = 0;
    for (; i < text.size() && isAsciiDigit(text.at(i)); ++i, ++integerDigits)
        integer = integer * 10 + (text.at(i).unicode() - u'0');
    if (integerDigits == 0 || integerDigits > MaxIntegerDigits)
        return std::nullopt;
    qint64 fraction = 0;
    if (i < text.size()) {
        if (text.at(i) != u'.')
            return std::nullopt;
        ++i;
        int fractionDigits = 0;
        for (; i < text.size() && isAsciiDigit(text.at(i)); ++i, ++fractionDigits)
            fraction = fraction * 10 + (text.at(i).unicode() - u'0');
        if (fractionDigits == 0 || fractionDigits > 4 || i != text.size())
            return std::nullopt;
        for (; fractionDigits < 4; ++fractionDigits)
            fraction *= 10;
    }
    const qint64 raw = integer * Scale + fraction;
    return Decimal(negative ? -raw : raw);
}

int Decimal::decimals() const
{
    qint64 fraction = (m_raw < 0 ? -m_raw : m_raw) % Scale;
    if (fraction == 0)
        return 0;
    int count = 4;
    for (; fraction % 10 == 0; fraction /= 10)
        --count;
    return count;
}

QString Decimal::toString(int minDecimals) const
{
    return toLocaleString(QLocale::c(), minDecimals);
}

QString Decimal::toLocaleString(const QLocale &locale, int minDecimals) const
{
    const qint64 magnitude = m_raw < 0 ? -m_raw : m_raw;
    QString text = m_raw < 0 ? locale.negativeSign() : QString();
    QLocale noGrouping = locale;
    noGrouping.setNumberOptions(QLocale::OmitGroupSeparator);
    text += noGrouping.toString(magnitude / Scale);
    const int shown = std::clamp(std::max(decimals(), minDecimals), 0, 4);
    if (shown > 0) {
        text += locale.decimalPoint();
        qint64 fraction = magnitude % Scale;
        for (int digit = 0; digit < shown; ++digit) {
            fraction *= 10;
            text += locale.toString(fraction / Scale);
            fraction %= Scale;
        }
    }
    return text;
}

QString kciDirectionKey(KciDirection direction)
{
    switch (direction) {
    case KciDirection::MoreIsBetter:
        return u"more_is_better"_s;
    case KciDirection::LessIsBetter:
        return u"less_is_better"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<KciDirection> kciDirectionFromKey(const QString &key)
{
    for (KciDirection direction : {KciDirection::MoreIsBetter, KciDirection::LessIsBetter}) {
        if (kciDirectionKey(direction) == key)
            return direction;
    }
    return std::nullopt;
}

QString kciDirectionLabel(KciDirection direction)
{
    switch (direction) {
    case KciDirection::MoreIsBetter:
        return KciText::tr("More is better");
    case KciDirection::LessIsBetter:
        return KciText::tr("Less is better");
    }
    Q_UNREACHABLE();
    return {};
}

QStringList validateKciPlan(const QList<Kci> &kcis, KciRegime regime)
{
    QStringList errors;
    if (regime == KciRegime::Chapter6 && kcis.size() != Chapter6KciCount) {
        errors << KciText::tr("A plan under chapter 6 holds exactly 5 KCI (§46), not %1.")
                      .arg(kcis.size());
    } else if (regime == KciRegime::Regular
        && (kcis.size() < MinKciCount || kcis.size() > MaxKciCount)) {
        errors << KciText::tr("A plan holds from 3 to 5 KCI (§23), not %1.").arg(kcis.size());
    }
    for (qsizetype i = 0; i < kcis.size(); ++i) {
        const Kci &kci = kcis.at(i);
        const QString name = kciName(static_cast<int>(i), kci);
        if (kci.title.trimmed().isEmpty())
            errors << KciText::tr("%1 has no title.").arg(name);
        if (kci.unit.trimmed().isEmpty())
            errors
                << KciText::tr("%1 has no unit of measure (§24: a KCI is measurable).").arg(name);
        if (kci.plan.isNegative())
            errors << KciText::tr("%1: the plan value is negative.").arg(name);
        else if (kci.plan.isZero() && kci.direction == KciDirection::MoreIsBetter)
            errors << KciText::tr("%1: the plan value is 0 where more is better, so nothing "
                                  "could measure its realization.")
                          .arg(name);
    }
    return errors;
}

QString Realization::toLocaleString(const QLocale &locale) const
{
    if (!percent)
        return u"∞"_s;
    return percent->toLocaleString(locale, 2) + QChar(0x00A0) + locale.percent();
}

std::optional<Realization> realizationOf(const Kci &kci, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Realization> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (kci.plan.isNegative() || kci.actual.isNegative())
        return fail(KciText::tr("KCI values are not negative."));

    const bool more = kci.direction == KciDirection::MoreIsBetter;
    const qint64 numerator = more ? kci.actual.raw() : kci.plan.raw();
    const qint64 denominator = more ? kci.plan.raw() : kci.actual.raw();
    if (denominator == 0) {
        if (more) {
            return fail(KciText::tr("The plan value is 0 where more is better: the realization "
                                    "cannot be measured."));
        }
        // Less is better and nothing happened: a zero target met exactly is 100 %; a positive
        // target undercut to nothing is better than any percent (the table's open top row).
        if (kci.plan.isZero())
            return Realization{Decimal::fromInteger(100)};
        return Realization{std::nullopt};
    }
    const std::optional<Decimal> percent = percentOf(numerator, denominator);
    if (!percent) {
        return fail(KciText::tr("The realization passes 1 000 000 000 %: check the plan and "
                                "actual values."));
    }
    return Realization{percent};
}

QStringList validateAllowedMarkTable(const QList<AllowedMarkRow> &table)
{
    QStringList errors;
    const auto hasAtMostTwoDecimals = [](const Decimal &value) {
        return value.decimals() <= 2;
    };
    for (qsizetype i = 0; i < table.size(); ++i) {
        const AllowedMarkRow &row = table.at(i);
        const int number = static_cast<int>(i) + 1;
        if (!isValidMark(row.minMark) || !isValidMark(row.maxMark))
            errors << KciText::tr("Row %1: marks are whole numbers from 0 to 5.").arg(number);
        else if (row.minMark > row.maxMark)
            errors << KciText::tr("Row %1: the lowest mark is above the highest.").arg(number);
        if (row.fromPercent.isNegative())
            errors << KciText::tr("Row %1: a realization percent is not negative.").arg(number);
        if (row.toPercent && *row.toPercent < row.fromPercent)
            errors << KciText::tr("Row %1: the range of percents is reversed.").arg(number);
        if (!hasAtMostTwoDecimals(row.fromPercent)
            || (row.toPercent && !hasAtMostTwoDecimals(*row.toPercent))) {
            errors << KciText::tr("Row %1: percents have at most two decimals, as realizations "
                                  "are rounded to two.")
                          .arg(number);
        }
    }
    // Overlaps: sort the rows by their lower bound and compare neighbours.
    QList<qsizetype> order(table.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&table](qsizetype a, qsizetype b) {
        return table.at(a).fromPercent < table.at(b).fromPercent;
    });
    for (qsizetype k = 1; k < order.size(); ++k) {
        const AllowedMarkRow &lower = table.at(order.at(k - 1));
        const AllowedMarkRow &upper = table.at(order.at(k));
        if (!lower.toPercent || *lower.toPercent >= upper.fromPercent) {
            const auto [a, b] = std::minmax(order.at(k - 1), order.at(k));
            errors << KciText::tr("Rows %1 (%2) and %3 (%4) overlap: a realization would have "
                                  "two ranges of marks.")
                          .arg(QString::number(a + 1), rangeText(table.at(a)),
                              QString::number(b + 1), rangeText(table.at(b)));
        }
    }
    return errors;
}

std::optional<MarkRange> allowedMarks(
    const QList<AllowedMarkRow> &table, const Realization &realization, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<MarkRange> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (table.isEmpty())
        return MarkRange{0, 5};
    if (!validateAllowedMarkTable(table).isEmpty()) {
        return fail(KciText::tr("The table of allowed marks (appendix 3) has errors; correct it "
                                "first."));
    }
    for (const AllowedMarkRow &row : table) {
        const bool covers = realization.isUnbounded() ? !row.toPercent
                                                      : *realization.percent >= row.fromPercent
                && (!row.toPercent || *realization.percent <= *row.toPercent);
        if (covers)
            return MarkRange{row.minMark, row.maxMark};
    }
    return fail(realization.isUnbounded()
            ? KciText::tr("The table of allowed marks (appendix 3) has no open-ended top "
                          "row for a realization better than any percent.")
            : KciText::tr("The table of allowed marks (appendix 3) has no row for %1.")
                  .arg(percentText(*realization.percent)));
}

std::optional<Score> kciSheetScore(
    const QList<KciSheetLine> &lines, const QList<AllowedMarkRow> &table, QStringList *errors)
{
    QList<Kci> kcis;
    for (const KciSheetLine &line : lines)
        kcis << line.kci;
    QStringList problems = validateKciPlan(kcis, KciRegime::Regular);
    if (const QStringList tableErrors = validateAllowedMarkTable(table); !tableErrors.isEmpty()) {
        problems << KciText::tr("The table of allowed marks (appendix 3) has errors:");
        problems << tableErrors;
    }

    QList<int> marks;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const KciSheetLine &line = lines.at(i);
        const QString name = kciName(static_cast<int>(i), line.kci);
        if (!line.mark) {
            problems << KciText::tr("%1 has no mark.").arg(name);
            continue;
        }
        if (!isValidMark(*line.mark)) {
            problems << name + u": "_s + markError(*line.mark);
            continue;
        }
        marks << *line.mark;
        QString error;
        const std::optional<Realization> realization = realizationOf(line.kci, &error);
        if (!realization) {
            problems << name + u": "_s + error;
            continue;
        }
        const std::optional<MarkRange> range = allowedMarks(table, *realization, &error);
        if (!range) {
            if (validateAllowedMarkTable(table).isEmpty())
                problems << name + u": "_s + error;
            continue;
        }
        if (!range->contains(*line.mark)) {
            problems << KciText::tr("%1: the mark %2 is outside the marks %3 to %4 that the "
                                    "table allows for a realization of %5 (§27, appendix 3).")
                            .arg(name, QString::number(*line.mark), QString::number(range->min),
                                QString::number(range->max),
                                realization->isUnbounded() ? u"∞"_s
                                                           : percentText(*realization->percent));
        }
    }
    if (!problems.isEmpty()) {
        if (errors)
            *errors = problems;
        return std::nullopt;
    }
    return Score::meanOfMarks(marks);
}

} // namespace bagalau
