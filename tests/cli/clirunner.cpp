// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "testpaths.h"

#include <QProcess>

namespace bagalau::test {

CliResult runCli(const QStringList &arguments, const QHash<QString, QString> &environment)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (auto variable = environment.cbegin(); variable != environment.cend(); ++variable)
        variables.insert(variable.key(), variable.value());
    // Never a password left over from the shell that runs the tests.
    if (!environment.contains(QStringLiteral("BAGALAU_PASSWORD")))
        variables.remove(QStringLiteral("BAGALAU_PASSWORD"));
    process.setProcessEnvironment(variables);
    process.start(cliPath(), arguments);
    CliResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        result.err = QStringLiteral("bagalau-cli did not finish: %1").arg(process.errorString());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace bagalau::test
