// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/workingcalendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace bagalau {

namespace {

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

// The readers below return nullopt and set `error` when a value is missing or wrong; `where`
// names the entry ("publicHolidays[3]") so that the message leads to the line to fix.

std::optional<int> readInt(const QJsonObject &object, const QString &key, const QString &where,
    int min, int max, QString &error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        error = u"%1: \"%2\" is missing"_s.arg(where, key);
        return std::nullopt;
    }
    constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
    const qint64 number = value.toInteger(notWhole);
    if (number == notWhole || number < min || number > max) {
        error =
            u"%1: \"%2\" must be a whole number from %3 to %4"_s.arg(where, key).arg(min).arg(max);
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<QString> readString(
    const QJsonObject &object, const QString &key, const QString &where, QString &error)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        error = u"%1: \"%2\" must be a non-empty text"_s.arg(where, key);
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QDate> readDate(
    const QJsonObject &object, const QString &key, const QString &where, QString &error)
{
    const std::optional<QString> text = readString(object, key, where, error);
    if (!text)
        return std::nullopt;
    const std::optional<QDate> date = parseIsoDate(*text);
    if (!date)
        error = u"%1: \"%2\" is not a date in the form YYYY-MM-DD: \"%3\""_s.arg(where, key, *text);
    return date;
}

std::optional<LocalizedText> readName(
    const QJsonObject &object, const QString &where, QString &error)
{
    const QJsonValue value = object.value(u"name"_s);
    if (!value.isObject()) {
        error = u"%1: \"name\" must be an object with \"kk\", \"ru\" and \"en\""_s.arg(where);
        return std::nullopt;
    }
    const QJsonObject name = value.toObject();
    const QString nameWhere = where + u".name"_s;
    const auto kk = readString(name, u"kk"_s, nameWhere, error);
    const auto ru = kk ? readString(name, u"ru"_s, nameWhere, error) : std::nullopt;
    const auto en = ru ? readString(name, u"en"_s, nameWhere, error) : std::nullopt;
    if (!en)
        return std::nullopt;
    return LocalizedText{*kk, *ru, *en};
}

std::optional<QJsonArray> readArray(const QJsonObject &object, const QString &key, QString &error)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        error = u"\"%1\" is missing or is not a list"_s.arg(key);
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QJsonObject> entryAt(
    const QJsonArray &array, qsizetype index, const QString &where, QString &error)
{
    if (!array.at(index).isObject()) {
        error = u"%1: must be an object"_s.arg(where);
        return std::nullopt;
    }
    return array.at(index).toObject();
}

QString entryName(const QString &list, qsizetype index)
{
    return u"%1[%2]"_s.arg(list).arg(index);
}

bool dayOffBefore(const Transfer &a, const Transfer &b)
{
    return a.dayOff < b.dayOff;
}

DayInfo plainDay(QDate date)
{
    DayInfo info;
    info.date = date;
    info.kind = isWeekend(date) ? DayKind::Weekend : DayKind::Working;
    return info;
}

class DayDescription
{
    Q_DECLARE_TR_FUNCTIONS(DayDescription)

public:
    static QString describe(const DayInfo &day, Language language)
    {
        const QString name = day.name.in(language);
        switch (day.kind) {
        case DayKind::Working:
            return tr("working");
        case DayKind::TransferredWorkingDay:
            return tr("working (transfer: %1, for %2)")
                .arg(day.act, date(day.relatedDate, language));
        case DayKind::Weekend:
            return tr("weekend");
        case DayKind::PublicHoliday:
            return tr("public holiday: %1").arg(name);
        case DayKind::ObservedDayOff:
            return tr("day off for %1 of %2").arg(name, date(day.relatedDate, language));
        case DayKind::ReligiousDayOff:
            return tr("religious day off: %1").arg(name);
        case DayKind::TransferredDayOff:
            return tr("day off by transfer: %1").arg(day.act);
        }
        return {};
    }

private:
    static QString date(QDate date, Language language)
    {
        if (language == Language::English)
            return QLocale(QLocale::English).toString(date, u"yyyy-MM-dd"_s);
        return QLocale(languageCode(language)).toString(date, u"dd.MM.yyyy"_s);
    }
};

} // namespace

WorkingCalendar WorkingCalendar::shipped()
{
    const QString path = u":/calendar/kazakhstan.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The calendar data %s is missing from the resources", qUtf8Printable(path));
    QString error;
    std::optional<WorkingCalendar> calendar = fromJson(file.readAll(), &error);
    // The file is compiled in and checked by the tests: a failure here is a broken build, and a
    // calendar without holidays would silently move every deadline.
    if (!calendar)
        qFatal(
            "The calendar data %s is malformed: %s", qUtf8Printable(path), qUtf8Printable(error));
    return std::move(*calendar);
}

