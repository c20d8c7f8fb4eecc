// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demogenerator.h"

#include "clock.h"
#include "importing/iin.h"
#include "methodology/eligibility.h"
#include "methodology/kci.h"
#include "methodology/ranking.h"
#include "methodology/score.h"
#include "methodology/survey360.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <initializer_list>
#include <random>
#include <vector>

namespace bagalau {

namespace {

// Unwinds the generation at the first statement that fails; the transaction rolls back.
struct SqlFailure
{
    QString message;
};

struct UnitName
{
    const char *ru;
    const char *kk;
};

// The head's unit first; the rest are filled in this order as the organisation grows.
constexpr UnitName unitNames[] = {
    {"Руководство аппарата", "Аппарат басшылығы"},
    {"Организационный отдел", "Ұйымдастыру бөлімі"},
    {"Отдел по работе с депутатами", "Депутаттармен жұмыс бөлімі"},
    {"Финансово-хозяйственный отдел", "Қаржы-шаруашылық бөлімі"},
    {"Юридический отдел", "Заң бөлімі"},
    {"Отдел документационного обеспечения", "Құжаттамалық қамтамасыз ету бөлімі"},
    {"Отдел по работе с обращениями граждан", "Азаматтардың өтініштерімен жұмыс бөлімі"},
    {"Отдел информационной работы", "Ақпараттық жұмыс бөлімі"},
    {"Отдел по обеспечению деятельности постоянных комиссий",
        "Тұрақты комиссиялардың қызметін қамтамасыз ету бөлімі"},
    {"Отдел информационных технологий", "Ақпараттық технологиялар бөлімі"},
    {"Сектор государственных закупок", "Мемлекеттік сатып алу секторы"},
    {"Сектор мобилизационной подготовки", "Жұмылдыру дайындығы секторы"},
};
constexpr int unitCount = int(std::size(unitNames));

const char chairmanName[] = "Жунусов Марат Болатович";
const char headTitle[] = "Руководитель аппарата маслихата";
const char chiefSpecialistTitle[] = "Главный специалист по делопроизводству и кадровым вопросам";
const char chiefTitle[] = "Главный специалист";
const char leadingTitle[] = "Ведущий специалист";

constexpr const char *kazakhMaleNames[] = {"Ерлан", "Айдар", "Нурлан", "Асхат", "Данияр",
    "Бауыржан", "Ержан", "Тимур", "Арман", "Руслан", "Жандос", "Алибек", "Мирас", "Дархан", "Канат",
    "Азамат", "Ербол", "Санжар"};
constexpr const char *kazakhFemaleNames[] = {"Айгерим", "Гульнара", "Динара", "Асель", "Жанар",
    "Салтанат", "Мадина", "Айжан", "Алия", "Гульмира", "Жулдыз", "Сауле", "Назерке", "Камила",
    "Дана", "Айнур", "Ботагоз", "Меруерт"};
// Male forms; the female form adds «а».
constexpr const char *kazakhSurnames[] = {"Ахметов", "Жумабаев", "Сейткалиев", "Нургалиев",
    "Касымов", "Абдрахманов", "Есенов", "Тулегенов", "Смагулов", "Бекмуханов", "Искаков", "Омаров",
    "Садыков", "Мукашев", "Байжанов", "Ермеков", "Кенжебаев", "Сулейменов", "Утепов", "Шаймарданов",
    "Оспанов", "Турсунов", "Калиев", "Жакупов"};
// Fathers' names that take «-ович/-овна» and «-ұлы/-қызы» as they are.
constexpr const char *kazakhFatherNames[] = {"Серик", "Болат", "Кайрат", "Ерлан", "Марат", "Нурлан",
    "Мурат", "Жанат", "Бахыт", "Талгат", "Асылбек", "Даурен", "Бекболат", "Аскар"};
constexpr const char *russianMaleNames[] = {
    "Алексей", "Сергей", "Дмитрий", "Андрей", "Александр", "Владимир", "Игорь", "Евгений"};
constexpr const char *russianFemaleNames[] = {
    "Ольга", "Наталья", "Елена", "Татьяна", "Ирина", "Светлана", "Юлия", "Анна"};
constexpr const char *russianSurnames[] = {"Иванов", "Кузнецов", "Попов", "Смирнов", "Васильев",
    "Соколов", "Морозов", "Волков", "Лебедев", "Козлов"};
// Male and female patronymics.
constexpr std::pair<const char *, const char *> russianPatronymics[] = {{"Сергеевич", "Сергеевна"},
    {"Александрович", "Александровна"}, {"Владимирович", "Владимировна"},
    {"Николаевич", "Николаевна"}, {"Викторович", "Викторовна"}, {"Юрьевич", "Юрьевна"},
    {"Петрович", "Петровна"}};

struct KciTemplate
{
    const char *title;
    const char *unit;
    int planMin;
    int planMax;
    bool lessIsBetter;
    bool percent; // the actual value cannot pass 100
};

constexpr KciTemplate kciTemplates[] = {
    {"Доля проектов решений маслихата, прошедших правовую экспертизу в установленный срок", "%", 90,
        100, false, true},
    {"Количество подготовленных и проведённых сессий маслихата", "ед.", 2, 4, false, false},
    {"Среднее время подготовки ответов на обращения граждан", "рабочих дней", 8, 12, true, false},
    {"Доля служащих аппарата, прошедших повышение квалификации", "%", 20, 40, false, true},
    {"Количество обучающих семинаров для депутатов маслихата", "ед.", 1, 3, false, false},
    {"Доля документов, исполненных в системе электронного документооборота", "%", 95, 100, false,
        true},
    {"Количество замечаний по итогам проверок деятельности аппарата", "ед.", 1, 3, true, false},
    {"Количество публикаций о деятельности маслихата в СМИ и социальных сетях", "ед.", 20, 40,
        false, false},
};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QVariant isoOrNull(QDate date)
{
    return date.isValid() ? QVariant(iso(date)) : QVariant();
}

// One stay in a position; `last` invalid while it lasts.
struct Stint
{
    int position = 0; // index into Builder::m_positions
    QDate first;
    QDate last;
    bool contains(QDate day) const { return day >= first && (!last.isValid() || day <= last); }
};

struct Person
{
    qint64 id = 0;
    QString personnelNo;
    QString fullName;
    bool female = false;
    bool head = false;
    int talent = 40; // tenths of a mark around which this person's marks fall
    QDate birth;
    QList<Stint> stints;
    QDate dismissed;
    QDate appointed() const { return stints.first().first; }
    const Stint *stintOn(QDate day) const
    {
        for (const Stint &stint : stints) {
            if (stint.contains(day))
                return &stint;
        }
        return nullptr;
    }
};

struct PositionRow
{
    qint64 id = 0;
    int unit = 0;
    QString title;
    bool head = false;
};

struct PlannedKci
{
    int number = 0;
    const KciTemplate *source = nullptr;
    Decimal plan;
};

struct AppealCandidate
{
    qint64 sheetId = 0;
    int person = 0;
    Score score;
    QDate acquainted;
    Quarter quarter;
};

class Builder
{
public:
    Builder(const ServiceContext &context, const DemoOptions &options,
        const DemoGenerator::Progress &progress)
        : m_context(context)
        , m_connection(context.database().connection())
        , m_options(options)
        , m_progress(progress)
        , m_random(options.seed)
        , m_today(context.clock().today())
        , m_historyFirst(QDate(m_today.year() - options.years + 1, 1, 1))
    { }

