// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "methodology/band.h"
#include "methodology/chapter6.h"
#include "methodology/eligibility.h"
#include "methodology/score.h"
#include "version.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

namespace bagalau {

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QJsonObject dutiesObject(const QList<DatedDuty> &duties)
{
    QJsonObject object;
    for (const DatedDuty &duty : duties)
        object.insert(duty.key, isoDate(duty.date));
    return object;
}

} // namespace

bool isOption(const QString &argument)
{
    static const QRegularExpression negativeNumber(QStringLiteral("^-\\d+$"));
    return argument.startsWith(QLatin1Char('-')) && !negativeNumber.match(argument).hasMatch();
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

CommandLine::~CommandLine() = default;

ExitCode CommandLine::run(QStringList arguments)
{
    // Global options stand before the command; what follows the command is its own.
    QStringList positional;
    QString languageCodeText;
    QString policyText;
    bool helpAsked = false;
    bool versionAsked = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        if (!isOption(argument)) {
            positional = arguments.mid(i);
            break;
        }
        QString name = argument;
        QString value;
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (equals > 0) {
            name = argument.left(equals);
            value = argument.mid(equals + 1);
        }
        if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            helpAsked = true;
            continue;
        }
        if (name == QLatin1String("--version")) {
            versionAsked = true;
            continue;
        }
        if (name != QLatin1String("--db") && name != QLatin1String("--lang")
            && name != QLatin1String("--policy") && name != QLatin1String("--user")) {
            return usageError(tr("unknown option %1 (see --help)").arg(name));
        }
        if (equals < 0) {
            if (i + 1 >= arguments.size())
                return usageError(tr("%1 needs a value (see --help)").arg(name));
            value = arguments.at(++i);
        }
        if (name == QLatin1String("--db"))
            m_databasePath = value;
        else if (name == QLatin1String("--user"))
            m_user = value;
        else if (name == QLatin1String("--lang"))
            languageCodeText = value;
        else
            policyText = value;
    }
    // "bagalau-cli demo --help": the help names every command's options, so a command's own
    // --help shows it too rather than calling --help an unknown option.
    if (positional.contains(QLatin1String("--help")) || positional.contains(QLatin1String("-h")))
        helpAsked = true;

    if (!languageCodeText.isEmpty()) {
        const auto language = languageFromCode(languageCodeText);
        if (!language)
            return usageError(tr("--lang takes kk, ru or en, not %1").arg(languageCodeText));
        m_language = *language;
        m_translations.use(m_language);
    }
    if (!policyText.isEmpty()) {
        const auto policy = deadlinePolicyFromKey(policyText);
        if (!policy)
            return usageError(tr("--policy takes legal or cautious, not %1").arg(policyText));
        m_policy = *policy;
    }

    // Answered after --lang is applied, so that the help comes in the language asked for.
    if (helpAsked) {
        printHelp();
        return ExitCode::Done;
    }
    if (versionAsked) {
        m_out << "bagalau-cli " << applicationVersion() << '\n';
        return ExitCode::Done;
    }
    if (positional.isEmpty())
        return usageError(tr("no command given (see --help)"));
    const QString command = positional.takeFirst();
    // With --db, the calendar is the file's: the shipped one with the chief specialist's edits.
    if (m_databasePath.isEmpty()) {
        m_calendar = WorkingCalendar::shipped();
    } else if (command == QLatin1String("calendar") || command == QLatin1String("deadlines")
        || command == QLatin1String("eligibility")) {
        if (!loadCalendarOfDatabase())
            return failure();
    }
    if (command == QLatin1String("calendar"))
        return runCalendar(positional);
    if (command == QLatin1String("deadlines"))
        return runDeadlines(positional);
    if (command == QLatin1String("score"))
        return runScore(positional);
    if (command == QLatin1String("eligibility"))
        return runEligibility(positional);
    if (command == QLatin1String("init"))
        return runInit(positional);
    if (command == QLatin1String("import"))
        return runImport(positional);
    if (command == QLatin1String("results"))
        return runResults(positional);
    if (command == QLatin1String("backup"))
        return runBackup(positional);
    if (command == QLatin1String("restore"))
        return runRestore(positional);
    if (command == QLatin1String("check"))
        return runCheck(positional);
    if (command == QLatin1String("audit"))
        return runAudit(positional);
    if (command == QLatin1String("demo"))
        return runDemo(positional);
    if (command == QLatin1String("users"))
        return runUsers(positional);
    if (command == QLatin1String("print"))
        return runPrint(positional);
    return usageError(tr("unknown command %1 (see --help)").arg(command));
}

