// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/formkind.h"

namespace bagalau {

QList<FormKind> formKinds()
{
    return {FormKind::WorkPlan, FormKind::KciSheet, FormKind::RankingSheet, FormKind::Notice,
        FormKind::ResultsList, FormKind::SurveyReport, FormKind::Feedback,
        FormKind::CalibrationProtocol, FormKind::CommissionProtocol};
}

QString formKindKey(FormKind kind)
{
    switch (kind) {
    case FormKind::WorkPlan:
        return QStringLiteral("work-plan");
    case FormKind::KciSheet:
        return QStringLiteral("kci-sheet");
    case FormKind::RankingSheet:
        return QStringLiteral("ranking-sheet");
    case FormKind::Notice:
        return QStringLiteral("notice");
    case FormKind::ResultsList:
        return QStringLiteral("results-list");
    case FormKind::SurveyReport:
        return QStringLiteral("survey-report");
    case FormKind::Feedback:
        return QStringLiteral("feedback");
    case FormKind::CalibrationProtocol:
        return QStringLiteral("calibration-protocol");
    case FormKind::CommissionProtocol:
        return QStringLiteral("commission-protocol");
    }
    return {};
}

std::optional<FormKind> formKindFromKey(const QString &key)
{
    for (FormKind kind : formKinds()) {
        if (formKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

bool isPerServant(FormKind kind)
{
    switch (kind) {
    case FormKind::WorkPlan:
    case FormKind::KciSheet:
    case FormKind::RankingSheet:
    case FormKind::Notice:
    case FormKind::SurveyReport:
        return true;
    case FormKind::ResultsList:
    case FormKind::Feedback:
    case FormKind::CalibrationProtocol:
    case FormKind::CommissionProtocol:
        return false;
    }
    return false;
}

FormSubject formSubject(FormKind kind)
{
    switch (kind) {
    case FormKind::SurveyReport:
        return FormSubject::Year;
    case FormKind::Feedback:
    case FormKind::CalibrationProtocol:
        return FormSubject::Appeal;
    case FormKind::CommissionProtocol:
        return FormSubject::Meeting;
    default:
        return FormSubject::Quarter;
    }
}

} // namespace bagalau
