// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/localetext.h"

namespace bagalau {

Language uiLanguage(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Kazakh:
        return Language::Kazakh;
    case QLocale::Russian:
        return Language::Russian;
    default:
        return Language::English;
    }
}

QString localDateFormat(const QLocale &locale)
{
    // The printed forms' and the methodology's way in Kazakh and Russian (FORMS.md: DD.MM.YYYY).
    if (uiLanguage(locale) != Language::English)
        return QStringLiteral("dd.MM.yyyy");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString dateText(QDate date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, localDateFormat(locale)) : QString();
}

QString weekdayText(QDate date, const QLocale &locale, QLocale::FormatType format)
{
    return date.isValid() ? locale.standaloneDayName(date.dayOfWeek(), format) : QString();
}

} // namespace bagalau
