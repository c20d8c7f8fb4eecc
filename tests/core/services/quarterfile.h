// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small apparatus evaluated for the second quarter of 2024, on Monday 15 July 2024: the head
// 001 evaluates 002, 003 (appointed on 10 June, less than a month in the quarter) and 004 (sick
// 1–12 July, during the evaluation); 005 reports to no one in the file.
#include "evaluation/rankingsheetservice.h"
#include "fixedclock.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "temporarydatabase.h"

#include "samplestaff.h"

#include "catchqt.h"

#include <QSqlQuery>

namespace bagalau::test {

struct QuarterFile
{
    TemporaryDatabase file;
    FixedClock clock{QDateTime(QDate(2024, 7, 15), QTime(10, 0))};
    ServiceContext chief{file.database(), Actor::singleUser(), clock};
    const Quarter quarter{2024, 2};

    QuarterFile()
    {
        InputErrors errors;
        REQUIRE(
            OrganisationService(chief).create({QStringLiteral("Аппарат"), {}, {}, {}}, &errors));
        REQUIRE(StaffService(chief).add(
            {sampleServant(
                 "001", "Жусупова Айгуль", PositionCategory::Head, nullptr, QDate(2019, 3, 1), ""),
                sampleServant("002", "Ахметов Серик", PositionCategory::CorpsB, nullptr,
                    QDate(2020, 6, 15), "001"),
                sampleServant("003", "Ким Елена", PositionCategory::CorpsB, nullptr,
                    QDate(2024, 6, 10), "001"),
                sampleServant("004", "Омаров Данияр", PositionCategory::CorpsB, nullptr,
                    QDate(2021, 9, 1), "001"),
                sampleServant("005", "Сейтжанова Мадина", PositionCategory::CorpsB, nullptr,
                    QDate(2022, 2, 1), "")},
            &errors));
        REQUIRE(StaffService(chief).addAbsence(QStringLiteral("004"),
            {AbsenceKind::SickLeave, {QDate(2024, 7, 1), QDate(2024, 7, 12)}}, &errors));
    }

    qint64 servantId(const char *number)
    {
        QSqlQuery query(file.database().connection());
        query.prepare(QStringLiteral("SELECT id FROM servant WHERE personnel_no = ?"));
        query.addBindValue(QString::fromLatin1(number));
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
    Actor head() { return {QStringLiteral("head"), {}, {Role::Head}, servantId("001")}; }
    int count(const char *sql)
    {
        QSqlQuery query(file.database().connection());
        REQUIRE(query.exec(QString::fromLatin1(sql)));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
    QVariant value(const char *sql)
    {
        QSqlQuery query(file.database().connection());
        REQUIRE(query.exec(QString::fromLatin1(sql)));
        return query.next() ? query.value(0) : QVariant();
    }
};

inline RankingMarks marksOf(std::optional<int> quality, std::optional<int> deadlines,
    std::optional<int> initiative, std::optional<int> discipline)
{
    RankingMarks marks;
    marks.marks = {quality, deadlines, initiative, discipline};
    return marks;
}

} // namespace bagalau::test
