// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/score.h"

#include <QString>

#include <optional>

namespace bagalau {

// The grade of §7, best first.
enum class Band { Effective, Proper, Satisfactory, Unsatisfactory };

// §7, read from the rounded score (decision 5): 4.00–5.00 effective, 3.00–3.99 proper,
// 2.00–2.99 satisfactory, 0.00–1.99 unsatisfactory.
Band bandOf(Score score);

// "effective", "proper", "satisfactory", "unsatisfactory": stable keys for storage and files.
QString bandKey(Band band);
std::optional<Band> bandFromKey(const QString &key);

// The wording of §7, translated (the .ts files carry the official Russian and Kazakh texts).
QString bandLabel(Band band);
// The word that tells the bands apart ("effective"...), for a narrow column or a chart's axis.
QString bandShortLabel(Band band);

} // namespace bagalau
