// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

namespace bagalau {

int runCommandLine(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return 2;
}

} // namespace bagalau
