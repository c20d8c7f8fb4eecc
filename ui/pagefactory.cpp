// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagefactory.h"

#include "views/accountspage.h"
#include "views/appealspage.h"
#include "views/commissionpage.h"
#include "views/dashboardpage.h"
#include "views/documentspage.h"
#include "views/kciplanspage.h"
#include "views/quarterpage.h"
#include "views/resultspage.h"
#include "views/settingspage.h"
#include "views/staffpage.h"
#include "views/surveypage.h"

namespace bagalau {

QWidget *createPage(Area area)
{
    switch (area) {
    case Area::Accounts:
        return new AccountsPage;
    case Area::Staff:
        return new StaffPage;
    case Area::QuarterEvaluation:
        return new QuarterPage;
    case Area::KciPlans:
        return new KciPlansPage;
    case Area::Settings:
        return new SettingsPage;
    case Area::AppealsAndCalibration:
        return new AppealsPage;
    case Area::Commission:
        return new CommissionPage;
    case Area::Survey360:
        return new SurveyPage;
    case Area::Dashboard:
        return new DashboardPage;
    case Area::Results:
        return new ResultsPage;
    case Area::Documents:
        return new DocumentsPage;
    }
    // Every area has its case above, so -Wswitch names a new area that has no page yet.
    return nullptr;
}

} // namespace bagalau
