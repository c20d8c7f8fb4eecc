// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace bagalau {

class Database;

// Copies of the whole file: a backup checked before it is made, a restore checked before it
// replaces anything, and a copy of the file as it was kept beside it.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    // Runs PRAGMA integrity_check, then copies through SQLite's online backup. Refuses to
    // overwrite an existing file.
    static bool backup(const Database &database, const QString &target, QString *error);

    // Checks that `source` is a sound Bagalau file this program can read, keeps a copy of the
    // current file (its path in `keptCopy`), then replaces the current file with `source`.
    // `badInput` tells a refused source (true) from a failure to write (false).
    static bool restore(const QString &source, const QString &databasePath, QString *keptCopy,
        QString *error, bool *badInput);
};

} // namespace bagalau
