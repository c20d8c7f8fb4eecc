// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporarydatabase.h"

#include "storage/schemamigrator.h"

#include <catch2/catch.hpp>

namespace bagalau::test {

TemporaryDatabase::TemporaryDatabase()
{
    REQUIRE(m_folder.isValid());
    QString error;
    m_database = Database::open(m_folder.filePath(QStringLiteral("test.sqlite")),
        Database::OpenMode::CreateIfMissing, &error);
    INFO(error.toStdString());
    REQUIRE(m_database);
    const MigrationResult migrated = SchemaMigrator::shipped().migrate(*m_database);
    INFO(migrated.error.toStdString());
    REQUIRE(migrated.ok);
}

} // namespace bagalau::test
