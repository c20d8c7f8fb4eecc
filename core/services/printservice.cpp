// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/printservice.h"

#include "documents/protocolforms.h"
#include "documents/quarterforms.h"
#include "documents/radarchart.h"

namespace bagalau {

namespace {

template <typename Form>
std::optional<FormDocument> document(const std::optional<Form> &form,
    QString (*render)(const Form &, Language), Language language, const QString &title)
{
    if (!form)
        return std::nullopt;
    return FormDocument{title, render(*form, language), {}};
}

} // namespace

PrintService::PrintService(const ServiceContext &context)
    : m_context(context)
{ }

QStringList PrintService::servantsFor(const FormRequest &request) const
{
    const FormDataService data(m_context);
    const Quarter &quarter = request.quarter;
    switch (request.kind) {
    case FormKind::WorkPlan:
        return data.withWorkPlan(quarter);
    case FormKind::KciSheet:
        return data.withSheet(quarter, QStringLiteral("kci"));
    case FormKind::RankingSheet:
        return data.withSheet(quarter, QStringLiteral("ranking"));
    case FormKind::Notice:
        return data.evaluatedIn(quarter);
    case FormKind::SurveyReport:
        return data.surveySubjects(request.year);
    case FormKind::ResultsList:
    case FormKind::Feedback:
    case FormKind::CalibrationProtocol:
    case FormKind::CommissionProtocol:
        break;
    }
    return {};
}

std::optional<FormDocument> PrintService::render(const FormRequest &request, FormError *error) const
{
    const FormDataService data(m_context);
    QString title = formKindKey(request.kind) + QLatin1Char(' ');
    switch (formSubject(request.kind)) {
    case FormSubject::Quarter:
        title += request.quarter.key();
        break;
    case FormSubject::Year:
        title += QString::number(request.year);
        break;
    case FormSubject::Appeal:
    case FormSubject::Meeting:
        title += QString::number(request.recordId);
        break;
    }
    if (!request.personnelNo.isEmpty())
        title += QLatin1Char(' ') + request.personnelNo;
    switch (request.kind) {
    case FormKind::WorkPlan:
        return document(data.workPlan(request.personnelNo, request.quarter, error), &workPlanHtml,
            request.language, title);
    case FormKind::KciSheet:
        return document(data.kciSheet(request.personnelNo, request.quarter, error), &kciSheetHtml,
            request.language, title);
    case FormKind::RankingSheet:
        return document(data.rankingSheet(request.personnelNo, request.quarter, error),
            &rankingSheetHtml, request.language, title);
    case FormKind::Notice:
        return document(data.notice(request.personnelNo, request.quarter, error), &noticeHtml,
            request.language, title);
    case FormKind::ResultsList:
        return FormDocument{
            title, resultsListHtml(data.resultsList(request.quarter), request.language), {}};
    case FormKind::SurveyReport: {
        const auto report = data.surveyReport(request.personnelNo, request.year, error);
        auto rendered = document(report, &surveyReportHtml, request.language, title);
        if (rendered)
            rendered->images.insert(surveyRadarName(*report), surveyRadarChart(*report));
        return rendered;
    }
    case FormKind::Feedback:
        return document(
            data.feedback(request.recordId, error), &feedbackHtml, request.language, title);
    case FormKind::CalibrationProtocol:
        return document(data.calibrationProtocol(request.recordId, error), &calibrationProtocolHtml,
            request.language, title);
    case FormKind::CommissionProtocol:
        return document(data.commissionProtocol(request.recordId, error), &commissionProtocolHtml,
            request.language, title);
    }
    return std::nullopt;
}

std::optional<QList<FormDocument>> PrintService::renderAll(const FormRequest &request,
    FormError *error, const std::function<bool(int, int)> &progress) const
{
    if (!isPerServant(request.kind) || !request.personnelNo.isEmpty()) {
        const auto one = render(request, error);
        if (!one)
            return std::nullopt;
        return QList<FormDocument>{*one};
    }
    const QStringList servants = servantsFor(request);
    if (servants.isEmpty()) {
        if (error)
            *error = FormError{FormError::Kind::Missing,
                tr("nothing to print: no %1 in %2")
                    .arg(formKindKey(request.kind),
                        formSubject(request.kind) == FormSubject::Year
                            ? QString::number(request.year)
                            : request.quarter.key())};
        return std::nullopt;
    }
    QList<FormDocument> documents;
    int done = 0;
    for (const QString &personnelNo : servants) {
        FormRequest one = request;
        one.personnelNo = personnelNo;
        FormError skipped;
        // A servant whose form cannot be made (moved away, no plan) is left out of a batch.
        if (const auto form = render(one, &skipped))
            documents << *form;
        if (progress && !progress(++done, int(servants.size())))
            break;
    }
    if (documents.isEmpty()) {
        if (error)
            *error = FormError{FormError::Kind::Missing,
                tr("nothing to print: no %1 in %2")
                    .arg(formKindKey(request.kind),
                        formSubject(request.kind) == FormSubject::Year
                            ? QString::number(request.year)
                            : request.quarter.key())};
        return std::nullopt;
    }
    return documents;
}

} // namespace bagalau
