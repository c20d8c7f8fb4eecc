// SPDX-License-Identifier: GPL-3.0-or-later
// Services are the only writers: each change one transaction, audited (DESIGN, §15).
#include "services/auditedwrite.h"

#include "fixedclock.h"
#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "temporarydatabase.h"

#include "catchqt.h"

#include <QSqlQuery>

using namespace bagalau;

namespace {

struct File
{
    test::TemporaryDatabase file;
    test::FixedClock clock{QDateTime(QDate(2024, 7, 15), QTime(10, 0))};
    ServiceContext chief{file.database(), Actor::singleUser(), clock};

    int settings()
    {
        QSqlQuery query(file.database().connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM settings")));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
    QList<AuditEntry> audit() { return AuditLog(file.database().connection()).entries(); }
};

AuditEntry settingEntry()
{
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("settings");
    entry.entityId = QStringLiteral("a");
    entry.newValue = QStringLiteral("b");
    return entry;
}

} // namespace

TEST_CASE("a change is written with its audit row, naming the actor and the time", "[services]")
{
    File f;
    {
        AuditedWrite write(f.chief);
        REQUIRE(write.isActive());
        QSqlQuery insert(write.connection());
        insert.prepare(QStringLiteral("INSERT INTO settings VALUES (?, ?)"));
        insert.addBindValue(QStringLiteral("a"));
        insert.addBindValue(QStringLiteral("b"));
        REQUIRE(write.exec(insert));
        REQUIRE(write.commit(settingEntry()));
        CHECK(write.error().isEmpty());
    }
    CHECK(f.settings() == 1);
    const auto entries = f.audit();
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).entity == QStringLiteral("settings"));
    CHECK(entries.at(0).actor == Actor::singleUser().login);
    CHECK(entries.at(0).at == QDateTime(QDate(2024, 7, 15), QTime(10, 0)));
}

TEST_CASE("a statement the database refuses leaves nothing written and says why", "[services]")
{
    File f;
    {
        AuditedWrite write(f.chief);
        QSqlQuery insert(write.connection());
        insert.prepare(QStringLiteral("INSERT INTO settings VALUES (?, ?)"));
        insert.addBindValue(QStringLiteral("a"));
        insert.addBindValue(QStringLiteral("b"));
        REQUIRE(write.exec(insert));
        QSqlQuery again(write.connection());
        again.prepare(QStringLiteral("INSERT INTO settings VALUES ('a', 'c')"));
        CHECK_FALSE(write.exec(again));
        CHECK(write.error().contains(QStringLiteral("UNIQUE")));
        // Not committed: the guard rolls the first row back as well.
    }
    CHECK(f.settings() == 0);
    CHECK(f.audit().isEmpty());
}
