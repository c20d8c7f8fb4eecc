// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/forms.h"

#include <QImage>
#include <QString>

namespace bagalau {

// The radar chart of a 360 report (appendix 7): one axis per competency, numbered as the
// report's table, the others' means as a filled polygon and the self-assessment as a dashed line,
// on the scale 0–5. Drawn here rather than with Qt Charts because core renders the forms alone.
QImage surveyRadarChart(const SurveyReportForm &form, int size = 1200);
// The name the report's HTML gives the chart's image.
QString surveyRadarName(const SurveyReportForm &form);

} // namespace bagalau