ExitCode CommandLine::runCalendar(const QStringList &arguments)
{
    const QString what = arguments.value(0);
    if (what == QLatin1String("kurban-ait") || what == QLatin1String("transfer"))
        return runCalendarEdit(arguments);
    if (what == QLatin1String("day")) {
        if (arguments.size() != 2)
            return usageError(tr("usage: calendar day YYYY-MM-DD"));
        const auto date = dateArgument(arguments.at(1));
        if (!date)
            return ExitCode::BadInput;
        const DayInfo day = m_calendar->day(*date);
        if (day.isWorking())
            m_out << "working\n";
        else
            m_out << "non-working: " << describeDay(day, m_language) << '\n';
        if (!m_calendar->isYearConfirmed(date->year()))
            m_err << tr("note: the calendar of %1 is not confirmed (no date of Kurban Ait)")
                         .arg(date->year())
                  << '\n';
        return ExitCode::Done;
    }
    if (what == QLatin1String("month")) {
        if (arguments.size() != 2)
            return usageError(tr("usage: calendar month YYYY-MM"));
        const auto first = parseIsoDate(arguments.at(1) + QStringLiteral("-01"));
        if (!first || arguments.at(1).size() != 7)
            return badInput(
                tr("bad month %1: write it as YYYY-MM, e.g. 2024-03").arg(arguments.at(1)));
        m_out << m_calendar->workingDaysInMonth(first->year(), first->month()) << '\n';
        return ExitCode::Done;
    }
    if (what == QLatin1String("add")) {
        if (arguments.size() != 3)
            return usageError(tr("usage: calendar add YYYY-MM-DD N"));
        const auto date = dateArgument(arguments.at(1));
        if (!date)
            return ExitCode::BadInput;
        bool isNumber = false;
        const int count = arguments.at(2).toInt(&isNumber);
        if (!isNumber || count < -1000 || count > 1000)
            return badInput(tr("bad number of working days %1: a whole number from -1000 to 1000")
                                .arg(arguments.at(2)));
        m_out << isoDate(m_calendar->addWorkingDays(*date, count)) << '\n';
        return ExitCode::Done;
    }
    if (what == QLatin1String("year")) {
        if (arguments.size() != 2)
            return usageError(tr("usage: calendar year YYYY"));
        bool isNumber = false;
        const int year = arguments.at(1).toInt(&isNumber);
        if (!isNumber || year < 2000 || year > 2100)
            return badInput(tr("bad year %1: a year from 2000 to 2100").arg(arguments.at(1)));
        const auto days = m_calendar->specialDays(year);
        for (const DayInfo &day : days) {
            m_out << isoDate(day.date) << '\t'
                  << (day.isWorking() ? QStringLiteral("working: ")
                                      : QStringLiteral("non-working: "))
                  << describeDay(day, m_language) << '\n';
        }
        m_out << tr("working days: %1").arg(m_calendar->workingDaysInYear(year)) << '\n';
        if (!m_calendar->isYearConfirmed(year))
            m_err
                << tr("note: the calendar of %1 is not confirmed (no date of Kurban Ait)").arg(year)
                << '\n';
        return ExitCode::Done;
    }
    return usageError(tr("usage: calendar day DATE | month YYYY-MM | add DATE N | year YYYY | "
                         "kurban-ait YEAR DATE | transfer add|remove ..."));
}

