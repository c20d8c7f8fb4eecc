// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/workingcalendar.h"

#include "catchqt.h"

#include <QFile>

#include <algorithm>

using namespace bagalau;
using namespace Qt::Literals::StringLiterals;

namespace {

QDate date(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The smallest data the parser accepts; the error cases below each break one part of it.
QByteArray minimalJson(const QString &publicHolidays = u"[]"_s,
    const QString &kurbanAitDates = u"[]"_s, const QString &transfers = u"[]"_s)
{
    return uR"({
        "publicHolidays": %1,
        "religiousDays": [],
        "kurbanAit": {"name": {"kk": "Құрбан айт", "ru": "Курбан айт", "en": "Kurban Ait"},
                      "dates": %2},
        "transfers": %3
    })"_s.arg(publicHolidays, kurbanAitDates, transfers)
        .toUtf8();
}

QString errorOf(const QByteArray &json)
{
    QString error;
    const auto calendar = WorkingCalendar::fromJson(json, &error);
    CHECK_FALSE(calendar.has_value());
    return error;
}

} // namespace

TEST_CASE("RULES (rules ship as data) the shipped calendar file is well formed", "[calendar]")
{
    // shipped() aborts on malformed data; this says why, should it ever happen.
    QFile file(u":/calendar/kazakhstan.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString error;
    CHECK(WorkingCalendar::fromJson(file.readAll(), &error).has_value());
    CHECK(error == QString());
}

TEST_CASE("RULES §1.1 Monday to Friday work, Saturday and Sunday do not", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    CHECK(calendar.day(date("2024-04-10")).kind == DayKind::Working);
    CHECK(calendar.day(date("2024-04-13")).kind == DayKind::Weekend);
    CHECK(calendar.day(date("2024-04-14")).kind == DayKind::Weekend);
    CHECK_FALSE(calendar.isWorkingDay(date("2024-04-14")));
    CHECK_FALSE(calendar.isWorkingDay(QDate()));
}

TEST_CASE("RULES §1.2 public holidays by the years they are in force", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    struct Row
    {
        const char *day;
        DayKind kind;
        const char *why;
    };
    const Row rows[] = {
        {"2024-03-08", DayKind::PublicHoliday, "8 March, all years"},
        {"2024-05-07", DayKind::PublicHoliday, "Defender of the Fatherland Day, all years"},
        {"2024-12-16", DayKind::PublicHoliday, "Independence Day"},
        {"2025-08-30", DayKind::PublicHoliday,
            "30 August is a holiday up to 2025, on Saturday too"},
        {"2026-08-30", DayKind::Weekend, "30 August 2026 (Sunday) is no longer a holiday"},
        {"2026-08-31", DayKind::Working, "so nothing is observed on Monday 31 August 2026"},
        {"2026-03-16", DayKind::Working, "15 March 2026 (Sunday) is not yet Constitution Day"},
        {"2027-03-15", DayKind::PublicHoliday, "15 March is Constitution Day from 2027"},
        {"2021-10-25", DayKind::Working, "25 October was a working day in 2021"},
        {"2022-10-25", DayKind::PublicHoliday, "Republic Day restored from 2022"},
        {"2024-10-25", DayKind::PublicHoliday, "Republic Day 2024"},
        {"2021-12-01", DayKind::PublicHoliday, "First President's Day, 2012-2021"},
        {"2022-12-01", DayKind::Working, "First President's Day abolished in 2022"},
        {"2021-12-17", DayKind::PublicHoliday, "second day of Independence Day up to 2021"},
        {"2022-12-17", DayKind::Weekend, "no second day from 2022 (a Saturday)"},
        {"2022-12-19", DayKind::Working, "and nothing observed for 17 December 2022"},
    };
    for (const Row &row : rows) {
        INFO(row.day << ": " << row.why);
        CHECK(calendar.day(date(row.day)).kind == row.kind);
    }
    CHECK(calendar.day(date("2027-03-15")).name.en == u"Constitution Day"_s);
    CHECK(calendar.day(date("2025-10-27")).kind == DayKind::ObservedDayOff);
}

TEST_CASE(
    "RULES §1.3 an observed day skips another holiday (1 Jan 2023 -> 3 Jan 2023)", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    CHECK(calendar.day(date("2023-01-01")).kind == DayKind::PublicHoliday);
    CHECK(calendar.day(date("2023-01-02")).kind == DayKind::PublicHoliday);
    const DayInfo observed = calendar.day(date("2023-01-03"));
    CHECK(observed.kind == DayKind::ObservedDayOff);
    CHECK(observed.relatedDate == date("2023-01-01"));
    CHECK(observed.name.ru == u"Новый год"_s);
    CHECK(calendar.isWorkingDay(date("2023-01-04")));
}

TEST_CASE("RULES §1.3 Nauryz 2025 on Saturday-Sunday gives 24 and 25 March off", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    CHECK(calendar.day(date("2025-03-21")).kind == DayKind::PublicHoliday);
    CHECK(calendar.day(date("2025-03-22")).kind == DayKind::PublicHoliday);
    CHECK(calendar.day(date("2025-03-23")).kind == DayKind::PublicHoliday);
    CHECK(calendar.day(date("2025-03-24")).kind == DayKind::ObservedDayOff);
    CHECK(calendar.day(date("2025-03-24")).relatedDate == date("2025-03-22"));
    CHECK(calendar.day(date("2025-03-25")).kind == DayKind::ObservedDayOff);
    CHECK(calendar.day(date("2025-03-25")).relatedDate == date("2025-03-23"));
    CHECK(calendar.isWorkingDay(date("2025-03-26")));
    // 8 March 2025 is a Saturday as well.
    CHECK(calendar.day(date("2025-03-10")).relatedDate == date("2025-03-08"));
}

TEST_CASE("RULES §1.3 Nauryz 2026 on Saturday-Monday gives 24 and 25 March off", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    CHECK(calendar.day(date("2026-03-23")).kind == DayKind::PublicHoliday);
    const DayInfo first = calendar.day(date("2026-03-24"));
    const DayInfo second = calendar.day(date("2026-03-25"));
    CHECK(first.kind == DayKind::ObservedDayOff);
    CHECK(first.relatedDate == date("2026-03-21"));
    CHECK(second.kind == DayKind::ObservedDayOff);
    CHECK(second.relatedDate == date("2026-03-22"));
    CHECK(calendar.isWorkingDay(date("2026-03-26")));
}

TEST_CASE("RULES §1.3 30 August 2025 on a Saturday gives Monday 1 September off", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    const DayInfo observed = calendar.day(date("2025-09-01"));
    CHECK(observed.kind == DayKind::ObservedDayOff);
    CHECK(observed.relatedDate == date("2025-08-30"));
    CHECK(observed.name.kk == u"Конституция күні"_s);
}

TEST_CASE("RULES §1.3 a late-December holiday's observed day moves into January", "[calendar]")
{
    // No holiday of the shipped data can do this yet; a 31 December holiday (Saturday in 2022)
    // shows that the previous year is taken into account, and in date order: 31 December takes
    // 3 January, so New Year's Sunday takes 4 January.
    const auto calendar = WorkingCalendar::fromJson(minimalJson(uR"([
            {"month": 12, "day": 31, "name": {"kk": "a", "ru": "b", "en": "Year's end"}},
            {"month": 1, "day": 1, "name": {"kk": "Жаңа жыл", "ru": "Новый год", "en": "New Year"}},
            {"month": 1, "day": 2, "name": {"kk": "Жаңа жыл", "ru": "Новый год", "en": "New Year"}}
        ])"_s),
        nullptr);
    REQUIRE(calendar.has_value());
    CHECK(calendar->day(date("2023-01-03")).relatedDate == date("2022-12-31"));
    CHECK(calendar->day(date("2023-01-04")).relatedDate == date("2023-01-01"));
    CHECK(calendar->day(date("2023-01-04")).kind == DayKind::ObservedDayOff);
    CHECK(calendar->isWorkingDay(date("2023-01-05")));
}

