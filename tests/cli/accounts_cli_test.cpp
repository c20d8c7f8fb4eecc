// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in and confidentiality through the real command line (§15, §20).
#include "clirunner.h"

#include "testpaths.h"

#include "catchqt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace bagalau::test;

namespace {

QHash<QString, QString> password(const char *value)
{
    return {{QStringLiteral("BAGALAU_PASSWORD"), QString::fromLatin1(value)}};
}

QHash<QString, QString> signedInWithNew(const char *value, const char *newPassword)
{
    return {{QStringLiteral("BAGALAU_PASSWORD"), QString::fromLatin1(value)},
        {QStringLiteral("BAGALAU_NEW_PASSWORD"), QString::fromLatin1(newPassword)}};
}

// A file made with --admin aigul, staff.csv and the marks of 2024Q2, and accounts for a servant
// (002), the head (001) and the chairman.
class AccountsFile
{
public:
    AccountsFile()
    {
        const CliResult init = runCli(
            {QStringLiteral("--db"), path(), QStringLiteral("init"), QStringLiteral("--org"),
                QStringLiteral("Аппарат"), QStringLiteral("--admin"), QStringLiteral("aigul")},
            {{QStringLiteral("BAGALAU_NEW_PASSWORD"), QStringLiteral("chief-pass1")}});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        REQUIRE(asChief({QStringLiteral("import"), QStringLiteral("staff"),
                            testDataPath(QStringLiteral("import/staff.csv"))})
                    .exitCode
            == 0);
        approveKciPlan(path(), "001", bagalau::Quarter(2024, 2), {"100", "12", "30"});
        REQUIRE(asChief({QStringLiteral("import"), QStringLiteral("marks"),
                            testDataPath(QStringLiteral("import/marks-2024q2.csv"))})
                    .exitCode
            == 0);
        addUser("serik", "servant", "002", "serik-pass1");
        addUser("zhusupova", "head,servant", "001", "head-pass1");
        addUser("chairman", "chairman", nullptr, "chairman-pass1");
    }
    QString path() const { return m_folder.filePath(QStringLiteral("a.sqlite")); }
    CliResult as(const char *login, const char *secret, QStringList arguments) const
    {
        arguments.prepend(QString::fromLatin1(login));
        arguments.prepend(QStringLiteral("--user"));
        arguments.prepend(path());
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments, password(secret));
    }
    CliResult asChief(const QStringList &arguments) const
    {
        return as("aigul", "chief-pass1", arguments);
    }
    void addUser(const char *login, const char *roles, const char *servant, const char *secret)
    {
        QStringList arguments = {QStringLiteral("--db"), path(), QStringLiteral("--user"),
            QStringLiteral("aigul"), QStringLiteral("users"), QStringLiteral("add"),
            QString::fromLatin1(login), QStringLiteral("--roles"), QString::fromLatin1(roles)};
        if (servant)
            arguments << QStringLiteral("--servant") << QString::fromLatin1(servant);
        const CliResult result = runCli(arguments, signedInWithNew("chief-pass1", secret));
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
    }

private:
    QTemporaryDir m_folder;
};

QStringList personnelNumbers(const CliResult &result)
{
    QStringList numbers;
    const QJsonArray rows = QJsonDocument::fromJson(result.out.toUtf8()).array();
    for (const QJsonValue &row : rows)
        numbers << row.toObject().value(QStringLiteral("personnel_no")).toString();
    return numbers;
}

const QStringList resultsQ2 = {
    QStringLiteral("results"), QStringLiteral("quarter"), QStringLiteral("2024Q2")};

} // namespace

TEST_CASE(
    "§15 without --user a file with accounts refuses personal data (exit 5)", "[cli][accounts]")
{
    AccountsFile file;
    for (const QStringList &command :
        {resultsQ2, QStringList{QStringLiteral("audit"), QStringLiteral("list")},
            QStringList{QStringLiteral("import"), QStringLiteral("staff"),
                testDataPath(QStringLiteral("import/staff.csv"))}}) {
        const CliResult result = runCli(QStringList{QStringLiteral("--db"), file.path()} + command);
        CHECK(result.exitCode == 5);
        CHECK(result.err.contains(QStringLiteral("sign-in required")));
        CHECK(result.out.isEmpty());
    }
    // The working calendar is no personal data.
    CHECK(runCli({QStringLiteral("--db"), file.path(), QStringLiteral("calendar"),
                     QStringLiteral("day"), QStringLiteral("2024-06-17")})
              .exitCode
        == 0);
}

