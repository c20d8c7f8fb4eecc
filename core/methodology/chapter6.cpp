// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/chapter6.h"

#include <QCoreApplication>

#include <stdexcept>

namespace bagalau {

namespace {

class Chapter6Text
{
    Q_DECLARE_TR_FUNCTIONS(Chapter6Text)
};

} // namespace

Band bandForAchievedKci(int achieved)
{
    switch (achieved) {
    case 5:
        return Band::Effective;
    case 4:
        return Band::Proper;
    case 3:
        return Band::Satisfactory;
    case 0:
    case 1:
    case 2:
        return Band::Unsatisfactory;
    default:
        throw std::out_of_range("bandForAchievedKci: a chapter-6 plan has 0 to 5 KCI achieved");
    }
}

QString achievedKciError(int achieved)
{
    if (achieved >= 0 && achieved <= Chapter6KciCount)
        return {};
    return Chapter6Text::tr("A chapter-6 plan holds 5 KCI (§46), so from 0 to 5 can be achieved, "
                            "not %1.")
        .arg(achieved);
}

bool isKciAchieved(const Kci &kci)
{
    return kci.direction == KciDirection::MoreIsBetter ? kci.actual >= kci.plan
                                                       : kci.actual <= kci.plan;
}

std::optional<Band> chapter6Band(const QList<Kci> &kcis, QStringList *errors)
{
    QStringList problems = validateKciPlan(kcis, KciRegime::Chapter6);
    int achieved = 0;
    for (qsizetype i = 0; i < kcis.size(); ++i) {
        if (kcis.at(i).actual.isNegative()) {
            problems << Chapter6Text::tr("KCI %1: the actual value is negative.").arg(i + 1);
            continue;
        }
        if (isKciAchieved(kcis.at(i)))
            ++achieved;
    }
    if (!problems.isEmpty()) {
        if (errors)
            *errors = problems;
        return std::nullopt;
    }
    return bandForAchievedKci(achieved);
}

} // namespace bagalau
