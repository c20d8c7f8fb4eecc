// SPDX-License-Identifier: GPL-3.0-or-later
// bagalau-bench: how long the heavy paths take on a large demonstration organisation.
// Run by hand, in a Release build:  bagalau-bench [--servants N] [--years Y] [--seed S]
#include "calendar/workingcalendar.h"
#include "clock.h"
#include "evaluation/dashboardservice.h"
#include "evaluation/quarterservice.h"
#include "evaluation/resultsservice.h"
#include "methodology/deadlines.h"
#include "methodology/period.h"
#include "services/demogenerator.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>
#include <random>

using namespace bagalau;

namespace {

struct Options
{
    int servants = 2000;
    int years = 10;
    quint32 seed = 1;
};

std::optional<Options> parse(const QStringList &arguments, QTextStream &err)
{
    Options options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString name = arguments.at(i);
        bool isNumber = false;
        const qint64 value = arguments.value(i + 1).toLongLong(&isNumber);
        ++i;
        if (name == QLatin1String("--servants") && isNumber)
            options.servants = int(value);
        else if (name == QLatin1String("--years") && isNumber)
            options.years = int(value);
        else if (name == QLatin1String("--seed") && isNumber && value >= 0)
            options.seed = quint32(value);
        else {
            err << "usage: bagalau-bench [--servants N] [--years Y] [--seed S]\n";
            return std::nullopt;
        }
    }
    return options;
}

// One line of the table: what was measured, how many times, the total and the mean.
class Table
{
public:
    explicit Table(QTextStream &out)
        : m_out(out)
    {
        m_out << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(QStringLiteral("measure"), -52)
                     .arg(QStringLiteral("count"), 9)
                     .arg(QStringLiteral("total ms"), 11)
                     .arg(QStringLiteral("per item"), 14);
        m_out << QString(89, QLatin1Char('-')) << '\n';
        m_out.flush();
    }
    void row(const QString &what, qint64 count, qint64 nanoseconds)
    {
        const double totalMs = double(nanoseconds) / 1e6;
        const double each = count > 0 ? double(nanoseconds) / double(count) : 0.0;
        const QString perItem = each >= 1e6
            ? QString::number(each / 1e6, 'f', 2) + QStringLiteral(" ms")
            : each >= 1e3 ? QString::number(each / 1e3, 'f', 2) + QStringLiteral(" µs")
                          : QString::number(each, 'f', 0) + QStringLiteral(" ns");
        m_out << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(what, -52)
                     .arg(count, 9)
                     .arg(QString::number(totalMs, 'f', 1), 11)
                     .arg(perItem, 14);
        m_out.flush();
    }
    void note(const QString &what, const QString &value)
    {
        m_out << QStringLiteral("%1 %2\n").arg(what, -52).arg(value, 36);
        m_out.flush();
    }

private:
    QTextStream &m_out;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto options = parse(application.arguments(), err);
    if (!options)
        return 2;
    DemoOptions demo;
    demo.servants = options->servants;
    demo.years = options->years;
    demo.seed = options->seed;
    if (const QString problem = DemoGenerator::optionsError(demo); !problem.isEmpty()) {
        err << "bagalau-bench: " << problem << '\n';
        return 2;
    }

    QTemporaryDir folder;
    if (!folder.isValid()) {
        err << "bagalau-bench: no temporary folder\n";
        return 4;
    }
    const QString path = folder.filePath(QStringLiteral("bench.sqlite"));
    const SystemClock clock;
    const QDate today = clock.today();
    out << QStringLiteral("bagalau-bench: %1 servants, %2 years, seed %3, today %4, file %5\n\n")
               .arg(demo.servants)
               .arg(demo.years)
               .arg(demo.seed)
               .arg(today.toString(Qt::ISODate), path);
    Table table(out);
    QElapsedTimer timer;

    // The data set: a demonstration organisation, as `bagalau-cli demo` makes it.
    InputErrors errors;
    timer.start();
    auto database =
        OrganisationService::createFile(path, DemoGenerator::organisation(), clock, &errors);
    if (!database) {
        err << "bagalau-bench: " << (errors.isEmpty() ? QString() : errors.first().toString())
            << '\n';
        return 4;
    }
    const qint64 created = timer.nsecsElapsed();
    table.row(QStringLiteral("new file (schema, organisation)"), 1, created);
    std::optional<DemoSummary> summary;
    {
        const ServiceContext context(*database, Actor::singleUser(), clock);
        DemoFailure failure;
        timer.restart();
        summary = DemoGenerator(context).generate(demo, &failure);
        const qint64 generated = timer.nsecsElapsed();
        if (!summary) {
            err << "bagalau-bench: " << failure.message << '\n';
            return 4;
        }
        table.row(QStringLiteral("demo generation (one transaction), per servant"), demo.servants,
            generated);
    }
    // Closing checkpoints the journal into the file, so its size is the whole of it.
    timer.restart();
    database.reset();
    table.row(QStringLiteral("close (WAL checkpoint)"), 1, timer.nsecsElapsed());
    const double mebibytes = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    table.note(
        QStringLiteral("  file size"), QString::number(mebibytes, 'f', 1) + QStringLiteral(" MiB"));
    table.note(QStringLiteral("  score sheets / absences / 360 answer sets"),
        QStringLiteral("%1 / %2 / %3")
            .arg(summary->scoreSheets)
            .arg(summary->absences)
            .arg(summary->surveyAnswerSets));

