// SPDX-License-Identifier: GPL-3.0-or-later
// One servant's scores over the quarters, as the results page draws them (§4, §41, §20).
#include "evaluation/resultsservice.h"

#include "evaluation/scoresheetservice.h"
#include "fixedclock.h"
#include "samplestaff.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "temporarydatabase.h"

#include "catchqt.h"

#include <QSqlQuery>

using namespace bagalau;

TEST_CASE("§41 a servant's history lists their signed quarters, the calibrated score replacing "
          "the evaluator's; §20 another servant sees none of it",
    "[results]")
{
    test::TemporaryDatabase file;
    test::FixedClock clock(QDate(2024, 10, 20));
    const ServiceContext chief(file.database(), Actor::singleUser(), clock);
    InputErrors errors;
    REQUIRE(OrganisationService(chief).create({QStringLiteral("Аппарат"), {}, {}, {}}, &errors));
    REQUIRE(StaffService(chief).add(
        {test::sampleServant(
             "001", "Жусупова А.", PositionCategory::Head, nullptr, QDate(2023, 1, 9), ""),
            test::sampleServant(
                "002", "Ахметов С.", PositionCategory::CorpsB, nullptr, QDate(2023, 1, 9), "001"),
            test::sampleServant(
                "003", "Ким Е.", PositionCategory::CorpsB, nullptr, QDate(2023, 1, 9), "001")},
        &errors));
    const auto row = [](const char *quarter, const char *mark) {
        const QString value = QString::fromLatin1(mark);
        return MarkRow{2, QStringLiteral("002"), QString::fromLatin1(quarter),
            QStringLiteral("ranking"), value, value, value, value, {}, {}, {}, {}};
    };
    REQUIRE(ScoreSheetService(chief).import(
                {row("2024Q3", "3"), row("2023Q4", "4"), row("2024Q1", "2")}, &errors)
        == 3);
    QSqlQuery query(file.database().connection());
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO appeal (id, sheet_id, applied_on, status) SELECT 1, id, '2024-04-16', "
        "'closed' FROM score_sheet WHERE quarter = '2024Q1'")));
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO calibration_session (appeal_id, protocol_signed_on, score_before, "
        "final_score) VALUES (1, '2024-04-25', 200, 275)")));

    const QList<QuarterScore> history = ResultsService(chief).history(QStringLiteral("002"));
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).quarter == Quarter(2023, 4));
    CHECK(history.at(0).score.toString() == QStringLiteral("4.00"));
    CHECK(history.at(1).score.toString() == QStringLiteral("2.75"));
    CHECK(history.at(1).calibrated);
    CHECK_FALSE(history.at(2).calibrated);

    REQUIRE(query.exec(QStringLiteral("SELECT id FROM servant WHERE personnel_no = '003'")));
    REQUIRE(query.next());
    const ServiceContext other(file.database(),
        Actor{QStringLiteral("elena"), {}, {Role::Servant}, query.value(0).toLongLong()}, clock);
    CHECK(ResultsService(other).history(QStringLiteral("002")).isEmpty());
}
