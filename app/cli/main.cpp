// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    return bagalau::runCommandLine(QCoreApplication::arguments());
}
