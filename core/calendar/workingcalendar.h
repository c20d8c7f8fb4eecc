// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "methodology/period.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <map>
#include <optional>

namespace bagalau {

// Why a day is or is not a working day (shared/calendar/RULES.md §1).
enum class DayKind {
    Working, // Monday–Friday with nothing special
    TransferredWorkingDay, // a Saturday or Sunday made a working day by a transfer act
    Weekend, // Saturday or Sunday
    PublicHoliday, // Law No. 267-II, by the years it is in force
    ObservedDayOff, // the next free working day after a holiday on a weekend (art. 5)
    ReligiousDayOff, // 7 January, first day of Kurban Ait (Labour Code art. 84 p. 5)
    TransferredDayOff, // a weekday made a day off by a transfer act
};

// A transfer act: one weekday becomes a day off, one weekend day becomes a working day.
struct Transfer
{
    QDate dayOff;
    QDate workingDay;
    QString act; // the decree or order, as the user or the shipped data names it
    bool operator==(const Transfer &) const = default;
};

// The context of the transfer messages' translations.
class TransferText
{
    Q_DECLARE_TR_FUNCTIONS(TransferText)
};

struct DayInfo
{
    QDate date;
    DayKind kind = DayKind::Working;
    LocalizedText name; // holiday or religious day; for an observed day, the holiday it stands for
    QDate relatedDate; // observed day: the holiday's date; transfer: the paired day
    QString act; // transfer: the act

    bool isWorking() const
    {
        return kind == DayKind::Working || kind == DayKind::TransferredWorkingDay;
    }
};

// The working-day calendar of Kazakhstan (five-day week). The rules and the irregular data come
// from a data file (:/calendar/kazakhstan.json); the chief specialist's edits (Kurban Ait dates,
// transfers) are layered on top and win over the shipped data.
//
// Lookups read a per-year table built on first use, so even const calls write to that cache: use
// one calendar per thread (copies are cheap and independent).
class WorkingCalendar
{
public:
    // The calendar shipped in the resources.
    static WorkingCalendar shipped();
    // A calendar from data in the shipped file's format; nullopt with a message when malformed.
    static std::optional<WorkingCalendar> fromJson(const QByteArray &json, QString *error);

    DayInfo day(QDate date) const;
    bool isWorkingDay(QDate date) const;

    // Working days in the closed range, both ends counted.
    int countWorkingDays(const DateRange &range) const;
    int workingDaysInMonth(int year, int month) const;
    int workingDaysInYear(int year) const;

    // n > 0: the n-th working day after `from` (from itself not counted; DIGEST decision 2).
    // n < 0: the |n|-th working day before `from`. n == 0: `from`.
    QDate addWorkingDays(QDate from, int n) const;
    // The n-th working day of a period that starts on `first`, `first` itself counting (§22).
    // n must be 1 or more; otherwise the result is an invalid date.
    QDate nthWorkingDayFrom(QDate first, int n) const;
    QDate workingDayOnOrAfter(QDate date) const;
    QDate workingDayOnOrBefore(QDate date) const;

    // Every day of the year that is not an ordinary weekday or weekend: holidays, observed days,
    // religious days, transfers both ways; in date order.
    QList<DayInfo> specialDays(int year) const;

    // A year is confirmed when the date of Kurban Ait is known (shipped or entered).
    bool isYearConfirmed(int year) const;
    std::optional<QDate> kurbanAit(int year) const;
    QList<Transfer> transfers(int year) const;

    // The user's edits. Each replaces what the shipped data says for that day or year.
    // setKurbanAit with an invalid date forgets the year's date (the year becomes unconfirmed);
    // a date outside `year` is refused. addTransfer replaces any transfer with the same day off
    // or the same working day; it refuses what the data file may not hold either (an invalid
    // date, a day off on a weekend, a working day on a weekday).
    void setKurbanAit(int year, QDate date);
    void addTransfer(const Transfer &transfer);
    bool removeTransfer(QDate dayOff);

private:
    struct Holiday
    {
        int month = 0;
        int day = 0;
        int fromYear = 0; // 0: no lower bound
        int toYear = 0; // 0: no upper bound
        LocalizedText name;

        bool isInForce(int year) const
        {
            return (fromYear == 0 || year >= fromYear) && (toYear == 0 || year <= toYear);
        }
    };

    WorkingCalendar() = default;
    const QHash<QDate, DayInfo> &specialDaysOf(int year) const;
    QHash<QDate, DayInfo> buildSpecialDays(int year) const;
    void forgetCachedYears();

    QList<Holiday> m_holidays;
    QList<Holiday> m_religiousDays; // the fixed-date ones (7 January); Kurban Ait moves every year
    LocalizedText m_kurbanAitName;
    QMap<int, QDate> m_kurbanAit;
    QList<Transfer> m_transfers; // sorted by dayOff
    // A std::map, not a QHash: a reference handed out for one year must survive the insertion of
    // another, and a copied calendar must not share (and detach) its cache behind our back.
    mutable std::map<int, QHash<QDate, DayInfo>> m_cache;
};

// "working", "working (transfer: <act>, for <date>)", or for a non-working day only the reason
// ("weekend", "public holiday: Nauryz meyramy", "day off for <holiday> of <date>", ...): callers
// such as the command line put their own "non-working: " in front. The sentence is translated with
// tr() (context "DayDescription", so it follows the installed translator); the holiday names come
// from the data file in `language`, and dates are ISO in English, dd.MM.yyyy in Kazakh and Russian.
QString describeDay(const DayInfo &day, Language language);

// Empty when a transfer act could make this transfer (a weekday off, a Saturday or Sunday
// worked), otherwise why not, translated.
QString transferError(const Transfer &transfer);

} // namespace bagalau
