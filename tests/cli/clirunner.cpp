// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "evaluation/kciplanservice.h"
#include "fixedclock.h"
#include "services/servicecontext.h"
#include "storage/database.h"
#include "testpaths.h"

#include "catchqt.h"

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

void approveKciPlan(const QString &databasePath, const char *personnelNo, const Quarter &quarter,
    const QList<const char *> &planValues)
{
    QString error;
    const auto database = Database::open(databasePath, Database::OpenMode::MustExist, &error);
    INFO(error.toStdString());
    REQUIRE(database);
    const FixedClock clock(quarter.firstDay().addDays(4));
    const ServiceContext chief(*database, Actor::singleUser(), clock);
    KciPlanService plans(chief);
    InputErrors errors;
    const QString head = QString::fromLatin1(personnelNo);
    for (int i = 0; i < planValues.size(); ++i) {
        KciItem item;
        item.number = i + 1;
        item.title = QStringLiteral("Показатель %1").arg(item.number);
        item.unit = QStringLiteral("%");
        item.planValue = QString::fromLatin1(planValues.at(i));
        item.due = quarter.lastDay().addDays(-7);
        item.sourceDocument = QStringLiteral("План развития района");
        item.expectedResult = QStringLiteral("Результат %1").arg(item.number);
        REQUIRE(plans.saveDraftKci(head, quarter, item, &errors));
    }
    REQUIRE(plans.approve(head, quarter, QStringLiteral("Сарсенов Б. К."), &errors));
}

} // namespace bagalau::test
