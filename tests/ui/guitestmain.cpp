// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Each run keeps its settings in a folder of its own, never in the user's.
    QTemporaryDir settingsFolder;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BagalauTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    return Catch::Session().run(argc, argv);
}
