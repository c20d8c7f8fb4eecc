// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Printing lays text out with fonts, which needs a QGuiApplication; it draws on no screen, so
    // the offscreen platform serves unless the user chose another. Every other command keeps to
    // a QCoreApplication and runs where there is no display at all.
    if (bagalau::commandNeedsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication application(argc, argv);
        return bagalau::runCommandLine(QCoreApplication::arguments());
    }
    QCoreApplication application(argc, argv);
    return bagalau::runCommandLine(QCoreApplication::arguments());
}
