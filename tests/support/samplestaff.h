// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/staffservice.h"

namespace bagalau::test {

// A servant of the sample apparatus (unit «Аппарат») for tests that build a staff. A null
// position gives the usual one of the category; an empty manager, none.
NewServant sampleServant(const char *personnelNo, const char *fullName, PositionCategory category,
    const char *position, QDate appointed, const char *managerPersonnelNo);

} // namespace bagalau::test
