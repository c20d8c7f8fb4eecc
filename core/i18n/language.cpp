// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/language.h"

namespace bagalau {

QString languageCode(Language language)
{
    switch (language) {
    case Language::Kazakh:
        return QStringLiteral("kk");
    case Language::Russian:
        return QStringLiteral("ru");
    case Language::English:
        return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString &code)
{
    for (Language language : {Language::Kazakh, Language::Russian, Language::English}) {
        if (code.compare(languageCode(language), Qt::CaseInsensitive) == 0)
            return language;
    }
    return std::nullopt;
}

QString LocalizedText::in(Language language) const
{
    // Fall back to another language rather than show nothing: Russian first, as the source
    // methodology is Russian.
    const QString &preferred = language == Language::Kazakh ? kk
        : language == Language::Russian                     ? ru
                                                            : en;
    if (!preferred.isEmpty())
        return preferred;
    if (!ru.isEmpty())
        return ru;
    return en.isEmpty() ? kk : en;
}

} // namespace bagalau
