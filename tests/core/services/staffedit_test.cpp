// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a servant's details, and taking back a servant or an absence (undo of the Staff page).
#include "services/staffservice.h"

#include "stafffile.h"

#include "catchqt.h"

#include <functional>

using namespace bagalau;

TEST_CASE(
    "§19 a servant's name and IIN are edited, audited old to new, and edited back", "[staff][edit]")
{
    test::StaffFile staff;
    StaffService service(staff.chief);
    InputErrors errors;
    const int audited = staff.auditCount();
    REQUIRE(service.editServant(QStringLiteral("002"),
        {QStringLiteral("Ахметов Серик Болатович"), QStringLiteral("860412300911")}, &errors));
    CHECK(errors.isEmpty());
    CHECK(staff.text("SELECT full_name FROM servant WHERE personnel_no = '002'")
        == QStringLiteral("Ахметов Серик Болатович"));
    CHECK(staff.text("SELECT iin FROM servant WHERE personnel_no = '002'")
        == QStringLiteral("860412300911"));
    REQUIRE(staff.auditCount() == audited + 2);
    const auto entries = AuditLog(staff.file.database().connection()).entries();
    const AuditEntry &name = entries.at(entries.size() - 2);
    CHECK(name.action == QStringLiteral("update"));
    CHECK(name.entityId == QStringLiteral("002"));
    CHECK(name.field == QStringLiteral("full_name"));
    CHECK(name.oldValue == QStringLiteral("Ахметов Серик"));
    CHECK(name.newValue == QStringLiteral("Ахметов Серик Болатович"));

    REQUIRE(service.editServant(
        QStringLiteral("002"), {QStringLiteral("Ахметов Серик"), QString()}, &errors));
    CHECK(staff.text("SELECT full_name FROM servant WHERE personnel_no = '002'")
        == QStringLiteral("Ахметов Серик"));
    CHECK(staff.count("SELECT count(*) FROM servant WHERE personnel_no = '002' AND iin IS NULL")
        == 1);
    CHECK(staff.auditCount() == audited + 4);
}

