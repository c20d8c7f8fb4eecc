// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/language.h"

#include "catchqt.h"

using namespace bagalau;

TEST_CASE("language codes round-trip and unknown codes are refused")
{
    for (Language language : {Language::Kazakh, Language::Russian, Language::English})
        CHECK(languageFromCode(languageCode(language)) == language);
    CHECK(languageCode(Language::Kazakh) == QStringLiteral("kk"));
    CHECK_FALSE(languageFromCode(QStringLiteral("de")).has_value());
}

TEST_CASE("a localized text falls back to Russian when a language is missing")
{
    const LocalizedText text{QString(), QStringLiteral("Наурыз"), QStringLiteral("Nauryz")};
    CHECK(text.in(Language::Kazakh) == QStringLiteral("Наурыз"));
    CHECK(text.in(Language::English) == QStringLiteral("Nauryz"));
}
