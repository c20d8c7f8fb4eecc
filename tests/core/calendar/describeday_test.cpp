// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/workingcalendar.h"

#include "catchqt.h"

using namespace bagalau;
using namespace Qt::Literals::StringLiterals;

namespace {

QString describe(const char *iso, Language language = Language::English)
{
    static const WorkingCalendar calendar = WorkingCalendar::shipped();
    return describeDay(
        calendar.day(QDate::fromString(QString::fromLatin1(iso), Qt::ISODate)), language);
}

} // namespace

TEST_CASE("RULES §3 every day says whether it is working and why not", "[calendar]")
{
    struct Row
    {
        const char *day;
        QString description;
    };
    const Row rows[] = {
        {"2024-04-10", u"working"_s},
        {"2024-04-13", u"weekend"_s},
        {"2025-03-22", u"public holiday: Nauryz meyramy"_s},
        {"2025-03-24", u"day off for Nauryz meyramy of 2025-03-22"_s},
        {"2024-06-16", u"religious day off: Kurban Ait"_s},
        {"2025-01-07", u"religious day off: Orthodox Christmas"_s},
        {"2024-05-08",
            u"day off by transfer: приказ Министра труда и социальной защиты населения РК от "
            "17.04.2024"_s},
        {"2024-05-04",
            u"working (transfer: приказ Министра труда и социальной защиты населения РК от "
            "17.04.2024, for 2024-05-08)"_s},
    };
    for (const Row &row : rows) {
        INFO(row.day);
        CHECK(describe(row.day) == row.description);
    }
}

TEST_CASE("RULES §3 holiday names and dates follow the requested language", "[calendar]")
{
    // No translator is installed in the tests, so the sentence stays English; the names come
    // from the data file and the dates from the language's locale.
    CHECK(describe("2023-01-03", Language::Russian) == u"day off for Новый год of 01.01.2023"_s);
    CHECK(describe("2025-09-01", Language::Kazakh)
        == u"day off for Конституция күні of 30.08.2025"_s);
    CHECK(describe("2024-06-16", Language::Kazakh) == u"religious day off: Құрбан айт"_s);
    CHECK(describe("2024-12-16", Language::Russian) == u"public holiday: День Независимости"_s);
    CHECK(describe("2024-05-01", Language::Kazakh)
        == u"public holiday: Қазақстан халқының бірлігі мерекесі"_s);
}
