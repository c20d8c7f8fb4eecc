// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace bagalau {

Translations::Translations() = default;

Translations::~Translations()
{
    removeInstalled();
}

bool Translations::use(Language language)
{
    removeInstalled();
    m_current = language;
    if (language == Language::English)
        return true; // the source language needs no translator

    const QString code = languageCode(language);
    auto program = std::make_unique<QTranslator>();
    if (!program->load(QStringLiteral(":/i18n/bagalau_%1.qm").arg(code))) {
        m_current = Language::English;
        return false;
    }
    QCoreApplication::installTranslator(program.get());
    m_program = std::move(program);

    // Qt's own strings (standard buttons, dialogs) where Qt ships them; Kazakh it may not.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(code),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return true;
}

void Translations::removeInstalled()
{
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_program)
        QCoreApplication::removeTranslator(m_program.get());
    m_qt.reset();
    m_program.reset();
}

} // namespace bagalau
