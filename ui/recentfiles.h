// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace bagalau {

// The most recently opened database files, newest first, kept in QSettings.
class RecentFiles
{
public:
    static constexpr int MaximumCount = 8;

    QStringList files() const;
    void add(const QString &path);
    void clear();
};

} // namespace bagalau
