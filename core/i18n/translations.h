// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"

#include <QTranslator>

#include <memory>

namespace bagalau {

// Installs the program's translation (compiled from translations/*.ts into the resources) and
// Qt's own for one language on the running application, replacing the previous language's.
// Installing a translator sends QEvent::LanguageChange to every widget, so a GUI retranslates
// itself without a restart.
class Translations
{
public:
    Translations();
    ~Translations();

    // false when the language's translation could not be loaded (nothing is installed then).
    bool use(Language language);
    Language current() const { return m_current; }

private:
    void removeInstalled();

    Language m_current = Language::English;
    std::unique_ptr<QTranslator> m_program;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace bagalau