TEST_CASE("§20 a servant reads their own result; asking for another's is refused and audited",
    "[cli][accounts]")
{
    AccountsFile file;
    const CliResult own = file.as("serik", "serik-pass1", resultsQ2);
    CHECK(own.exitCode == 0);
    CHECK(personnelNumbers(own) == QStringList{QStringLiteral("002")});
    const CliResult other = file.as("serik", "serik-pass1",
        resultsQ2 + QStringList{QStringLiteral("--servant"), QStringLiteral("003")});
    CHECK(other.exitCode == 5);
    CHECK(other.out.isEmpty());
    CHECK(other.err.contains(QStringLiteral("may not do this for 003")));
    CHECK(file.as("serik", "serik-pass1",
                  {QStringLiteral("backup"), file.path() + QStringLiteral(".bak")})
              .exitCode
        == 5);

    const CliResult audit = file.asChief({QStringLiteral("audit"), QStringLiteral("list")});
    CHECK(audit.out.contains(QStringLiteral("\"action\": \"refused\"")));
    CHECK(audit.out.contains(QStringLiteral("\"action\": \"sign-in\"")));
}

TEST_CASE("§20 an evaluator reads the people they evaluate, not others", "[cli][accounts]")
{
    AccountsFile file;
    const CliResult head = file.as("zhusupova", "head-pass1", resultsQ2);
    CHECK(personnelNumbers(head)
        == QStringList({QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("003"),
            QStringLiteral("004"), QStringLiteral("005")}));
    // The chairman evaluates the head of the apparatus only.
    const CliResult chairman = file.as("chairman", "chairman-pass1", resultsQ2);
    CHECK(personnelNumbers(chairman) == QStringList{QStringLiteral("001")});
    const CliResult notEvaluated = file.as("chairman", "chairman-pass1",
        resultsQ2 + QStringList{QStringLiteral("--servant"), QStringLiteral("002")});
    CHECK(notEvaluated.exitCode == 5);
}

TEST_CASE("sign-in: a disabled account and the sixth wrong password are refused (exit 5)",
    "[cli][accounts]")
{
    AccountsFile file;
    for (int attempt = 0; attempt < 5; ++attempt)
        CHECK(file.as("serik", "wrong-guess", resultsQ2).exitCode == 5);
    const CliResult sixth = file.as("serik", "serik-pass1", resultsQ2);
    CHECK(sixth.exitCode == 5);
    CHECK(sixth.err.contains(QStringLiteral("locked")));

    REQUIRE(file.asChief({QStringLiteral("users"), QStringLiteral("disable"),
                             QStringLiteral("zhusupova")})
                .exitCode
        == 0);
    const CliResult disabled = file.as("zhusupova", "head-pass1", resultsQ2);
    CHECK(disabled.exitCode == 5);
    CHECK(disabled.err.contains(QStringLiteral("disabled")));

    const QJsonArray accounts = QJsonDocument::fromJson(
        file.asChief({QStringLiteral("users"), QStringLiteral("list")}).out.toUtf8())
                                    .array();
    REQUIRE(accounts.size() == 4);
    for (const QJsonValue &account : accounts) {
        const QJsonObject object = account.toObject();
        if (object.value(QStringLiteral("login")).toString() == QLatin1String("zhusupova"))
            CHECK(object.value(QStringLiteral("disabled")).toBool());
        if (object.value(QStringLiteral("login")).toString() == QLatin1String("serik"))
            CHECK_FALSE(object.value(QStringLiteral("locked_until")).isNull());
    }
}

TEST_CASE("users: roles and passwords are changed by the chief specialist only", "[cli][accounts]")
{
    AccountsFile file;
    CHECK(
        file.as("serik", "serik-pass1", {QStringLiteral("users"), QStringLiteral("list")}).exitCode
        == 5);
    REQUIRE(file.asChief({QStringLiteral("users"), QStringLiteral("roles"), QStringLiteral("serik"),
                             QStringLiteral("servant,appointing_official")})
                .exitCode
        == 0);
    const CliResult reset = runCli(
        {QStringLiteral("--db"), file.path(), QStringLiteral("--user"), QStringLiteral("aigul"),
            QStringLiteral("users"), QStringLiteral("reset"), QStringLiteral("serik")},
        signedInWithNew("chief-pass1", "serik-new-pass"));
    REQUIRE(reset.exitCode == 0);
    CHECK(file.as("serik", "serik-new-pass", resultsQ2).exitCode == 0);
    CHECK(file.asChief({QStringLiteral("users"), QStringLiteral("roles"), QStringLiteral("serik"),
                           QStringLiteral("boss")})
              .exitCode
        == 3);
}

TEST_CASE("the file holds no password and no hash that is not Argon2id", "[cli][accounts]")
{
    AccountsFile file;
    QFile database(file.path());
    REQUIRE(database.open(QIODevice::ReadOnly));
    const QByteArray bytes = database.readAll();
    for (const char *secret : {"chief-pass1", "serik-pass1", "head-pass1", "chairman-pass1"})
        CHECK_FALSE(bytes.contains(secret));
    CHECK(bytes.count("$argon2id$v=19$") == 4);
    CHECK_FALSE(bytes.contains("$argon2i$"));
    const CliResult audit = file.asChief({QStringLiteral("audit"), QStringLiteral("list")});
    CHECK_FALSE(audit.out.contains(QStringLiteral("$argon2")));
}
