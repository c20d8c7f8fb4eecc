// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace bagalau {

// The language the UI shows: the window sets the default locale whenever it switches language.
Language uiLanguage(const QLocale &locale = QLocale());
// A date as the settings tables show it: dd.MM.yyyy in Kazakh and Russian (the form of the
// official calendars and acts, where the locale's own short form may drop the century), the
// locale's short form otherwise.
QString dateText(QDate date, const QLocale &locale = QLocale());
// The format dateText writes, for QDateEdit: the locale's short date with a four-digit year
// (Qt writes Kazakh short dates as dd.MM.yy).
QString localDateFormat(const QLocale &locale = QLocale());
// The day of the week, named by the locale.
QString weekdayText(QDate date, const QLocale &locale = QLocale(),
    QLocale::FormatType format = QLocale::LongFormat);

} // namespace bagalau
