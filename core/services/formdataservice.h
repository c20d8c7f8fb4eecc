// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/forms.h"
#include "methodology/period.h"
#include "services/staffservice.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace bagalau {

class ServiceContext;

// Why a form could not be filled.
struct FormError
{
    enum class Kind {
        Refused, // the account may not read it (§15, §20)
        NotFound, // no servant with that personnel number
        Missing, // the servant has nothing of this kind in the period (no plan, no sheet)
    };
    Kind kind = Kind::Missing;
    QString message;
};

// Reads the printed forms' data from the file. Printing a form is reading it: each form is
// refused unless the account may read that servant's results (§15, §20).
class FormDataService
{
    Q_DECLARE_TR_FUNCTIONS(FormDataService)

public:
    explicit FormDataService(const ServiceContext &context);

    FormOrganisation organisation() const;

    std::optional<WorkPlanForm> workPlan(
        const QString &personnelNo, const Quarter &quarter, FormError *error) const;
    std::optional<KciSheetForm> kciSheet(
        const QString &personnelNo, const Quarter &quarter, FormError *error) const;
    std::optional<RankingSheetForm> rankingSheet(
        const QString &personnelNo, const Quarter &quarter, FormError *error) const;
    std::optional<NoticeForm> notice(
        const QString &personnelNo, const Quarter &quarter, FormError *error) const;
    // Every servant the account may read, as ResultsService gives them.
    ResultsListForm resultsList(const Quarter &quarter) const;

    // The personnel numbers the account may read that have a form of this kind in the quarter:
    // an individual plan, a KCI or ranking sheet, or (for the notice) an evaluation.
    QStringList withWorkPlan(const Quarter &quarter) const;
    QStringList withSheet(const Quarter &quarter, const QString &method) const;
    QStringList evaluatedIn(const Quarter &quarter) const;

    // Appendix 7: nullopt unless at least three others answered (decision 8).
    std::optional<SurveyReportForm> surveyReport(
        const QString &personnelNo, int year, FormError *error) const;
    // The people the year's 360 survey evaluated, as the account may read them.
    QStringList surveySubjects(int year) const;
    // Appendix 8 and §41, by the application (appeal) the session was held on.
    std::optional<FeedbackForm> feedback(qint64 appealId, FormError *error) const;
    std::optional<CalibrationProtocolForm> calibrationProtocol(
        qint64 appealId, FormError *error) const;
    // Appendix 11, by the meeting; chapter 6 is the chief specialist's work.
    std::optional<CommissionProtocolForm> commissionProtocol(
        qint64 meetingId, FormError *error) const;

private:
    // The servant as the quarter sees them, after the permission check; nullopt with the error.
    std::optional<StaffMember> member(
        const QString &personnelNo, const Quarter &quarter, FormError *error) const;
    FormServant servantOf(const StaffMember &member) const;
    FormSigner signerOf(qint64 servantId, const Quarter &quarter) const;
    FormSigner managerOf(const StaffMember &member, const Quarter &quarter) const;
    FormSigner superiorManager() const;
    FormSigner chiefSpecialist() const;
    std::optional<FormAcquaintance> acquaintanceOf(qint64 sheetId) const;
    QStringList readable(const QStringList &personnelNos, const Quarter &quarter) const;
    // The appeal's sheet: the servant and the quarter, after the permission check.
    struct AppealSheet
    {
        qint64 sessionId = 0;
        qint64 evaluatorId = 0;
        StaffMember member;
        Quarter quarter;
        QDate appliedOn;
        std::optional<Score> score;
    };
    std::optional<AppealSheet> appealSheet(qint64 appealId, FormError *error) const;

    const ServiceContext &m_context;
};

} // namespace bagalau
