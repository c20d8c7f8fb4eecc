// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace bagalau {

// The printed forms (FORMS.md), in the order of the methodology.
enum class FormKind {
    WorkPlan, // appendix 1
    KciSheet, // appendix 2
    RankingSheet, // appendix 4
    Notice, // §26, §30
    ResultsList, // the quarter's results
    SurveyReport, // appendix 7: a servant's 360 report of a year
    Feedback, // appendix 8: the feedback meeting after a calibration session
    CalibrationProtocol, // §41
    CommissionProtocol, // appendix 11, chapter 6
};

QList<FormKind> formKinds();
// "work-plan", "kci-sheet", "ranking-sheet", "notice", "results-list", "survey-report",
// "feedback", "calibration-protocol", "commission-protocol": the keys of `print`.
QString formKindKey(FormKind kind);
std::optional<FormKind> formKindFromKey(const QString &key);
// Whether the form is made for one servant (a batch prints one per servant).
bool isPerServant(FormKind kind);
// What identifies the form besides its kind: a quarter, a year (the 360 survey), an application
// (a calibration session) or a meeting of the Commission.
enum class FormSubject { Quarter, Year, Appeal, Meeting };
FormSubject formSubject(FormKind kind);

} // namespace bagalau
