// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/formkind.h"
#include "documents/formwriter.h"
#include "i18n/language.h"
#include "methodology/period.h"
#include "services/formdataservice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace bagalau {

class ServiceContext;

// What to print: a kind of form, its period, one servant or (empty) every one, the language.
struct FormRequest
{
    FormKind kind = FormKind::RankingSheet;
    Quarter quarter; // the forms of a quarter
    int year = 0; // the 360 report
    qint64 recordId = 0; // the application (calibration forms) or the Commission's meeting
    QString personnelNo; // empty: every servant of the period with such a form
    Language language = Language::Russian;
};

// Fills and renders the printed forms the front ends ask for (the CLI's `print`, the Documents
// page): data from FormDataService, HTML from documents/.
class PrintService
{
    Q_DECLARE_TR_FUNCTIONS(PrintService)

public:
    explicit PrintService(const ServiceContext &context);

    // The personnel numbers a batch of this kind covers in the request's period (those the
    // account may read). Empty for a form that is not per servant.
    QStringList servantsFor(const FormRequest &request) const;
    // One servant's form (or the quarter's list); nullopt with the reason.
    std::optional<FormDocument> render(const FormRequest &request, FormError *error) const;
    // The whole request: one form, or one per servant of the quarter. nullopt with the reason
    // when a single form cannot be made or a batch finds nothing to print. `progress` is told
    // each form done (done, total) and stops the batch when it returns false.
    std::optional<QList<FormDocument>> renderAll(const FormRequest &request, FormError *error,
        const std::function<bool(int, int)> &progress = {}) const;

private:
    const ServiceContext &m_context;
};

} // namespace bagalau