    DemoSummary run()
    {
        report(0);
        createPlaces();
        createPeople();
        report(10);
        createAbsences();
        report(20);
        createKciPlans();
        createScoreSheets();
        createAppeal();
        report(90);
        createSurvey();
        report(98);
        return m_summary;
    }

private:
    // Uniform in [low, high]; its own arithmetic rather than std::uniform_int_distribution, whose
    // results differ between standard libraries, so a seed gives the same file everywhere.
    int between(int low, int high)
    {
        if (high <= low)
            return low;
        return low + int(m_random() % quint32(high - low + 1));
    }
    bool chance(int percent) { return between(0, 99) < percent; }
    template <typename T, std::size_t N>
    const T &pick(const T (&array)[N])
    {
        return array[between(0, int(N) - 1)];
    }
    template <typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, between(0, int(i)));
    }
    // Up to `count` distinct members of `pool` that are not in `excluded`, at random. Large
    // pools are sampled rather than shuffled, so a big organisation stays linear.
    QList<int> sample(const QList<int> &pool, int count, const QList<int> &excluded)
    {
        QList<int> picked;
        if (count <= 0)
            return picked;
        const auto usable = [&](int value) {
            return !excluded.contains(value) && !picked.contains(value);
        };
        if (pool.size() <= 64) {
            QList<int> copy = pool;
            shuffle(copy);
            for (int value : std::as_const(copy)) {
                if (picked.size() < count && usable(value))
                    picked << value;
            }
            return picked;
        }
        for (int attempt = 0; picked.size() < count && attempt < count * 20; ++attempt) {
            const int value = pool.at(between(0, int(pool.size()) - 1));
            if (usable(value))
                picked << value;
        }
        return picked;
    }
    QDate dayIn(QDate first, QDate last)
    {
        return first.addDays(between(0, int(first.daysTo(last))));
    }

    void report(int percent)
    {
        if (m_progress && percent != m_lastPercent) {
            m_lastPercent = percent;
            m_progress(percent);
        }
    }

    QSqlQuery prepare(const char *sql)
    {
        QSqlQuery query(m_connection);
        if (!query.prepare(QString::fromLatin1(sql)))
            throw SqlFailure{query.lastError().text()};
        return query;
    }
    static void exec(QSqlQuery &query, std::initializer_list<QVariant> values)
    {
        int index = 0;
        for (const QVariant &value : values)
            query.bindValue(index++, value);
        if (!query.exec())
            throw SqlFailure{query.lastError().text()};
    }
    static qint64 insert(QSqlQuery &query, std::initializer_list<QVariant> values)
    {
        exec(query, values);
        return query.lastInsertId().toLongLong();
    }

    const WorkingCalendar &calendar() const { return m_context.calendar(); }
    QDate workingOnOrAfter(QDate day) const { return calendar().workingDayOnOrAfter(day); }

