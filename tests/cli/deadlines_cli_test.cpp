// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "catchqt.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace bagalau::test;

namespace {

QJsonObject jsonOf(const CliResult &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace

TEST_CASE("deadlines quarter 2024Q2 gives every dated duty of the quarter", "[cli]")
{
    const CliResult result =
        runCli({QStringLiteral("deadlines"), QStringLiteral("quarter"), QStringLiteral("2024Q2")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = jsonOf(result);
    CHECK(json.value(QStringLiteral("period_start")).toString() == QStringLiteral("2024-04-01"));
    CHECK(json.value(QStringLiteral("period_end")).toString() == QStringLiteral("2024-06-30"));
    CHECK(json.value(QStringLiteral("kci_plan_due")).toString() == QStringLiteral("2024-04-12"));
    CHECK(json.value(QStringLiteral("head_notice_due")).toString() == QStringLiteral("2024-07-05"));
    CHECK(json.value(QStringLiteral("corps_b_notice_due")).toString()
        == QStringLiteral("2024-07-10"));
    CHECK(json.value(QStringLiteral("evaluation_due")).toString() == QStringLiteral("2024-07-10"));
    CHECK(json.value(QStringLiteral("kci_preliminary_due")).toString()
        == QStringLiteral("2024-07-02"));
}

TEST_CASE("decision 3 the cautious policy moves a 10th on a weekend back", "[cli]")
{
    const CliResult legal =
        runCli({QStringLiteral("deadlines"), QStringLiteral("quarter"), QStringLiteral("2022Q2")});
    CHECK(jsonOf(legal).value(QStringLiteral("evaluation_due")).toString()
        == QStringLiteral("2022-07-11"));
    const CliResult cautious = runCli({QStringLiteral("--policy"), QStringLiteral("cautious"),
        QStringLiteral("deadlines"), QStringLiteral("quarter"), QStringLiteral("2022Q2")});
    CHECK(jsonOf(cautious).value(QStringLiteral("evaluation_due")).toString()
        == QStringLiteral("2022-07-08"));
}

TEST_CASE("deadlines year gives the 360 survey's due date", "[cli]")
{
    const CliResult result =
        runCli({QStringLiteral("deadlines"), QStringLiteral("year"), QStringLiteral("2025")});
    REQUIRE(result.exitCode == 0);
    CHECK(jsonOf(result).value(QStringLiteral("survey360_due")).toString()
        == QStringLiteral("2026-01-12"));
}

TEST_CASE("deadlines event gives what follows from each kind of event", "[cli]")
{
    struct Row
    {
        const char *kind;
        const char *date;
        const char *key;
        const char *due;
    };
    const Row rows[] = {
        {"completed", "2024-05-02", "acquaintance_due", "2024-05-04"},
        {"completed", "2024-04-10", "documents_kept_until", "2027-04-10"},
        {"acquainted", "2024-04-12", "appeal_due", "2024-04-19"},
        {"applied", "2024-03-18", "session_decision_due", "2024-03-26"},
        {"applied", "2024-03-18", "session_due", "2024-04-04"},
        {"protocol-signed", "2024-04-26", "protocol_posted_due", "2024-05-02"},
        {"appointed", "2024-02-12", "kci_plan_due", "2024-02-26"},
        {"plan-approved", "2024-01-16", "plan_posted_due", "2024-01-23"},
        {"returned", "2022-03-04", "resubmission_due", "2022-03-09"},
        {"superior-signed", "2022-12-15", "commission_submission_due", "2022-12-20"},
        {"commission-decided", "2023-03-15", "complaint_due", "2023-04-03"},
    };
    for (const Row &row : rows) {
        INFO(row.kind << " " << row.date);
        const CliResult result = runCli({QStringLiteral("deadlines"), QStringLiteral("event"),
            QString::fromLatin1(row.kind), QString::fromLatin1(row.date)});
        REQUIRE(result.exitCode == 0);
        CHECK(jsonOf(result).value(QString::fromLatin1(row.key)).toString()
            == QString::fromLatin1(row.due));
    }
}

TEST_CASE("deadlines acquainted gives the appeal window and the latest calibration chain", "[cli]")
{
    const CliResult result = runCli(
        {QStringLiteral("deadlines"), QStringLiteral("acquainted"), QStringLiteral("2024-04-12")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = jsonOf(result);
    CHECK(json.value(QStringLiteral("appeal_due")).toString() == QStringLiteral("2024-04-19"));
    CHECK(json.value(QStringLiteral("latest_session_decision_due")).toString()
        == QStringLiteral("2024-04-24"));
    CHECK(json.value(QStringLiteral("latest_session_due")).toString()
        == QStringLiteral("2024-05-04"));
}

TEST_CASE("deadlines: a bad quarter, event or date is bad input (exit 3)", "[cli]")
{
    const QList<QStringList> badCalls = {
        {QStringLiteral("deadlines"), QStringLiteral("quarter"), QStringLiteral("2024Q5")},
        {QStringLiteral("deadlines"), QStringLiteral("quarter"), QStringLiteral("Q2-2024")},
        {QStringLiteral("deadlines"), QStringLiteral("year"), QStringLiteral("twenty")},
        {QStringLiteral("deadlines"), QStringLiteral("event"), QStringLiteral("signed"),
            QStringLiteral("2024-04-12")},
        {QStringLiteral("deadlines"), QStringLiteral("event"), QStringLiteral("applied"),
            QStringLiteral("2024-04-31")},
    };
    for (const QStringList &arguments : badCalls) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult result = runCli(arguments);
        CHECK(result.exitCode == 3);
        CHECK(result.out.isEmpty());
        CHECK(result.err.startsWith(QStringLiteral("bagalau-cli: bad ")));
    }
}
