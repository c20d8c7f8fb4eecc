// SPDX-License-Identifier: GPL-3.0-or-later
#include "printsample.h"

#include "samplestaff.h"
#include "services/organisationservice.h"
#include "services/scoresheetservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

namespace bagalau::test {

namespace {

MarkRow ranking(const char *personnelNo, const char *quality, const char *deadlines,
    const char *initiative, const char *discipline)
{
    MarkRow row;
    row.personnelNo = QString::fromUtf8(personnelNo);
    row.quarter = QStringLiteral("2024Q1");
    row.kind = QStringLiteral("ranking");
    row.quality = QString::fromUtf8(quality);
    row.deadlines = QString::fromUtf8(deadlines);
    row.initiative = QString::fromUtf8(initiative);
    row.discipline = QString::fromUtf8(discipline);
    return row;
}

MarkRow kci(const char *number, const char *plan, const char *actual, const char *mark)
{
    MarkRow row;
    row.personnelNo = QStringLiteral("001");
    row.quarter = QStringLiteral("2024Q1");
    row.kind = QStringLiteral("kci");
    row.kciNumber = QString::fromUtf8(number);
    row.plan = QString::fromUtf8(plan);
    row.actual = QString::fromUtf8(actual);
    row.mark = QString::fromUtf8(mark);
    return row;
}

void exec(QSqlQuery &query, const char *sql)
{
    INFO(sql);
    REQUIRE(query.exec(QString::fromUtf8(sql)));
}

} // namespace

void fillPrintSample(const ServiceContext &chief)
{
    InputErrors errors;
    REQUIRE(
        OrganisationService(chief).create({QStringLiteral("Аппарат маслихата района Акжар"),
                                              QStringLiteral("Ақжар ауданы мәслихатының аппараты"),
                                              QStringLiteral("Нурланов Б. К."), QString()},
            &errors));
    REQUIRE(
        StaffService(chief).add({sampleServant("001", "Жусупова Айгуль", PositionCategory::Head,
                                     nullptr, QDate(2019, 3, 1), ""),
                                    sampleServant("002", "Ахметов Серик", PositionCategory::CorpsB,
                                        nullptr, QDate(2021, 3, 1), "001"),
                                    sampleServant("003", "Ким Елена", PositionCategory::CorpsB,
                                        "Специалист", QDate(2020, 1, 9), "001")},
            &errors));
    REQUIRE(errors.isEmpty());
    ScoreSheetService(chief).import(
        {ranking("002", "5", "4", "4", "4"), ranking("003", "3", "3", "4", "3"),
            kci("1", "10", "12", "5"), kci("2", "95.5", "90", "4"), kci("3", "3", "3", "4")},
        &errors);
    for (const InputError &error : errors)
        INFO(error.toString().toStdString());
    REQUIRE(errors.isEmpty());

    // The individual work plan: no service writes plans yet, so the rows are written as one would.
    QSqlQuery query(chief.database().connection());
    exec(query,
        "INSERT INTO kci_plan (servant_id, period_first, period_last, status, drawn_up_on, "
        "approved_on, approved_by) SELECT id, '2024-01-01', '2024-03-31', 'approved', "
        "'2024-01-12', '2024-01-15', '' FROM servant WHERE personnel_no = '001'");
    exec(query,
        "INSERT INTO kci (plan_id, number, title, unit_of_measure, plan_value, due_date, "
        "source_document, expected_result) SELECT p.id, 1, 'Рассмотрение обращений граждан', "
        "'обращений', '10', '2024-03-29', 'План развития района', 'Сокращение сроков ответа' "
        "FROM kci_plan p");
    exec(query,
        "INSERT INTO kci (plan_id, number, title, unit_of_measure, plan_value, due_date, "
        "source_document, expected_result) SELECT p.id, 2, 'Исполнение бюджета аппарата', '%', "
        "'95.5', '2024-03-29', 'Бюджетная программа 001', 'Освоение средств в срок' "
        "FROM kci_plan p");
    exec(query,
        "INSERT INTO kci (plan_id, number, title, unit_of_measure, plan_value, due_date, "
        "source_document, expected_result) SELECT p.id, 3, 'Сессии маслихата <по плану>', "
        "'сессий', "
        "'3', '2024-03-29', 'План работы маслихата', 'Все сессии проведены' FROM kci_plan p");
    exec(query,
        "UPDATE ranking_mark SET comment = 'Отчёты сданы в срок' WHERE parameter = 'deadlines' "
        "AND sheet_id = (SELECT sh.id FROM score_sheet sh JOIN servant s ON s.id = sh.servant_id "
        "WHERE s.personnel_no = '002')");
    exec(query,
        "UPDATE score_sheet SET evaluator_id = (SELECT id FROM servant WHERE personnel_no = "
        "'001'), signed_on = '2024-04-08' WHERE method = 'ranking'");
    exec(query,
        "INSERT INTO acquaintance (sheet_id, day, method, reference) SELECT sh.id, "
        "'2024-04-15', 'in_person', '' FROM score_sheet sh JOIN servant s ON s.id = sh.servant_id "
        "WHERE s.personnel_no = '002'");
}

} // namespace bagalau::test