    // Units and the positions of the staff list: the head's, the chief specialist's (§19), and
    // chief and leading specialists in every unit the organisation's size calls for.
    void createPlaces()
    {
        m_unitsUsed = std::clamp((m_options.servants + 1) / 3, 2, unitCount);
        QSqlQuery unitInsert = prepare("INSERT INTO unit (name_ru, name_kk) VALUES (?, ?)");
        QSqlQuery positionInsert =
            prepare("INSERT INTO position (unit_id, title, category) VALUES (?, ?, ?)");
        for (int unit = 0; unit < m_unitsUsed; ++unit) {
            const qint64 unitId =
                insert(unitInsert, {text(unitNames[unit].ru), text(unitNames[unit].kk)});
            QList<std::pair<const char *, bool>> titles;
            if (unit == 0)
                titles = {{headTitle, true}};
            else if (unit == 1)
                titles = {
                    {chiefSpecialistTitle, false}, {chiefTitle, false}, {leadingTitle, false}};
            else
                titles = {{chiefTitle, false}, {leadingTitle, false}};
            for (const auto &[title, head] : titles) {
                PositionRow row;
                row.unit = unit;
                row.title = text(title);
                row.head = head;
                row.id = insert(positionInsert,
                    {unitId, row.title, head ? QStringLiteral("head") : QStringLiteral("corps_b")});
                m_positions << row;
            }
        }
        m_summary.units = m_unitsUsed;
        m_summary.positions = int(m_positions.size());
    }

    int positionIndex(int unit, const char *title) const
    {
        const QString wanted = text(title);
        for (qsizetype i = 0; i < m_positions.size(); ++i) {
            if (m_positions.at(i).unit == unit && m_positions.at(i).title == wanted)
                return int(i);
        }
        return 0;
    }

    // A corps B position outside the head's unit; the chief specialist's post is taken once.
    int randomCorpsBPosition()
    {
        const int unit = between(1, m_unitsUsed - 1);
        return positionIndex(unit, chance(40) ? chiefTitle : leadingTitle);
    }

    QString fullName(bool female)
    {
        if (chance(80)) {
            const QString surname =
                text(pick(kazakhSurnames)) + (female ? QStringLiteral("а") : QString());
            const QString name = text(female ? pick(kazakhFemaleNames) : pick(kazakhMaleNames));
            const QString father = text(pick(kazakhFatherNames));
            const QString patronymic = chance(25)
                ? father + (female ? QStringLiteral("қызы") : QStringLiteral("ұлы"))
                : father + (female ? QStringLiteral("овна") : QStringLiteral("ович"));
            return surname + QLatin1Char(' ') + name + QLatin1Char(' ') + patronymic;
        }
        const QString surname =
            text(pick(russianSurnames)) + (female ? QStringLiteral("а") : QString());
        const QString name = text(female ? pick(russianFemaleNames) : pick(russianMaleNames));
        const auto &patronymic = pick(russianPatronymics);
        return surname + QLatin1Char(' ') + name + QLatin1Char(' ')
            + text(female ? patronymic.second : patronymic.first);
    }

    // Twelve digits: birth date, century and sex, a serial, and the check digit.
    QString iin(const Person &person)
    {
        const int century =
            person.birth.year() < 2000 ? (person.female ? 4 : 3) : (person.female ? 6 : 5);
        for (;;) {
            const QString firstEleven = person.birth.toString(QStringLiteral("yyMMdd"))
                + QString::number(century)
                + QStringLiteral("%1").arg(between(0, 9999), 4, 10, QLatin1Char('0'));
            const auto check = Iin::checkDigit(firstEleven);
            if (!check)
                continue;
            const QString digits = firstEleven + QString::number(*check);
            if (!m_iins.contains(digits)) {
                m_iins.insert(digits);
                return digits;
            }
        }
    }

