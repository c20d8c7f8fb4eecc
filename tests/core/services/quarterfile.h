// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small apparatus evaluated for the second quarter of 2024, on Monday 15 July 2024: the head
// 001 evaluates 002, 003 (appointed on 10 June, less than a month in the quarter) and 004 (sick
// 1–12 July, during the evaluation); 005 reports to no one in the file.
#include "evaluation/rankingsheetservice.h"

#include "samplefile.h"
#include "samplestaff.h"

#include "catchqt.h"

#include <QSqlQuery>

namespace bagalau::test {

struct QuarterFile : SampleFile
{
    const Quarter quarter{2024, 2};

    QuarterFile()
        : SampleFile(QDateTime(QDate(2024, 7, 15), QTime(10, 0)),
            {sampleServant(
                 "001", "Жусупова Айгуль", PositionCategory::Head, nullptr, QDate(2019, 3, 1), ""),
                sampleServant("002", "Ахметов Серик", PositionCategory::CorpsB, nullptr,
                    QDate(2020, 6, 15), "001"),
                sampleServant("003", "Ким Елена", PositionCategory::CorpsB, nullptr,
                    QDate(2024, 6, 10), "001"),
                sampleServant("004", "Омаров Данияр", PositionCategory::CorpsB, nullptr,
                    QDate(2021, 9, 1), "001"),
                sampleServant("005", "Сейтжанова Мадина", PositionCategory::CorpsB, nullptr,
                    QDate(2022, 2, 1), "")})
    {
        InputErrors errors;
        REQUIRE(StaffService(chief).addAbsence(QStringLiteral("004"),
            {AbsenceKind::SickLeave, {QDate(2024, 7, 1), QDate(2024, 7, 12)}}, &errors));
    }

    Actor head() { return {QStringLiteral("head"), {}, {Role::Head}, servantId("001")}; }
    using SampleFile::value;
    QVariant value(const char *sql) { return SampleFile::value(QString::fromLatin1(sql)); }
    int count(const char *sql) { return value(sql).toInt(); }
};

inline RankingMarks marksOf(std::optional<int> quality, std::optional<int> deadlines,
    std::optional<int> initiative, std::optional<int> discipline)
{
    RankingMarks marks;
    marks.marks = {quality, deadlines, initiative, discipline};
    return marks;
}

} // namespace bagalau::test
