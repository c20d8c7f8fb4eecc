// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigation.h"

class QWidget;

namespace bagalau {

// The page of an area: a ContextPage for the areas that are built, otherwise a placeholder that
// says which capability will live there.
QWidget *createPage(Area area);

} // namespace bagalau