TEST_CASE("RULES §1.4 Kurban Ait 2024 fell on Sunday 16 June and nothing moved", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    const DayInfo kurbanAit = calendar.day(date("2024-06-16"));
    CHECK(kurbanAit.kind == DayKind::ReligiousDayOff);
    CHECK(kurbanAit.name.kk == u"Құрбан айт"_s);
    CHECK(calendar.day(date("2024-06-17")).kind == DayKind::Working);
    CHECK(calendar.workingDaysInMonth(2024, 6) == 20);
    CHECK(calendar.kurbanAit(2024) == date("2024-06-16"));
}

TEST_CASE("RULES §1.4 religious days off never move", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    // 7 January 2023 was a Saturday: Monday 9 January is an ordinary working day.
    CHECK(calendar.day(date("2023-01-07")).kind == DayKind::ReligiousDayOff);
    CHECK(calendar.day(date("2023-01-09")).kind == DayKind::Working);
    // Kurban Ait 2022 was a Saturday.
    CHECK(calendar.day(date("2022-07-09")).kind == DayKind::ReligiousDayOff);
    CHECK(calendar.day(date("2022-07-11")).kind == DayKind::Working);
    // On a weekday they are days off.
    CHECK(calendar.day(date("2025-01-07")).kind == DayKind::ReligiousDayOff);
    CHECK(calendar.day(date("2025-01-07")).name.ru == u"Православное Рождество"_s);
    CHECK(calendar.day(date("2023-06-28")).kind == DayKind::ReligiousDayOff);
    CHECK(calendar.day(date("2025-06-06")).kind == DayKind::ReligiousDayOff);
    CHECK(calendar.day(date("2026-05-27")).kind == DayKind::ReligiousDayOff);
}

