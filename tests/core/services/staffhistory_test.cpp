// SPDX-License-Identifier: GPL-3.0-or-later
// A servant's card: every assignment, absence and the dismissal, read through StaffService.
#include "services/staffservice.h"

#include "fixedclock.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "temporarydatabase.h"

#include "samplestaff.h"

#include "catchqt.h"

#include <QSqlQuery>

using namespace bagalau;

namespace { } // namespace

TEST_CASE("a servant's history lists assignments, absences and the dismissal in order", "[staff]")
{
    test::TemporaryDatabase file;
    const test::FixedClock clock(QDate(2024, 7, 15));
    const ServiceContext chief(file.database(), Actor::singleUser(), clock);
    InputErrors errors;
    REQUIRE(OrganisationService(chief).create({QStringLiteral("Аппарат"), {}, {}, {}}, &errors));
    NewServant moved = test::sampleServant("002", "Ахметов Серик", PositionCategory::CorpsB,
        "Главный специалист", QDate(2021, 3, 1), "001");
    moved.iin = QString();
    moved.dismissed = QDate(2024, 5, 20);
    REQUIRE(StaffService(chief).add(
        {test::sampleServant("001", "Жусупова Айгуль", PositionCategory::Head,
             "Руководитель аппарата", QDate(2019, 3, 1), ""),
            moved,
            test::sampleServant(
                "003", "Ким Елена", PositionCategory::CorpsB, "Специалист", QDate(2020, 1, 9), "")},
        &errors));
    REQUIRE(errors.isEmpty());
    StaffService staff(chief);
    REQUIRE(staff.addAbsence(QStringLiteral("002"),
        {AbsenceKind::SickLeave, {QDate(2024, 2, 5), QDate(2024, 2, 9)}}, &errors));
    REQUIRE(staff.addAbsence(QStringLiteral("002"),
        {AbsenceKind::AnnualLeave, {QDate(2023, 7, 3), QDate(2023, 7, 28)}}, &errors));

    // An earlier position, as a transfer leaves it: the service has no transfer yet, so the
    // row is written the way one would be.
    QSqlQuery insert(file.database().connection());
    REQUIRE(insert.exec(QStringLiteral(
        "INSERT INTO assignment (servant_id, position_id, manager_id, first_day, last_day) "
        "SELECT s.id, p.id, NULL, '2018-09-01', '2021-02-28' FROM servant s, position p "
        "WHERE s.personnel_no = '002' AND p.title = 'Специалист'")));

    QString error;
    const auto history = staff.history(QStringLiteral("002"), &error);
    REQUIRE(history);
    CHECK(error.isEmpty());
    CHECK(history->fullName == QStringLiteral("Ахметов Серик"));
    CHECK(history->dismissed == QDate(2024, 5, 20));
    REQUIRE(history->assignments.size() == 2);
    const AssignmentRecord &earlier = history->assignments.at(0);
    CHECK(earlier.position == QStringLiteral("Специалист"));
    CHECK(earlier.days == DateRange{QDate(2018, 9, 1), QDate(2021, 2, 28)});
    CHECK(earlier.managerPersonnelNo.isEmpty());
    const AssignmentRecord &later = history->assignments.at(1);
    CHECK(later.unit == QStringLiteral("Аппарат"));
    CHECK(later.position == QStringLiteral("Главный специалист"));
    CHECK(later.category == PositionCategory::CorpsB);
    CHECK(later.managerPersonnelNo == QStringLiteral("001"));
    CHECK(later.managerName == QStringLiteral("Жусупова Айгуль"));
    CHECK(later.days == DateRange{QDate(2021, 3, 1), QDate(2024, 5, 20)});
    REQUIRE(history->absences.size() == 2);
    CHECK(history->absences.at(0).kind == AbsenceKind::AnnualLeave);
    CHECK(history->absences.at(1).days == DateRange{QDate(2024, 2, 5), QDate(2024, 2, 9)});

    const auto head = staff.history(QStringLiteral("001"), &error);
    REQUIRE(head);
    CHECK_FALSE(head->dismissed.isValid());
    REQUIRE(head->assignments.size() == 1);
    CHECK_FALSE(head->assignments.first().days.last.isValid());
    CHECK(head->absences.isEmpty());

    CHECK_FALSE(staff.history(QStringLiteral("999"), &error));
    CHECK(error.contains(QStringLiteral("999")));

    // §15, §20: the head of the apparatus reads the cards of the people they evaluate only,
    // and the list shows them alone.
    QSqlQuery id(file.database().connection());
    REQUIRE(id.exec(QStringLiteral("SELECT id FROM servant WHERE personnel_no = '001'")));
    REQUIRE(id.next());
    const ServiceContext headContext(file.database(),
        {QStringLiteral("aigul"), {}, {Role::Head}, id.value(0).toLongLong()}, clock);
    const StaffService asHead(headContext);
    CHECK(asHead.history(QStringLiteral("002"), &error));
    error.clear();
    CHECK_FALSE(asHead.history(QStringLiteral("003"), &error));
    CHECK(error.contains(QStringLiteral("refused")));
    const DateRange march2024{QDate(2024, 3, 1), QDate(2024, 3, 1)};
    CHECK(staff.staffVisibleDuring(march2024).size() == 3);
    const QList<StaffMember> visible = asHead.staffVisibleDuring(march2024);
    REQUIRE(visible.size() == 1);
    CHECK(visible.first().personnelNo == QStringLiteral("002"));
}
