// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace bagalau {

// The three languages of the UI and of the printed forms. English is the source language.
enum class Language { Kazakh, Russian, English };

// "kk", "ru", "en": the keys of --lang, of QSettings and of the .qm files.
QString languageCode(Language language);
std::optional<Language> languageFromCode(const QString &code);

// A text kept in all three languages, as the shipped data files hold names of holidays,
// competencies and the like.
struct LocalizedText
{
    QString kk;
    QString ru;
    QString en;

    QString in(Language language) const;
    bool isEmpty() const { return kk.isEmpty() && ru.isEmpty() && en.isEmpty(); }
    bool operator==(const LocalizedText &) const = default;
};

} // namespace bagalau
