// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/dashboardservice.h"

#include <QChartView>

class QBarSet;
class QHorizontalBarSeries;
class QBarCategoryAxis;
class QValueAxis;

namespace bagalau {

// The bands of one quarter's results as horizontal bars, best on top (§7), so the bands'
// names have room in any language. Draws what DashboardService
// counted; knows no rule.
class GradeDistributionChart : public QChartView
{
    Q_OBJECT

public:
    explicit GradeDistributionChart(QWidget *parent = nullptr);

    void setDistribution(const GradeDistribution &distribution);
    const GradeDistribution &distribution() const { return m_distribution; }
    void retranslate();

private:
    GradeDistribution m_distribution;
    QBarSet *m_set;
    QHorizontalBarSeries *m_series;
    QBarCategoryAxis *m_bands;
    QValueAxis *m_counts;
};

} // namespace bagalau
