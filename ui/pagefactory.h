// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigation.h"

class QWidget;

namespace bagalau {

// The page of an area, a ContextPage for each of them.
QWidget *createPage(Area area);

} // namespace bagalau
