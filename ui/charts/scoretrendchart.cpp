// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/scoretrendchart.h"

#include "methodology/band.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace bagalau {

namespace {

// Only where a chart must place a point does a score become a double: never for a figure.
qreal plotted(const Score &score)
{
    return score.hundredths() / 100.0;
}

int placeOf(const Quarter &quarter)
{
    return quarter.year() * 4 + quarter.number() - 1;
}

// The lowest score of each band above the last (§7), read from bandOf so the rule stays in core.
QList<Score> thresholds()
{
    QList<Score> lows;
    for (int hundredths = 1; hundredths <= Score::MaxHundredths; ++hundredths) {
        if (bandOf(Score::fromHundredths(hundredths))
            != bandOf(Score::fromHundredths(hundredths - 1)))
            lows << Score::fromHundredths(hundredths);
    }
    return lows;
}

} // namespace

ScoreTrendChart::ScoreTrendChart(QWidget *parent)
    : QChartView(parent)
    , m_line(new QLineSeries)
    , m_calibrated(new QScatterSeries)
    , m_quarters(new QCategoryAxis)
    , m_values(new QValueAxis)
{
    setObjectName(QStringLiteral("scoreTrend"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 160);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->addAxis(m_quarters, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    // A little room above 5, so a top score is not drawn on the frame; ticks stay whole numbers.
    m_values->setRange(0, 5.3);
    m_values->setTickType(QValueAxis::TicksDynamic);
    m_values->setTickAnchor(0);
    m_values->setTickInterval(1);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_quarters->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);

    const QList<Score> lows = thresholds();
    for (qsizetype i = 0; i < lows.size(); ++i) {
        auto *line = new QLineSeries;
        QPen pen(QColor(0x88, 0x88, 0x88));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.0);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(m_quarters);
        line->attachAxis(m_values);
        m_thresholds << line;
    }
    QPen pen(QColor(0x2e, 0x6d, 0xb4));
    pen.setWidthF(2.0);
    m_line->setPen(pen);
    m_line->setPointsVisible(true);
    chart->addSeries(m_line);
    m_line->attachAxis(m_quarters);
    m_line->attachAxis(m_values);
    m_calibrated->setMarkerSize(11);
    m_calibrated->setColor(QColor(0xd9, 0x8c, 0x00));
    chart->addSeries(m_calibrated);
    m_calibrated->attachAxis(m_quarters);
    m_calibrated->attachAxis(m_values);
    setChart(chart);
    setTrend(QString(), {});
}

void ScoreTrendChart::setTrend(const QString &name, const QList<QuarterScore> &scores)
{
    m_name = name;
    m_scores = scores;
    QList<QPointF> line;
    QList<QPointF> calibrated;
    for (const QuarterScore &score : scores) {
        const QPointF point(placeOf(score.quarter), plotted(score.score));
        line << point;
        if (score.calibrated)
            calibrated << point;
    }
    m_line->replace(line);
    m_calibrated->replace(calibrated);

    // A quarter on each side, so the first and last points are not on the frame.
    const int first = scores.isEmpty() ? 0 : placeOf(scores.first().quarter) - 1;
    const int last = scores.isEmpty() ? 4 : placeOf(scores.last().quarter) + 1;
    m_quarters->setRange(first, last);
    const QStringList labels = m_quarters->categoriesLabels();
    for (const QString &label : labels)
        m_quarters->remove(label);
    // Every quarter labelled when they fit, otherwise the first quarter of each year.
    const bool yearsOnly = last - first > 12;
    for (int place = first + 1; place < last; ++place) {
        const Quarter quarter(place / 4, place % 4 + 1);
        if (yearsOnly && quarter.number() != 1)
            continue;
        const QString label = yearsOnly
            ? QString::number(quarter.year())
            : tr("Q%1\n%2", "quarter axis: number, year").arg(quarter.number()).arg(quarter.year());
        m_quarters->append(label, place);
    }
    const QList<Score> lows = thresholds();
    for (qsizetype i = 0; i < m_thresholds.size(); ++i)
        m_thresholds.at(i)->replace(
            {QPointF(first, plotted(lows.at(i))), QPointF(last, plotted(lows.at(i)))});
    retranslate();
}

QList<QPointF> ScoreTrendChart::points() const
{
    return m_line->points();
}

void ScoreTrendChart::retranslate()
{
    m_line->setName(tr("Quarterly score"));
    m_calibrated->setName(tr("Adopted by a calibration session"));
    for (qsizetype i = 0; i < m_thresholds.size(); ++i)
        m_thresholds.at(i)->setName(i == 0 ? tr("Band thresholds") : QString());
    // One legend entry says what the dashed lines are.
    for (qsizetype i = 1; i < m_thresholds.size(); ++i) {
        const auto markers = chart()->legend()->markers(m_thresholds.at(i));
        for (auto *marker : markers)
            marker->setVisible(false);
    }
    chart()->setTitle(m_name.isEmpty() ? tr("Select a servant to see their scores over time")
                                       : tr("%1: scores by quarter").arg(m_name));
}

} // namespace bagalau
