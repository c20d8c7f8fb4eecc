// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/pagetitle.h"

#include <QLabel>

namespace bagalau {

void setUpPageTitle(QLabel *title)
{
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setObjectName(QStringLiteral("pageTitle"));
}

} // namespace bagalau
