// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "methodology/period.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace bagalau {

// Why a day is or is not a working day (shared/calendar/RULES.md §1).
enum class DayKind {
    Working,               // Monday–Friday with nothing special
    TransferredWorkingDay, // a Saturday or Sunday made a working day by a transfer act
    Weekend,               // Saturday or Sunday
    PublicHoliday,         // Law No. 267-II, by the years it is in force
    ObservedDayOff,        // the next free working day after a holiday on a weekend (art. 5)
    ReligiousDayOff,       // 7 January, first day of Kurban Ait (Labour Code art. 84 p. 5)
    TransferredDayOff,     // a weekday made a day off by a transfer act
};

// A transfer act: one weekday becomes a day off, one weekend day becomes a working day.
struct Transfer
{
    QDate dayOff;
    QDate workingDay;
    QString act; // the decree or order, as the user or the shipped data names it
    bool operator==(const Transfer &) const = default;
};

struct DayInfo
{
    QDate date;
    DayKind kind = DayKind::Working;
    LocalizedText name; // holiday or religious day; for an observed day, the holiday it stands for
    QDate relatedDate;  // observed day: the holiday's date; transfer: the paired day
    QString act;        // transfer: the act

    bool isWorking() const
    {
        return kind == DayKind::Working || kind == DayKind::TransferredWorkingDay;
    }
};

// The working-day calendar of Kazakhstan (five-day week). The rules and the irregular data come
// from a data file (:/calendar/kazakhstan.json); the chief specialist's edits (Kurban Ait dates,
// transfers) are layered on top and win over the shipped data.
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
    void setKurbanAit(int year, QDate date);
    void addTransfer(const Transfer &transfer);
    bool removeTransfer(QDate dayOff);

private:
    // The implementation's own: the parsed rules and a per-year cache of special days.
    // (Free to change; the public interface above is what the rest of the program uses.)
    struct Holiday
    {
        int month = 0;
        int day = 0;
        int fromYear = 0; // 0: no lower bound
        int toYear = 0;   // 0: no upper bound
        LocalizedText name;
    };

    WorkingCalendar() = default;
    const QHash<QDate, DayInfo> &specialDaysOf(int year) const;

    QList<Holiday> m_holidays;
    LocalizedText m_christmasName;
    LocalizedText m_kurbanAitName;
    QMap<int, QDate> m_kurbanAit;
    QList<Transfer> m_transfers;
    mutable QHash<int, QHash<QDate, DayInfo>> m_cache;
};

// "working", or a reason in the given language ("public holiday: Nauryz meyrami", ...), translated
// with tr(); the holiday names come from the data file in that language.
QString describeDay(const DayInfo &day, Language language);

} // namespace bagalau