    // The head has led the apparatus for years; corps B servants were appointed before the
    // history starts or join during it, some move once and some leave. As many join as leave,
    // so the headcount stays level over the years.
    void createPeople()
    {
        const int newcomerPercent = std::min(30, 5 + 4 * m_options.years);
        const int dismissalPercent = std::min(30, 5 + 4 * m_options.years);
        const int movePercent = std::min(50, 10 + 8 * m_options.years);
        const QDate lastDay = m_today.addDays(-1);
        for (int index = 0; index < m_options.servants; ++index) {
            Person person;
            person.head = index == 0;
            person.female = chance(person.head ? 30 : 60);
            person.talent = between(25, 49);
            person.fullName = fullName(person.female);
            person.personnelNo = QStringLiteral("%1").arg(index + 1, 6, 10, QLatin1Char('0'));
            QDate appointed;
            if (person.head) {
                appointed = m_historyFirst.addDays(-between(8 * 365, 12 * 365));
            } else if (chance(newcomerPercent) && m_historyFirst < lastDay) {
                appointed = dayIn(m_historyFirst.addDays(1), lastDay);
            } else {
                appointed = m_historyFirst.addDays(-between(30, 8 * 365));
            }
            appointed = workingOnOrAfter(appointed);
            if (appointed > m_today)
                appointed = calendar().workingDayOnOrBefore(m_today);
            person.birth = appointed.addYears(-between(23, 50)).addDays(-between(0, 364));

            int position = 0;
            if (person.head)
                position = positionIndex(0, headTitle);
            else if (index == 1)
                position = positionIndex(1, chiefSpecialistTitle);
            else
                position = randomCorpsBPosition();

            if (!person.head && index != 1 && chance(dismissalPercent)) {
                const QDate from = std::max(appointed.addDays(60), m_historyFirst);
                if (from < lastDay)
                    person.dismissed = workingOnOrAfter(dayIn(from, lastDay));
                if (person.dismissed >= m_today)
                    person.dismissed = QDate();
            }
            const QDate end = person.dismissed.isValid() ? person.dismissed : m_today;
            QDate moved;
            if (!person.head && index != 1 && chance(movePercent)) {
                const QDate from = std::max(appointed.addDays(90), m_historyFirst.addDays(-365));
                const QDate to = end.addDays(-60);
                if (from < to)
                    moved = workingOnOrAfter(dayIn(from, to));
            }
            if (moved.isValid() && moved < end) {
                int next = randomCorpsBPosition();
                for (int attempt = 0; next == position && attempt < 5; ++attempt)
                    next = randomCorpsBPosition();
                person.stints << Stint{position, appointed, moved.addDays(-1)}
                              << Stint{next, moved, person.dismissed};
            } else {
                person.stints << Stint{position, appointed, person.dismissed};
            }
            m_people << person;
        }

        QSqlQuery servantInsert =
            prepare("INSERT INTO servant (personnel_no, full_name, iin) VALUES (?, ?, ?)");
        QSqlQuery dismissalInsert =
            prepare("INSERT INTO dismissal (servant_id, day, reason) VALUES (?, ?, ?)");
        QSqlQuery assignmentInsert =
            prepare("INSERT INTO assignment (servant_id, position_id, "
                    "manager_id, first_day, last_day) VALUES (?, ?, ?, ?, ?)");
        for (Person &person : m_people) {
            person.id = insert(servantInsert, {person.personnelNo, person.fullName, iin(person)});
            m_indexOf.insert(person.id, int(&person - m_people.data()));
            if (person.dismissed.isValid()) {
                exec(dismissalInsert,
                    {person.id, iso(person.dismissed),
                        chance(70) ? text("по собственному желанию")
                                   : text("в связи с переводом в другой "
                                          "государственный орган")});
                ++m_summary.dismissals;
            }
        }
        // §2: the head of the apparatus is every corps B servant's direct manager.
        const qint64 headId = m_people.first().id;
        for (const Person &person : m_people) {
            for (const Stint &stint : person.stints) {
                exec(assignmentInsert,
                    {person.id, m_positions.at(stint.position).id,
                        person.head ? QVariant() : QVariant(headId), iso(stint.first),
                        isoOrNull(stint.last)});
                ++m_summary.assignments;
            }
        }
        m_summary.servants = int(m_people.size());
    }