ExitCode CommandLine::runDeadlines(const QStringList &arguments)
{
    const Deadlines deadlines(*m_calendar, m_policy);
    const QString what = arguments.value(0);
    if (what == QLatin1String("quarter")) {
        if (arguments.size() != 2)
            return usageError(tr("usage: deadlines quarter YYYYQn"));
        const auto quarter = Quarter::parse(arguments.at(1));
        if (!quarter)
            return badInput(tr("bad quarter %1: write it as YYYYQn with n from 1 to 4, e.g. 2024Q2")
                                .arg(arguments.at(1)));
        const auto duties = deadlines.quarter(*quarter).duties();
        printJson(dutiesObject(duties));
        warnIfUnconfirmed(duties, deadlines);
        return ExitCode::Done;
    }
    if (what == QLatin1String("year")) {
        if (arguments.size() != 2)
            return usageError(tr("usage: deadlines year YYYY"));
        bool isNumber = false;
        const int year = arguments.at(1).toInt(&isNumber);
        if (!isNumber || year < 2000 || year > 2100)
            return badInput(tr("bad year %1: a year from 2000 to 2100").arg(arguments.at(1)));
        const auto duties = deadlines.year(year).duties();
        printJson(dutiesObject(duties));
        warnIfUnconfirmed(duties, deadlines);
        return ExitCode::Done;
    }
    if (what == QLatin1String("event") || what == QLatin1String("acquainted")) {
        // "deadlines acquainted DATE" is the short form of "deadlines event acquainted DATE",
        // and also shows the latest calibration chain: an application on the last allowed day.
        const bool shortForm = what == QLatin1String("acquainted");
        const QStringList rest = shortForm ? arguments : arguments.mid(1);
        if (rest.size() != 2)
            return usageError(tr("usage: deadlines event KIND YYYY-MM-DD"));
        const auto event = deadlineEventFromKey(rest.at(0));
        if (!event) {
            QStringList kinds;
            for (DeadlineEvent known : deadlineEvents())
                kinds << deadlineEventKey(known);
            return badInput(
                tr("bad event %1: one of %2").arg(rest.at(0), kinds.join(QStringLiteral(", "))));
        }
        const auto date = dateArgument(rest.at(1));
        if (!date)
            return ExitCode::BadInput;
        QList<DatedDuty> duties = deadlines.after(*event, *date);
        if (shortForm) {
            const QDate lastApplication = deadlines.appealDue(*date);
            duties << DatedDuty{QStringLiteral("latest_session_decision_due"),
                deadlines.sessionDecisionDue(lastApplication)}
                   << DatedDuty{QStringLiteral("latest_session_due"),
                          deadlines.sessionDue(lastApplication)};
        }
        printJson(dutiesObject(duties));
        warnIfUnconfirmed(duties, deadlines);
        return ExitCode::Done;
    }
    return usageError(tr("usage: deadlines quarter YYYYQn | year YYYY | event KIND DATE"));
}

ExitCode CommandLine::runScore(const QStringList &arguments)
{
    const QString what = arguments.value(0);
    if (what == QLatin1String("mean")) {
        if (arguments.size() < 2)
            return usageError(tr("usage: score mean MARK..."));
        QList<Score> scores;
        for (const QString &text : arguments.mid(1)) {
            const auto score = Score::parse(text);
            if (!score)
                return badInput(tr("bad mark or score %1: a number from 0 to 5 with at most two "
                                   "decimals, e.g. 4 or 4.33")
                                    .arg(text));
            scores << *score;
        }
        const Score mean = Score::mean(scores);
        m_out << mean.toString() << ' ' << bandKey(bandOf(mean)) << '\n';
        return ExitCode::Done;
    }
    if (what == QLatin1String("achieved")) {
        if (arguments.size() != 2)
            return usageError(tr("usage: score achieved N"));
        bool isNumber = false;
        const int achieved = arguments.at(1).toInt(&isNumber);
        if (!isNumber || achieved < 0 || achieved > Chapter6KciCount)
            return badInput(tr("bad number of KCI achieved %1: a whole number from 0 to 5")
                                .arg(arguments.at(1)));
        m_out << bandKey(bandForAchievedKci(achieved)) << '\n';
        return ExitCode::Done;
    }
    return usageError(tr("usage: score mean MARK... | achieved N"));
}