    QString error;
    timer.restart();
    database = openMigrated(path, Database::OpenMode::MustExist, &error);
    if (!database) {
        err << "bagalau-bench: " << error << '\n';
        return 4;
    }
    table.row(QStringLiteral("open the file"), 1, timer.nsecsElapsed());
    const ServiceContext context(*database, Actor::singleUser(), clock);
    const ResultsService results(context);
    const int firstYear = today.year() - demo.years + 1;

    // Results of every quarter of the history, the unfinished ones included: the screen that
    // lists a quarter calls exactly this.
    qint64 rows = 0;
    int quarters = 0;
    timer.restart();
    for (Quarter quarter(firstYear, 1); quarter <= Quarter(today.year(), 4);
         quarter = quarter.next()) {
        rows += results.quarter(quarter).size();
        ++quarters;
    }
    table.row(
        QStringLiteral("ResultsService::quarter, per quarter"), quarters, timer.nsecsElapsed());
    table.note(QStringLiteral("  result rows"), QString::number(rows));

    // The roster of the Quarter evaluation screen: the results plus evaluators and acquaintance.
    rows = 0;
    timer.restart();
    const QuarterService roster(context);
    for (Quarter quarter(firstYear, 1); quarter <= Quarter(today.year(), 4);
         quarter = quarter.next())
        rows += roster.roster(quarter).size();
    table.row(
        QStringLiteral("QuarterService::roster, per quarter"), quarters, timer.nsecsElapsed());
    table.note(QStringLiteral("  roster rows"), QString::number(rows));

    rows = 0;
    timer.restart();
    for (int year = firstYear; year <= today.year(); ++year)
        rows += results.year(year).size();
    table.row(QStringLiteral("ResultsService::year, per year"), demo.years, timer.nsecsElapsed());
    table.note(QStringLiteral("  result rows"), QString::number(rows));

    // The dashboard as the window shows it: the due items, the progress and the bands.
    const int dashboards = 3;
    qint64 items = 0;
    timer.restart();
    for (int i = 0; i < dashboards; ++i)
        items += DashboardService(context).dashboard(today).items.size();
    table.row(QStringLiteral("DashboardService::dashboard, per dashboard"), dashboards,
        timer.nsecsElapsed());
    table.note(QStringLiteral("  due items"), QString::number(items / dashboards));

    // One servant's trend over the whole file, as the results page draws it on a selection.
    const QList<QuarterResultRow> someone = results.quarter(Quarter::containing(today).previous());
    const int histories = int(std::min<qsizetype>(someone.size(), 200));
    qint64 points = 0;
    timer.restart();
    for (int i = 0; i < histories; ++i)
        points += results.history(someone.at(i).personnelNo).size();
    table.row(
        QStringLiteral("ResultsService::history, per servant"), histories, timer.nsecsElapsed());
    table.note(QStringLiteral("  quarters drawn"), QString::number(points));

    // Deadlines: every quarter and year, then the chain of a few thousand events.
    const Deadlines deadlines = context.deadlines();
    qint64 checksum = 0;
    timer.restart();
    for (Quarter quarter(firstYear, 1); quarter <= Quarter(today.year(), 4);
         quarter = quarter.next())
        checksum += deadlines.quarter(quarter).evaluationDue.toJulianDay();
    for (int year = firstYear; year <= today.year(); ++year)
        checksum += deadlines.year(year).survey360Due.toJulianDay();
    table.row(QStringLiteral("Deadlines::quarter and ::year, per period"), quarters + demo.years,
        timer.nsecsElapsed());

    std::mt19937 random(demo.seed);
    const QDate first(firstYear, 1, 1);
    const int span = int(first.daysTo(QDate(today.year(), 12, 31)));
    const QList<DeadlineEvent> events = deadlineEvents();
    const int eventCount = 5000;
    QList<std::pair<DeadlineEvent, QDate>> sample;
    for (int i = 0; i < eventCount; ++i)
        sample << std::pair{events.at(qsizetype(random() % quint32(events.size()))),
            first.addDays(random() % quint32(span + 1))};
    qint64 duties = 0;
    timer.restart();
    for (const auto &[event, day] : sample) {
        const QList<DatedDuty> dated = deadlines.after(event, day);
        duties += dated.size();
        if (!dated.isEmpty())
            checksum += dated.last().date.toJulianDay();
    }
    table.row(QStringLiteral("Deadlines::after, per event"), eventCount, timer.nsecsElapsed());
    table.note(QStringLiteral("  dated duties"), QString::number(duties));

    // The calendar: ten years counted on a fresh calendar (its year tables built on the way),
    // then again on the warm one.
    const DateRange tenYears{QDate(today.year() - 9, 1, 1), QDate(today.year(), 12, 31)};
    timer.restart();
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    const qint64 loaded = timer.nsecsElapsed();
    table.row(QStringLiteral("WorkingCalendar::shipped (load the data)"), 1, loaded);
    timer.restart();
    const int workingDays = calendar.countWorkingDays(tenYears);
    table.row(QStringLiteral("countWorkingDays over ten years, cold"), 1, timer.nsecsElapsed());
    const int repeats = 1000;
    timer.restart();
    for (int i = 0; i < repeats; ++i)
        checksum += calendar.countWorkingDays(tenYears);
    table.row(
        QStringLiteral("countWorkingDays over ten years, warm"), repeats, timer.nsecsElapsed());
    table.note(QStringLiteral("  working days in %1–%2")
                   .arg(tenYears.first.year())
                   .arg(tenYears.last.year()),
        QString::number(workingDays));

    // Keeps the optimiser from dropping the loops whose results nobody else reads.
    out << "\nchecksum " << checksum << '\n';
    return 0;
}