TEST_CASE("an edit with an empty name, a bad or a taken IIN writes nothing and names the field",
    "[staff][edit]")
{
    test::StaffFile staff;
    StaffService service(staff.chief);
    InputErrors taken;
    REQUIRE(service.editServant(QStringLiteral("003"),
        {QStringLiteral("Ким Елена"), QStringLiteral("860412300911")}, &taken));
    const int audited = staff.auditCount();

    InputErrors errors;
    CHECK_FALSE(service.editServant(
        QStringLiteral("002"), {QStringLiteral("  "), QStringLiteral("860412300910")}, &errors));
    INFO(test::messagesOf(errors).toStdString());
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(0).column == QStringLiteral("full_name"));
    CHECK(errors.at(0).message == QStringLiteral("the full name cannot be empty"));
    CHECK(errors.at(1).column == QStringLiteral("iin"));
    CHECK_FALSE(errors.at(1).message.isEmpty());

    errors.clear();
    CHECK_FALSE(service.editServant(QStringLiteral("002"),
        {QStringLiteral("Ахметов С."), QStringLiteral("860412300911")}, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("iin"));
    CHECK(
        errors.first().message == QStringLiteral("a servant with this IIN is already in the file"));

    errors.clear();
    CHECK_FALSE(
        service.editServant(QStringLiteral("099"), {QStringLiteral("Никто"), QString()}, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("personnel_no"));
    CHECK(errors.first().message == QStringLiteral("no servant has this personnel number"));

    CHECK(staff.text("SELECT full_name FROM servant WHERE personnel_no = '002'")
        == QStringLiteral("Ахметов Серик"));
    CHECK(staff.count("SELECT count(*) FROM servant WHERE personnel_no = '002' AND iin IS NULL")
        == 1);
    CHECK(staff.auditCount() == audited);
}

TEST_CASE("§19 only the chief specialist edits a servant; the refusal is audited", "[staff][edit]")
{
    test::StaffFile staff;
    const ServiceContext head = staff.head();
    const int audited = staff.auditCount();
    InputErrors errors;
    CHECK_FALSE(StaffService(head).editServant(
        QStringLiteral("002"), {QStringLiteral("Другое Имя"), QString()}, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().refused);
    CHECK(staff.text("SELECT full_name FROM servant WHERE personnel_no = '002'")
        == QStringLiteral("Ахметов Серик"));
    CHECK(staff.auditCount() == audited + 1);
    CHECK(staff.lastAudit().action == QStringLiteral("refused"));
    for (const auto &attempt : {std::function<bool(InputErrors *)>([&](InputErrors *e) {
                                    return StaffService(head).dismiss(QStringLiteral("002"),
                                        QDate(2024, 7, 1), QStringLiteral("приказ"), e);
                                }),
             std::function<bool(InputErrors *)>([&](InputErrors *e) {
                 return StaffService(head).endAssignment(
                     QStringLiteral("002"), QDate(2024, 7, 1), e);
             }),
             std::function<bool(InputErrors *)>([&](InputErrors *e) {
                 return StaffService(head).removeServant(QStringLiteral("003"), e);
             })}) {
        InputErrors refused;
        CHECK_FALSE(attempt(&refused));
        REQUIRE(refused.size() == 1);
        CHECK(refused.first().refused);
    }
    CHECK(staff.count("SELECT count(*) FROM dismissal") == 0);
    CHECK(staff.count("SELECT count(*) FROM assignment WHERE last_day IS NOT NULL") == 0);
    CHECK(staff.count("SELECT count(*) FROM servant") == 3);
}

TEST_CASE("a servant just added is removed again, audited; one the file refers to is kept",
    "[staff][edit]")
{
    test::StaffFile staff;
    StaffService service(staff.chief);
    InputErrors errors;
    const int audited = staff.auditCount();
    REQUIRE(service.removeServant(QStringLiteral("003"), &errors));
    CHECK(staff.count("SELECT count(*) FROM servant WHERE personnel_no = '003'") == 0);
    CHECK(staff.count("SELECT count(*) FROM assignment") == 2);
    CHECK(staff.auditCount() == audited + 1);
    CHECK(staff.lastAudit().action == QStringLiteral("delete"));
    CHECK(staff.lastAudit().oldValue == QStringLiteral("Ким Елена"));

    // 001 manages 002; 002 has an absence.
    REQUIRE(service.addAbsence(QStringLiteral("002"),
        {AbsenceKind::SickLeave, {QDate(2024, 2, 5), QDate(2024, 2, 9)}}, &errors));
    const int before = staff.auditCount();
    for (const char *personnelNo : {"001", "002"}) {
        errors.clear();
        CHECK_FALSE(service.removeServant(QString::fromLatin1(personnelNo), &errors));
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().column == QStringLiteral("personnel_no"));
        CHECK(errors.first().message.startsWith(
            QStringLiteral("the servant can no longer be removed: the file refers to them in")));
    }
    CHECK(errors.first().message.contains(QStringLiteral("absence (1)")));
    CHECK(staff.count("SELECT count(*) FROM servant") == 2);
    CHECK(staff.count("SELECT count(*) FROM assignment") == 2);
    CHECK(staff.auditCount() == before);
}

TEST_CASE("an absence is removed again by its kind and days, audited", "[staff][edit]")
{
    test::StaffFile staff;
    StaffService service(staff.chief);
    InputErrors errors;
    const Absence sick{AbsenceKind::SickLeave, {QDate(2024, 2, 5), QDate(2024, 2, 9)}};
    REQUIRE(service.addAbsence(QStringLiteral("002"), sick, &errors));
    const int audited = staff.auditCount();

    const Absence other{AbsenceKind::AnnualLeave, sick.days};
    CHECK_FALSE(service.removeAbsence(QStringLiteral("002"), other, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("days"));
    CHECK(errors.first().message == QStringLiteral("the servant has no such absence in the file"));
    CHECK(staff.count("SELECT count(*) FROM absence") == 1);
    CHECK(staff.auditCount() == audited);

    errors.clear();
    REQUIRE(service.removeAbsence(QStringLiteral("002"), sick, &errors));
    CHECK(staff.count("SELECT count(*) FROM absence") == 0);
    CHECK(staff.auditCount() == audited + 1);
    CHECK(staff.lastAudit().field == QStringLiteral("sick_leave"));
    CHECK(staff.lastAudit().oldValue == QStringLiteral("2024-02-05..2024-02-09"));
}
