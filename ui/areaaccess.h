// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigation.h"

namespace bagalau {

struct Actor;

// Whether an area is of any use to the actor, read from the permission table (§15, §20). Only
// the face: the services refuse what the table does not grant whatever the window shows.
bool mayOpen(const Actor &actor, Area area);

} // namespace bagalau