TEST_CASE("RULES §1.5 the transfers of 2022-2025 work both ways", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    struct Row
    {
        const char *dayOff;
        const char *workingDay;
    };
    const Row rows[] = {
        {"2022-03-07", "2022-03-05"},
        {"2022-08-29", "2022-08-27"},
        {"2022-10-24", "2022-10-22"},
        {"2023-07-07", "2023-07-01"},
        {"2024-05-08", "2024-05-04"},
        {"2025-01-03", "2025-01-05"},
    };
    for (const Row &row : rows) {
        INFO(row.dayOff << " off, " << row.workingDay << " working");
        const DayInfo off = calendar.day(date(row.dayOff));
        const DayInfo working = calendar.day(date(row.workingDay));
        CHECK(off.kind == DayKind::TransferredDayOff);
        CHECK(off.relatedDate == date(row.workingDay));
        CHECK_FALSE(off.act.isEmpty());
        CHECK(working.kind == DayKind::TransferredWorkingDay);
        CHECK(working.isWorking());
        CHECK(working.relatedDate == date(row.dayOff));
        CHECK(working.act == off.act);
    }
    CHECK(calendar.transfers(2024).size() == 1);
    CHECK(calendar.transfers(2026).isEmpty());
}

TEST_CASE("RULES §1 March 2024 has 17 working days", "[calendar]")
{
    // 8 March (Friday), 21-22 March (Thursday-Friday), 23 March (Saturday) observed on 25 March.
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    CHECK(calendar.workingDaysInMonth(2024, 3) == 17);
    CHECK(calendar.countWorkingDays({date("2024-03-01"), date("2024-03-31")}) == 17);
    CHECK(calendar.countWorkingDays({date("2024-03-31"), date("2024-03-01")}) == 0);
}

TEST_CASE(
    "DIGEST decision 2: 5 working days from Friday 12 April 2024 is Friday 19 April", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    struct Row
    {
        const char *from;
        int n;
        const char *expected;
        const char *why;
    };
    const Row rows[] = {
        {"2024-04-12", 5, "2024-04-19", "the event's own day does not count"},
        {"2024-04-12", 0, "2024-04-12", "zero days is the day itself"},
        {"2025-03-19", 1, "2025-03-20", "the day before Nauryz"},
        {"2025-03-19", 2, "2025-03-26", "across Nauryz 2025 and its observed days"},
        {"2024-05-03", 1, "2024-05-04", "Saturday 4 May 2024 is a working day"},
        {"2024-05-03", 3, "2024-05-10", "7, 8 (transfer) and 9 May 2024 are days off"},
        {"2024-12-31", 1, "2025-01-05", "Sunday 5 January 2025 is a working day"},
        {"2024-12-31", 3, "2025-01-08", "7 January 2025 is Orthodox Christmas"},
        {"2024-04-19", -5, "2024-04-12", "backwards"},
        {"2025-03-26", -1, "2025-03-20", "backwards across Nauryz 2025"},
        {"2024-05-06", -1, "2024-05-04", "backwards onto a working Saturday"},
        {"2024-01-03", -1, "2023-12-29", "backwards across New Year"},
    };
    for (const Row &row : rows) {
        INFO(row.from << " + " << row.n << ": " << row.why);
        CHECK(calendar.addWorkingDays(date(row.from), row.n) == date(row.expected));
    }
}

