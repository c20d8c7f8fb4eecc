// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/period.h"

#include <QHash>
#include <QList>
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

// Draws up and approves the individual work plan of a head in the file, as the superior manager
// does in the program (the CLI has no command for plans): KCI 1, 2, ... with the plan values
// given, more is better, approved on the quarter's fifth day.
void approveKciPlan(const QString &databasePath, const char *personnelNo, const Quarter &quarter,
    const QList<const char *> &planValues);

} // namespace bagalau::test
