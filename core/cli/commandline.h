// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/workingcalendar.h"
#include "cli/exitcode.h"
#include "i18n/translations.h"
#include "i18n/language.h"
#include "methodology/deadlines.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace bagalau {

// bagalau-cli: parses the global options and the command, asks core, prints the answer.
// Answers go to `out` (JSON where structured), messages to `err`.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err);
    ~CommandLine();

    // The arguments without the program name.
    ExitCode run(QStringList arguments);

private:
    ExitCode runCalendar(const QStringList &arguments);
    ExitCode runDeadlines(const QStringList &arguments);
    ExitCode runScore(const QStringList &arguments);
    ExitCode runEligibility(const QStringList &arguments);

    ExitCode usageError(const QString &message);
    ExitCode badInput(const QString &message);
    void printHelp();
    void printJson(const class QJsonObject &object);
    void warnIfUnconfirmed(const QList<DatedDuty> &duties, const Deadlines &deadlines);
    std::optional<QDate> dateArgument(const QString &text);

    QTextStream &m_out;
    QTextStream &m_err;
    Language m_language = Language::English;
    DeadlinePolicy m_policy = DeadlinePolicy::Legal;
    QString m_databasePath;
    std::optional<WorkingCalendar> m_calendar;
    Translations m_translations;
};

// Runs bagalau-cli with its arguments (the program name first) on the standard streams;
// returns the process's exit code.
int runCommandLine(const QStringList &arguments);

} // namespace bagalau