std::optional<WorkingCalendar> WorkingCalendar::fromJson(const QByteArray &json, QString *error)
{
    QString message;
    const auto fail = [&](const QString &text) {
        if (error)
            *error = u"Calendar data: "_s + text;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"not valid JSON: %1 at character %2"_s.arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(u"the top level must be an object"_s);
    const QJsonObject root = document.object();

    WorkingCalendar calendar;

    const auto readHolidays = [&](const QString &key, QList<Holiday> &into) {
        const std::optional<QJsonArray> list = readArray(root, key, message);
        if (!list)
            return false;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString where = entryName(key, i);
            const std::optional<QJsonObject> entry = entryAt(*list, i, where, message);
            if (!entry)
                return false;
            Holiday holiday;
            const auto month = readInt(*entry, u"month"_s, where, 1, 12, message);
            const auto day =
                month ? readInt(*entry, u"day"_s, where, 1, 31, message) : std::nullopt;
            if (!day)
                return false;
            // 2000 is a leap year, so 29 February passes and 30 February does not.
            if (!QDate(2000, *month, *day).isValid()) {
                message = u"%1: %2-%3 is not a day of the year"_s.arg(where).arg(*month).arg(*day);
                return false;
            }
            holiday.month = *month;
            holiday.day = *day;
            for (const auto &[bound, field] :
                {std::pair{u"from"_s, &Holiday::fromYear}, std::pair{u"to"_s, &Holiday::toYear}}) {
                if (!entry->contains(bound))
                    continue;
                const auto year = readInt(*entry, bound, where, 1900, 9999, message);
                if (!year)
                    return false;
                holiday.*field = *year;
            }
            if (holiday.fromYear != 0 && holiday.toYear != 0 && holiday.fromYear > holiday.toYear) {
                message = u"%1: \"from\" %2 is after \"to\" %3"_s.arg(where)
                              .arg(holiday.fromYear)
                              .arg(holiday.toYear);
                return false;
            }
            const auto name = readName(*entry, where, message);
            if (!name)
                return false;
            holiday.name = *name;
            into.append(holiday);
        }
        return true;
    };
    if (!readHolidays(u"publicHolidays"_s, calendar.m_holidays)
        || !readHolidays(u"religiousDays"_s, calendar.m_religiousDays))
        return fail(message);

    const QJsonValue kurbanAitValue = root.value(u"kurbanAit"_s);
    if (!kurbanAitValue.isObject())
        return fail(u"\"kurbanAit\" is missing or is not an object"_s);
    const QJsonObject kurbanAit = kurbanAitValue.toObject();
    const auto kurbanAitName = readName(kurbanAit, u"kurbanAit"_s, message);
    if (!kurbanAitName)
        return fail(message);
    calendar.m_kurbanAitName = *kurbanAitName;
    const auto dates = readArray(kurbanAit, u"dates"_s, message);
    if (!dates)
        return fail(u"kurbanAit: "_s + message);
    for (qsizetype i = 0; i < dates->size(); ++i) {
        const QString where = entryName(u"kurbanAit.dates"_s, i);
        const auto entry = entryAt(*dates, i, where, message);
        const auto date = entry ? readDate(*entry, u"date"_s, where, message) : std::nullopt;
        if (!date)
            return fail(message);
        if (calendar.m_kurbanAit.contains(date->year()))
            return fail(u"%1: a second date for %2"_s.arg(where).arg(date->year()));
        calendar.m_kurbanAit.insert(date->year(), *date);
    }

    const auto transfers = readArray(root, u"transfers"_s, message);
    if (!transfers)
        return fail(message);
    for (qsizetype i = 0; i < transfers->size(); ++i) {
        const QString where = entryName(u"transfers"_s, i);
        const auto entry = entryAt(*transfers, i, where, message);
        const auto dayOff = entry ? readDate(*entry, u"dayOff"_s, where, message) : std::nullopt;
        const auto workingDay =
            dayOff ? readDate(*entry, u"workingDay"_s, where, message) : std::nullopt;
        const auto act = workingDay ? readString(*entry, u"act"_s, where, message) : std::nullopt;
        if (!act)
            return fail(message);
        const Transfer transfer{*dayOff, *workingDay, *act};
        if (const QString problem = transferError(transfer); !problem.isEmpty())
            return fail(where + u": "_s + problem);
        for (const Transfer &other : std::as_const(calendar.m_transfers)) {
            if (other.dayOff == transfer.dayOff || other.workingDay == transfer.workingDay)
                return fail(u"%1: a second transfer for the same day"_s.arg(where));
        }
        calendar.m_transfers.append(transfer);
    }
    std::sort(calendar.m_transfers.begin(), calendar.m_transfers.end(), dayOffBefore);

    return calendar;
}

