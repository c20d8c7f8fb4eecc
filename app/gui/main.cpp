// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationpaths.h"
#include "i18n/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    bagalau::setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Bagalau: performance evaluation of administrative civil servants of corps \"B\"."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("db"),
        QStringLiteral("The database file (default: %1).").arg(bagalau::defaultDatabasePath()),
        QStringLiteral("PATH"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        QStringLiteral("The language of the interface: kk, ru or en."), QStringLiteral("LANG"));
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    parser.process(application);

    bagalau::Language language = bagalau::MainWindow::savedLanguage();
    if (parser.isSet(languageOption)) {
        const auto chosen = bagalau::languageFromCode(parser.value(languageOption));
        if (!chosen) {
            std::fputs("bagalau: --lang takes kk, ru or en\n", stderr);
            return 2;
        }
        language = *chosen;
    }
    const QString databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                              : bagalau::defaultDatabasePath();

    bagalau::Translations translations;
    // The window opens the file while it is built, and the pages then size their columns to the
    // headers and write their status lines: in the user's language, not in English first.
    QLocale::setDefault(bagalau::MainWindow::localeOf(language));
    translations.use(language);
    bagalau::MainWindow window(translations, databasePath);
    window.setLanguage(language);
    window.show();
    // Once the window is on screen, so that the sign-in dialog has something to stand over.
    QTimer::singleShot(0, &window, &bagalau::MainWindow::askForSignIn);
    return application.exec();
}
