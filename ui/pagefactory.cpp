// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagefactory.h"

#include "views/accountspage.h"
#include "views/documentspage.h"
#include "views/placeholderpage.h"
#include "views/settingspage.h"
#include "views/staffpage.h"

namespace bagalau {

QWidget *createPage(Area area)
{
    switch (area) {
    case Area::Accounts:
        return new AccountsPage;
    case Area::Staff:
        return new StaffPage;
    case Area::Settings:
        return new SettingsPage;
    case Area::Documents:
        return new DocumentsPage;
    default:
        return new PlaceholderPage(area);
    }
}

} // namespace bagalau
