// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/forms.h"
#include "i18n/language.h"
#include "methodology/kci.h"

#include <QLocale>
#include <QString>

namespace bagalau {

// The words and figures of a printed form in the form's language, which is chosen for each
// print and may differ from the interface's: the labels are a table of the glossary's Russian
// and Kazakh words (GLOSSARY.md) kept here, not the program's translations. Every helper that
// takes a user's value returns it HTML-escaped.
class FormText
{
public:
    // Kazakh or Russian; English prints the Russian form (the forms exist in the two languages).
    explicit FormText(Language language);

    Language language() const { return m_language; }
    bool isKazakh() const { return m_language == Language::Kazakh; }
    // The label of the form's language, from the two given in UTF-8.
    QString pick(const char *russian, const char *kazakh) const;

    // Escaped user text; an empty one becomes a blank line to write on.
    static QString escaped(const QString &text);
    QString organisation(const FormOrganisation &organisation) const;
    QString date(QDate date) const; // "12.04.2024", or a blank to fill in by hand
    QString score(const std::optional<Score> &score) const; // "4,25", or "—"
    QString band(const std::optional<Score> &score) const; // §7 in the form's language, or "—"
    QString bandLabel(Band band) const;
    QString decimal(const QString &exactText) const; // "12.5" → "12,5"
    QString realization(const Realization &realization) const; // "87,50 %"
    QString quarter(const Quarter &quarter) const; // "I квартал 2024 года" / "2024 жылғы I тоқсан"
    QString period(const DateRange &range) const; // "01.01.2024 – 31.03.2024"
    QString method(const QString &methodKey) const; // "kci" / "ranking"
    QString rankingParameter(RankingParameter parameter) const;
    QString acquaintanceMethod(const QString &methodKey) const;
    QString eligibilityReason(const QString &reasonKey) const;

    // The HTML pieces every form shares.
    QString header(const FormOrganisation &organisation) const; // the organisation on top
    QString title(const QString &title, const QString &subtitle = {}) const;
    // A line "label: value" with the value escaped.
    QString field(const QString &label, const QString &value) const;
    // A signature row: position, a line to sign on, name, date.
    QString signature(const QString &role, const FormSigner &signer) const;
    QString acquaintance(const std::optional<FormAcquaintance> &acquaintance) const;
    // Wraps the body into a whole page of HTML with the forms' style.
    static QString page(const QString &body);

private:
    Language m_language;
    QLocale m_locale;
};

// The tables every form draws: the grid, a column heading with the column's share of the page's
// width in percent, and a cell of HTML.
namespace formhtml {
QString gridStart();
QString headerCell(const QString &text, int width);
QString cell(const QString &html, const char *align = "left");
} // namespace formhtml

} // namespace bagalau
