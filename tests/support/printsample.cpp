// SPDX-License-Identifier: GPL-3.0-or-later
#include "printsample.h"

#include "evaluation/scoresheetservice.h"
#include "samplestaff.h"
#include "services/organisationservice.h"
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
    // The individual work plan, written as the rows would be.
    QSqlQuery query(chief.database().connection());
    exec(query, "UPDATE unit SET name_kk = 'Аппарат (қаз.)' WHERE name_ru = 'Аппарат'");
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
    // The KCI sheet is filled against the approved plan (§27).
    ScoreSheetService(chief).import(
        {ranking("002", "5", "4", "4", "4"), ranking("003", "3", "3", "4", "3"),
            kci("1", "10", "12", "5"), kci("2", "95.5", "90", "4"), kci("3", "3", "3", "4")},
        &errors);
    for (const InputError &error : errors)
        INFO(error.toString().toStdString());
    REQUIRE(errors.isEmpty());

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

void fillProtocolSample(const ServiceContext &chief)
{
    QSqlQuery query(chief.database().connection());
    exec(query,
        "INSERT INTO survey_campaign (id, year, status, started_on) VALUES "
        "(1, 2024, 'closed', '2024-12-02')");
    exec(query,
        "INSERT INTO survey_subject (id, campaign_id, servant_id, form) SELECT 1, 1, id, "
        "'corps_b' FROM servant WHERE personnel_no = '002'");
    // Four others and the person: answers per competency, in the order of the sets below.
    const QList<QPair<const char *, QList<int>>> answers = {
        {"effective_communication", {4, 4, 5, 5}}, {"ethics", {4, 4, 5, 5}},
        {"change_management", {2, 3, 3, 2}}, {"result_orientation", {4, 4, 5, 5}},
        {"independence_decisions", {4, 4, 5, 5}}, {"cooperation", {5, 4, 4, 4}},
        {"promptness", {3, 3, 3, 3}}, {"self_development", {3, 3, 4, 3}}};
    QSqlQuery insert(chief.database().connection());
    for (int set = 0; set < 5; ++set) {
        const int id = 9001 + set * 17; // random-looking, as the survey writes them
        insert.prepare(QStringLiteral(
            "INSERT INTO survey_answer_set (id, subject_id, is_self) VALUES (?, 1, ?)"));
        insert.addBindValue(id);
        insert.addBindValue(set == 4 ? 1 : 0);
        REQUIRE(insert.exec());
        for (const auto &answer : answers) {
            insert.prepare(QStringLiteral(
                "INSERT INTO survey_answer (answer_set_id, competency, value) VALUES (?, ?, ?)"));
            insert.addBindValue(id);
            insert.addBindValue(QString::fromLatin1(answer.first));
            insert.addBindValue(set == 4 ? 5 : answer.second.at(set));
            REQUIRE(insert.exec());
        }
    }

    exec(query,
        "INSERT INTO appeal (id, sheet_id, applied_on, text, status) SELECT 1, sh.id, "
        "'2024-04-18', 'Не согласна с оценкой', 'session_ordered' FROM score_sheet sh "
        "JOIN servant s ON s.id = sh.servant_id WHERE s.personnel_no = '003'");
    exec(query,
        "INSERT INTO calibration_session (id, appeal_id, decided_on, order_reference, held_on, "
        "place, evaluator_argument, servant_position, protocol_number, protocol_signed_on, "
        "score_before, feedback_on, feedback_achievements, feedback_skills, feedback_potential) "
        "VALUES (1, 1, '2024-04-22', 'Распоряжение № 12', '2024-04-26', 'с. Акжар, кабинет 5', "
        "'Сроки отчётов нарушены дважды', 'Задержки по вине другого отдела', '1', '2024-04-26', "
        "325, '2024-05-02', 'Подготовлены три сессии', 'Освоила новую систему', "
        "'Готова к должности главного специалиста')");
    exec(query,
        "INSERT INTO session_member (id, session_id, full_name, role) VALUES "
        "(1, 1, 'Жусупова Айгуль', 'evaluator'), (2, 1, 'Нурланов Б. К.', 'member'), "
        "(3, 1, 'Сапарова Д. М.', 'member')");
    exec(query,
        "INSERT INTO session_proposal (id, session_id, score, argument) VALUES "
        "(1, 1, 400, 'Учесть вину другого отдела')");
    exec(query,
        "INSERT INTO session_vote (proposal_id, member_id, vote) VALUES "
        "(1, 1, 'against'), (1, 2, 'for'), (1, 3, 'for')");

    exec(query,
        "INSERT INTO commission (id, order_reference, formed_on) VALUES "
        "(1, 'Распоряжение № 45 от 01.12.2022', '2022-12-01')");
    exec(query,
        "INSERT INTO commission_member (id, commission_id, full_name, role) VALUES "
        "(1, 1, 'Нурланов Б. К.', 'chair'), (2, 1, 'Иванов И. И.', 'member'), "
        "(3, 1, 'Садыкова А. Т.', 'member'), (4, 1, 'Омарова Г. С.', 'secretary')");
    exec(query,
        "INSERT INTO commission_meeting (id, commission_id, held_on, protocol_number, "
        "conclusion) VALUES (1, 1, '2023-01-20', '3', 'Результаты оценки утвердить "
        "с учётом корректировки.')");
    exec(query,
        "INSERT INTO commission_attendance (meeting_id, member_id) VALUES (1, 1), (1, 2), "
        "(1, 3), (1, 4)");
    exec(query,
        "INSERT INTO kci_plan (id, servant_id, period_first, period_last, regime, status) "
        "SELECT 50, id, '2022-01-01', '2022-12-31', 'chapter6', 'approved' FROM servant "
        "WHERE personnel_no = '002'");
    exec(query,
        "INSERT INTO commission_case (meeting_id, plan_id, achieved, decision, "
        "corrected_band, recommendations) VALUES (1, 50, 4, 'revise', 'effective', "
        "'Направить на курсы повышения квалификации')");
}

} // namespace bagalau::test
