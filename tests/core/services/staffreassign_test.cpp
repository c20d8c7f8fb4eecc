// SPDX-License-Identifier: GPL-3.0-or-later
// A servant moved to another position or manager, a secondment ended, and both undone.
#include "services/staffservice.h"

#include "stafffile.h"

#include "catchqt.h"

using namespace bagalau;

namespace {

NewAssignment leadingSpecialist(QDate from)
{
    NewAssignment assignment;
    assignment.from = from;
    assignment.unit = QStringLiteral("Отдел кадров");
    assignment.position = QStringLiteral("Ведущий специалист");
    assignment.managerPersonnelNo = QStringLiteral("003");
    return assignment;
}

} // namespace

TEST_CASE(
    "§5 a new position ends the current one the day before and is undone", "[staff][reassign]")
{
    test::StaffFile staff;
    StaffService service(staff.chief);
    InputErrors errors;
    const int audited = staff.auditCount();
    const auto done =
        service.reassign(QStringLiteral("002"), leadingSpecialist(QDate(2024, 7, 1)), &errors);
    INFO(test::messagesOf(errors).toStdString());
    REQUIRE(done);
    CHECK_FALSE(done->previousLastDay.isValid());

    QString error;
    auto history = service.history(QStringLiteral("002"), &error);
    REQUIRE(history);
    REQUIRE(history->assignments.size() == 2);
    CHECK(history->assignments.at(0).position == QStringLiteral("Главный специалист"));
    CHECK(history->assignments.at(0).days == DateRange{QDate(2021, 3, 1), QDate(2024, 6, 30)});
    CHECK(history->assignments.at(1).unit == QStringLiteral("Отдел кадров"));
    CHECK(history->assignments.at(1).position == QStringLiteral("Ведущий специалист"));
    CHECK(history->assignments.at(1).managerPersonnelNo == QStringLiteral("003"));
    CHECK(history->assignments.at(1).days.first == QDate(2024, 7, 1));
    CHECK_FALSE(history->assignments.at(1).days.last.isValid());
    CHECK(staff.auditCount() == audited + 1);
    CHECK(
        staff.lastAudit().oldValue == QStringLiteral("Аппарат / Главный специалист, manager 001"));
    CHECK(staff.lastAudit().newValue
        == QStringLiteral("Отдел кадров / Ведущий специалист, manager 003 from 2024-07-01"));

    REQUIRE(service.undoReassign(QStringLiteral("002"), *done, &errors));
    history = service.history(QStringLiteral("002"), &error);
    REQUIRE(history->assignments.size() == 1);
    CHECK(history->assignments.at(0).position == QStringLiteral("Главный специалист"));
    CHECK_FALSE(history->assignments.at(0).days.last.isValid());
    CHECK(staff.auditCount() == audited + 2);
    CHECK(staff.lastAudit().reason == QStringLiteral("undo"));
}

