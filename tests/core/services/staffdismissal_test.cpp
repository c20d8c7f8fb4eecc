// SPDX-License-Identifier: GPL-3.0-or-later
// §6: a dismissal from the body ends the servant's position; undo cancels it.
#include "services/staffservice.h"

#include "stafffile.h"

#include "catchqt.h"

using namespace bagalau;

TEST_CASE("§6 a dismissal ends the open position on its day and is cancelled by undo",
    "[staff][dismissal]")
{
    test::StaffFile staff;
    StaffService service(staff.chief);
    InputErrors errors;
    const int audited = staff.auditCount();
    REQUIRE(service.dismiss(QStringLiteral("002"), QDate(2024, 7, 10),
        QStringLiteral("приказ № 45-л, по собственному желанию"), &errors));
    QString error;
    auto history = service.history(QStringLiteral("002"), &error);
    REQUIRE(history);
    CHECK(history->dismissed == QDate(2024, 7, 10));
    CHECK(history->dismissalReason == QStringLiteral("приказ № 45-л, по собственному желанию"));
    CHECK(history->assignments.last().days.last == QDate(2024, 7, 10));
    CHECK(staff.auditCount() == audited + 1);
    CHECK(staff.lastAudit().entity == QStringLiteral("dismissal"));
    CHECK(staff.lastAudit().newValue == QStringLiteral("2024-07-10"));

    // §6: the quarter's eligibility sees a dismissal from the body.
    const auto members = service.staffDuring({QDate(2024, 7, 1), QDate(2024, 9, 30)});
    const auto dismissed = std::find_if(members.cbegin(), members.cend(),
        [](const StaffMember &m) { return m.personnelNo == QLatin1String("002"); });
    REQUIRE(dismissed != members.cend());
    CHECK(dismissed->eligibilityInput({QDate(2024, 7, 1), QDate(2024, 9, 30)}, QDate(2024, 10, 15))
              .dismissedFromBody);

    REQUIRE(service.cancelDismissal(QStringLiteral("002"), &errors));
    history = service.history(QStringLiteral("002"), &error);
    CHECK_FALSE(history->dismissed.isValid());
    CHECK_FALSE(history->assignments.last().days.last.isValid());
    CHECK(staff.auditCount() == audited + 2);
    CHECK(staff.lastAudit().action == QStringLiteral("delete"));
    CHECK(staff.lastAudit().oldValue == QStringLiteral("2024-07-10"));
}

TEST_CASE("a dismissal before the appointment, twice, or without a reason writes nothing",
    "[staff][dismissal]")
{
    test::StaffFile staff;
    StaffService service(staff.chief);
    const int audited = staff.auditCount();
    InputErrors errors;
    CHECK_FALSE(
        service.dismiss(QStringLiteral("002"), QDate(2021, 2, 1), QStringLiteral(" "), &errors));
    INFO(test::messagesOf(errors).toStdString());
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(0).column == QStringLiteral("day"));
    CHECK(errors.at(0).message
        == QStringLiteral("the dismissal comes before the appointment (2021-03-01)"));
    CHECK(errors.at(1).column == QStringLiteral("reason"));
    CHECK(errors.at(1).message
        == QStringLiteral("the reason cannot be empty: the order or the article of the law"));
    CHECK(staff.count("SELECT count(*) FROM dismissal") == 0);
    CHECK(staff.count("SELECT count(*) FROM assignment WHERE last_day IS NOT NULL") == 0);
    CHECK(staff.auditCount() == audited);

    errors.clear();
    REQUIRE(service.dismiss(
        QStringLiteral("002"), QDate(2024, 7, 10), QStringLiteral("приказ"), &errors));
    errors.clear();
    CHECK_FALSE(service.dismiss(
        QStringLiteral("002"), QDate(2024, 7, 12), QStringLiteral("приказ"), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message
        == QStringLiteral("the servant was already dismissed on 2024-07-10"));
    errors.clear();
    CHECK_FALSE(service.reassign(QStringLiteral("002"),
        {QDate(2024, 8, 1), PositionCategory::CorpsB, QStringLiteral("Аппарат"),
            QStringLiteral("Специалист"), {}},
        &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message
        == QStringLiteral("the servant was dismissed on 2024-07-10; cancel the dismissal first"));
    errors.clear();
    CHECK_FALSE(service.cancelDismissal(QStringLiteral("003"), &errors));
    CHECK(errors.first().message == QStringLiteral("the servant has not been dismissed"));
    CHECK(staff.count("SELECT count(*) FROM dismissal") == 1);
    CHECK(staff.auditCount() == audited + 1);
}
