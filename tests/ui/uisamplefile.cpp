// SPDX-License-Identifier: GPL-3.0-or-later
#include "uisamplefile.h"

#include "evaluation/scoresheetservice.h"
#include "samplestaff.h"
#include "services/organisationservice.h"
#include "services/staffservice.h"

#include "catchqt.h"

namespace bagalau::test {

ResultsFile::ResultsFile(QDate today)
    : clock(today)
{
    InputErrors errors;
    database = OrganisationService::createFile(folder.filePath(QStringLiteral("results.sqlite")),
        {QStringLiteral("Аппарат Акжарского районного маслихата"), {}, {}, {}}, clock, &errors);
    REQUIRE(database);
    context = std::make_unique<ServiceContext>(*database, Actor::singleUser(), clock);
    REQUIRE(StaffService(*context).add(
        {sampleServant(
             "001", "Жусупова Айгуль", PositionCategory::Head, nullptr, QDate(2023, 1, 9), ""),
            sampleServant("002", "Ахметов Серик", PositionCategory::CorpsB, nullptr,
                QDate(2023, 1, 9), "001"),
            sampleServant(
                "003", "Ким Елена", PositionCategory::CorpsB, nullptr, QDate(2023, 1, 9), "001")},
        &errors));
    for (const char *quarter : {"2023Q3", "2023Q4"}) {
        sign("002", quarter, 4);
        sign("003", quarter, 5);
    }
    sign("002", "2024Q1", 3);
    sign("003", "2024Q1", 5);
}

void ResultsFile::sign(const char *personnelNo, const char *quarter, int mark)
{
    const QString value = QString::number(mark);
    InputErrors errors;
    REQUIRE(ScoreSheetService(*context).import(
                {{2, QString::fromLatin1(personnelNo), QString::fromLatin1(quarter),
                    QStringLiteral("ranking"), value, value, value, value, {}, {}, {}, {}}},
                &errors)
        == 1);
}

} // namespace bagalau::test
