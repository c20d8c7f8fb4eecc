// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/actor.h"
#include "access/permissions.h"
#include "calendar/workingcalendar.h"
#include "cli/exitcode.h"
#include "i18n/language.h"
#include "i18n/translations.h"
#include "methodology/deadlines.h"
#include "services/inputerror.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

#include <QHash>
#include <QSet>

#include <memory>

namespace bagalau {

class Database;
class ServiceContext;

// A command's own arguments: positional ones, options with a value, flags.
struct CommandArguments
{
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;
};

// A positional argument may be a negative number ("calendar add 2024-04-12 -5"); anything else
// that starts with a dash is an option.
bool isOption(const QString &argument);

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
    // The commands on a database file (databasecommands.cpp).
    ExitCode runInit(const QStringList &arguments);
    ExitCode runImport(const QStringList &arguments);
    ExitCode runResults(const QStringList &arguments);
    ExitCode runBackup(const QStringList &arguments);
    ExitCode runRestore(const QStringList &arguments);
    ExitCode runCheck(const QStringList &arguments);
    ExitCode runAudit(const QStringList &arguments);
    ExitCode runDemo(const QStringList &arguments); // democommand.cpp
    ExitCode runCalendarEdit(const QStringList &arguments);
    ExitCode runPrint(const QStringList &arguments); // printcommand.cpp
    bool loadCalendarOfDatabase();
    QString databasePath() const;
    // Opens the file named by --db (or the default one) at the latest schema and, when the file
    // has accounts and `signIn` is set, signs the --user in. nullptr after printing why, with the
    // exit code in m_failure (4: the file, 5: the sign-in).
    std::unique_ptr<Database> openDatabase(bool signIn = true);
    ExitCode failure() const { return m_failure; }
    // The acting account: the signed-in one, or the chief specialist of a file without accounts.
    Actor actor() const;
    ExitCode refused(const QString &message);
    // Whether the acting account may take an action over the whole file; prints the refusal.
    bool permits(const ServiceContext &context, Action action);
    // A new password: BAGALAU_NEW_PASSWORD, or asked twice on the terminal.
    std::optional<QString> newPassword();
    ExitCode runUsers(const QStringList &arguments); // accountcommands.cpp
    ExitCode databaseError(const QString &message);
    void printInputErrors(const InputErrors &errors);
    // Prints the problems; 5 when the account was refused, otherwise `otherwise`.
    ExitCode inputFailure(const InputErrors &errors, ExitCode otherwise);

    std::optional<CommandArguments> commandArguments(const QStringList &arguments,
        const QStringList &valueOptions, const QStringList &flags = {});

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
    QString m_user;
    std::optional<Actor> m_actor;
    ExitCode m_failure = ExitCode::DatabaseError;
    Translations m_translations;
};

// Whether the command in the arguments (without the program name) renders documents, which
// needs a QGuiApplication instead of a QCoreApplication.
bool commandNeedsGui(const QStringList &arguments);

// Runs bagalau-cli with its arguments (the program name first) on the standard streams;
// returns the process's exit code.
int runCommandLine(const QStringList &arguments);

} // namespace bagalau
