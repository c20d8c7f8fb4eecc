// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/competencyradarchart.h"

#include "models/localetext.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QPen>
#include <QPolarChart>
#include <QValueAxis>

namespace bagalau {

namespace {

double value(const Score &score)
{
    return score.hundredths() / 100.0; // drawn, never computed with
}

// A name short enough for a spoke's end: two lines at most.
QString spokeLabel(const QString &name)
{
    if (name.size() <= 22)
        return name;
    const qsizetype middle = name.lastIndexOf(QLatin1Char(' '), name.size() / 2 + 4);
    if (middle <= 0)
        return name;
    QString label = name;
    label[middle] = QLatin1Char('\n');
    return label;
}

} // namespace

CompetencyRadarChart::CompetencyRadarChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 320);
    setChart(new QPolarChart);
}

void CompetencyRadarChart::setResult(
    const CompetencyCatalogue &catalogue, const std::optional<Survey360Result> &result)
{
    auto *chart = new QPolarChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_spokes = 0;
    if (result && !result->competencies.isEmpty()) {
        const auto &lines = result->competencies;
        const int count = static_cast<int>(lines.size());
        auto *angular = new QCategoryAxis;
        angular->setRange(0, count);
        angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        auto *radial = new QValueAxis;
        radial->setRange(0, catalogue.scaleMax());
        radial->setTickCount(catalogue.scaleMax() + 1);
        radial->setLabelFormat(QStringLiteral("%d"));
        auto *others = new QLineSeries;
        others->setName(tr("Others' mean"));
        auto *self = new QLineSeries;
        self->setName(tr("Self-assessment"));
        bool anySelf = false;
        for (int i = 0; i <= count; ++i) {
            const CompetencyResult &line = lines.at(i % count);
            if (i < count) {
                const auto competency = catalogue.competency(line.key);
                angular->append(
                    spokeLabel(competency ? competency->name.in(uiLanguage()) : line.key), i);
            }
            others->append(i, value(line.othersMean));
            if (line.self) {
                self->append(i, value(*line.self));
                anySelf = true;
            }
        }
        QPen othersPen(QColor(0x1f, 0x6f, 0xb4));
        othersPen.setWidth(3);
        others->setPen(othersPen);
        QPen selfPen(QColor(0xc0, 0x55, 0x1e));
        selfPen.setWidth(2);
        selfPen.setStyle(Qt::DashLine);
        self->setPen(selfPen);
        chart->addSeries(others);
        if (anySelf)
            chart->addSeries(self);
        else
            delete self;
        chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
        chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
        for (QAbstractSeries *series : chart->series()) {
            series->attachAxis(angular);
            series->attachAxis(radial);
        }
        m_spokes = count;
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace bagalau
