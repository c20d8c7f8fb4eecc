// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationpaths.h"

#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace bagalau {

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("bagalau.sqlite"));
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Bagalau"));
    QCoreApplication::setApplicationName(QStringLiteral("Bagalau"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

} // namespace bagalau