TEST_CASE("a new position with bad fields writes nothing and names each field", "[staff][reassign]")
{
    test::StaffFile staff;
    StaffService service(staff.chief);
    const int audited = staff.auditCount();
    const int assignments = staff.count("SELECT count(*) FROM assignment");
    const auto nothingWritten = [&] {
        CHECK(staff.auditCount() == audited);
        CHECK(staff.count("SELECT count(*) FROM assignment") == assignments);
        CHECK(staff.count("SELECT count(*) FROM assignment WHERE last_day IS NOT NULL") == 0);
        CHECK(staff.count("SELECT count(*) FROM unit") == 1);
    };

    InputErrors errors;
    NewAssignment blank = leadingSpecialist(QDate(2021, 3, 1));
    blank.unit = QStringLiteral(" ");
    blank.position.clear();
    blank.managerPersonnelNo = QStringLiteral("002");
    CHECK_FALSE(service.reassign(QStringLiteral("002"), blank, &errors));
    INFO(test::messagesOf(errors).toStdString());
    REQUIRE(errors.size() == 4);
    CHECK(errors.at(0).column == QStringLiteral("unit"));
    CHECK(errors.at(0).message == QStringLiteral("the unit cannot be empty"));
    CHECK(errors.at(1).column == QStringLiteral("position"));
    CHECK(errors.at(1).message == QStringLiteral("the position cannot be empty"));
    CHECK(errors.at(2).column == QStringLiteral("manager_personnel_no"));
    CHECK(errors.at(2).message == QStringLiteral("a servant cannot be their own manager"));
    CHECK(errors.at(3).column == QStringLiteral("from"));
    CHECK(errors.at(3).message
        == QStringLiteral(
            "the new position must begin after the first day of the current one (2021-03-01)"));
    nothingWritten();

    errors.clear();
    NewAssignment unknownManager = leadingSpecialist(QDate(2024, 7, 1));
    unknownManager.managerPersonnelNo = QStringLiteral("777");
    CHECK_FALSE(service.reassign(QStringLiteral("002"), unknownManager, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("manager_personnel_no"));
    CHECK(errors.first().message == QStringLiteral("no servant has this personnel number"));
    nothingWritten();

    errors.clear();
    CHECK_FALSE(service.reassign(QStringLiteral("002"), leadingSpecialist(QDate()), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(
        errors.first().message == QStringLiteral("the first day in the new position is required"));
    nothingWritten();

    // §2: one head of the apparatus at a time.
    errors.clear();
    NewAssignment head = leadingSpecialist(QDate(2024, 7, 1));
    head.category = PositionCategory::Head;
    head.managerPersonnelNo.clear();
    CHECK_FALSE(service.reassign(QStringLiteral("002"), head, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("category"));
    CHECK(errors.first().message
        == QStringLiteral(
            "the apparatus has one head at a time; 001 holds that position on that day"));
    nothingWritten();
}

TEST_CASE("a new position is not undone once a score sheet or a later change depends on it",
    "[staff][reassign]")
{
    test::StaffFile staff;
    StaffService service(staff.chief);
    InputErrors errors;
    const auto first =
        service.reassign(QStringLiteral("002"), leadingSpecialist(QDate(2024, 4, 1)), &errors);
    REQUIRE(first);
    NewAssignment back = leadingSpecialist(QDate(2024, 7, 1));
    back.unit = QStringLiteral("Аппарат");
    const auto second = service.reassign(QStringLiteral("002"), back, &errors);
    REQUIRE(second);
    const int audited = staff.auditCount();
    CHECK_FALSE(service.undoReassign(QStringLiteral("002"), *first, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message
        == QStringLiteral(
            "the position is no longer the servant's last one; undo the later change first"));
    CHECK(staff.count("SELECT count(*) FROM assignment WHERE servant_id = "
                      "(SELECT id FROM servant WHERE personnel_no = '002')")
        == 3);

    QSqlQuery sheet(staff.file.database().connection());
    REQUIRE(sheet.exec(QStringLiteral("INSERT INTO score_sheet (servant_id, quarter, method) "
                                      "SELECT id, '2024Q3', 'ranking' FROM servant "
                                      "WHERE personnel_no = '002'")));
    errors.clear();
    CHECK_FALSE(service.undoReassign(QStringLiteral("002"), *second, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message
        == QStringLiteral("a score sheet of 2024Q3 already depends on the new position"));
    CHECK(staff.count("SELECT count(*) FROM assignment WHERE last_day IS NULL AND first_day = "
                      "'2024-07-01'")
        == 1);
    CHECK(staff.auditCount() == audited);
}

TEST_CASE("§5 a secondment ends without dismissal and is reopened by undo", "[staff][reassign]")
{
    test::StaffFile staff;
    StaffService service(staff.chief);
    InputErrors errors;
    const int audited = staff.auditCount();
    CHECK_FALSE(service.endAssignment(QStringLiteral("002"), QDate(2021, 2, 28), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("last_day"));
    CHECK(errors.first().message
        == QStringLiteral("the last day comes before the first day in the position (2021-03-01)"));
    CHECK(staff.count("SELECT count(*) FROM assignment WHERE last_day IS NOT NULL") == 0);
    CHECK(staff.auditCount() == audited);

    errors.clear();
    REQUIRE(service.endAssignment(QStringLiteral("002"), QDate(2024, 6, 30), &errors));
    CHECK(staff.text("SELECT last_day FROM assignment a JOIN servant s ON s.id = a.servant_id "
                     "WHERE s.personnel_no = '002'")
        == QStringLiteral("2024-06-30"));
    CHECK(staff.auditCount() == audited + 1);
    CHECK(staff.lastAudit().field == QStringLiteral("last_day"));
    CHECK(staff.lastAudit().newValue == QStringLiteral("2024-06-30"));

    CHECK_FALSE(service.endAssignment(QStringLiteral("002"), QDate(2024, 7, 5), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message
        == QStringLiteral("the servant holds no position that is still open"));
    CHECK(staff.auditCount() == audited + 1);

    errors.clear();
    REQUIRE(service.reopenAssignment(QStringLiteral("002"), &errors));
    CHECK(staff.count("SELECT count(*) FROM assignment WHERE last_day IS NOT NULL") == 0);
    CHECK(staff.auditCount() == audited + 2);
    CHECK(staff.lastAudit().oldValue == QStringLiteral("2024-06-30"));
    CHECK_FALSE(service.reopenAssignment(QStringLiteral("002"), &errors));
    CHECK(errors.first().message == QStringLiteral("the servant's last position has not ended"));
}
