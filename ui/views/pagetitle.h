// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;

namespace bagalau {

// The title at the top of a page, the same on every page: larger and bold, named "pageTitle" so
// the window and the tests find it.
void setUpPageTitle(QLabel *title);

} // namespace bagalau
