// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagefactory.h"

#include "views/accountspage.h"
#include "views/placeholderpage.h"

namespace bagalau {

QWidget *createPage(Area area)
{
    switch (area) {
    case Area::Accounts:
        return new AccountsPage;
    default:
        return new PlaceholderPage(area);
    }
}

} // namespace bagalau
