// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/forms.h"
#include "methodology/period.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace bagalau {

class ServiceContext;
struct StaffMember;

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

    const ServiceContext &m_context;
};

} // namespace bagalau
