// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace bagalau {

// Runs bagalau-cli with its arguments (the program name first); returns the exit code.
int runCommandLine(const QStringList &arguments);

} // namespace bagalau