    // Annual leave nearly every year, sometimes sick leave, business trips and training, each in
    // a month of its own so they never overlap; a few servants take a social leave.
    void createAbsences()
    {
        QSqlQuery absenceInsert = prepare(
            "INSERT INTO absence (servant_id, kind, first_day, last_day) VALUES (?, ?, ?, ?)");
        const auto add = [&](const Person &person, AbsenceKind kind, QDate first, QDate last) {
            exec(absenceInsert, {person.id, absenceKindKey(kind), iso(first), iso(last)});
            ++m_summary.absences;
        };

        // One social leave per forty servants, at least one, taken by women of corps B first.
        std::vector<char> socialLeave(std::size_t(m_people.size()), 0);
        const int socialCount = std::max(1, (m_options.servants - 1) / 40);
        int socialChosen = 0;
        for (int pass = 0; pass < 2 && socialChosen < socialCount; ++pass) {
            for (qsizetype i = 1; i < m_people.size() && socialChosen < socialCount; ++i) {
                if ((pass == 1 || m_people.at(i).female) && !socialLeave[std::size_t(i)]) {
                    socialLeave[std::size_t(i)] = 1;
                    ++socialChosen;
                }
            }
        }

        for (qsizetype index = 0; index < m_people.size(); ++index) {
            const Person &person = m_people.at(index);
            const QDate serviceLast = person.dismissed.isValid() ? person.dismissed : m_today;
            const int socialYear = socialLeave[std::size_t(index)]
                ? between(m_historyFirst.year(), m_today.year())
                : 0;
            for (int year = m_historyFirst.year(); year <= m_today.year(); ++year) {
                const QDate first = std::max(person.appointed(), QDate(year, 1, 1));
                const QDate last = std::min(serviceLast, QDate(year, 12, 31));
                if (first.daysTo(last) < 20)
                    continue;
                if (year == socialYear) {
                    const QDate start = dayIn(first, last);
                    const QDate end = std::min(start.addDays(125), last);
                    add(person, AbsenceKind::SocialLeave, start, end);
                    continue;
                }
                QList<int> months{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
                shuffle(months);
                // Summer holidays are the rule.
                const int summer = between(6, 8);
                months.removeOne(summer);
                months.prepend(summer);
                qsizetype nextMonth = 0;
                const auto inMonth = [&](AbsenceKind kind, int length) {
                    const QDate monthFirst(year, months.at(nextMonth++), 1);
                    const int latestStart = monthFirst.daysInMonth() - length;
                    const QDate start = monthFirst.addDays(between(0, std::max(0, latestStart)));
                    const QDate clippedFirst = std::max(start, first);
                    const QDate clippedLast = std::min(start.addDays(length - 1), last);
                    if (clippedFirst <= clippedLast)
                        add(person, kind, clippedFirst, clippedLast);
                };
                if (chance(90))
                    inMonth(AbsenceKind::AnnualLeave, between(14, 24));
                if (chance(35))
                    inMonth(AbsenceKind::SickLeave, between(3, 12));
                if (chance(30))
                    inMonth(AbsenceKind::BusinessTrip, between(2, 5));
                if (chance(15))
                    inMonth(AbsenceKind::Training, between(5, 10));
            }
        }
    }

    // §21–24: an approved plan of three to five KCI for every quarter the head works, drawn up
    // within the period's first ten working days.
    void createKciPlans()
    {
        const Person &head = m_people.first();
        QSqlQuery planInsert =
            prepare("INSERT INTO kci_plan (servant_id, period_first, period_last, "
                    "regime, status, drawn_up_on, approved_on, approved_by) "
                    "VALUES (?, ?, ?, 'quarterly', ?, ?, ?, ?)");
        QSqlQuery kciInsert = prepare("INSERT INTO kci (plan_id, number, title, unit_of_measure, "
                                      "plan_value, direction, due_date, source_document) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        const QString source = text("План работы маслихата на %1 год");
        for (Quarter quarter(m_historyFirst.year(), 1); quarter <= Quarter::containing(m_today);
             quarter = quarter.next()) {
            const QDate drawnUp = calendar().nthWorkingDayFrom(quarter.firstDay(), between(2, 10));
            const QDate approved = calendar().addWorkingDays(drawnUp, between(1, 2));
            const bool isApproved = approved <= m_today;
            const qint64 planId = insert(planInsert,
                {head.id, iso(quarter.firstDay()), iso(quarter.lastDay()),
                    isApproved ? QStringLiteral("approved") : QStringLiteral("draft"),
                    drawnUp <= m_today ? QVariant(iso(drawnUp)) : QVariant(),
                    isApproved ? QVariant(iso(approved)) : QVariant(),
                    textValue(isApproved ? m_chairman : QString())});
            ++m_summary.kciPlans;

            QList<int> templates;
            for (int i = 0; i < int(std::size(kciTemplates)); ++i)
                templates << i;
            shuffle(templates);
            const int count = between(MinKciCount, MaxKciCount);
            QList<PlannedKci> plan;
            for (int number = 1; number <= count; ++number) {
                const KciTemplate &kci = kciTemplates[templates.at(number - 1)];
                const Decimal value = Decimal::fromInteger(between(kci.planMin, kci.planMax));
                exec(kciInsert,
                    {planId, number, text(kci.title), text(kci.unit), value.toString(),
                        kci.lessIsBetter ? QStringLiteral("less") : QStringLiteral("more"),
                        iso(quarter.lastDay()), source.arg(quarter.year())});
                plan << PlannedKci{number, &kci, value};
            }
            m_plans.insert(quarter.key(), plan);
        }
    }

    // The mark a realization earns: a plain reading of appendix 3 for a demonstration.
    static int markFor(const Realization &realization)
    {
        if (realization.isUnbounded())
            return 5;
        const qint64 percent = realization.percent->raw() / Decimal::Scale;
        if (percent >= 100)
            return 5;
        if (percent >= 90)
            return 4;
        if (percent >= 75)
            return 3;
        if (percent >= 50)
            return 2;
        return percent >= 25 ? 1 : 0;
    }

    int rankingMark(const Person &person)
    {
        const int tenths = person.talent + between(-15, 15);
        return std::clamp((tenths + 5) / 10, 0, 5);
    }

    // §4, §28–32: every servant the eligibility rules evaluate in a finished quarter has a signed
    // sheet, read exactly as ResultsService reads the staff, so the two can never disagree.
    void createScoreSheets()
    {
        const Quarter firstQuarter(m_historyFirst.year(), 1);
        const Quarter lastQuarter = Quarter::containing(m_today).previous();
        if (lastQuarter < firstQuarter)
            return;
        const int quarterCount =
            (lastQuarter.year() - firstQuarter.year()) * 4 + lastQuarter.number();

        QSqlQuery sheetInsert = prepare(
            "INSERT INTO score_sheet (servant_id, quarter, method, evaluator_id, status, "
            "signed_on, score, without_participation) VALUES (?, ?, ?, ?, 'signed', ?, ?, ?)");
        QSqlQuery rankingInsert =
            prepare("INSERT INTO ranking_mark (sheet_id, parameter, mark) VALUES (?, ?, ?)");
        QSqlQuery kciMarkInsert = prepare("INSERT INTO kci_mark (sheet_id, kci_number, plan_value, "
                                          "actual_value, mark) VALUES (?, ?, ?, ?, ?)");
        QSqlQuery acquaintanceInsert = prepare(
            "INSERT INTO acquaintance (sheet_id, day, method, reference) VALUES (?, ?, ?, ?)");
        QStringList parameterKeys;
        const auto parameters = rankingParameters();
        for (RankingParameter parameter : parameters)
            parameterKeys << rankingParameterKey(parameter);
        const Deadlines deadlines = m_context.deadlines();
        const qint64 headId = m_people.first().id;
        const StaffService staff(m_context);

        int done = 0;
        for (Quarter quarter = firstQuarter; quarter <= lastQuarter; quarter = quarter.next()) {
            const QString key = quarter.key();
            const QDate evaluationDue = deadlines.quarter(quarter).evaluationDue;
            const QList<StaffMember> members = staff.staffDuring(quarter.range());
            QList<AppealCandidate> candidates;
            for (const StaffMember &member : members) {
                const std::optional<Eligibility> eligibility =
                    assessEligibility(member.eligibilityInput(quarter, evaluationDue));
                if (!eligibility || !eligibility->evaluated)
                    continue;
                const bool isHead = member.category == PositionCategory::Head;
                if (isHead && (!eligibility->kciAllowed || !m_plans.contains(key)))
                    continue;
                const Person &person = m_people.at(m_indexOf.value(member.id));

                QDate signedOn = calendar().addWorkingDays(evaluationDue, -between(0, 4));
                if (signedOn <= quarter.lastDay())
                    signedOn = workingOnOrAfter(quarter.lastDay().addDays(1));
                signedOn = std::min(signedOn, m_today);

                QList<int> marks;
                QList<std::tuple<int, Decimal, Decimal, int>> kciLines;
                if (isHead) {
                    const QList<PlannedKci> plan = m_plans.value(key);
                    for (const PlannedKci &planned : plan) {
                        const int factor = planned.source->lessIsBetter
                            ? between(60, 130) - (person.talent - 37)
                            : between(70, 112) + (person.talent - 37);
                        qint64 actual = (planned.plan.raw() / Decimal::Scale * factor + 50) / 100;
                        if (planned.source->percent)
                            actual = std::min<qint64>(actual, 100);
                        const Decimal actualValue =
                            Decimal::fromInteger(std::max<qint64>(actual, 0));
                        const Kci kci{QString(), QString(), planned.plan, actualValue,
                            planned.source->lessIsBetter ? KciDirection::LessIsBetter
                                                         : KciDirection::MoreIsBetter};
                        const auto realization = realizationOf(kci);
                        const int mark = realization ? markFor(*realization) : 0;
                        marks << mark;
                        kciLines << std::tuple{planned.number, planned.plan, actualValue, mark};
                    }
                } else {
                    for (int i = 0; i < 4; ++i)
                        marks << rankingMark(person);
                }
                // §32, appendix 2: the sheet's score is the mean of its marks (decision 5).
                const Score score = Score::meanOfMarks(marks);
                const qint64 sheetId = insert(sheetInsert,
                    {member.id, key, isHead ? QStringLiteral("kci") : QStringLiteral("ranking"),
                        isHead ? QVariant() : QVariant(headId), iso(signedOn), score.hundredths(),
                        eligibility->withoutParticipation ? 1 : 0});
                ++m_summary.scoreSheets;
                if (isHead) {
                    for (const auto &[number, plan, actual, mark] : kciLines)
                        exec(kciMarkInsert,
                            {sheetId, number, plan.toString(), actual.toString(), mark});
                } else {
                    for (int i = 0; i < 4; ++i)
                        exec(rankingInsert, {sheetId, parameterKeys.at(i), marks.at(i)});
                }

                // §11: acquaintance within two working days; by letter or e-mail when away.
                const QDate acquainted = calendar().addWorkingDays(signedOn, between(0, 2));
                if (acquainted > m_today)
                    continue;
                QString method = QStringLiteral("in_person");
                QString reference;
                if (eligibility->withoutParticipation) {
                    method =
                        chance(50) ? QStringLiteral("email") : QStringLiteral("registered_letter");
                    reference = text("исх. № %1").arg(between(100, 999));
                } else if (chance(10)) {
                    method = QStringLiteral("email");
                }
                exec(acquaintanceInsert, {sheetId, iso(acquainted), method, textValue(reference)});
                ++m_summary.acquaintances;
                if (!isHead && !eligibility->withoutParticipation && score.hundredths() < 400)
                    candidates << AppealCandidate{
                        sheetId, m_indexOf.value(member.id), score, acquainted, quarter};
            }
            if (!m_appeal && !candidates.isEmpty()) {
                AppealCandidate candidate = candidates.at(between(0, int(candidates.size()) - 1));
                // The whole chain must lie in the past.
                if (calendar().addWorkingDays(candidate.acquainted, 20) <= m_today)
                    m_appeal = candidate;
            }
            ++done;
            report(20 + 65 * done / quarterCount);
        }
    }

    // §12, §37–42: one servant disagrees, applies in time, and a calibration session raises the
    // score by majority vote.
    void createAppeal()
    {
        if (!m_appeal)
            return;
        const AppealCandidate &appeal = *m_appeal;
        const Person &appellant = m_people.at(appeal.person);
        const Person &head = m_people.first();
        const QDate applied = calendar().addWorkingDays(appeal.acquainted, between(1, 4));
        const QDate decided = calendar().addWorkingDays(applied, between(1, 3));
        const QDate held = calendar().addWorkingDays(applied, between(5, 10));
        const QDate feedback = calendar().addWorkingDays(held, between(1, 3));
        const Score finalScore =
            Score::fromHundredths(std::min(Score::MaxHundredths, appeal.score.hundredths() + 50));

        QSqlQuery appealInsert = prepare(
            "INSERT INTO appeal (sheet_id, applied_on, text, status) VALUES (?, ?, ?, 'closed')");
        const qint64 appealId = insert(appealInsert,
            {appeal.sheetId, iso(applied),
                text("Прошу провести калибровочную сессию: не согласен(на) с оценкой за %1 "
                     "квартал %2 года.")
                    .arg(appeal.quarter.number())
                    .arg(appeal.quarter.year())});
        QSqlQuery sessionInsert = prepare(
            "INSERT INTO calibration_session (appeal_id, decided_on, order_reference, held_on, "
            "place, evaluator_argument, servant_position, protocol_number, protocol_signed_on, "
            "score_before, final_score, feedback_on, feedback_achievements, feedback_skills, "
            "feedback_potential) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const qint64 sessionId = insert(sessionInsert,
            {appealId, iso(decided), text("Распоряжение № %1-р").arg(between(10, 99)), iso(held),
                text("с. Талшик, здание аппарата маслихата, кабинет № 12"),
                text("Оценка выставлена с учётом нарушения сроков исполнения поручений."),
                text("Поручения исполнялись с задержкой из-за возросшего объёма работы."),
                QStringLiteral("1"), iso(held), appeal.score.hundredths(), finalScore.hundredths(),
                iso(feedback), text("Своевременная подготовка материалов к сессиям маслихата."),
                text("Навыки работы с нормативными правовыми актами."),
                text("Готов(а) к исполнению обязанностей главного специалиста.")});

        QSqlQuery memberInsert = prepare("INSERT INTO session_member (session_id, servant_id, "
                                         "full_name, role) VALUES (?, ?, ?, ?)");
        QList<qint64> members{
            insert(memberInsert, {sessionId, head.id, head.fullName, QStringLiteral("evaluator")})};
        for (const Person &person : m_people) {
            if (members.size() >= 4)
                break;
            if (person.head || person.id == appellant.id || !person.stintOn(held))
                continue;
            members << insert(
                memberInsert, {sessionId, person.id, person.fullName, QStringLiteral("member")});
        }
        QSqlQuery proposalInsert =
            prepare("INSERT INTO session_proposal (session_id, score, argument) VALUES (?, ?, ?)");
        const qint64 proposalId = insert(proposalInsert,
            {sessionId, finalScore.hundredths(),
                text("Учесть объём и сложность выполненной работы (§32).")});
        QSqlQuery voteInsert =
            prepare("INSERT INTO session_vote (proposal_id, member_id, vote) VALUES (?, ?, ?)");
        // Decision 7: the evaluator is outvoted by the other participants.
        for (qsizetype i = 0; i < members.size(); ++i)
            exec(voteInsert,
                {proposalId, members.at(i),
                    i == 0 ? QStringLiteral("against") : QStringLiteral("for")});
        m_summary.appeals = 1;
    }

    // §33–36: the yearly 360 survey of everyone in service: 3 to 7 respondents other than the
    // person plus the self-assessment; the answers are kept apart from who gave them.
    void createSurvey()
    {
        QString error;
        const auto catalogue = CompetencyCatalogue::shipped(&error);
        if (!catalogue)
            throw SqlFailure{error};
        const bool closed = m_options.years >= 2;
        const int year = closed ? m_today.year() - 1 : m_today.year();
        const QDate started = closed ? workingOnOrAfter(QDate(year, 12, 1)) : m_today;
        const QDate onDay = closed ? QDate(year, 12, 1) : m_today;

        QList<int> inService;
        for (qsizetype i = 0; i < m_people.size(); ++i) {
            if (m_people.at(i).stintOn(onDay))
                inService << int(i);
        }
        // Three respondents besides the person are the least §35 allows.
        if (inService.size() < 4)
            return;

        QSqlQuery campaignInsert =
            prepare("INSERT INTO survey_campaign (year, status, started_on) VALUES (?, ?, ?)");
        const qint64 campaignId = insert(campaignInsert,
            {year, closed ? QStringLiteral("closed") : QStringLiteral("open"), iso(started)});
        QSqlQuery subjectInsert =
            prepare("INSERT INTO survey_subject (campaign_id, servant_id, form) VALUES (?, ?, ?)");
        QSqlQuery respondentInsert =
            prepare("INSERT INTO survey_respondent (subject_id, respondent_id, category, "
                    "answered) VALUES (?, ?, ?, ?)");
        QSqlQuery answerSetInsert =
            prepare("INSERT INTO survey_answer_set (id, subject_id, is_self) VALUES (?, ?, ?)");
        QSqlQuery answerInsert = prepare(
            "INSERT INTO survey_answer (answer_set_id, competency, value) VALUES (?, ?, ?)");

        QStringList headKeys;
        QStringList corpsBKeys;
        for (const Competency &competency : catalogue->competencies(CompetencySet::Head))
            headKeys << competency.key;
        for (const Competency &competency : catalogue->competencies(CompetencySet::CorpsB))
            corpsBKeys << competency.key;
        const int answeredPercent = closed ? 92 : 60;

        // Units' members in service, to find close peers without walking the whole staff.
        QList<QList<int>> byUnit(m_unitsUsed);
        QList<int> corpsB;
        for (int index : inService) {
            const Person &person = m_people.at(index);
            if (person.head)
                continue;
            byUnit[m_positions.at(person.stintOn(onDay)->position).unit] << index;
            corpsB << index;
        }

        for (int subject : inService) {
            const Person &person = m_people.at(subject);
            // §35: the direct manager, then close peers of the same unit, then others; the
            // head is answered about by the servants they manage.
            const int wanted = between(3, 7);
            QList<std::pair<int, QString>> circle;
            QList<int> chosen{subject};
            if (!person.head && m_people.first().stintOn(onDay)) {
                circle << std::pair{0, QStringLiteral("manager")};
                chosen << 0;
            }
            const QString peerCategory =
                person.head ? QStringLiteral("subordinate") : QStringLiteral("peer");
            const int unit = m_positions.at(person.stintOn(onDay)->position).unit;
            for (const QList<int> *pool :
                {&byUnit.at(unit), static_cast<const QList<int> *>(&corpsB)}) {
                const QList<int> picked = sample(*pool, int(wanted - circle.size()), chosen);
                for (int other : picked) {
                    circle << std::pair{other, peerCategory};
                    chosen << other;
                }
            }
            if (circle.size() < 3)
                continue;

            const qint64 subjectId = insert(subjectInsert,
                {campaignId, person.id,
                    person.head ? QStringLiteral("head") : QStringLiteral("corps_b")});
            ++m_summary.surveySubjects;
            circle << std::pair{subject, QStringLiteral("self")};
            QList<bool> answeredSelf;
            for (const auto &[respondent, category] : circle) {
                const bool isSelf = respondent == subject;
                const bool answered = chance(isSelf ? 95 : answeredPercent);
                exec(respondentInsert,
                    {subjectId, m_people.at(respondent).id, category, answered ? 1 : 0});
                if (answered)
                    answeredSelf << isSelf;
            }
            // Decision 8: the answer sets get random ids and are written in random order, so
            // neither their ids nor their place in the file follow the respondents.
            shuffle(answeredSelf);
            const QStringList &keys = person.head ? headKeys : corpsBKeys;
            for (bool isSelf : answeredSelf) {
                qint64 id = 0;
                while (id == 0 || m_answerSetIds.contains(id))
                    id = qint64((quint64(m_random()) << 30) ^ quint64(m_random()))
                        & 0x3fffffffffffffff;
                m_answerSetIds.insert(id);
                exec(answerSetInsert, {id, subjectId, isSelf ? 1 : 0});
                ++m_summary.surveyAnswerSets;
                for (const QString &key : keys) {
                    const int value =
                        std::clamp((person.talent + between(-12, 12) + (isSelf ? 5 : 0) + 5) / 10,
                            catalogue->scaleMin(), catalogue->scaleMax());
                    exec(answerInsert, {id, key, value});
                }
            }
        }
    }

    const ServiceContext &m_context;
    QSqlDatabase m_connection;
    const DemoOptions m_options;
    const DemoGenerator::Progress &m_progress;
    std::mt19937 m_random;
    const QDate m_today;
    const QDate m_historyFirst;
    const QString m_chairman = text(chairmanName);
    int m_lastPercent = -1;
    int m_unitsUsed = 0;
    QList<PositionRow> m_positions;
    QList<Person> m_people;
    QHash<qint64, int> m_indexOf;
    QSet<QString> m_iins;
    QSet<qint64> m_answerSetIds;
    QHash<QString, QList<PlannedKci>> m_plans;
    std::optional<AppealCandidate> m_appeal;
    DemoSummary m_summary;
};

} // namespace

DemoGenerator::DemoGenerator(const ServiceContext &context)
    : m_context(context)
{ }

Organisation DemoGenerator::organisation()
{
    Organisation organisation;
    organisation.nameRu = QString::fromUtf8("Аппарат Акжарского районного маслихата");
    organisation.nameKk = QString::fromUtf8("Ақжар аудандық мәслихатының аппараты");
    organisation.chairman = QString::fromUtf8(chairmanName);
    organisation.appointingOfficial = organisation.chairman;
    return organisation;
}

QString DemoGenerator::optionsError(const DemoOptions &options)
{
    if (options.servants < DemoOptions::MinServants || options.servants > DemoOptions::MaxServants)
        return tr("the number of servants must be a whole number from %1 to %2")
            .arg(DemoOptions::MinServants)
            .arg(DemoOptions::MaxServants);
    if (options.years < DemoOptions::MinYears || options.years > DemoOptions::MaxYears)
        return tr("the number of years must be a whole number from %1 to %2")
            .arg(DemoOptions::MinYears)
            .arg(DemoOptions::MaxYears);
    return {};
}

std::optional<DemoSummary> DemoGenerator::generate(
    const DemoOptions &options, DemoFailure *failure, const Progress &progress)
{
    const auto fail = [failure](bool badInput, const QString &message) {
        *failure = DemoFailure{badInput, message};
        return std::nullopt;
    };
    if (const QString error = optionsError(options); !error.isEmpty())
        return fail(true, error);
    const QSqlDatabase connection = m_context.database().connection();
    {
        QSqlQuery count(connection);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM servant")) || !count.next())
            return fail(false, count.lastError().text());
        if (count.value(0).toInt() > 0)
            return fail(true,
                tr("the file already has servants; a demonstration organisation goes into a new "
                   "file only"));
    }

    OrganisationService organisations(m_context);
    if (!organisations.organisation()) {
        InputErrors errors;
        if (!organisations.create(organisation(), &errors))
            return fail(false, errors.isEmpty() ? QString() : errors.first().toString());
    }

    Builder builder(m_context, options, progress);
    Transaction transaction(connection);
    if (!transaction.isActive())
        return fail(false, transaction.error());
    DemoSummary summary;
    try {
        summary = builder.run();
    } catch (const SqlFailure &sqlFailure) {
        return fail(false, tr("nothing was written: %1").arg(sqlFailure.message));
    }
    // One event for the whole organisation: a row per generated record would only bury the log.
    AuditEntry entry;
    entry.action = QStringLiteral("create");
    entry.entity = QStringLiteral("demo");
    entry.entityId = QString::number(options.seed);
    entry.newValue = QStringLiteral("demo: generated %1 servants, %2 years")
                         .arg(options.servants)
                         .arg(options.years);
    QString error;
    if (!m_context.audit(entry, &error))
        return fail(false, tr("nothing was written: %1").arg(error));
    if (!transaction.commit())
        return fail(false, tr("nothing was written: %1").arg(transaction.error()));
    if (progress)
        progress(100);
    return summary;
}

} // namespace bagalau
