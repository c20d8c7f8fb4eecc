// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/transaction.h"

#include "temporarydatabase.h"

#include "catchqt.h"

#include <QSqlQuery>

using namespace bagalau;

namespace {

int settingsCount(Database &database)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM settings")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("a transaction that is not committed is rolled back", "[storage]")
{
    test::TemporaryDatabase temporary;
    {
        Transaction transaction(temporary.database().connection());
        REQUIRE(transaction.isActive());
        REQUIRE(QSqlQuery(temporary.database().connection())
                    .exec(QStringLiteral("INSERT INTO settings VALUES ('a', 'b')")));
    }
    CHECK(settingsCount(temporary.database()) == 0);
}

TEST_CASE("a committed transaction keeps its rows; a moved guard commits once", "[storage]")
{
    test::TemporaryDatabase temporary;
    Transaction first(temporary.database().connection());
    REQUIRE(QSqlQuery(temporary.database().connection())
                .exec(QStringLiteral("INSERT INTO settings VALUES ('a', 'b')")));
    Transaction moved(std::move(first));
    CHECK_FALSE(first.isActive());
    CHECK(moved.commit());
    CHECK_FALSE(moved.commit());
    CHECK(settingsCount(temporary.database()) == 1);
}
