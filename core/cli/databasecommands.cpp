// SPDX-License-Identifier: GPL-3.0-or-later
// bagalau-cli's commands on a database file: init, import, results, backup, restore, check, audit.
#include "cli/commandline.h"

#include "access/accesscontrol.h"
#include "access/accountservice.h"
#include "applicationpaths.h"
#include "cli/passwordprompt.h"
#include "clock.h"
#include "evaluation/resultsexport.h"
#include "evaluation/resultsservice.h"
#include "evaluation/scoresheetservice.h"
#include "importing/csvreader.h"
#include "services/backupservice.h"
#include "services/calendarservice.h"
#include "services/csvimport.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace bagalau {

namespace {

const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

QJsonValue scoreValue(const std::optional<Score> &score)
{
    return score ? QJsonValue(score->toString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue bandValue(const std::optional<Band> &band)
{
    return band ? QJsonValue(bandKey(*band)) : QJsonValue(QJsonValue::Null);
}

void printArray(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace

QString CommandLine::databasePath() const
{
    return m_databasePath.isEmpty() ? defaultDatabasePath() : m_databasePath;
}

std::unique_ptr<Database> CommandLine::openDatabase(bool signIn)
{
    QString error;
    auto database = openMigrated(databasePath(), Database::OpenMode::MustExist, &error);
    if (!database) {
        m_failure = databaseError(error);
        return nullptr;
    }
    if (!signIn || m_actor || !AccountService::hasAccounts(*database))
        return database;
    if (m_user.isEmpty()) {
        m_failure = refused(tr("sign-in required: this file has accounts; name yours with --user"));
        return nullptr;
    }
    QString password = qEnvironmentVariable("BAGALAU_PASSWORD");
    if (password.isEmpty()) {
        const auto typed = readPasswordFromTerminal(tr("Password for %1: ").arg(m_user));
        if (!typed) {
            m_failure = refused(tr("sign-in required: no password in BAGALAU_PASSWORD and no "
                                   "terminal to ask it on"));
            return nullptr;
        }
        password = *typed;
    }
    const ServiceContext context(*database, Actor{m_user, {}, {}, 0}, systemClock(), m_policy);
    QString refusal;
    m_actor = AccountService(context).signIn(m_user, password, &refusal);
    if (!m_actor) {
        m_failure = refused(refusal);
        return nullptr;
    }
    return database;
}

Actor CommandLine::actor() const
{
    return m_actor.value_or(Actor::singleUser());
}

ExitCode CommandLine::refused(const QString &message)
{
    m_err << "bagalau-cli: " << message << '\n';
    return ExitCode::Refused;
}

bool CommandLine::permits(const ServiceContext &context, Action action)
{
    QString refusal;
    if (AccessControl(context).mayForEveryone(action, &refusal))
        return true;
    refused(refusal);
    return false;
}

std::optional<QString> CommandLine::newPassword()
{
    const QString fromEnvironment = qEnvironmentVariable("BAGALAU_NEW_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const auto first = readPasswordFromTerminal(tr("New password: "));
    if (!first) {
        usageError(tr("the new password comes from BAGALAU_NEW_PASSWORD or the terminal, never "
                      "from an argument"));
        return std::nullopt;
    }
    const auto again = readPasswordFromTerminal(tr("The new password again: "));
    if (!again || *again != *first) {
        badInput(tr("the two passwords differ"));
        return std::nullopt;
    }
    return first;
}

ExitCode CommandLine::databaseError(const QString &message)
{
    m_err << "bagalau-cli: " << message << '\n';
    return ExitCode::DatabaseError;
}

ExitCode CommandLine::inputFailure(const InputErrors &errors, ExitCode otherwise)
{
    printInputErrors(errors);
    const bool refusal = std::any_of(
        errors.cbegin(), errors.cend(), [](const InputError &error) { return error.refused; });
    return refusal ? ExitCode::Refused : otherwise;
}

void CommandLine::printInputErrors(const InputErrors &errors)
{
    if (std::any_of(
            errors.cbegin(), errors.cend(), [](const InputError &e) { return e.refused; })) {
        for (const InputError &error : errors) {
            if (error.refused)
                m_err << "bagalau-cli: " << error.toString() << '\n';
        }
        return;
    }
    for (const InputError &error : errors)
        m_err << "bagalau-cli: " << error.toString() << '\n';
    m_err << tr("bagalau-cli: %n problem(s); nothing was written", nullptr, int(errors.size()))
          << '\n';
}

ExitCode CommandLine::runInit(const QStringList &arguments)
{
    const auto parsed = commandArguments(arguments,
        {QStringLiteral("--org"), QStringLiteral("--org-kk"), QStringLiteral("--admin")});
    if (!parsed)
        return ExitCode::WrongUsage;
    if (!parsed->positional.isEmpty() || !parsed->values.contains(QStringLiteral("--org")))
        return usageError(tr("usage: init --org NAME [--org-kk NAME] [--admin LOGIN]"));
    const QString path = databasePath();
    const QString admin = parsed->values.value(QStringLiteral("--admin"));
    std::optional<QString> password;
    if (!admin.isEmpty() && !(password = newPassword()))
        return ExitCode::WrongUsage;
    Organisation organisation;
    organisation.nameRu = parsed->values.value(QStringLiteral("--org"));
    organisation.nameKk = parsed->values.value(QStringLiteral("--org-kk"));
    InputErrors errors;
    auto database = OrganisationService::createFile(path, organisation, systemClock(), &errors);
    if (!database)
        return inputFailure(
            errors, errors.first().column.isEmpty() ? ExitCode::DatabaseError : ExitCode::BadInput);
    if (!admin.isEmpty()) {
        const ServiceContext context(*database, Actor::singleUser(), systemClock(), m_policy);
        NewAccount account{admin, QString(), {Role::ChiefSpecialist}, QString()};
        if (!AccountService(context).create(account, *password, &errors)) {
            database.reset();
            for (const QString &suffix :
                {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            return inputFailure(errors, ExitCode::BadInput);
        }
    }
    m_err << tr("created %1").arg(path) << '\n';
    return ExitCode::Done;
}

ExitCode CommandLine::runImport(const QStringList &arguments)
{
    const auto parsed = commandArguments(arguments, {}, {QStringLiteral("--dry-run")});
    if (!parsed)
        return ExitCode::WrongUsage;
    const QString what = parsed->positional.value(0);
    if (parsed->positional.size() != 2
        || (what != QLatin1String("staff") && what != QLatin1String("marks")))
        return usageError(tr("usage: import staff|marks FILE.csv [--dry-run]"));
    const bool dryRun = parsed->flags.contains(QStringLiteral("--dry-run"));

    const QString file = parsed->positional.at(1);
    if (!QFileInfo(file).isFile())
        return badInput(tr("bad file %1: it does not exist").arg(file));
    const CsvReadResult csv = CsvReader::readFile(file);
    if (!csv.ok()) {
        for (const CsvError &error : csv.errors)
            m_err << "bagalau-cli: " << error.message << '\n';
        m_err << tr(
            "bagalau-cli: %n problem(s); nothing was written", nullptr, int(csv.errors.size()))
              << '\n';
        return ExitCode::BadInput;
    }

    auto database = openDatabase();
    if (!database)
        return failure();
    ServiceContext context(*database, actor(), systemClock(), m_policy);
    InputErrors errors;
    if (what == QLatin1String("staff")) {
        const QList<NewServant> servants = CsvImport::staff(csv.table, &errors);
        StaffService staff(context);
        if (!errors.isEmpty() || dryRun)
            CsvImport::merge(&errors, staff.validate(servants));
        else
            staff.add(servants, &errors);
        if (!errors.isEmpty()) {
            return inputFailure(errors, ExitCode::BadInput);
        }
        m_err << (dryRun ? tr("%n servant(s) checked; nothing was written (--dry-run)", nullptr,
                      int(servants.size()))
                         : tr("%n servant(s) imported", nullptr, int(servants.size())))
              << '\n';
        return ExitCode::Done;
    }
    const QList<MarkRow> rows = CsvImport::marks(csv.table, &errors);
    ScoreSheetService sheets(context);
    int written = 0;
    if (!errors.isEmpty() || dryRun)
        CsvImport::merge(&errors, sheets.validate(rows));
    else
        written = sheets.import(rows, &errors);
    if (!errors.isEmpty()) {
        return inputFailure(errors, ExitCode::BadInput);
    }
    m_err << (dryRun
            ? tr("%n row(s) checked; nothing was written (--dry-run)", nullptr, int(rows.size()))
            : tr("%n score sheet(s) imported and signed", nullptr, written))
          << '\n';
    return ExitCode::Done;
}

ExitCode CommandLine::runResults(const QStringList &commandLine)
{
    const auto parsed = commandArguments(commandLine,
        {QStringLiteral("--servant"), QStringLiteral("--csv"), QStringLiteral("--quarter"),
            QStringLiteral("--year")});
    if (!parsed)
        return ExitCode::WrongUsage;
    QStringList arguments = parsed->positional;
    const QString servant = parsed->values.value(QStringLiteral("--servant"));
    const QString csvPath = parsed->values.value(QStringLiteral("--csv"));
    // "results --quarter 2024Q1" is "results quarter 2024Q1", for scripts that name options.
    for (const QString &what : {QStringLiteral("quarter"), QStringLiteral("year")}) {
        const QString option = QStringLiteral("--") + what;
        if (parsed->values.contains(option))
            arguments << what << parsed->values.value(option);
    }
    const QString what = arguments.value(0);
    if (arguments.size() != 2
        || (what != QLatin1String("quarter") && what != QLatin1String("year")))
        return usageError(tr("usage: results quarter YYYYQn | year YYYY [--servant PERSONNEL_NO] "
                             "[--csv FILE]"));
    std::optional<Quarter> quarter;
    int year = 0;
    if (what == QLatin1String("quarter")) {
        quarter = Quarter::parse(arguments.at(1));
        if (!quarter)
            return badInput(tr("bad quarter %1: write it as YYYYQn with n from 1 to 4, e.g. 2024Q2")
                                .arg(arguments.at(1)));
    } else {
        bool isNumber = false;
        year = arguments.at(1).toInt(&isNumber);
        if (!isNumber || year < 2000 || year > 2100)
            return badInput(tr("bad year %1: a year from 2000 to 2100").arg(arguments.at(1)));
    }
    // An export never replaces a file: a mistyped name could be the database itself.
    if (!csvPath.isEmpty() && QFileInfo::exists(csvPath))
        return badInput(tr("%1 already exists; name a new file for the CSV export").arg(csvPath));

    auto database = openDatabase();
    if (!database)
        return failure();
    const ServiceContext context(*database, actor(), systemClock(), m_policy);
    const ResultsService results(context);
    if (!servant.isEmpty()) {
        QString refusal;
        const DateRange when =
            quarter ? quarter->range() : DateRange{QDate(year, 1, 1), QDate(year, 12, 31)};
        if (!results.mayRead(servant, when, &refusal))
            return refused(refusal);
    }
    if (!csvPath.isEmpty()) {
        QByteArray csv;
        qsizetype count = 0;
        if (quarter) {
            auto rows = results.quarter(*quarter);
            if (!servant.isEmpty())
                rows.removeIf(
                    [&servant](const QuarterResultRow &row) { return row.personnelNo != servant; });
            count = rows.size();
            csv = ResultsExport::quarterCsv(rows);
        } else {
            auto rows = results.year(year);
            if (!servant.isEmpty())
                rows.removeIf(
                    [&servant](const YearResultRow &row) { return row.personnelNo != servant; });
            count = rows.size();
            csv = ResultsExport::yearCsv(year, rows);
        }
        QString error;
        if (!ResultsExport::write(csvPath, csv, &error))
            return badInput(error);
        m_err << tr("%n servant(s) written to %1", nullptr, int(count)).arg(csvPath) << '\n';
        return ExitCode::Done;
    }
    QJsonArray array;
    if (quarter) {
        const auto rows = results.quarter(*quarter);
        for (const QuarterResultRow &row : rows) {
            if (!servant.isEmpty() && row.personnelNo != servant)
                continue;
            QJsonObject object{{QStringLiteral("personnel_no"), row.personnelNo},
                {QStringLiteral("full_name"), row.fullName}, {QStringLiteral("method"), row.method},
                {QStringLiteral("evaluated"), row.eligibility.evaluated},
                {QStringLiteral("without_participation"), row.eligibility.withoutParticipation},
                {QStringLiteral("score"), scoreValue(row.score)},
                {QStringLiteral("band"), bandValue(row.band())},
                {QStringLiteral("calibrated"), row.calibrated}};
            if (!row.eligibility.evaluated || row.eligibility.withoutParticipation)
                object.insert(QStringLiteral("reason"), row.eligibility.reasonText());
            array.append(object);
        }
    } else {
        const auto rows = results.year(year);
        for (const YearResultRow &row : rows) {
            if (!servant.isEmpty() && row.personnelNo != servant)
                continue;
            QJsonObject quarters;
            for (auto score = row.quarters.cbegin(); score != row.quarters.cend(); ++score)
                quarters.insert(score.key(), score.value().toString());
            array.append(QJsonObject{{QStringLiteral("personnel_no"), row.personnelNo},
                {QStringLiteral("full_name"), row.fullName}, {QStringLiteral("quarters"), quarters},
                {QStringLiteral("annual_score"), scoreValue(row.annualScore)},
                {QStringLiteral("annual_band"), bandValue(row.annualBand())}});
        }
    }
    printArray(m_out, array);
    return ExitCode::Done;
}

ExitCode CommandLine::runBackup(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usageError(tr("usage: backup OUT.sqlite"));
    const QString target = arguments.at(0);
    if (QFileInfo::exists(target))
        return badInput(tr("%1 already exists; name a new file for the backup").arg(target));
    auto database = openDatabase();
    if (!database)
        return failure();
    if (!permits(ServiceContext(*database, actor(), systemClock(), m_policy), Action::Backup))
        return ExitCode::Refused;
    QString error;
    if (!BackupService::backup(*database, target, &error))
        return databaseError(error);
    m_err << tr("backed up to %1").arg(target) << '\n';
    return ExitCode::Done;
}

ExitCode CommandLine::runRestore(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usageError(tr("usage: restore IN.sqlite"));
    const QString source = arguments.at(0);
    if (QFileInfo::exists(databasePath())) {
        auto current = openDatabase();
        if (!current)
            return failure();
        if (!permits(ServiceContext(*current, actor(), systemClock(), m_policy), Action::Restore))
            return ExitCode::Refused;
    }
    QString keptCopy;
    QString error;
    bool badSource = false;
    if (!BackupService::restore(source, databasePath(), &keptCopy, &error, &badSource))
        return badSource ? badInput(error) : databaseError(error);
    m_actor.reset(); // the restored file has its own accounts
    if (!openDatabase(false)) // brings an older copy to the current schema
        return failure();
    m_err << tr("restored %1 from %2").arg(databasePath(), source) << '\n';
    if (!keptCopy.isEmpty())
        m_err << tr("the file as it was is kept in %1").arg(keptCopy) << '\n';
    return ExitCode::Done;
}

ExitCode CommandLine::runCheck(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError(tr("usage: check"));
    auto database = openDatabase();
    if (!database)
        return failure();
    if (!permits(ServiceContext(*database, actor(), systemClock(), m_policy), Action::CheckFile))
        return ExitCode::Refused;
    QStringList problems;
    const QString integrity = database->integrityCheck();
    if (integrity != QLatin1String("ok"))
        problems << integrity;
    QSqlQuery foreignKeys(database->connection());
    if (foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (foreignKeys.next())
            problems << tr("a row of %1 refers to a missing row of %2")
                            .arg(foreignKeys.value(0).toString(), foreignKeys.value(2).toString());
    }
    const auto auditProblems = AuditLog(database->connection()).verify();
    for (const AuditProblem &problem : auditProblems)
        problems << tr("audit log: %1").arg(problem.message);
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            m_err << "bagalau-cli: " << problem << '\n';
        return ExitCode::DatabaseError;
    }
    m_out << "ok\n";
    return ExitCode::Done;
}

ExitCode CommandLine::runAudit(const QStringList &arguments)
{
    const auto parsed = commandArguments(arguments, {QStringLiteral("--limit")});
    if (!parsed)
        return ExitCode::WrongUsage;
    const QString what = parsed->positional.value(0);
    if (parsed->positional.size() != 1
        || (what != QLatin1String("list") && what != QLatin1String("verify")))
        return usageError(tr("usage: audit list [--limit N] | verify"));
    int limit = 0;
    if (parsed->values.contains(QStringLiteral("--limit"))) {
        bool isNumber = false;
        limit = parsed->values.value(QStringLiteral("--limit")).toInt(&isNumber);
        if (!isNumber || limit < 1)
            return badInput(tr("bad limit %1: a whole number from 1")
                                .arg(parsed->values.value(QStringLiteral("--limit"))));
    }
    auto database = openDatabase();
    if (!database)
        return failure();
    if (!permits(ServiceContext(*database, actor(), systemClock(), m_policy), Action::ReadAudit))
        return ExitCode::Refused;
    const AuditLog log(database->connection());
    if (what == QLatin1String("verify")) {
        const auto problems = log.verify();
        if (!problems.isEmpty()) {
            for (const AuditProblem &problem : problems)
                m_err << "bagalau-cli: " << problem.message << '\n';
            return ExitCode::DatabaseError;
        }
        m_out << tr("ok: %n row(s), the chain is intact", nullptr, int(log.entries().size()))
              << '\n';
        return ExitCode::Done;
    }
    QJsonArray array;
    const auto entries = log.entries(limit);
    for (const AuditEntry &entry : entries) {
        array.append(QJsonObject{{QStringLiteral("id"), entry.id},
            {QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), entry.actor}, {QStringLiteral("action"), entry.action},
            {QStringLiteral("entity"), entry.entity}, {QStringLiteral("entity_id"), entry.entityId},
            {QStringLiteral("field"), entry.field}, {QStringLiteral("old"), entry.oldValue},
            {QStringLiteral("new"), entry.newValue}, {QStringLiteral("reason"), entry.reason}});
    }
    printArray(m_out, array);
    return ExitCode::Done;
}

bool CommandLine::loadCalendarOfDatabase()
{
    // The working calendar is no personal data: reading it needs no sign-in.
    auto database = openDatabase(false);
    if (!database)
        return false;
    m_calendar = ServiceContext(*database, actor(), systemClock(), m_policy).calendar();
    return true;
}

ExitCode CommandLine::runCalendarEdit(const QStringList &arguments)
{
    const QString usage = tr("usage: calendar kurban-ait YEAR DATE|none | calendar transfer add "
                             "DAY_OFF WORKING_DAY [ACT] | calendar transfer remove DAY_OFF");
    const bool kurbanAit = arguments.value(0) == QLatin1String("kurban-ait");
    const QString action = arguments.value(1);
    if (kurbanAit ? arguments.size() != 3
                  : !((action == QLatin1String("add") && arguments.size() >= 4)
                      || (action == QLatin1String("remove") && arguments.size() == 3)))
        return usageError(usage);
    if (m_databasePath.isEmpty())
        return usageError(tr("the calendar's edits are kept in a file: name it with --db"));

    auto database = openDatabase();
    if (!database)
        return failure();
    ServiceContext context(*database, actor(), systemClock(), m_policy);
    CalendarService calendar(context);
    InputErrors errors;
    bool done = false;
    if (kurbanAit) {
        bool isNumber = false;
        const int year = arguments.at(1).toInt(&isNumber);
        if (!isNumber)
            return badInput(tr("bad year %1: a year from 2000 to 2100").arg(arguments.at(1)));
        QDate date;
        if (arguments.at(2) != QLatin1String("none")) {
            const auto parsed = dateArgument(arguments.at(2));
            if (!parsed)
                return ExitCode::BadInput;
            date = *parsed;
        }
        done = calendar.setKurbanAit(year, date, &errors);
    } else if (action == QLatin1String("add")) {
        const auto dayOff = dateArgument(arguments.at(2));
        if (!dayOff)
            return ExitCode::BadInput;
        const auto workingDay = dateArgument(arguments.at(3));
        if (!workingDay)
            return ExitCode::BadInput;
        done = calendar.addTransfer(
            {*dayOff, *workingDay, arguments.mid(4).join(QLatin1Char(' '))}, &errors);
    } else {
        const auto dayOff = dateArgument(arguments.at(2));
        if (!dayOff)
            return ExitCode::BadInput;
        done = calendar.removeTransfer(*dayOff, &errors);
    }
    if (!done) {
        return inputFailure(
            errors, errors.first().column.isEmpty() ? ExitCode::DatabaseError : ExitCode::BadInput);
    }
    return ExitCode::Done;
}

} // namespace bagalau