TEST_CASE(
    "DIGEST decision 2 (§22): the period's first day counts when it is a working day", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    CHECK(calendar.nthWorkingDayFrom(date("2024-04-01"), 1) == date("2024-04-01"));
    CHECK(calendar.nthWorkingDayFrom(date("2024-04-01"), 10) == date("2024-04-12"));
    // 1-2 January are holidays: the first working day of 2024 is Wednesday 3 January.
    CHECK(calendar.nthWorkingDayFrom(date("2024-01-01"), 1) == date("2024-01-03"));
    CHECK(calendar.nthWorkingDayFrom(date("2024-01-01"), 10) == date("2024-01-16"));
    // 2025: 3 January is a transferred day off and 5 January a working Sunday.
    CHECK(calendar.nthWorkingDayFrom(date("2025-01-01"), 1) == date("2025-01-05"));
    CHECK_FALSE(calendar.nthWorkingDayFrom(date("2025-01-01"), 0).isValid());
}

TEST_CASE("DIGEST decision 3: a fixed date that is not a working day moves", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    // "No later than the 10th" of March 2025: the 10th is the day off for 8 March.
    CHECK(calendar.workingDayOnOrAfter(date("2025-03-10")) == date("2025-03-11"));
    CHECK(calendar.workingDayOnOrBefore(date("2025-03-10")) == date("2025-03-07"));
    CHECK(calendar.workingDayOnOrAfter(date("2025-03-22")) == date("2025-03-26"));
    CHECK(calendar.workingDayOnOrBefore(date("2025-03-22")) == date("2025-03-20"));
    CHECK(calendar.workingDayOnOrAfter(date("2024-04-10")) == date("2024-04-10"));
    CHECK(calendar.workingDayOnOrBefore(date("2024-04-10")) == date("2024-04-10"));
    CHECK(calendar.workingDayOnOrBefore(date("2025-01-05")) == date("2025-01-05"));
}

TEST_CASE("RULES §3 a year is confirmed only when its Kurban Ait date is known", "[calendar]")
{
    WorkingCalendar calendar = WorkingCalendar::shipped();
    CHECK(calendar.isYearConfirmed(2022));
    CHECK(calendar.isYearConfirmed(2026));
    CHECK_FALSE(calendar.isYearConfirmed(2027));
    CHECK_FALSE(calendar.kurbanAit(2027).has_value());

    // A date the chief specialist enters (a Monday here); the cached year must be rebuilt.
    CHECK(calendar.isWorkingDay(date("2027-05-17")));
    calendar.setKurbanAit(2027, date("2027-05-17"));
    CHECK(calendar.isYearConfirmed(2027));
    CHECK(calendar.kurbanAit(2027) == date("2027-05-17"));
    CHECK(calendar.day(date("2027-05-17")).kind == DayKind::ReligiousDayOff);

    // A date outside the year is refused; an invalid date forgets the year's date.
    calendar.setKurbanAit(2027, date("2028-05-05"));
    CHECK(calendar.kurbanAit(2027) == date("2027-05-17"));
    calendar.setKurbanAit(2027, QDate());
    CHECK_FALSE(calendar.isYearConfirmed(2027));
    CHECK(calendar.isWorkingDay(date("2027-05-17")));
}

TEST_CASE("RULES §3 the user's Kurban Ait date replaces the shipped one", "[calendar]")
{
    WorkingCalendar calendar = WorkingCalendar::shipped();
    CHECK(calendar.workingDaysInMonth(2024, 6) == 20);
    calendar.setKurbanAit(2024, date("2024-06-17"));
    CHECK(calendar.day(date("2024-06-16")).kind == DayKind::Weekend);
    CHECK(calendar.day(date("2024-06-17")).kind == DayKind::ReligiousDayOff);
    CHECK(calendar.workingDaysInMonth(2024, 6) == 19);
}

