// SPDX-License-Identifier: GPL-3.0-or-later
// §11, §12: acquaintance with a signed result, and the application window it opens.
#include "evaluation/acquaintanceservice.h"

#include "storage/auditlog.h"

#include "quarterfile.h"

using namespace bagalau;
using test::marksOf;

namespace {

const QString Serik = QStringLiteral("002");

struct SignedFile : test::QuarterFile
{
    SignedFile()
    {
        // Signed on Thursday 11 July 2024; "today" is Monday 15 July.
        clock.set(QDateTime(QDate(2024, 7, 11), QTime(9, 0)));
        InputErrors errors;
        REQUIRE(RankingSheetService(chief).sign(Serik, quarter, marksOf(4, 4, 3, 4), &errors));
        clock.set(QDateTime(QDate(2024, 7, 15), QTime(10, 0)));
    }
};

} // namespace

TEST_CASE("§11 §12 acquaintance is recorded and the application is due five working days later",
    "[acquaintance]")
{
    SignedFile file;
    AcquaintanceService acquaintance(file.chief);
    InputErrors errors;
    REQUIRE(acquaintance.record(Serik, file.quarter,
        {QDate(2024, 7, 12), QStringLiteral("registered_letter"), QStringLiteral("№ 15-04/211")},
        &errors));
    CHECK(file.value("SELECT day FROM acquaintance").toString() == QStringLiteral("2024-07-12"));
    CHECK(file.value("SELECT method FROM acquaintance").toString()
        == QStringLiteral("registered_letter"));
    CHECK(file.value("SELECT reference FROM acquaintance").toString()
        == QStringLiteral("№ 15-04/211"));
    const auto read = acquaintance.read(Serik, file.quarter);
    REQUIRE(read);
    CHECK(read->day == QDate(2024, 7, 12));
    // Friday 12 July + 5 working days: 15, 16, 17, 18, 19 July.
    CHECK(acquaintance.appealDue(QDate(2024, 7, 12)) == QDate(2024, 7, 19));
    CHECK(AuditLog(file.file.database().connection()).entries().last().entity
        == QStringLiteral("acquaintance"));
}

TEST_CASE("§11 a bad acquaintance is refused at its field and nothing is written", "[acquaintance]")
{
    SignedFile file;
    AcquaintanceService acquaintance(file.chief);
    InputErrors errors;
    const auto refused = [&](const Acquaintance &value, const char *column, const char *text) {
        errors.clear();
        CHECK_FALSE(acquaintance.record(Serik, file.quarter, value, &errors));
        REQUIRE_FALSE(errors.isEmpty());
        CHECK(errors.first().column == QString::fromLatin1(column));
        CHECK(errors.first().message.contains(QString::fromUtf8(text)));
        CHECK(file.count("SELECT count(*) FROM acquaintance") == 0);
    };
    refused({QDate(2024, 7, 10), QStringLiteral("in_person"), {}}, "day",
        "before the sheet was signed, 2024-07-11");
    refused({QDate(2024, 7, 16), QStringLiteral("in_person"), {}}, "day", "in the future");
    refused({QDate(), QStringLiteral("in_person"), {}}, "day", "required");
    refused({QDate(2024, 7, 12), QStringLiteral("pigeon"), {}}, "method",
        "in_person, registered_letter");
}

TEST_CASE("§11 only a signed sheet has a result to acquaint with; a second record is refused",
    "[acquaintance]")
{
    test::QuarterFile file;
    AcquaintanceService acquaintance(file.chief);
    InputErrors errors;
    CHECK_FALSE(acquaintance.record(
        Serik, file.quarter, {QDate(2024, 7, 15), QStringLiteral("in_person"), {}}, &errors));
    CHECK(errors.first().column == QStringLiteral("quarter"));
    CHECK(errors.first().message.contains(QStringLiteral("not signed")));
    CHECK(file.count("SELECT count(*) FROM acquaintance") == 0);

    REQUIRE(
        RankingSheetService(file.chief).sign(Serik, file.quarter, marksOf(4, 4, 4, 4), &errors));
    errors.clear();
    REQUIRE(acquaintance.record(
        Serik, file.quarter, {QDate(2024, 7, 15), QStringLiteral("in_person"), {}}, &errors));
    CHECK_FALSE(acquaintance.record(
        Serik, file.quarter, {QDate(2024, 7, 15), QStringLiteral("email"), {}}, &errors));
    CHECK(errors.first().message.contains(QStringLiteral("already recorded, on 2024-07-15")));
    CHECK(file.count("SELECT count(*) FROM acquaintance") == 1);
    CHECK(file.value("SELECT method FROM acquaintance").toString() == QStringLiteral("in_person"));
}

TEST_CASE(
    "undoing an acquaintance removes it, audited; there must be one to remove", "[acquaintance]")
{
    SignedFile file;
    AcquaintanceService acquaintance(file.chief);
    InputErrors errors;
    CHECK_FALSE(acquaintance.remove(Serik, file.quarter, &errors));
    CHECK(errors.first().message.contains(QStringLiteral("no acquaintance")));
    errors.clear();
    REQUIRE(acquaintance.record(
        Serik, file.quarter, {QDate(2024, 7, 15), QStringLiteral("sms"), {}}, &errors));
    REQUIRE(acquaintance.remove(Serik, file.quarter, &errors));
    CHECK(file.count("SELECT count(*) FROM acquaintance") == 0);
    const AuditEntry last = AuditLog(file.file.database().connection()).entries().last();
    CHECK(last.action == QStringLiteral("delete"));
    CHECK(last.oldValue == QStringLiteral("2024-07-15"));
    CHECK_FALSE(acquaintance.read(Serik, file.quarter));
}

TEST_CASE("§11 the chief specialist records acquaintance; the head is refused", "[acquaintance]")
{
    SignedFile file;
    const ServiceContext head(file.file.database(), file.head(), file.clock);
    InputErrors errors;
    CHECK_FALSE(AcquaintanceService(head).record(
        Serik, file.quarter, {QDate(2024, 7, 15), QStringLiteral("in_person"), {}}, &errors));
    CHECK(errors.first().refused);
    CHECK(file.count("SELECT count(*) FROM acquaintance") == 0);
}