void WorkingCalendar::forgetCachedYears()
{
    // Edits are rare and one edit can reach into neighbouring years (an observed day of
    // 31 December, a transfer across New Year), so drop every year rather than guess which.
    m_cache.clear();
}

const QHash<QDate, DayInfo> &WorkingCalendar::specialDaysOf(int year) const
{
    auto found = m_cache.find(year);
    if (found == m_cache.end())
        found = m_cache.emplace(year, buildSpecialDays(year)).first;
    return found->second;
}

QHash<QDate, DayInfo> WorkingCalendar::buildSpecialDays(int year) const
{
    QHash<QDate, DayInfo> days;
    const auto keep = [&](const DayInfo &info) {
        if (info.date.year() == year && !days.contains(info.date))
            days.insert(info.date, info);
    };

    // The previous year counts too: a holiday in late December can push its observed day, or
    // take a free day, into January.
    struct Dated
    {
        QDate date;
        const Holiday *holiday;
    };
    QList<Dated> holidays;
    QSet<QDate> taken; // days that cannot be an observed day off
    for (int y = year - 1; y <= year + 1; ++y) {
        for (const Holiday &holiday : m_holidays) {
            const QDate date(y, holiday.month, holiday.day);
            if (holiday.isInForce(y) && date.isValid()) {
                taken.insert(date);
                if (y <= year)
                    holidays.append({date, &holiday});
            }
        }
        for (const Holiday &religious : m_religiousDays) {
            if (religious.isInForce(y))
                taken.insert(QDate(y, religious.month, religious.day));
        }
        if (const auto kurbanAit = m_kurbanAit.constFind(y); kurbanAit != m_kurbanAit.cend())
            taken.insert(*kurbanAit);
    }
    for (const Transfer &transfer : m_transfers)
        taken.insert(transfer.dayOff);
    std::sort(holidays.begin(), holidays.end(),
        [](const Dated &a, const Dated &b) { return a.date < b.date; });

    // The order below is the precedence when two reasons meet on one day: a public holiday
    // first, as the law names it, then the religious day (nothing moves for it), and so on.
    for (const Dated &holiday : std::as_const(holidays)) {
        DayInfo info;
        info.date = holiday.date;
        info.kind = DayKind::PublicHoliday;
        info.name = holiday.holiday->name;
        keep(info);
    }

    for (int y = year - 1; y <= year; ++y) {
        for (const Holiday &religious : m_religiousDays) {
            if (religious.isInForce(y))
                keep({QDate(y, religious.month, religious.day), DayKind::ReligiousDayOff,
                    religious.name, {}, {}});
        }
        if (const auto kurbanAit = m_kurbanAit.constFind(y); kurbanAit != m_kurbanAit.cend())
            keep({*kurbanAit, DayKind::ReligiousDayOff, m_kurbanAitName, {}, {}});
    }

    // Art. 5: in date order, each holiday on a weekend takes the next weekday that is not
    // already a holiday, a religious day, a transferred day off or another holiday's observed day.
    for (const Dated &holiday : std::as_const(holidays)) {
        if (!isWeekend(holiday.date))
            continue;
        QDate observed = holiday.date.addDays(1);
        while (isWeekend(observed) || taken.contains(observed))
            observed = observed.addDays(1);
        taken.insert(observed);
        keep({observed, DayKind::ObservedDayOff, holiday.holiday->name, holiday.date, {}});
    }

    for (const Transfer &transfer : m_transfers) {
        keep({transfer.dayOff, DayKind::TransferredDayOff, {}, transfer.workingDay, transfer.act});
        keep({transfer.workingDay, DayKind::TransferredWorkingDay, {}, transfer.dayOff,
            transfer.act});
    }
    return days;
}

DayInfo WorkingCalendar::day(QDate date) const
{
    if (!date.isValid())
        return DayInfo{};
    const QHash<QDate, DayInfo> &special = specialDaysOf(date.year());
    const auto found = special.constFind(date);
    return found != special.cend() ? *found : plainDay(date);
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    return date.isValid() && day(date).isWorking();
}