TEST_CASE("RULES §3 a transfer the user adds moves the counts, and removing it restores them",
    "[calendar]")
{
    WorkingCalendar calendar = WorkingCalendar::shipped();
    // May 2026: 1 May, 7 May, 11 May (for Saturday 9 May) and Kurban Ait on 27 May are off.
    REQUIRE(calendar.workingDaysInMonth(2026, 4) == 22);
    REQUIRE(calendar.workingDaysInMonth(2026, 5) == 17);
    REQUIRE(calendar.addWorkingDays(date("2026-05-06"), 1) == date("2026-05-08"));

    const Transfer transfer{date("2026-05-08"), date("2026-04-25"), u"order of the test"_s};
    calendar.addTransfer(transfer);
    CHECK(calendar.transfers(2026) == QList<Transfer>{transfer});
    CHECK(calendar.workingDaysInMonth(2026, 4) == 23);
    CHECK(calendar.workingDaysInMonth(2026, 5) == 16);
    CHECK(calendar.addWorkingDays(date("2026-05-06"), 1) == date("2026-05-12"));
    CHECK(calendar.day(date("2026-04-25")).act == u"order of the test"_s);

    CHECK(calendar.removeTransfer(date("2026-05-08")));
    CHECK_FALSE(calendar.removeTransfer(date("2026-05-08")));
    CHECK(calendar.transfers(2026).isEmpty());
    CHECK(calendar.workingDaysInMonth(2026, 4) == 22);
    CHECK(calendar.workingDaysInMonth(2026, 5) == 17);
    CHECK(calendar.addWorkingDays(date("2026-05-06"), 1) == date("2026-05-08"));
}

TEST_CASE("RULES §3 the user's transfer replaces the shipped one for the same day", "[calendar]")
{
    WorkingCalendar calendar = WorkingCalendar::shipped();
    calendar.addTransfer({date("2025-01-03"), date("2025-01-04"), u"corrected order"_s});
    CHECK(calendar.transfers(2025).size() == 1);
    CHECK(calendar.isWorkingDay(date("2025-01-04")));
    CHECK(calendar.day(date("2025-01-05")).kind == DayKind::Weekend);
    CHECK(calendar.day(date("2025-01-03")).act == u"corrected order"_s);

    CHECK(calendar.removeTransfer(date("2024-05-08")));
    CHECK(calendar.isWorkingDay(date("2024-05-08")));
    CHECK(calendar.day(date("2024-05-04")).kind == DayKind::Weekend);

    // What the data file may not hold is refused here too.
    calendar.addTransfer({date("2026-05-09"), date("2026-05-10"), u"a Saturday off"_s});
    calendar.addTransfer({date("2026-05-08"), date("2026-05-12"), u"a Tuesday working"_s});
    CHECK(calendar.transfers(2026).isEmpty());
}

TEST_CASE("RULES §3 every special day of a year is listed in date order", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::shipped();
    const QList<DayInfo> days = calendar.specialDays(2025);
    REQUIRE(days.size() >= 6);
    CHECK(days[0].date == date("2025-01-01"));
    CHECK(days[1].date == date("2025-01-02"));
    CHECK(days[2].kind == DayKind::TransferredDayOff);
    CHECK(days[3].kind == DayKind::TransferredWorkingDay);
    CHECK(days[4].kind == DayKind::ReligiousDayOff);
    CHECK(days[5].date == date("2025-03-08"));
    CHECK(std::is_sorted(days.begin(), days.end(),
        [](const DayInfo &a, const DayInfo &b) { return a.date < b.date; }));
    // 13 holidays, 6 observed days, 2 religious days, 2 transfer days.
    CHECK(days.size() == 23);
}

