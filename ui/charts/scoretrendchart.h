// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/resultsservice.h"

#include <QChartView>
#include <QList>

class QLineSeries;
class QScatterSeries;
class QCategoryAxis;
class QValueAxis;

namespace bagalau {

// One servant's quarterly scores across the quarters, with the thresholds of the bands (§7) as
// dashed reference lines. Draws what ResultsService read; knows no rule but where the bands
// begin, which it takes from bandOf().
class ScoreTrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit ScoreTrendChart(QWidget *parent = nullptr);

    void setTrend(const QString &name, const QList<QuarterScore> &scores);
    const QList<QuarterScore> &scores() const { return m_scores; }
    // The points drawn, one per quarter: x the quarter's place, y the score.
    QList<QPointF> points() const;
    void retranslate();

private:
    QString m_name;
    QList<QuarterScore> m_scores;
    QLineSeries *m_line;
    QScatterSeries *m_calibrated;
    QList<QLineSeries *> m_thresholds;
    QCategoryAxis *m_quarters;
    QValueAxis *m_values;
};

} // namespace bagalau