ExitCode CommandLine::runEligibility(const QStringList &arguments)
{
    // eligibility QUARTER FIRST [LAST [dismissed]]
    QStringList rest = arguments;
    const bool dismissed = !rest.isEmpty() && rest.last() == QLatin1String("dismissed");
    if (dismissed)
        rest.removeLast();
    if (rest.size() < 2 || rest.size() > 3 || (dismissed && rest.size() != 3))
        return usageError(tr("usage: eligibility YYYYQn FIRST_DAY [LAST_DAY [dismissed]]"));
    const auto quarter = Quarter::parse(rest.at(0));
    if (!quarter)
        return badInput(tr("bad quarter %1: write it as YYYYQn with n from 1 to 4, e.g. 2024Q2")
                            .arg(rest.at(0)));
    const auto first = dateArgument(rest.at(1));
    if (!first)
        return ExitCode::BadInput;
    std::optional<QDate> last;
    if (rest.size() == 3) {
        last = dateArgument(rest.at(2));
        if (!last)
            return ExitCode::BadInput;
    }

    const Deadlines deadlines(*m_calendar, m_policy);
    EligibilityInput input;
    input.period = quarter->range();
    input.evaluation = {quarter->lastDay().addDays(1), deadlines.quarter(*quarter).evaluationDue};
    input.firstDayInPosition = *first;
    input.lastDayInPosition = last.value_or(QDate());
    input.dismissedFromBody = dismissed;
    QString error;
    const auto eligibility = assessEligibility(input, &error);
    if (!eligibility)
        return badInput(error);

    QJsonObject json;
    json.insert(QStringLiteral("evaluated"), eligibility->evaluated);
    json.insert(QStringLiteral("without_participation"), eligibility->withoutParticipation);
    json.insert(QStringLiteral("kci_allowed"), eligibility->kciAllowed);
    json.insert(QStringLiteral("reason_key"), eligibility->reasonKey);
    json.insert(QStringLiteral("reason"), eligibility->reasonText());
    printJson(json);
    return ExitCode::Done;
}

std::optional<CommandArguments> CommandLine::commandArguments(
    const QStringList &arguments, const QStringList &valueOptions, const QStringList &flags)
{
    CommandArguments result;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        if (!isOption(argument)) {
            result.positional << argument;
            continue;
        }
        if (flags.contains(argument)) {
            result.flags.insert(argument);
            continue;
        }
        if (!valueOptions.contains(argument)) {
            usageError(tr("unknown option %1 (see --help)").arg(argument));
            return std::nullopt;
        }
        if (i + 1 >= arguments.size()) {
            usageError(tr("%1 needs a value (see --help)").arg(argument));
            return std::nullopt;
        }
        result.values.insert(argument, arguments.at(++i));
    }
    return result;
}

ExitCode CommandLine::usageError(const QString &message)
{
    m_err << "bagalau-cli: " << message << '\n';
    return ExitCode::WrongUsage;
}

ExitCode CommandLine::badInput(const QString &message)
{
    m_err << "bagalau-cli: " << message << '\n';
    return ExitCode::BadInput;
}

std::optional<QDate> CommandLine::dateArgument(const QString &text)
{
    const auto date = parseIsoDate(text);
    if (!date)
        badInput(tr("bad date %1: write a real date as YYYY-MM-DD, e.g. 2024-04-12").arg(text));
    return date;
}

void CommandLine::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CommandLine::warnIfUnconfirmed(const QList<DatedDuty> &duties, const Deadlines &deadlines)
{
    if (!deadlines.isConfirmed(duties))
        m_err << tr("note: these dates fall in a year whose calendar is not confirmed "
                    "(no date of Kurban Ait); they may move")
              << '\n';
}

