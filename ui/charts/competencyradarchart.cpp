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

// A name wrapped into short lines: long labels at the spokes' ends would leave the polar plot
// no room at all.
QString spokeLabel(const QString &name)
{
    constexpr qsizetype width = 16;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (const QString &word : words) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= width)
            lines.last() += QLatin1Char(' ') + word.toHtmlEscaped();
        else
            lines << word.toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>")); // labels are rich text
}

} // namespace

CompetencyRadarChart::CompetencyRadarChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 320);
    auto *chart = new QPolarChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
}

void CompetencyRadarChart::setResult(
    const CompetencyCatalogue &catalogue, const std::optional<Survey360Result> &result)
{
    // The one chart is emptied and filled again: a new chart would wait for the next resize of
    // the view to be laid out.
    QChart *chart = this->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
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
        static_cast<QPolarChart *>(chart)->addAxis(angular, QPolarChart::PolarOrientationAngular);
        static_cast<QPolarChart *>(chart)->addAxis(radial, QPolarChart::PolarOrientationRadial);
        for (QAbstractSeries *series : chart->series()) {
            series->attachAxis(angular);
            series->attachAxis(radial);
        }
        m_spokes = count;
    }
}

} // namespace bagalau
