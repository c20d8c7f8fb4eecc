// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/radarchart.h"

#include "documents/formwriter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QtMath>

namespace bagalau {

namespace {

QPointF pointOn(const QPointF &centre, qreal radius, int axis, int axes, qreal value)
{
    // The first axis points up; the others follow clockwise.
    const qreal angle = -M_PI / 2 + 2 * M_PI * axis / axes;
    const qreal distance = radius * value / 5.0;
    return centre + QPointF(distance * qCos(angle), distance * qSin(angle));
}

qreal valueOf(const Score &score)
{
    // For drawing only: the figures printed beside the chart are the exact scores.
    return score.hundredths() / 100.0;
}

} // namespace

QString surveyRadarName(const SurveyReportForm &form)
{
    return QStringLiteral("radar-%1-%2.png").arg(form.servant.personnelNo).arg(form.year);
}

QImage surveyRadarChart(const SurveyReportForm &form, int size)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    const int axes = int(form.lines.size());
    if (axes < 3)
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(size / 2.0, size / 2.0);
    const qreal radius = size * 0.40;
    QFont font(FormWriter::fontFamily());
    font.setPixelSize(size / 28);
    painter.setFont(font);

    // The scale: a ring per point, an axis per competency with its number.
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), size / 600.0));
    for (int ring = 1; ring <= 5; ++ring) {
        QPolygonF polygon;
        for (int axis = 0; axis < axes; ++axis)
            polygon << pointOn(centre, radius, axis, axes, ring);
        painter.drawPolygon(polygon);
        painter.drawText(pointOn(centre, radius, 0, axes, ring) + QPointF(size / 120.0, 0),
            QString::number(ring));
    }
    for (int axis = 0; axis < axes; ++axis) {
        painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), size / 600.0));
        painter.drawLine(centre, pointOn(centre, radius, axis, axes, 5));
        const QPointF label = pointOn(centre, radius, axis, axes, 5.6);
        const QRectF box(
            label.x() - size / 20.0, label.y() - size / 40.0, size / 10.0, size / 20.0);
        painter.setPen(Qt::black);
        painter.drawText(box, Qt::AlignCenter, QString::number(axis + 1));
    }

    QPolygonF others;
    QPolygonF self;
    bool hasSelf = true;
    for (int axis = 0; axis < axes; ++axis) {
        const SurveyReportForm::Line &line = form.lines.at(axis);
        others << pointOn(centre, radius, axis, axes, valueOf(line.othersMean));
        if (line.self)
            self << pointOn(centre, radius, axis, axes, valueOf(*line.self));
        else
            hasSelf = false;
    }
    painter.setPen(QPen(QColor(0x2f, 0x5d, 0x96), size / 200.0));
    painter.setBrush(QColor(0x4a, 0x7a, 0xb5, 90));
    painter.drawPolygon(others);
    if (hasSelf) {
        QPen dashed(QColor(0xd0, 0x70, 0x20), size / 250.0, Qt::DashLine);
        painter.setPen(dashed);
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(self);
    }
    return image;
}

} // namespace bagalau