void CommandLine::printHelp()
{
    m_out << tr(
        "Usage: bagalau-cli [--db PATH] [--user LOGIN] [--lang kk|ru|en] [--policy "
        "legal|cautious]\n"
        "                   COMMAND ...\n"
        "\n"
        "Bagalau's command-line tool: the working-day calendar of Kazakhstan and the rules of\n"
        "the methodology of evaluating administrative civil servants of corps \"B\".\n"
        "\n"
        "Commands:\n"
        "  calendar day DATE           \"working\" or \"non-working: <reason>\"\n"
        "  calendar month YYYY-MM      the number of working days in the month\n"
        "  calendar add DATE N         the N-th working day after DATE (before it when N < 0)\n"
        "  calendar year YYYY          every holiday, day off and transfer of the year\n"
        "  calendar kurban-ait YEAR DATE|none\n"
        "                              enter (or forget) the date of Kurban Ait in the file\n"
        "  calendar transfer add DAY_OFF WORKING_DAY [ACT]\n"
        "  calendar transfer remove DAY_OFF\n"
        "                              enter or remove a transfer of a day off in the file\n"
        "  deadlines quarter YYYYQn    JSON: the dated duties of the quarter's evaluation\n"
        "  deadlines year YYYY         JSON: the 360 survey and the annual score\n"
        "  deadlines event KIND DATE   JSON: what follows from an event; KIND is one of\n"
        "                              completed, acquainted, applied, protocol-signed,\n"
        "                              appointed, plan-approved, returned, superior-signed,\n"
        "                              commission-meeting, commission-decided\n"
        "  deadlines acquainted DATE   JSON: the appeal window and the latest calibration chain\n"
        "  score mean MARK...          exact mean, rounded half up to 2 decimals, and its band\n"
        "  score achieved N            chapter 6: the band for N of 5 KCI achieved\n"
        "  eligibility YYYYQn FIRST [LAST [dismissed]]\n"
        "                              JSON: evaluated or not, with or without participation,\n"
        "                              KCI allowed, and why; FIRST and LAST are the first and\n"
        "                              last day in the position\n"
        "  init --org NAME [--org-kk NAME] [--admin LOGIN]\n"
        "                              create a new database file; with --admin, with the chief\n"
        "                              specialist's account (signed-in use from then on)\n"
        "  import staff|marks FILE.csv [--dry-run]\n"
        "                              import all rows or none; --dry-run only checks\n"
        "  results quarter YYYYQn      JSON: one object per servant\n"
        "  results year YYYY           JSON: quarterly scores, annual score, band\n"
        "  backup OUT.sqlite           a consistent copy of the file (checked first)\n"
        "  restore IN.sqlite           replace the file with a checked copy\n"
        "  check                       integrity, foreign keys and the audit chain\n"
        "  audit list [--limit N]      JSON: the audit log, newest last\n"
        "  audit verify                whether the audit log's chain is intact\n"
        "  users add LOGIN --roles ROLE[,ROLE] [--servant PERSONNEL_NO] [--name NAME]\n"
        "  users list | users disable LOGIN | users reset LOGIN | users roles LOGIN ROLE[,ROLE]\n"
        "                              accounts; ROLE is chief_specialist, chairman, head,\n"
        "                              appointing_official or servant\n"
        "  demo [--servants N] [--years Y] [--seed S]\n"
        "                              fill a new file with a synthetic organisation\n"
        "\n"
        "Options:\n"
        "  --db PATH        the database file; the calendar commands then use its calendar\n"
        "  --user LOGIN     sign in (a file with accounts needs it for personal data); the "
        "password\n"
        "                   comes from BAGALAU_PASSWORD or is asked on the terminal\n"
        "  --lang LANG      the language of messages: kk, ru or en (default en)\n"
        "  --policy POLICY  a fixed date on a day off moves to the next working day (legal,\n"
        "                   the default) or to the previous one (cautious)\n"
        "  --help, --version\n"
        "\n"
        "Dates are YYYY-MM-DD. JSON goes to standard output, messages to standard error.\n"
        "Exit codes: 0 done, 2 wrong usage, 3 bad input (nothing written), 4 database error,\n"
        "5 sign-in required or not allowed.\n");
    // Apart from the block above, so that its translations stay whole while this one waits for
    // its own.
    m_out << '\n'
          << tr("Results as a spreadsheet:\n"
                "  results quarter YYYYQn|year YYYY [--servant PERSONNEL_NO] --csv FILE\n"
                "                              (or --quarter YYYYQn, --year YYYY) writes a NEW\n"
                "                              CSV file instead of JSON: UTF-8 with BOM, ';'\n"
                "                              between fields, scores with a decimal comma (4,25)\n"
                "                              as Excel reads them in Kazakh and Russian\n");
    // Its own message, so that adding commands leaves the translated text above intact.
    m_out
        << '\n'
        << tr("Printed forms:\n"
              "  print KIND --quarter YYYYQn [--servant PERSONNEL_NO] [--lang kk|ru] --out FILE\n"
              "                              a printed form into FILE.pdf or FILE.odt, in Kazakh\n"
              "                              or Russian (default: the --lang above, or ru); KIND\n"
              "                              is work-plan, kci-sheet, ranking-sheet, notice or\n"
              "                              results-list; without --servant, every servant's\n"
              "                              form of the quarter into one file\n"
              "  print survey-report --year YYYY [--servant PERSONNEL_NO] ...\n"
              "                              the 360 individual reports (appendix 7)\n"
              "  print feedback|calibration-protocol --appeal ID ...\n"
              "                              the feedback form (appendix 8) or the protocol (§41)\n"
              "                              of the calibration session held on an application\n"
              "  print commission-protocol --meeting ID ...\n"
              "                              the protocol of a meeting of the Commission\n"
              "                              (appendix 11)\n");
}

int runCommandLine(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine(out, err);
    return int(commandLine.run(arguments.mid(1)));
}

} // namespace bagalau
