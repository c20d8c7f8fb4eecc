// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Each run keeps its settings in a folder of its own, never in the user's.
    // Offscreen unless told otherwise: test discovery runs this binary at build time, where there
    // may be no display, and a QApplication that cannot start would list no tests at all.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir settingsFolder;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BagalauTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    return Catch::Session().run(argc, argv);
}
