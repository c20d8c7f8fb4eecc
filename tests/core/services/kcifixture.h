// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/kciplanservice.h"

#include "samplefile.h"
#include "samplestaff.h"

#include "catchqt.h"

#include <QSqlQuery>

namespace bagalau::test {

// An apparatus for the KCI tests: the head 001 (since 2023) and the corps B servant 002 under
// them, on 5 April 2024 — in the second quarter, whose plan is due on its 10th working day.
struct KciApparatus : SampleFile
{
    const Quarter quarter{2024, 2};

    KciApparatus()
        : SampleFile(QDateTime(QDate(2024, 4, 5), QTime(10, 0)),
            {sampleServant(
                 "001", "Жусупова Айгуль", PositionCategory::Head, nullptr, QDate(2023, 1, 9), ""),
                sampleServant("002", "Ахметов Серик", PositionCategory::CorpsB, nullptr,
                    QDate(2023, 1, 9), "001")})
    { }

    static KciItem kci(
        int number, const char *plan = "100", KciDirection direction = KciDirection::MoreIsBetter)
    {
        KciItem item;
        item.number = number;
        item.title = QStringLiteral("Показатель %1").arg(number);
        item.unit = QStringLiteral("%");
        item.planValue = QString::fromLatin1(plan);
        item.direction = direction;
        item.due = QDate(2024, 6, 28);
        item.sourceDocument = QStringLiteral("План развития района");
        item.expectedResult = QStringLiteral("Результат %1").arg(number);
        return item;
    }

    // A plan of three KCI for the head, approved by the chairman.
    void approvedPlan(const QList<const char *> &plans = {"100", "50", "20"})
    {
        KciPlanService service(chief);
        InputErrors errors;
        for (int i = 0; i < plans.size(); ++i)
            REQUIRE(service.saveDraftKci(
                QStringLiteral("001"), quarter, kci(i + 1, plans.at(i)), &errors));
        REQUIRE(service.approve(
            QStringLiteral("001"), quarter, QStringLiteral("Сарсенов Б. К."), &errors));
    }

    int count(const char *table) { return rowsOf(table); }
};

} // namespace bagalau::test
