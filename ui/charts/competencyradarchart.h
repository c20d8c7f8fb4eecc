// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/survey360.h"

#include <QChartView>

namespace bagalau {

// The radar of a 360 report (appendix 7): a spoke a competency, the others' mean as the filled
// line, the self-assessment dashed beside it. It draws what aggregateSurvey computed.
class CompetencyRadarChart : public QChartView
{
    Q_OBJECT

public:
    explicit CompetencyRadarChart(QWidget *parent = nullptr);

    // nullopt clears the chart.
    void setResult(
        const CompetencyCatalogue &catalogue, const std::optional<Survey360Result> &result);
    // The spokes drawn, in order (for tests).
    int spokeCount() const { return m_spokes; }

private:
    int m_spokes = 0;
};

} // namespace bagalau
