// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
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

// Runs bagalau-cli with the arguments and waits for it (60 s at most); `environment` adds
// variables (BAGALAU_PASSWORD...) to the test's own.
CliResult runCli(const QStringList &arguments, const QHash<QString, QString> &environment = {});

} // namespace bagalau::test