int WorkingCalendar::countWorkingDays(const DateRange &range) const
{
    if (!range.isValid())
        return 0;
    int count = 0;
    for (QDate date = range.first; date <= range.last; date = date.addDays(1)) {
        if (isWorkingDay(date))
            ++count;
    }
    return count;
}

int WorkingCalendar::workingDaysInMonth(int year, int month) const
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return 0;
    return countWorkingDays({first, first.addMonths(1).addDays(-1)});
}

int WorkingCalendar::workingDaysInYear(int year) const
{
    return countWorkingDays({QDate(year, 1, 1), QDate(year, 12, 31)});
}

QDate WorkingCalendar::addWorkingDays(QDate from, int n) const
{
    if (!from.isValid())
        return {};
    const int step = n > 0 ? 1 : -1;
    QDate date = from;
    for (int left = n > 0 ? n : -n; left > 0;) {
        date = date.addDays(step);
        if (isWorkingDay(date))
            --left;
    }
    return date;
}

QDate WorkingCalendar::nthWorkingDayFrom(QDate first, int n) const
{
    if (!first.isValid() || n < 1)
        return {};
    return addWorkingDays(first.addDays(-1), n);
}

QDate WorkingCalendar::workingDayOnOrAfter(QDate date) const
{
    if (!date.isValid())
        return {};
    return isWorkingDay(date) ? date : addWorkingDays(date, 1);
}

QDate WorkingCalendar::workingDayOnOrBefore(QDate date) const
{
    if (!date.isValid())
        return {};
    return isWorkingDay(date) ? date : addWorkingDays(date, -1);
}

QList<DayInfo> WorkingCalendar::specialDays(int year) const
{
    QList<DayInfo> days = specialDaysOf(year).values();
    std::sort(days.begin(), days.end(),
        [](const DayInfo &a, const DayInfo &b) { return a.date < b.date; });
    return days;
}

bool WorkingCalendar::isYearConfirmed(int year) const
{
    return m_kurbanAit.contains(year);
}

std::optional<QDate> WorkingCalendar::kurbanAit(int year) const
{
    const auto found = m_kurbanAit.constFind(year);
    if (found == m_kurbanAit.cend())
        return std::nullopt;
    return *found;
}

QList<Transfer> WorkingCalendar::transfers(int year) const
{
    QList<Transfer> result;
    for (const Transfer &transfer : m_transfers) {
        if (transfer.dayOff.year() == year || transfer.workingDay.year() == year)
            result.append(transfer);
    }
    return result;
}

void WorkingCalendar::setKurbanAit(int year, QDate date)
{
    if (!date.isValid()) {
        m_kurbanAit.remove(year);
    } else if (date.year() == year) {
        m_kurbanAit.insert(year, date);
    } else {
        qWarning("Kurban Ait %s refused: it is not in %d",
            qUtf8Printable(date.toString(Qt::ISODate)), year);
        return;
    }
    forgetCachedYears();
}

void WorkingCalendar::addTransfer(const Transfer &transfer)
{
    if (const QString problem = transferError(transfer); !problem.isEmpty()) {
        qWarning("Transfer refused: %s", qUtf8Printable(problem));
        return;
    }
    m_transfers.removeIf([&](const Transfer &other) {
        return other.dayOff == transfer.dayOff || other.workingDay == transfer.workingDay;
    });
    m_transfers.insert(
        std::upper_bound(m_transfers.begin(), m_transfers.end(), transfer, dayOffBefore), transfer);
    forgetCachedYears();
}

bool WorkingCalendar::removeTransfer(QDate dayOff)
{
    const bool removed = m_transfers.removeIf([&](const Transfer &transfer) {
        return transfer.dayOff == dayOff;
    }) > 0;
    if (removed)
        forgetCachedYears();
    return removed;
}

QString describeDay(const DayInfo &day, Language language)
{
    return DayDescription::describe(day, language);
}

QString transferError(const Transfer &transfer)
{
    if (!transfer.dayOff.isValid() || !transfer.workingDay.isValid())
        return TransferText::tr("a transfer needs a valid day off and a valid working day");
    if (isWeekend(transfer.dayOff))
        return TransferText::tr("the day off %1 is already a Saturday or Sunday")
            .arg(transfer.dayOff.toString(Qt::ISODate));
    if (!isWeekend(transfer.workingDay))
        return TransferText::tr("the working day %1 is not a Saturday or Sunday")
            .arg(transfer.workingDay.toString(Qt::ISODate));
    return {};
}

} // namespace bagalau
