// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"

#include "storage/transaction.h"
#include "temporarydatabase.h"

#include "catchqt.h"

#include <QSqlQuery>

using namespace bagalau;

namespace {

void appendThree(Database &database)
{
    Transaction transaction(database.connection());
    AuditLog log(database.connection());
    QString error;
    for (int i = 1; i <= 3; ++i) {
        AuditEntry entry;
        entry.actor = QStringLiteral("chief_specialist");
        entry.action = QStringLiteral("update");
        entry.entity = QStringLiteral("score_sheet");
        entry.entityId = QString::number(i);
        entry.field = QStringLiteral("quality");
        entry.oldValue = QStringLiteral("3");
        entry.newValue = QStringLiteral("4");
        entry.reason = QStringLiteral("typo");
        REQUIRE(log.append(entry, &error));
    }
    REQUIRE(transaction.commit());
}

bool execute(Database &database, const QString &sql)
{
    return QSqlQuery(database.connection()).exec(sql);
}

} // namespace

TEST_CASE("the audit log chains its rows and verifies clean", "[storage]")
{
    test::TemporaryDatabase temporary;
    appendThree(temporary.database());
    const AuditLog log(temporary.database().connection());
    const auto entries = log.entries();
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0).previousHash == QString(64, QLatin1Char('0')));
    CHECK(entries.at(1).previousHash == entries.at(0).hash);
    CHECK(entries.at(2).newValue == QStringLiteral("4"));
    CHECK(log.verify().isEmpty());
    CHECK(log.entries(2).first().id == 2);
}

TEST_CASE("audit rows cannot be updated or deleted through SQL", "[storage]")
{
    test::TemporaryDatabase temporary;
    appendThree(temporary.database());
    CHECK_FALSE(execute(
        temporary.database(), QStringLiteral("UPDATE audit_log SET new_value = '5' WHERE id = 2")));
    CHECK_FALSE(
        execute(temporary.database(), QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    CHECK(AuditLog(temporary.database().connection()).entries().size() == 3);
}

TEST_CASE("audit verify finds a row changed, removed or inserted out of band", "[storage]")
{
    test::TemporaryDatabase temporary;
    appendThree(temporary.database());
    // Whoever bypasses the program can drop the triggers; the chain still tells.
    REQUIRE(execute(temporary.database(), QStringLiteral("DROP TRIGGER audit_log_no_update")));
    REQUIRE(execute(temporary.database(), QStringLiteral("DROP TRIGGER audit_log_no_delete")));

    SECTION("changed")
    {
        REQUIRE(execute(temporary.database(),
            QStringLiteral("UPDATE audit_log SET new_value = '5' WHERE id = 2")));
        const auto problems = AuditLog(temporary.database().connection()).verify();
        REQUIRE(problems.size() == 1);
        CHECK(problems.at(0).id == 2);
        CHECK(problems.at(0).message.contains(QStringLiteral("changed")));
    }
    SECTION("removed")
    {
        REQUIRE(
            execute(temporary.database(), QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        const auto problems = AuditLog(temporary.database().connection()).verify();
        REQUIRE_FALSE(problems.isEmpty());
        CHECK(problems.at(0).id == 3);
    }
    SECTION("inserted")
    {
        REQUIRE(execute(temporary.database(),
            QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity, "
                           "previous_hash, hash) VALUES (4, '2024-01-01T00:00:00Z', "
                           "'x', 'update', 'servant', 'abc', 'def')")));
        const auto problems = AuditLog(temporary.database().connection()).verify();
        REQUIRE_FALSE(problems.isEmpty());
        CHECK(problems.at(0).id == 4);
    }
}
