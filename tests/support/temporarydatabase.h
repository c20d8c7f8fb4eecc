// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace bagalau::test {

// A real SQLite file in a temporary folder, migrated to the latest schema; removed afterwards.
class TemporaryDatabase
{
public:
    TemporaryDatabase();
    Database &database() { return *m_database; }
    QString path() const { return m_database->path(); }
    QString folder() const { return m_folder.path(); }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
};

} // namespace bagalau::test
