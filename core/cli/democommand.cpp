// SPDX-License-Identifier: GPL-3.0-or-later
// bagalau-cli demo: a new file with a synthetic organisation to explore or to measure.
#include "cli/commandline.h"

#include "clock.h"
#include "services/demogenerator.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>

#include <limits>

namespace bagalau {

namespace {

// A whole number within [low, high]; nullopt for anything else, "12abc" and "1e3" included.
std::optional<qint64> wholeNumber(const QString &text, qint64 low, qint64 high)
{
    bool isNumber = false;
    const qint64 value = text.toLongLong(&isNumber);
    if (!isNumber || value < low || value > high)
        return std::nullopt;
    return value;
}

} // namespace

ExitCode CommandLine::runDemo(const QStringList &arguments)
{
    const QString servantsOption = QStringLiteral("--servants");
    const QString yearsOption = QStringLiteral("--years");
    const QString seedOption = QStringLiteral("--seed");
    const auto parsed = commandArguments(arguments, {servantsOption, yearsOption, seedOption});
    if (!parsed)
        return ExitCode::WrongUsage;
    if (!parsed->positional.isEmpty())
        return usageError(tr("usage: demo [--servants N] [--years Y] [--seed S]"));

    // Every value is checked before the file is made, so a bad one leaves nothing behind.
    DemoOptions options;
    if (parsed->values.contains(servantsOption)) {
        const QString text = parsed->values.value(servantsOption);
        const auto value = wholeNumber(text, DemoOptions::MinServants, DemoOptions::MaxServants);
        if (!value)
            return badInput(tr("bad --servants %1: a whole number from %2 to %3")
                                .arg(text)
                                .arg(DemoOptions::MinServants)
                                .arg(DemoOptions::MaxServants));
        options.servants = int(*value);
    }
    if (parsed->values.contains(yearsOption)) {
        const QString text = parsed->values.value(yearsOption);
        const auto value = wholeNumber(text, DemoOptions::MinYears, DemoOptions::MaxYears);
        if (!value)
            return badInput(tr("bad --years %1: a whole number from %2 to %3")
                                .arg(text)
                                .arg(DemoOptions::MinYears)
                                .arg(DemoOptions::MaxYears));
        options.years = int(*value);
    }
    if (parsed->values.contains(seedOption)) {
        const QString text = parsed->values.value(seedOption);
        const auto value = wholeNumber(text, 0, std::numeric_limits<quint32>::max());
        if (!value)
            return badInput(tr("bad --seed %1: a whole number from 0 to %2")
                                .arg(text)
                                .arg(std::numeric_limits<quint32>::max()));
        options.seed = quint32(*value);
    }

    const QString path = databasePath();
    const SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    InputErrors errors;
    auto database =
        OrganisationService::createFile(path, DemoGenerator::organisation(), clock, &errors);
    if (!database) {
        printInputErrors(errors);
        return errors.first().column.isEmpty() ? ExitCode::DatabaseError : ExitCode::BadInput;
    }

    ServiceContext context(*database, Actor::singleUser(), clock, m_policy);
    // Large organisations take a while: say how far it got, a line per tenth.
    int reported = 0;
    const bool large = qint64(options.servants) * options.years >= 5000;
    const DemoGenerator::Progress progress = [&](int percent) {
        if (large && percent >= reported + 10 && percent < 100) {
            reported = percent - percent % 10;
            m_err << tr("generating: %1%").arg(reported) << '\n';
            m_err.flush();
        }
    };
    DemoFailure failure;
    const auto summary = DemoGenerator(context).generate(options, &failure, progress);
    if (!summary) {
        database.reset();
        // The file was made for the demonstration only; without it, it is nothing.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        m_err << "bagalau-cli: " << failure.message << '\n';
        return failure.badInput ? ExitCode::BadInput : ExitCode::DatabaseError;
    }
    database.reset();
    const double seconds = double(timer.elapsed()) / 1000.0;

    m_err << tr("created %1").arg(path) << '\n'
          << tr("%n servant(s)", nullptr, summary->servants) << ", "
          << tr("%n year(s)", nullptr, options.years) << ", " << tr("seed %1").arg(options.seed)
          << '\n'
          << tr("%n unit(s)", nullptr, summary->units) << ", "
          << tr("%n assignment(s)", nullptr, summary->assignments) << ", "
          << tr("%n dismissal(s)", nullptr, summary->dismissals) << ", "
          << tr("%n absence(s)", nullptr, summary->absences) << '\n'
          << tr("%n KCI plan(s)", nullptr, summary->kciPlans) << ", "
          << tr("%n signed score sheet(s)", nullptr, summary->scoreSheets) << ", "
          << tr("%n acquaintance record(s)", nullptr, summary->acquaintances) << ", "
          << tr("%n appeal(s) with a calibration session", nullptr, summary->appeals) << '\n'
          << tr("360 survey: %n subject(s)", nullptr, summary->surveySubjects) << ", "
          << tr("%n answer set(s)", nullptr, summary->surveyAnswerSets) << '\n'
          << tr("in %1 s").arg(QString::number(seconds, 'f', 1)) << '\n';
    return ExitCode::Done;
}

} // namespace bagalau
