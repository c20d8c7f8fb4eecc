// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/gradedistributionchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace bagalau {

namespace {

// Bottom to top: the first category of a horizontal bar chart is drawn lowest.
constexpr Band bands[] = {Band::Unsatisfactory, Band::Satisfactory, Band::Proper, Band::Effective};

} // namespace

GradeDistributionChart::GradeDistributionChart(QWidget *parent)
    : QChartView(parent)
    , m_set(new QBarSet(QString()))
    , m_series(new QHorizontalBarSeries)
    , m_bands(new QBarCategoryAxis)
    , m_counts(new QValueAxis)
{
    setObjectName(QStringLiteral("gradeDistribution"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(200, 180);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_set->setColor(QColor(0x2e, 0x6d, 0xb4));
    m_set->setLabelColor(Qt::black);
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(m_series);
    chart->addAxis(m_bands, Qt::AlignLeft);
    chart->addAxis(m_counts, Qt::AlignBottom);
    m_series->attachAxis(m_bands);
    m_series->attachAxis(m_counts);
    m_counts->setLabelFormat(QStringLiteral("%d"));
    setChart(chart);
    for (int i = 0; i < 4; ++i)
        m_set->append(0);
    retranslate();
    setDistribution({});
}

void GradeDistributionChart::setDistribution(const GradeDistribution &distribution)
{
    m_distribution = distribution;
    int highest = 0;
    for (int i = 0; i < 4; ++i) {
        m_set->replace(i, distribution.count(bands[i]));
        highest = std::max(highest, distribution.count(bands[i]));
    }
    // Whole, round numbers on the axis (0, 5, 10, 15, 20 — not 0, 3, 7, 11, 15, 19), with room
    // beside the longest bar for its label.
    const int needed = std::max(4, highest + highest / 8 + 1);
    int step = 1;
    for (int candidate : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000}) {
        step = candidate;
        if (needed <= candidate * 5)
            break;
    }
    const int ticks = (needed + step - 1) / step;
    m_counts->setRange(0, ticks * step);
    m_counts->setTickCount(ticks + 1);
    retranslate();
}

void GradeDistributionChart::retranslate()
{
    QStringList categories;
    for (Band band : bands)
        categories << bandShortLabel(band);
    m_bands->setCategories(categories);
    m_set->setLabel(tr("Servants"));
    const Quarter quarter = m_distribution.quarter;
    chart()->setTitle(quarter.isValid()
            ? tr("Bands of Q%1 %2: %n servant(s)", nullptr, m_distribution.total())
                  .arg(quarter.number())
                  .arg(quarter.year())
            : tr("Bands of the last finished quarter"));
}

} // namespace bagalau
