// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/band.h"
#include "methodology/kci.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bagalau {

// §48: the grade of an annual chapter-6 plan by the number of its five KCI achieved: 5 →
// effective, 4 → proper, 3 → satisfactory, 0–2 → unsatisfactory. A plan holds exactly five
// (§46), so no other count exists: anything outside 0–5 is refused by throwing
// std::out_of_range rather than given a band. Check user input with achievedKciError() first.
Band bandForAchievedKci(int achieved);
// Empty for 0–5, otherwise the message for the user.
QString achievedKciError(int achieved);

// §48 last part: a KCI is achieved when its planned figure is fully met — actual ≥ plan where
// more is better, actual ≤ plan where less is better — compared exactly, never through a rounded
// percent (99.996 % is not achieved).
bool isKciAchieved(const Kci &kci);

// §46, §48: the band of a chapter-6 plan from its KCI. nullopt with every problem in `errors`
// when the plan is not valid for chapter 6 (exactly 5 KCI) or a value is negative.
std::optional<Band> chapter6Band(const QList<Kci> &kcis, QStringList *errors = nullptr);

} // namespace bagalau
