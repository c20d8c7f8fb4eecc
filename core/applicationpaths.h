// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bagalau {

// The database file used when no --db is given: bagalau.sqlite in the user's data folder
// (QStandardPaths::AppDataLocation), e.g. ~/.local/share/Bagalau/bagalau.sqlite on Linux and
// %APPDATA%/Bagalau/bagalau.sqlite on Windows.
QString defaultDatabasePath();

// Sets the organisation and application names that QSettings and QStandardPaths use.
void setApplicationIdentity();

} // namespace bagalau
