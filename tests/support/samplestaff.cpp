// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplestaff.h"

namespace bagalau::test {

NewServant sampleServant(const char *personnelNo, const char *fullName, PositionCategory category,
    const char *position, QDate appointed, const char *managerPersonnelNo)
{
    NewServant servant;
    servant.personnelNo = QString::fromUtf8(personnelNo);
    servant.fullName = QString::fromUtf8(fullName);
    servant.category = category;
    servant.unit = QStringLiteral("Аппарат");
    servant.position = position              ? QString::fromUtf8(position)
        : category == PositionCategory::Head ? QStringLiteral("Руководитель аппарата")
                                             : QStringLiteral("Главный специалист");
    servant.appointed = appointed;
    servant.managerPersonnelNo = QString::fromUtf8(managerPersonnelNo);
    return servant;
}

} // namespace bagalau::test