TEST_CASE("RULES (rules ship as data) a malformed file is refused with a message saying why",
    "[calendar]")
{
    CHECK(WorkingCalendar::fromJson(minimalJson(), nullptr).has_value());

    struct Row
    {
        QByteArray json;
        QString message;
    };
    const QString newYear = uR"("name": {"kk": "Жаңа жыл", "ru": "Новый год", "en": "New Year"})"_s;
    const Row rows[] = {
        {"{\"publicHolidays\": [",
            u"Calendar data: not valid JSON: unterminated array at "
            "character 20"_s},
        {"[]", u"Calendar data: the top level must be an object"_s},
        {"{}", u"Calendar data: \"publicHolidays\" is missing or is not a list"_s},
        {minimalJson(u"[{\"day\": 1, %1}]"_s.arg(newYear)),
            u"Calendar data: publicHolidays[0]: \"month\" is missing"_s},
        {minimalJson(u"[{\"month\": 13, \"day\": 1, %1}]"_s.arg(newYear)),
            u"Calendar data: publicHolidays[0]: \"month\" must be a whole number from 1 to 12"_s},
        {minimalJson(u"[{\"month\": 1, \"day\": 1.5, %1}]"_s.arg(newYear)),
            u"Calendar data: publicHolidays[0]: \"day\" must be a whole number from 1 to 31"_s},
        {minimalJson(u"[{\"month\": 2, \"day\": 30, %1}]"_s.arg(newYear)),
            u"Calendar data: publicHolidays[0]: 2-30 is not a day of the year"_s},
        {minimalJson(
             u"[{\"month\": 12, \"day\": 1, \"from\": 2021, \"to\": 2012, %1}]"_s.arg(newYear)),
            u"Calendar data: publicHolidays[0]: \"from\" 2021 is after \"to\" 2012"_s},
        {minimalJson(u"[{\"month\": 1, \"day\": 1, \"name\": {\"kk\": \"Жаңа жыл\", \"ru\": "
                     "\"Новый год\"}}]"_s),
            u"Calendar data: publicHolidays[0].name: \"en\" must be a non-empty text"_s},
        {minimalJson(u"[{\"month\": 1, \"day\": 1}]"_s),
            u"Calendar data: publicHolidays[0]: \"name\" must be an object with \"kk\", \"ru\" "
            "and \"en\""_s},
        {minimalJson(u"[]"_s, u"[{\"date\": \"2024-02-30\"}]"_s),
            u"Calendar data: kurbanAit.dates[0]: \"date\" is not a date in the form YYYY-MM-DD: "
            "\"2024-02-30\""_s},
        {minimalJson(u"[]"_s, u"[{\"date\": \"2024-06-16\"}, {\"date\": \"2024-06-17\"}]"_s),
            u"Calendar data: kurbanAit.dates[1]: a second date for 2024"_s},
        {minimalJson(
             u"[]"_s, u"[]"_s, u"[{\"dayOff\": \"2024-05-08\", \"workingDay\": \"2024-05-04\"}]"_s),
            u"Calendar data: transfers[0]: \"act\" must be a non-empty text"_s},
        {minimalJson(u"[]"_s, u"[]"_s,
             u"[{\"dayOff\": \"2024-05-11\", \"workingDay\": \"2024-05-04\", "
             "\"act\": \"x\"}]"_s),
            u"Calendar data: transfers[0]: the day off 2024-05-11 is already a Saturday or "
            "Sunday"_s},
        {minimalJson(u"[]"_s, u"[]"_s,
             u"[{\"dayOff\": \"2024-05-08\", \"workingDay\": \"2024-05-06\", "
             "\"act\": \"x\"}]"_s),
            u"Calendar data: transfers[0]: the working day 2024-05-06 is not a Saturday or "
            "Sunday"_s},
        {minimalJson(u"[]"_s, u"[]"_s,
             u"[{\"dayOff\": \"8.5.2024\", \"workingDay\": \"2024-05-04\", "
             "\"act\": \"x\"}]"_s),
            u"Calendar data: transfers[0]: \"dayOff\" is not a date in the form YYYY-MM-DD: "
            "\"8.5.2024\""_s},
    };
    for (const Row &row : rows) {
        INFO(row.json.toStdString());
        CHECK(errorOf(row.json) == row.message);
    }

    const QByteArray noKurbanAit =
        R"({"publicHolidays": [], "religiousDays": [], "transfers": []})";
    CHECK(errorOf(noKurbanAit) == u"Calendar data: \"kurbanAit\" is missing or is not an object"_s);
}
