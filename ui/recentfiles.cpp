// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace bagalau {

namespace {
QString settingsKey()
{
    return QStringLiteral("files/recent");
}
} // namespace

QStringList RecentFiles::files() const
{
    return QSettings().value(settingsKey()).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaximumCount)
        list.removeLast();
    QSettings().setValue(settingsKey(), list);
}

void RecentFiles::clear()
{
    QSettings().remove(settingsKey());
}

} // namespace bagalau
