// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace bagalau::test {

// What one run of the real bagalau-cli binary printed and returned.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs bagalau-cli with the arguments and waits for it (30 s at most).
CliResult runCli(const QStringList &arguments);

} // namespace bagalau::test
