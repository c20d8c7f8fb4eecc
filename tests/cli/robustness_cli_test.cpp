// SPDX-License-Identifier: GPL-3.0-or-later
// What happens to the file when a program is killed half-way, or two programs write at once.
#include "clirunner.h"

#include "storage/database.h"
#include "testpaths.h"

#include "catchqt.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace bagalau;
using namespace bagalau::test;

namespace {

// A staff file of `count` corps B servants whose personnel numbers start with `prefix`.
QString writeStaffFile(
    const QTemporaryDir &folder, const QString &name, const QString &prefix, int count)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("personnel_no,full_name,category,unit,position,appointed\n");
    for (int i = 0; i < count; ++i) {
        file.write(
            QStringLiteral("%1%2,Сотрудник %2,corps_b,Отдел %3,Главный специалист,2023-01-09\n")
                .arg(prefix)
                .arg(i, 6, 10, QLatin1Char('0'))
                .arg(i % 7)
                .toUtf8());
    }
    return path;
}

QString makeDatabase(const QTemporaryDir &folder, const QString &name)
{
    const QString path = folder.filePath(name);
    const CliResult init = runCli({QStringLiteral("--db"), path, QStringLiteral("init"),
        QStringLiteral("--org"), QStringLiteral("Аппарат")});
    REQUIRE(init.exitCode == 0);
    return path;
}

struct FileState
{
    QString integrity;
    int servants = -1;
    int auditRows = -1;
};

FileState stateOf(const QString &path)
{
    QString error;
    auto database = Database::open(path, Database::OpenMode::MustExist, &error);
    INFO(error.toStdString());
    REQUIRE(database);
    FileState state;
    state.integrity = database->integrityCheck();
    QSqlQuery query(database->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM servant")));
    REQUIRE(query.next());
    state.servants = query.value(0).toInt();
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
    REQUIRE(query.next());
    state.auditRows = query.value(0).toInt();
    return state;
}

} // namespace

TEST_CASE("a kill in the middle of a large import leaves the file intact with all of it or none",
    "[cli][storage][robustness]")
{
    QTemporaryDir folder;
    constexpr int servants = 20000;
    const QString staff =
        writeStaffFile(folder, QStringLiteral("big.csv"), QStringLiteral("K"), servants);
    // Kill at several moments: while reading and checking the file, while writing, near the end.
    for (const int delay : {50, 300, 800, 1500, 3000}) {
        INFO("killed after " << delay << " ms");
        const QString path = makeDatabase(folder, QStringLiteral("kill-%1.sqlite").arg(delay));
        QProcess import;
        import.start(cliPath(),
            {QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("staff"),
                staff});
        REQUIRE(import.waitForStarted());
        QThread::msleep(delay);
        const bool killedWhileRunning = import.state() == QProcess::Running;
        import.kill(); // SIGKILL: no chance to clean up
        import.waitForFinished();

        const FileState state = stateOf(path);
        CHECK(state.integrity == QStringLiteral("ok"));
        CHECK((state.servants == 0 || state.servants == servants));
        // The audit rows travel in the same transaction as the rows they describe.
        CHECK(state.auditRows == 1 + state.servants);
        if (!killedWhileRunning)
            CHECK(state.servants == servants);
        const CliResult verify = runCli(
            {QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
        CHECK(verify.exitCode == 0);
    }
}

TEST_CASE("two programs importing into one file at once both finish, one after the other",
    "[cli][storage][robustness]")
{
    QTemporaryDir folder;
    const QString path = makeDatabase(folder, QStringLiteral("shared.sqlite"));
    const QString first =
        writeStaffFile(folder, QStringLiteral("a.csv"), QStringLiteral("A"), 1500);
    const QString second =
        writeStaffFile(folder, QStringLiteral("b.csv"), QStringLiteral("B"), 1500);

    QProcess one;
    QProcess two;
    one.start(cliPath(),
        {QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("staff"), first});
    two.start(cliPath(),
        {QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("staff"), second});
    REQUIRE(one.waitForFinished(120000));
    REQUIRE(two.waitForFinished(120000));
    INFO(QString::fromUtf8(one.readAllStandardError()).toStdString());
    INFO(QString::fromUtf8(two.readAllStandardError()).toStdString());
    CHECK(one.exitCode() == 0);
    CHECK(two.exitCode() == 0);

    const FileState state = stateOf(path);
    CHECK(state.integrity == QStringLiteral("ok"));
    CHECK(state.servants == 3000);
    CHECK(state.auditRows == 3001);
    const CliResult verify =
        runCli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(verify.exitCode == 0);
}
