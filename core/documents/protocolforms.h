// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/forms.h"
#include "i18n/language.h"

#include <QString>

namespace bagalau {

// The forms of the 360 survey, the calibration sessions and the Commission as whole HTML pages
// in Kazakh or Russian (FORMS.md 6–9).
QString surveyReportHtml(const SurveyReportForm &form, Language language);
QString feedbackHtml(const FeedbackForm &form, Language language);
QString calibrationProtocolHtml(const CalibrationProtocolForm &form, Language language);
QString commissionProtocolHtml(const CommissionProtocolForm &form, Language language);

} // namespace bagalau
