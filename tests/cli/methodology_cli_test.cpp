// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "catchqt.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace bagalau::test;

namespace {

CliResult run(const char *arguments)
{
    return runCli(QString::fromUtf8(arguments).split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

QJsonObject jsonOf(const CliResult &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

} // namespace

TEST_CASE("score mean: the exact mean rounded half up and its band (§7, decision 5)", "[cli]")
{
    struct Row
    {
        const char *arguments;
        const char *answer;
    };
    const Row rows[] = {
        {"score mean 4 4 4 3", "3.75 proper\n"},
        {"score mean 4.33 3.67 4.00 3.98", "4.00 effective\n"}, // 3.995: a double gives 3.99
        {"score mean 3.99", "3.99 proper\n"},
        {"score mean 2 2 1", "1.67 unsatisfactory\n"},
        {"score mean 2", "2.00 satisfactory\n"},
        {"score mean 5 5 5 5", "5.00 effective\n"},
        {"score mean 0", "0.00 unsatisfactory\n"},
    };
    for (const Row &row : rows) {
        INFO(row.arguments);
        const CliResult result = run(row.arguments);
        CHECK(result.exitCode == 0);
        CHECK(result.out == QString::fromLatin1(row.answer));
    }
}

TEST_CASE("score mean refuses 6, x and 4.333 as bad input (exit 3)", "[cli]")
{
    for (const char *arguments :
        {"score mean 4 6", "score mean x", "score mean 4.333", "score mean -1", "score mean 4,5"}) {
        INFO(arguments);
        const CliResult result = run(arguments);
        CHECK(result.exitCode == 3);
        CHECK(result.out.isEmpty());
        CHECK(result.err.contains(QStringLiteral("from 0 to 5 with at most two decimals")));
    }
    CHECK(run("score mean").exitCode == 2);
}

TEST_CASE("score achieved: chapter 6 bands by KCI achieved of five (§48)", "[cli]")
{
    CHECK(run("score achieved 5").out == QStringLiteral("effective\n"));
    CHECK(run("score achieved 4").out == QStringLiteral("proper\n"));
    CHECK(run("score achieved 3").out == QStringLiteral("satisfactory\n"));
    CHECK(run("score achieved 2").out == QStringLiteral("unsatisfactory\n"));
    CHECK(run("score achieved 0").out == QStringLiteral("unsatisfactory\n"));
    CHECK(run("score achieved 6").exitCode == 3);
    CHECK(run("score achieved four").exitCode == 3);
}

TEST_CASE("eligibility: 2 to 31 March is less than a month, 1 to 31 March is one (§5, "
          "decision 4)",
    "[cli]")
{
    const CliResult lateStart = run("eligibility 2024Q1 2024-03-02");
    REQUIRE(lateStart.exitCode == 0);
    const QJsonObject notEvaluated = jsonOf(lateStart);
    CHECK(notEvaluated.value(QStringLiteral("evaluated")).toBool() == false);
    CHECK(notEvaluated.value(QStringLiteral("kci_allowed")).toBool() == false);
    CHECK(notEvaluated.value(QStringLiteral("reason_key")).toString()
        == QStringLiteral("less_than_one_month"));
    CHECK_FALSE(notEvaluated.value(QStringLiteral("reason")).toString().isEmpty());

    const QJsonObject oneMonth = jsonOf(run("eligibility 2024Q1 2024-03-01"));
    CHECK(oneMonth.value(QStringLiteral("evaluated")).toBool() == true);
    CHECK(oneMonth.value(QStringLiteral("kci_allowed")).toBool() == false);
}

TEST_CASE("eligibility: KCI need three months to the period's end (§22)", "[cli]")
{
    CHECK(jsonOf(run("eligibility 2024Q1 2024-01-01")).value(QStringLiteral("kci_allowed")).toBool()
        == true);
    CHECK(jsonOf(run("eligibility 2024Q1 2024-01-02")).value(QStringLiteral("kci_allowed")).toBool()
        == false);
}

TEST_CASE("eligibility: first and last day in the position, and a dismissal (§5, §6)", "[cli]")
{
    const QJsonObject moved = jsonOf(run("eligibility 2024Q1 2023-05-10 2024-02-15"));
    CHECK(moved.value(QStringLiteral("evaluated")).toBool() == true);
    CHECK(moved.value(QStringLiteral("without_participation")).toBool() == false);

    const QJsonObject dismissed = jsonOf(run("eligibility 2024Q1 2023-05-10 2024-02-15 dismissed"));
    CHECK(dismissed.value(QStringLiteral("evaluated")).toBool() == true);
    CHECK(dismissed.value(QStringLiteral("without_participation")).toBool() == true);
    CHECK(dismissed.value(QStringLiteral("reason_key")).toString() == QStringLiteral("dismissed"));
}

TEST_CASE("eligibility: bad quarters and dates are bad input (exit 3)", "[cli]")
{
    for (const char *arguments : {"eligibility 2024Q7 2024-01-01", "eligibility 2024Q1 2024-02-30",
             "eligibility 2024Q1 2024-03-01 2024-02-01"}) {
        INFO(arguments);
        const CliResult result = run(arguments);
        CHECK(result.exitCode == 3);
        CHECK(result.out.isEmpty());
        CHECK_FALSE(result.err.isEmpty());
    }
    CHECK(run("eligibility 2024Q1").exitCode == 2);
}
