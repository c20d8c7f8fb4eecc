// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/workingcalendar.h"

#include "catchqt.h"

using namespace bagalau;

// The working-day counts of a five-day week that the labour ministry's production calendars
// (as reprinted by the press) give, against what this calendar computes. Where RULES.md knows
// better than the calendar as first published, the row holds RULES.md's figure and the comment
// gives the published one and why they differ.

TEST_CASE(
    "RULES §1 working days per month agree with the published production calendars", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    struct Row
    {
        int year;
        int month;
        int workingDays;
    };
    const Row rows[] = {
        // https://semeyainasy.media/2022/06/10/skolko-dnej-kazahstanczy-otdohnut-v-iyule-2022-goda
        // (zakon.kz): July 2022, Kurban Ait on Saturday 9 July moves nothing.
        {2022, 7, 20},
        // https://newtimes.kz/obshchestvo/159729-10-dnej-otdohnut-kazahstancy-v-dekabre
        // December 2022 after the law of 29.09.2022: 1 and 17 December are no longer holidays.
        {2022, 12, 21},

        // https://astanatv.kz/ru/news/74678 and
        // https://baq.kz/qazaqstandyqtar-qantar-ayynda-11-kun-demalady-294310
        // January 2023: 11 days off (1-3, 7-8 and the weekends), Christmas on Saturday not moved.
        // inbusiness.kz (via https://www.inaktau.kz/news/3520847/) counted 12 days off in
        // January and 245 days in the year; RULES §1.4 (religious days never move) gives 20.
        {2023, 1, 20},
        // https://www.inaktau.kz/news/3520847/kak-kazahstancy-budut-rabotat-i-otdyhat-v-2023-godu
        // (inbusiness.kz): 12 days off in March, 8 in February and November.
        {2023, 2, 20},
        {2023, 3, 19},
        {2023, 11, 22},
        // https://world-news247.net/ekonomika/item/1067708-skolko-vyhodnyh-budet-v-oktyabre-2023-v-kazahstane
        // (Kazpravda.kz): 10 days off in October 2023.
        {2023, 10, 21},

        // https://help.inbuh.kz/6801/ — the ministry's «Баланс рабочего времени на 2024 год».
        {2024, 1, 21},
        {2024, 2, 21},
        {2024, 3, 17},
        {2024, 4, 22},
        {2024, 5, 20},
        // Published: 19, made when Kurban Ait was expected on Monday 17 June. The Spiritual
        // Administration fixed Sunday 16 June and 17 June stayed a working day (RULES §1.4).
        {2024, 6, 20},
        {2024, 7, 22},
        {2024, 8, 21},
        {2024, 9, 21},
        {2024, 10, 22},
        {2024, 11, 21},
        {2024, 12, 21},

        // https://ulysmedia.kz/news/44585-kak-kazakhstantsy-budut-otdykhat-v-2025-godu-polnyi-kalendar
        // 11 days off in January, 14 in March, 8 in February and April.
        {2025, 1, 20},
        {2025, 2, 20},
        {2025, 3, 17},
        {2025, 4, 22},
        // https://informburo.kz/novosti/skolko-dnei-otdoxnut-kazaxstancy-v-oktiabre-kalendar
        // and https://news.mail.ru/society/67911452/: October 2025, 9 days off, 22 working.
        {2025, 10, 22},

        // https://alau.kz/novyj-god-2026-utverzhdjon-oficialnyj-kalendar-vyhodnyh/ (rus.baq.kz):
        // January 2026, 19 working days.
        {2026, 1, 19},
    };
    for (const Row &row : rows) {
        INFO(row.year << "-" << row.month);
        CHECK(calendar.workingDaysInMonth(row.year, row.month) == row.workingDays);
    }
}

TEST_CASE(
    "RULES §1 working days per year agree with the published production calendars", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    struct Row
    {
        int year;
        int workingDays;
    };
    const Row rows[] = {
        // Published 245 (inbusiness.kz via https://www.inaktau.kz/news/3520847/), which counts
        // a twelfth day off in January 2023; Christmas on Saturday 7 January moves nothing
        // (RULES §1.4; astanatv.kz and baq.kz above count 11), hence 246.
        {2023, 246},
        // https://help.inbuh.kz/6801/ published 248 with Kurban Ait on 17 June; 249 with the
        // date that held, Sunday 16 June (RULES §1.4).
        {2024, 249},
        // https://pobipb.kz/kalendar-vyxodnyx-i-prazdnichnyx-dnej-na-2025-god: 246 working days;
        // https://rus.azattyq-ruhy.kz/index.php/society/77649-prazdniki-i-vykhodnye-kak-kazakhstantsy-otdokhnut-v-2025-godu/amp:
        // 119 days of rest.
        {2025, 246},
        // https://alau.kz/kalendar-2026-dlinnye-vyhodnye-perenosy-i-idealnye-dni-dlja-otpuska/
        // (tengrinews.kz, December 2025) published 246, with 30 August (Sunday) observed on
        // 31 August. The Constitution of 15 March 2026 moved Constitution Day, so 30 August 2026
        // is no holiday and 31 August a working day (RULES §1.2, labour ministry 18.03.2026): 247.
        {2026, 247},
    };
    for (const Row &row : rows) {
        INFO(row.year);
        CHECK(calendar.workingDaysInYear(row.year) == row.workingDays);
    }
}

TEST_CASE("RULES §1.3 the observed days the 2026 production calendar lists", "[calendar]")
{
    // https://news.mail.ru/society/69046544/ (El.kz, the ministry's 2026 calendar): 8 March to
    // 9 March, 21 and 22 March to 24 and 25 March, 9 May to 11 May, 25 October to 26 October.
    // Its fifth, 30 August to 31 August, lapsed with the 2026 Constitution (RULES §1.2).
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    QList<QDate> observed;
    for (const DayInfo &day : calendar.specialDays(2026)) {
        if (day.kind == DayKind::ObservedDayOff)
            observed.append(day.date);
    }
    CHECK(observed
        == QList<QDate>{QDate(2026, 3, 9), QDate(2026, 3, 24), QDate(2026, 3, 25),
            QDate(2026, 5, 11), QDate(2026, 10, 26)});
}
