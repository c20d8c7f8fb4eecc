// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

namespace bagalau {

ExitCode CommandLine::runDemo(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return usageError(tr("usage: demo [--servants N] [--years Y] [--seed S]"));
}

} // namespace bagalau
