// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/score.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace bagalau {

// The four parameters of the ranking method (§32), in the order of the text and the sheet.
enum class RankingParameter { Quality, Deadlines, Initiative, Discipline };

QList<RankingParameter> rankingParameters();
// "quality", "deadlines", "initiative", "discipline".
QString rankingParameterKey(RankingParameter parameter);
std::optional<RankingParameter> rankingParameterFromKey(const QString &key);
QString rankingParameterLabel(RankingParameter parameter);

// The ranking score sheet (§31–32, appendix 4): one mark 0–5 for each parameter.
class RankingSheet
{
public:
    // Kept as entered; errors() says what is wrong, so the sheet can show it beside the field.
    void setMark(RankingParameter parameter, int mark);
    void clearMark(RankingParameter parameter);
    std::optional<int> mark(RankingParameter parameter) const;

    // A message for every missing mark and every mark outside 0–5; empty when the sheet is
    // complete.
    QStringList errors() const;
    // The mean of the four marks, rounded half up (decision 5); nullopt unless errors() is empty.
    std::optional<Score> score() const;

private:
    std::array<std::optional<int>, 4> m_marks;
};

} // namespace bagalau
