// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/surveyservice.h"

#include "access/accesscontrol.h"
#include "clock.h"
#include "methodology/eligibility.h"
#include "services/auditedwrite.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QFile>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace bagalau {

namespace {

// §35: three to seven respondents besides the person.
constexpr int maxOthers = 7;

// Letters and digits that cannot be mistaken for one another when typed from a slip: no 0/O,
// 1/I/L. 32 symbols, so eight of them carry 40 bits.
constexpr char codeAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr int codeLength = 8;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The language messages are written in: the one the program's locale was set to.
Language uiLanguage()
{
    return languageFromCode(QLocale().name().left(2)).value_or(Language::English);
}

DateRange yearRange(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31)};
}

QString categoryKey(RespondentRole role)
{
    switch (role) {
    case RespondentRole::Self:
        return QStringLiteral("self");
    case RespondentRole::DirectManager:
        return QStringLiteral("manager");
    case RespondentRole::DirectSubordinate:
        return QStringLiteral("subordinate");
    case RespondentRole::Peer:
        return QStringLiteral("peer");
    }
    return {};
}

RespondentRole roleFromCategory(const QString &key)
{
    if (key == QLatin1String("self"))
        return RespondentRole::Self;
    if (key == QLatin1String("manager"))
        return RespondentRole::DirectManager;
    if (key == QLatin1String("subordinate"))
        return RespondentRole::DirectSubordinate;
    return RespondentRole::Peer;
}

CompetencySet formOf(const QString &key)
{
    return competencySetFromKey(key).value_or(CompetencySet::CorpsB);
}

// A random positive 63-bit id: the answer sets are kept in the order of their ids, which is then
// no order at all.
qint64 randomId()
{
    quint64 bits = 0;
    randombytes_buf(&bits, sizeof bits);
    const auto id = static_cast<qint64>(bits & 0x7fffffffffffffffULL);
    return id == 0 ? 1 : id;
}

QString newCode()
{
    QString code;
    constexpr auto symbols = static_cast<uint32_t>(sizeof codeAlphabet - 1);
    for (int i = 0; i < codeLength; ++i) {
        if (i == codeLength / 2)
            code += QLatin1Char('-');
        code += QLatin1Char(codeAlphabet[randombytes_uniform(symbols)]);
    }
    return code;
}

InputError refusal(const QString &message)
{
    InputError error;
    error.message = message;
    error.refused = true;
    return error;
}

InputError problem(const QString &field, const QString &value, const QString &message)
{
    return InputError{0, field, value, message, false};
}

// A write the database refused: none of it stays, and the user reads the database's reason.
bool notWritten(InputErrors *errors, const QString &why)
{
    *errors << problem(QString(), QString(), SurveyService::tr("nothing was written: %1").arg(why));
    return false;
}

// The circle §35 suggests for one person from the staff structure: the direct manager, the
// direct subordinates, then peers — under the same manager first, then in the same unit.
QList<Respondent> suggestCircle(const StaffMember &person, const QList<StaffMember> &present)
{
    QList<Respondent> circle{{person.personnelNo, RespondentRole::Self}};
    QSet<QString> taken{person.personnelNo};
    const auto take = [&](const StaffMember &member, RespondentRole role) {
        if (taken.contains(member.personnelNo) || circle.size() > maxOthers)
            return;
        taken.insert(member.personnelNo);
        circle << Respondent{member.personnelNo, role};
    };
    for (const StaffMember &member : present) {
        if (member.personnelNo == person.managerPersonnelNo)
            take(member, RespondentRole::DirectManager);
    }
    for (const StaffMember &member : present) {
        if (member.managerPersonnelNo == person.personnelNo)
            take(member, RespondentRole::DirectSubordinate);
    }
    for (const StaffMember &member : present) {
        if (!person.managerPersonnelNo.isEmpty()
            && member.managerPersonnelNo == person.managerPersonnelNo)
            take(member, RespondentRole::Peer);
    }
    for (const StaffMember &member : present) {
        if (member.unit == person.unit)
            take(member, RespondentRole::Peer);
    }
    return circle;
}

} // namespace

// The questionnaire a set of answers fills: which row says "answered", about whom, on which form.
struct SurveyService::Slot
{
    qint64 respondentRow = 0;
    qint64 subjectId = 0;
    CompetencySet form = CompetencySet::CorpsB;
    bool self = false;
};

SurveyService::SurveyService(const ServiceContext &context)
    : m_context(context)
{ }

const CompetencyCatalogue &SurveyService::catalogue()
{
    // The shipped data is checked by the tests of the catalogue; it cannot be malformed here.
    static const CompetencyCatalogue shipped = *CompetencyCatalogue::shipped();
    return shipped;
}

QByteArray SurveyService::catalogueJson() const
{
    QSqlQuery query(m_context.database().connection());
    if (query.exec(QStringLiteral("SELECT json FROM survey_catalogue WHERE id = 1"))
        && query.next())
        return query.value(0).toString().toUtf8();
    QFile file(CompetencyCatalogue::shippedPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CompetencyCatalogue SurveyService::currentCatalogue() const
{
    // What editCatalogue wrote was checked; a file edited by hand falls back to the shipped data.
    const auto edited = CompetencyCatalogue::fromJson(catalogueJson());
    return edited ? *edited : catalogue();
}

bool SurveyService::editCatalogue(const QByteArray &json, InputErrors *errors)
{
    if (refuseUnlessRunning(errors))
        return false;
    QString error;
    const auto edited = CompetencyCatalogue::fromJson(json, &error);
    if (!edited) {
        *errors << problem(tr("competencies"), QString(), error);
        return false;
    }
    const CompetencyCatalogue &shipped = catalogue();
    const QList<Competency> &before = shipped.all();
    const QList<Competency> &after = edited->all();
    for (qsizetype i = 0; i < std::max(before.size(), after.size()); ++i) {
        const QString was = i < before.size() ? before.at(i).key : QString();
        const QString is = i < after.size() ? after.at(i).key : QString();
        if (was != is
            || (i < before.size() && i < after.size() && before.at(i).sets != after.at(i).sets)) {
            *errors << problem(tr("competencies"), is,
                tr("the competencies of §34, their order and forms stay as shipped (\"%1\" "
                   "expected); only their texts can be edited")
                    .arg(was));
            return false;
        }
    }
    QList<int> valuesBefore;
    QList<int> valuesAfter;
    for (const AnswerLevel &level : shipped.scale())
        valuesBefore << level.value;
    for (const AnswerLevel &level : edited->scale())
        valuesAfter << level.value;
    if (valuesBefore != valuesAfter) {
        *errors << problem(tr("scale"), QString(),
            tr("the answers of the scale stay %1–%2; only their labels can be edited")
                .arg(shipped.scaleMin())
                .arg(shipped.scaleMax()));
        return false;
    }
    AuditedWrite write(m_context);
    const QByteArray old = catalogueJson();
    QSqlQuery query(write.connection());
    query.prepare(QStringLiteral("INSERT INTO survey_catalogue (id, json) VALUES (1, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET json = excluded.json"));
    query.addBindValue(QString::fromUtf8(json));
    if (!write.exec(query))
        return notWritten(errors, write.error());
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("survey_catalogue");
    entry.entityId = QStringLiteral("1");
    entry.field = QStringLiteral("json");
    entry.oldValue = QString::fromUtf8(old);
    entry.newValue = QString::fromUtf8(json);
    return write.commit(entry) || notWritten(errors, write.error());
}

QString SurveyService::normalizedCode(const QString &typed)
{
    QString letters;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        letters += c.toUpper();
    }
    if (letters.size() != codeLength)
        return {};
    for (const QChar c : std::as_const(letters)) {
        if (c.unicode() > 127 || !std::strchr(codeAlphabet, c.toLatin1()))
            return {};
    }
    return letters.left(codeLength / 2) + QLatin1Char('-') + letters.mid(codeLength / 2);
}

namespace {

// The hash a code is kept under. The codes are random, not chosen by people, so no dictionary
// helps an attacker, and they die with the campaign; what must be avoided is a code readable in
// the file. A keyed BLAKE2b (libsodium's crypto_generichash) with a random key kept in the file
// makes the same code hash differently in every file, and it is fast enough to look a typed
// code up directly — Argon2id would cost a second per few codes when slips for a whole office
// are printed, and a lookup would have to try every row. Whoever holds the file could change
// it anyway, so a slow hash would not protect the answers any further.
QString codeHash(const QByteArray &key, const QString &code)
{
    const QByteArray text = code.toLatin1();
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(text.constData()),
        static_cast<unsigned long long>(text.size()),
        reinterpret_cast<const unsigned char *>(key.constData()), static_cast<size_t>(key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

QByteArray storedCodeKey(QSqlDatabase connection)
{
    QSqlQuery query(connection);
    if (query.exec(QStringLiteral("SELECT key FROM survey_code_key WHERE id = 1")) && query.next())
        return query.value(0).toByteArray();
    return {};
}

} // namespace

std::optional<SurveyCampaign> SurveyService::campaign(int year) const
{
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT c.id, c.status, c.started_on, "
        "(SELECT count(*) FROM survey_subject s WHERE s.campaign_id = c.id), "
        "(SELECT count(*) FROM survey_respondent r JOIN survey_subject s ON s.id = r.subject_id "
        " WHERE s.campaign_id = c.id), "
        "(SELECT count(*) FROM survey_respondent r JOIN survey_subject s ON s.id = r.subject_id "
        " WHERE s.campaign_id = c.id AND r.answered = 1) "
        "FROM survey_campaign c WHERE c.year = ?"));
    query.addBindValue(year);
    if (!query.exec() || !query.next())
        return std::nullopt;
    SurveyCampaign campaign;
    campaign.id = query.value(0).toLongLong();
    campaign.year = year;
    campaign.status = query.value(1).toString();
    campaign.startedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    campaign.due = m_context.deadlines().year(year).survey360Due;
    campaign.subjects = query.value(3).toInt();
    campaign.asked = query.value(4).toInt();
    campaign.answered = query.value(5).toInt();
    return campaign;
}

bool SurveyService::refuseUnlessRunning(InputErrors *errors) const
{
    QString message;
    if (AccessControl(m_context).mayForEveryone(Action::RunSurvey, &message))
        return false;
    *errors << refusal(message);
    return true;
}

bool SurveyService::create(int year, InputErrors *errors)
{
    if (refuseUnlessRunning(errors))
        return false;
    if (year < 2000 || year > 2100) {
        *errors << problem(
            tr("year"), QString::number(year), tr("the year of a 360 survey is from 2000 to 2100"));
        return false;
    }
    if (campaign(year)) {
        *errors << problem(tr("year"), QString::number(year),
            tr("the 360 survey of %1 already exists; a year has one (§33)").arg(year));
        return false;
    }
    const DateRange range = yearRange(year);
    const QDate due = m_context.deadlines().year(year).survey360Due;
    const QList<StaffMember> staff = StaffService(m_context).staffDuring(range);
    // Who can be asked: everyone still in service at the year's end.
    QList<StaffMember> present;
    for (const StaffMember &member : staff) {
        if (!member.inPosition.last.isValid() || member.inPosition.last >= range.last)
            present << member;
    }
    QList<const StaffMember *> subjects;
    for (const StaffMember &member : present) {
        const auto eligibility = assessEligibility(member.eligibilityInput(range, due));
        if (eligibility && eligibility->evaluated)
            subjects << &member;
    }
    if (subjects.isEmpty()) {
        *errors << problem(tr("year"), QString::number(year),
            tr("nobody is to be evaluated in %1 (§5): the staff list has no one who held a "
               "position for a month of that year")
                .arg(year));
        return false;
    }
    QHash<QString, qint64> servantIds;
    for (const StaffMember &member : present)
        servantIds.insert(member.personnelNo, member.id);

    AuditedWrite write(m_context);
    const QSqlDatabase connection = write.connection();
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("INSERT INTO survey_campaign (year) VALUES (?)"));
    query.addBindValue(year);
    if (!write.exec(query))
        return notWritten(errors, write.error());
    const qint64 campaignId = query.lastInsertId().toLongLong();
    QSqlQuery subjectInsert(connection);
    subjectInsert.prepare(QStringLiteral(
        "INSERT INTO survey_subject (campaign_id, servant_id, form) VALUES (?, ?, ?)"));
    QSqlQuery respondentInsert(connection);
    respondentInsert.prepare(QStringLiteral(
        "INSERT INTO survey_respondent (subject_id, respondent_id, category) VALUES (?, ?, ?)"));
    for (const StaffMember *member : std::as_const(subjects)) {
        // §33: the head of the apparatus answers on the form of appendix 5, corps B on appendix 6.
        const CompetencySet form = member->category == PositionCategory::Head
            ? CompetencySet::Head
            : CompetencySet::CorpsB;
        subjectInsert.addBindValue(campaignId);
        subjectInsert.addBindValue(member->id);
        subjectInsert.addBindValue(competencySetKey(form));
        if (!write.exec(subjectInsert))
            return notWritten(errors, write.error());
        const qint64 subjectId = subjectInsert.lastInsertId().toLongLong();
        const QList<Respondent> circle = suggestCircle(*member, present);
        for (const Respondent &respondent : circle) {
            respondentInsert.addBindValue(subjectId);
            respondentInsert.addBindValue(servantIds.value(respondent.personId));
            respondentInsert.addBindValue(categoryKey(respondent.role));
            if (!write.exec(respondentInsert))
                return notWritten(errors, write.error());
        }
    }
    AuditEntry entry;
    entry.action = QStringLiteral("create");
    entry.entity = QStringLiteral("survey_campaign");
    entry.entityId = QString::number(year);
    entry.field = QStringLiteral("subjects");
    entry.newValue = QString::number(subjects.size());
    if (!write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

QList<SurveySubject> SurveyService::subjects(int year) const
{
    QList<SurveySubject> rows;
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT s.id, v.personnel_no, v.full_name, s.form, "
        "(SELECT count(*) FROM survey_respondent r WHERE r.subject_id = s.id "
        " AND r.category <> 'self'), "
        "(SELECT count(*) FROM survey_respondent r WHERE r.subject_id = s.id "
        " AND r.category <> 'self' AND r.answered = 1), "
        "(SELECT count(*) FROM survey_respondent r WHERE r.subject_id = s.id "
        " AND r.category = 'self' AND r.answered = 1) "
        "FROM survey_subject s JOIN survey_campaign c ON c.id = s.campaign_id "
        "JOIN servant v ON v.id = s.servant_id WHERE c.year = ? ORDER BY v.full_name, s.id"));
    query.addBindValue(year);
    if (!query.exec())
        return rows;
    while (query.next()) {
        rows << SurveySubject{query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), formOf(query.value(3).toString()), query.value(4).toInt(),
            query.value(5).toInt(), query.value(6).toInt() > 0};
    }
    return rows;
}

std::optional<SurveySubject> SurveyService::subject(qint64 subjectId) const
{
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral("SELECT c.year FROM survey_subject s JOIN survey_campaign c ON "
                                 "c.id = s.campaign_id WHERE s.id = ?"));
    query.addBindValue(subjectId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const auto all = subjects(query.value(0).toInt());
    for (const SurveySubject &row : all) {
        if (row.id == subjectId)
            return row;
    }
    return std::nullopt;
}

QList<SurveyRespondent> SurveyService::respondents(qint64 subjectId) const
{
    QList<SurveyRespondent> rows;
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT v.personnel_no, v.full_name, r.category, r.answered, r.code_hash <> '' "
        "FROM survey_respondent r JOIN servant v ON v.id = r.respondent_id "
        "WHERE r.subject_id = ? ORDER BY CASE r.category WHEN 'self' THEN 0 WHEN 'manager' THEN 1 "
        "WHEN 'subordinate' THEN 2 ELSE 3 END, v.full_name"));
    query.addBindValue(subjectId);
    if (!query.exec())
        return rows;
    while (query.next()) {
        rows << SurveyRespondent{query.value(0).toString(), query.value(1).toString(),
            roleFromCategory(query.value(2).toString()), query.value(3).toInt() == 1,
            query.value(4).toInt() == 1};
    }
    return rows;
}

namespace {

// The campaign a subject belongs to: its id, year and status.
struct SubjectCampaign
{
    qint64 campaignId = 0;
    int year = 0;
    QString status;
};

std::optional<SubjectCampaign> campaignOf(QSqlDatabase connection, qint64 subjectId)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT c.id, c.year, c.status FROM survey_subject s JOIN "
                                 "survey_campaign c ON c.id = s.campaign_id WHERE s.id = ?"));
    query.addBindValue(subjectId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return SubjectCampaign{
        query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString()};
}

// The survey and the person whose circle of respondents is edited, while it may still change:
// before the survey starts (§35).
struct EditedCircle
{
    SubjectCampaign campaign;
    SurveySubject person;
};

std::optional<EditedCircle> circleToEdit(QSqlDatabase connection, qint64 subjectId,
    const std::optional<SurveySubject> &person, const QString &personnelNo, InputErrors *errors)
{
    const auto owner = campaignOf(connection, subjectId);
    if (!owner || !person) {
        *errors << problem(SurveyService::tr("person"), QString::number(subjectId),
            SurveyService::tr("no such person in a 360 survey"));
        return std::nullopt;
    }
    if (owner->status != QLatin1String("preparing")) {
        *errors << problem(SurveyService::tr("respondents"), personnelNo,
            SurveyService::tr("the circle of respondents is fixed once the survey has started"));
        return std::nullopt;
    }
    return EditedCircle{*owner, *person};
}

} // namespace

bool SurveyService::addRespondent(
    qint64 subjectId, const QString &personnelNo, RespondentRole role, InputErrors *errors)
{
    if (refuseUnlessRunning(errors))
        return false;
    const QSqlDatabase connection = m_context.database().connection();
    const auto edited =
        circleToEdit(connection, subjectId, subject(subjectId), personnelNo, errors);
    if (!edited)
        return false;
    const SubjectCampaign &owner = edited->campaign;
    const SurveySubject &person = edited->person;
    const auto respondentId = StaffService(m_context).servantIdOf(personnelNo);
    if (!respondentId)
        *errors << problem(
            tr("respondent"), personnelNo, tr("no servant has this personnel number"));
    if (role == RespondentRole::Self || personnelNo == person.personnelNo) {
        *errors << problem(tr("respondent"), personnelNo,
            tr("the person takes part only through the self-assessment, which is always there "
               "(§35)"));
    }
    const QList<SurveyRespondent> circle = respondents(subjectId);
    for (const SurveyRespondent &existing : circle) {
        if (existing.personnelNo == personnelNo && existing.role != RespondentRole::Self)
            *errors << problem(tr("respondent"), personnelNo, tr("already in the circle"));
    }
    if (person.others >= maxOthers) {
        *errors << problem(tr("respondents"), QString::number(person.others),
            tr("a circle has at most 7 respondents besides the person (§35)"));
    }
    if (role == RespondentRole::DirectManager) {
        for (const SurveyRespondent &existing : circle) {
            if (existing.role == RespondentRole::DirectManager) {
                *errors << problem(tr("category"), respondentRoleLabel(role),
                    tr("the circle already has the direct manager, %1").arg(existing.fullName));
            }
        }
    }
    if (!errors->isEmpty())
        return false;

    AuditedWrite write(m_context);
    QSqlQuery query(connection);
    query.prepare(QStringLiteral(
        "INSERT INTO survey_respondent (subject_id, respondent_id, category) VALUES (?, ?, ?)"));
    query.addBindValue(subjectId);
    query.addBindValue(*respondentId);
    query.addBindValue(categoryKey(role));
    if (!write.exec(query))
        return notWritten(errors, write.error());
    AuditEntry entry;
    entry.action = QStringLiteral("create");
    entry.entity = QStringLiteral("survey_respondent");
    entry.entityId = person.personnelNo + QLatin1Char(' ') + QString::number(owner.year);
    entry.field = QStringLiteral("respondent");
    entry.newValue = personnelNo + QLatin1Char(' ') + categoryKey(role);
    return write.commit(entry) || notWritten(errors, write.error());
}

bool SurveyService::removeRespondent(
    qint64 subjectId, const QString &personnelNo, InputErrors *errors)
{
    if (refuseUnlessRunning(errors))
        return false;
    const QSqlDatabase connection = m_context.database().connection();
    const auto edited =
        circleToEdit(connection, subjectId, subject(subjectId), personnelNo, errors);
    if (!edited)
        return false;
    const SubjectCampaign &owner = edited->campaign;
    const SurveySubject &person = edited->person;
    std::optional<SurveyRespondent> found;
    const QList<SurveyRespondent> circle = respondents(subjectId);
    for (const SurveyRespondent &existing : circle) {
        if (existing.personnelNo == personnelNo)
            found = existing;
    }
    if (!found) {
        *errors << problem(tr("respondent"), personnelNo, tr("not in the circle"));
        return false;
    }
    if (found->role == RespondentRole::Self) {
        *errors << problem(
            tr("respondent"), personnelNo, tr("the self-assessment is part of every circle (§35)"));
        return false;
    }
    AuditedWrite write(m_context);
    QSqlQuery query(connection);
    query.prepare(
        QStringLiteral("DELETE FROM survey_respondent WHERE subject_id = ? AND "
                       "respondent_id = (SELECT id FROM servant WHERE personnel_no = ?)"));
    query.addBindValue(subjectId);
    query.addBindValue(personnelNo);
    if (!write.exec(query))
        return notWritten(errors, write.error());
    AuditEntry entry;
    entry.action = QStringLiteral("delete");
    entry.entity = QStringLiteral("survey_respondent");
    entry.entityId = person.personnelNo + QLatin1Char(' ') + QString::number(owner.year);
    entry.field = QStringLiteral("respondent");
    entry.oldValue = personnelNo + QLatin1Char(' ') + categoryKey(found->role);
    return write.commit(entry) || notWritten(errors, write.error());
}

bool SurveyService::start(int year, InputErrors *errors)
{
    if (refuseUnlessRunning(errors))
        return false;
    const auto current = campaign(year);
    if (!current || current->status != QLatin1String("preparing")) {
        *errors << problem(tr("year"), QString::number(year),
            current ? tr("the 360 survey of %1 has already started").arg(year)
                    : tr("there is no 360 survey of %1 to start").arg(year));
        return false;
    }
    const QList<SurveySubject> all = subjects(year);
    for (const SurveySubject &person : all) {
        QList<Respondent> circle;
        const QList<SurveyRespondent> rows = respondents(person.id);
        for (const SurveyRespondent &row : rows)
            circle << Respondent{row.personnelNo, row.role};
        const RespondentCheck check = validateRespondents(person.personnelNo, circle);
        if (!check.isValid()) {
            *errors << problem(person.fullName, QString::number(person.others),
                check.errors.join(QLatin1Char(' ')));
        }
    }
    if (!errors->isEmpty())
        return false;

    AuditedWrite write(m_context);
    QSqlQuery query(write.connection());
    query.prepare(QStringLiteral("UPDATE survey_campaign SET status = 'open', started_on = ? "
                                 "WHERE year = ? AND status = 'preparing'"));
    query.addBindValue(m_context.clock().today().toString(Qt::ISODate));
    query.addBindValue(year);
    if (!write.exec(query))
        return notWritten(errors, write.error());
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("survey_campaign");
    entry.entityId = QString::number(year);
    entry.field = QStringLiteral("status");
    entry.oldValue = QStringLiteral("preparing");
    entry.newValue = QStringLiteral("open");
    return write.commit(entry) || notWritten(errors, write.error());
}

QList<SurveyCode> SurveyService::issueCodes(int year, InputErrors *errors)
{
    if (refuseUnlessRunning(errors))
        return {};
    const auto current = campaign(year);
    if (!current || current->status != QLatin1String("open")) {
        *errors << problem(tr("year"), QString::number(year),
            tr("codes are given while the 360 survey of %1 is open").arg(year));
        return {};
    }
    if (!sodiumReady()) {
        *errors << problem(QString(), QString(), tr("the random number generator is not ready"));
        return {};
    }
    AuditedWrite write(m_context);
    const auto failed = [&] {
        notWritten(errors, write.error());
        return QList<SurveyCode>();
    };
    const QSqlDatabase connection = write.connection();
    QByteArray key = storedCodeKey(connection);
    QSqlQuery query(connection);
    if (key.isEmpty()) {
        key.resize(32);
        randombytes_buf(key.data(), static_cast<size_t>(key.size()));
        query.prepare(QStringLiteral("INSERT INTO survey_code_key (id, key) VALUES (1, ?)"));
        query.addBindValue(key);
        if (!write.exec(query))
            return failed();
    }
    query.prepare(QStringLiteral(
        "SELECT v.id, v.personnel_no, v.full_name, count(*) FROM survey_respondent r "
        "JOIN survey_subject s ON s.id = r.subject_id JOIN servant v ON v.id = r.respondent_id "
        "WHERE s.campaign_id = ? AND r.answered = 0 GROUP BY v.id ORDER BY v.full_name"));
    query.addBindValue(current->id);
    if (!write.exec(query))
        return failed();
    QList<SurveyCode> codes;
    QList<qint64> people;
    while (query.next()) {
        people << query.value(0).toLongLong();
        codes << SurveyCode{query.value(1).toString(), query.value(2).toString(), QString(),
            query.value(3).toInt()};
    }
    QSet<QString> used;
    QSqlQuery update(connection);
    update.prepare(QStringLiteral(
        "UPDATE survey_respondent SET code_hash = ? WHERE respondent_id = ? AND answered = 0 "
        "AND subject_id IN (SELECT id FROM survey_subject WHERE campaign_id = ?)"));
    for (qsizetype i = 0; i < codes.size(); ++i) {
        QString code;
        do
            code = newCode();
        while (used.contains(code));
        used.insert(code);
        codes[i].code = code;
        update.addBindValue(codeHash(key, code));
        update.addBindValue(people.at(i));
        update.addBindValue(current->id);
        if (!write.exec(update))
            return failed();
    }
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("survey_campaign");
    entry.entityId = QString::number(year);
    entry.field = QStringLiteral("codes issued"); // never the codes themselves
    entry.newValue = QString::number(codes.size());
    if (!write.commit(entry))
        return failed();
    return codes;
}

bool SurveyService::close(int year, InputErrors *errors)
{
    if (refuseUnlessRunning(errors))
        return false;
    const auto current = campaign(year);
    if (!current || current->status != QLatin1String("open")) {
        *errors << problem(
            tr("year"), QString::number(year), tr("only an open 360 survey can be closed"));
        return false;
    }
    const QSqlDatabase connection = m_context.database().connection();
    {
        AuditedWrite write(m_context);
        QSqlQuery query(connection);
        // Codes not used die with the campaign.
        query.prepare(
            QStringLiteral("UPDATE survey_respondent SET code_hash = '' WHERE subject_id IN "
                           "(SELECT id FROM survey_subject WHERE campaign_id = ?)"));
        query.addBindValue(current->id);
        if (!write.exec(query))
            return notWritten(errors, write.error());
        query.prepare(QStringLiteral("UPDATE survey_campaign SET status = 'closed' WHERE id = ?"));
        query.addBindValue(current->id);
        if (!write.exec(query))
            return notWritten(errors, write.error());
        AuditEntry entry;
        entry.action = QStringLiteral("update");
        entry.entity = QStringLiteral("survey_campaign");
        entry.entityId = QString::number(year);
        entry.field = QStringLiteral("status");
        entry.oldValue = QStringLiteral("open");
        entry.newValue = QStringLiteral("closed");
        if (!write.commit(entry))
            return notWritten(errors, write.error());
    }
    // The rows are unlinked, but a page of the file keeps its cells where they were written, so
    // the bytes could still hint at the order of answering. Rebuilding the file lays every table
    // out again in key order — random for the answer sets. A failure leaves the data intact.
    QSqlQuery vacuum(connection);
    vacuum.exec(QStringLiteral("VACUUM"));
    vacuum.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

QList<PendingQuestionnaire> SurveyService::questionnairesForCode(
    const QString &code, QString *error) const
{
    const QString normalized = normalizedCode(code);
    const QByteArray key = storedCodeKey(m_context.database().connection());
    QList<PendingQuestionnaire> rows;
    if (!normalized.isEmpty() && !key.isEmpty()) {
        QSqlQuery query(m_context.database().connection());
        query.prepare(QStringLiteral(
            "SELECT s.id, v.full_name, s.form, r.category FROM survey_respondent r "
            "JOIN survey_subject s ON s.id = r.subject_id JOIN survey_campaign c ON c.id = "
            "s.campaign_id JOIN servant v ON v.id = s.servant_id "
            "WHERE r.code_hash = ? AND r.answered = 0 AND c.status = 'open' "
            "ORDER BY r.category = 'self' DESC, v.full_name"));
        query.addBindValue(codeHash(key, normalized));
        if (query.exec()) {
            while (query.next()) {
                rows << PendingQuestionnaire{query.value(0).toLongLong(), query.value(1).toString(),
                    formOf(query.value(2).toString()),
                    query.value(3).toString() == QLatin1String("self")};
            }
        }
    }
    if (rows.isEmpty() && error) {
        *error = normalized.isEmpty()
            ? tr("A code is eight letters and digits, as printed on the slip (ABCD-EFGH).")
            : tr("This code opens no questionnaire: it is mistyped, already used, or the survey "
                 "is closed.");
    }
    return rows;
}

InputErrors SurveyService::checkAnswers(
    CompetencySet form, const QHash<QString, int> &answers) const
{
    InputErrors errors;
    const CompetencyCatalogue data = currentCatalogue();
    const QList<Competency> competencies = data.competencies(form);
    const QString scale = QStringLiteral("%1–%2").arg(data.scaleMin()).arg(data.scaleMax());
    for (const Competency &competency : competencies) {
        const auto answer = answers.constFind(competency.key);
        if (answer == answers.constEnd()) {
            errors << problem(competency.name.in(uiLanguage()), QString(),
                tr("not answered; every competency needs an answer from %1").arg(scale));
        } else if (!data.isOnScale(*answer)) {
            errors << problem(competency.name.in(uiLanguage()), QString::number(*answer),
                tr("an answer is a whole number from %1").arg(scale));
        }
    }
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const auto competency = data.competency(it.key());
        if (!competency || !competency->belongsTo(form)) {
            errors << problem(
                tr("competency"), it.key(), tr("not a competency of this questionnaire (§34)"));
        }
    }
    return errors;
}

bool SurveyService::storeAnswers(
    const Slot &slot, const QHash<QString, int> &answers, const QString &how, InputErrors *errors)
{
    AuditedWrite write(m_context);
    const QSqlDatabase connection = write.connection();
    // Decision 8: the respondent's row learns only that they answered; the answers go to a set
    // with a random id, no respondent and no time. Both in one transaction, so a questionnaire
    // is never counted without its answers or stored twice.
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("UPDATE survey_respondent SET answered = 1, code_hash = '' "
                                 "WHERE id = ? AND answered = 0"));
    query.addBindValue(slot.respondentRow);
    if (!write.exec(query))
        return notWritten(errors, write.error());
    if (query.numRowsAffected() != 1) {
        *errors << problem(tr("questionnaire"), QString(), tr("already answered"));
        return false;
    }
    qint64 setId = 0;
    for (int attempt = 0; attempt < 8 && setId == 0; ++attempt) {
        const qint64 candidate = randomId();
        QSqlQuery taken(connection);
        taken.prepare(QStringLiteral("SELECT 1 FROM survey_answer_set WHERE id = ?"));
        taken.addBindValue(candidate);
        if (taken.exec() && !taken.next())
            setId = candidate;
    }
    if (setId == 0)
        return notWritten(errors, tr("no free random id"));
    query.prepare(
        QStringLiteral("INSERT INTO survey_answer_set (id, subject_id, is_self) VALUES (?, ?, ?)"));
    query.addBindValue(setId);
    query.addBindValue(slot.subjectId);
    query.addBindValue(slot.self ? 1 : 0);
    if (!write.exec(query))
        return notWritten(errors, write.error());
    query.prepare(QStringLiteral(
        "INSERT INTO survey_answer (answer_set_id, competency, value) VALUES (?, ?, ?)"));
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        query.addBindValue(setId);
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (!write.exec(query))
            return notWritten(errors, write.error());
    }
    // The log says who answered and when — as the respondent's row does — and never which set.
    AuditEntry entry;
    entry.action = QStringLiteral("answer");
    entry.entity = QStringLiteral("survey_respondent");
    entry.entityId = QString::number(slot.respondentRow);
    entry.field = QStringLiteral("answered");
    entry.oldValue = QStringLiteral("0");
    entry.newValue = QStringLiteral("1");
    entry.reason = how;
    if (!write.commit(entry))
        return notWritten(errors, write.error());
    // The write-ahead log keeps each committed page as it was, one commit after another: the
    // answered row and the new set would sit in the same frames. Folding it into the file and
    // truncating it leaves no such history behind.
    QSqlQuery checkpoint(connection);
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

bool SurveyService::answerWithCode(
    const QString &code, qint64 subjectId, const QHash<QString, int> &answers, InputErrors *errors)
{
    const QString normalized = normalizedCode(code);
    const QByteArray key = storedCodeKey(m_context.database().connection());
    std::optional<Slot> slot;
    if (!normalized.isEmpty() && !key.isEmpty()) {
        QSqlQuery query(m_context.database().connection());
        query.prepare(QStringLiteral(
            "SELECT r.id, s.form, r.category FROM survey_respondent r JOIN survey_subject s ON "
            "s.id = r.subject_id JOIN survey_campaign c ON c.id = s.campaign_id WHERE "
            "r.code_hash = ? AND r.subject_id = ? AND r.answered = 0 AND c.status = 'open'"));
        query.addBindValue(codeHash(key, normalized));
        query.addBindValue(subjectId);
        if (query.exec() && query.next()) {
            slot = Slot{query.value(0).toLongLong(), subjectId, formOf(query.value(1).toString()),
                query.value(2).toString() == QLatin1String("self")};
        }
    }
    if (!slot) {
        QString why;
        questionnairesForCode(code, &why);
        if (why.isEmpty())
            why = tr("this code does not open a questionnaire about this person");
        *errors << problem(tr("code"), code, why);
        return false;
    }
    *errors = checkAnswers(slot->form, answers);
    if (!errors->isEmpty())
        return false;
    return storeAnswers(*slot, answers, QStringLiteral("one-time code"), errors);
}

QList<PendingQuestionnaire> SurveyService::myQuestionnaires(int year) const
{
    QList<PendingQuestionnaire> rows;
    if (m_context.actor().servantId == 0
        || scopesOf(m_context.actor(), Action::AnswerSurvey).isEmpty())
        return rows;
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT s.id, v.full_name, s.form, r.category FROM survey_respondent r "
        "JOIN survey_subject s ON s.id = r.subject_id JOIN survey_campaign c ON c.id = "
        "s.campaign_id JOIN servant v ON v.id = s.servant_id "
        "WHERE r.respondent_id = ? AND r.answered = 0 AND c.status = 'open' AND c.year = ? "
        "ORDER BY r.category = 'self' DESC, v.full_name"));
    query.addBindValue(m_context.actor().servantId);
    query.addBindValue(year);
    if (query.exec()) {
        while (query.next()) {
            rows << PendingQuestionnaire{query.value(0).toLongLong(), query.value(1).toString(),
                formOf(query.value(2).toString()),
                query.value(3).toString() == QLatin1String("self")};
        }
    }
    return rows;
}

bool SurveyService::answerAsSignedIn(
    qint64 subjectId, const QHash<QString, int> &answers, InputErrors *errors)
{
    const QSqlDatabase connection = m_context.database().connection();
    const auto owner = campaignOf(connection, subjectId);
    QString ownNo;
    {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("SELECT personnel_no FROM servant WHERE id = ?"));
        query.addBindValue(m_context.actor().servantId);
        if (query.exec() && query.next())
            ownNo = query.value(0).toString();
    }
    QString message;
    if (!AccessControl(m_context).mayFor(Action::AnswerSurvey, ownNo,
            owner ? yearRange(owner->year) : yearRange(m_context.clock().today().year()), &message)
        || ownNo.isEmpty()) {
        *errors << refusal(message.isEmpty()
                ? tr("refused: the account %1 belongs to no servant").arg(m_context.actor().login)
                : message);
        return false;
    }
    std::optional<Slot> slot;
    QSqlQuery query(connection);
    query.prepare(QStringLiteral(
        "SELECT r.id, s.form, r.category FROM survey_respondent r JOIN survey_subject s ON "
        "s.id = r.subject_id JOIN survey_campaign c ON c.id = s.campaign_id WHERE "
        "r.respondent_id = ? AND r.subject_id = ? AND r.answered = 0 AND c.status = 'open'"));
    query.addBindValue(m_context.actor().servantId);
    query.addBindValue(subjectId);
    if (query.exec() && query.next()) {
        slot = Slot{query.value(0).toLongLong(), subjectId, formOf(query.value(1).toString()),
            query.value(2).toString() == QLatin1String("self")};
    }
    if (!slot) {
        *errors << problem(tr("questionnaire"), QString::number(subjectId),
            tr("you have no open questionnaire about this person: it was answered, never asked "
               "of you, or the survey is closed"));
        return false;
    }
    *errors = checkAnswers(slot->form, answers);
    if (!errors->isEmpty())
        return false;
    return storeAnswers(*slot, answers, QStringLiteral("signed in"), errors);
}

bool SurveyService::enterPaper(
    qint64 subjectId, bool self, const QHash<QString, int> &answers, InputErrors *errors)
{
    if (refuseUnlessRunning(errors))
        return false;
    const QSqlDatabase connection = m_context.database().connection();
    const auto owner = campaignOf(connection, subjectId);
    if (!owner || owner->status != QLatin1String("open")) {
        *errors << problem(tr("person"), QString::number(subjectId),
            tr("paper questionnaires are entered while the person's 360 survey is open"));
        return false;
    }
    // Which row to mark answered. A paper questionnaire comes unsigned (§33 keeps it anonymous),
    // so the program must not ask whose it is — and must not let the chief specialist choose,
    // which would tie the answers to a name. It marks one of the subject's respondents still to
    // answer, drawn at random, preferring those who hold no code (they were given paper); the
    // count of answered questionnaires is right, the name it marks carries no information. The
    // drawn respondent's code, if any, dies, so nobody is counted twice.
    QSqlQuery query(connection);
    query.prepare(QStringLiteral(
        "SELECT r.id, s.form, r.code_hash <> '' FROM survey_respondent r JOIN survey_subject s "
        "ON s.id = r.subject_id WHERE r.subject_id = ? AND r.answered = 0 AND "
        "(r.category = 'self') = ?"));
    query.addBindValue(subjectId);
    query.addBindValue(self ? 1 : 0);
    QList<Slot> withoutCode;
    QList<Slot> withCode;
    if (query.exec()) {
        while (query.next()) {
            const Slot slot{
                query.value(0).toLongLong(), subjectId, formOf(query.value(1).toString()), self};
            (query.value(2).toInt() == 1 ? withCode : withoutCode) << slot;
        }
    }
    const QList<Slot> &candidates = withoutCode.isEmpty() ? withCode : withoutCode;
    if (candidates.isEmpty()) {
        *errors << problem(tr("respondent"), self ? tr("self-assessment") : tr("other respondent"),
            self ? tr("the self-assessment has already been answered")
                 : tr("every respondent of this person has already answered"));
        return false;
    }
    if (!sodiumReady()) {
        *errors << problem(QString(), QString(), tr("the random number generator is not ready"));
        return false;
    }
    const Slot &slot = candidates.at(randombytes_uniform(static_cast<uint32_t>(candidates.size())));
    *errors = checkAnswers(slot.form, answers);
    if (!errors->isEmpty())
        return false;
    return storeAnswers(slot, answers, QStringLiteral("paper questionnaire"), errors);
}

namespace {

QList<SurveyResponse> responsesOf(QSqlDatabase connection, qint64 subjectId)
{
    QHash<qint64, SurveyResponse> sets;
    QSqlQuery query(connection);
    query.prepare(
        QStringLiteral("SELECT a.id, a.is_self, v.competency, v.value FROM survey_answer_set a "
                       "JOIN survey_answer v ON v.answer_set_id = a.id WHERE a.subject_id = ?"));
    query.addBindValue(subjectId);
    if (query.exec()) {
        while (query.next()) {
            SurveyResponse &response = sets[query.value(0).toLongLong()];
            response.role =
                query.value(1).toInt() == 1 ? RespondentRole::Self : RespondentRole::Peer;
            response.answers.insert(query.value(2).toString(), query.value(3).toInt());
        }
    }
    return sets.values();
}

} // namespace

std::optional<SurveyReport> SurveyService::report(qint64 subjectId, QString *error) const
{
    const auto owner = campaignOf(m_context.database().connection(), subjectId);
    const auto person = subject(subjectId);
    if (!owner || !person) {
        *error = tr("No such person in a 360 survey.");
        return std::nullopt;
    }
    if (!AccessControl(m_context).mayFor(
            Action::ReadSurveyReports, person->personnelNo, yearRange(owner->year), error))
        return std::nullopt;
    if (owner->status != QLatin1String("closed")) {
        // A result watched while answers come in would show what each new one changed.
        *error = tr("The 360 reports of %1 are shown once the survey is closed, so that no one "
                    "can follow a result change with each answer.")
                     .arg(owner->year);
        return std::nullopt;
    }
    SurveyReport report;
    report.subject = *person;
    report.year = owner->year;
    report.result = aggregateSurvey(currentCatalogue(), person->form,
        responsesOf(m_context.database().connection(), subjectId), &report.withheld);
    return report;
}

QList<SurveySubject> SurveyService::readableSubjects(int year) const
{
    const auto allowed =
        AccessControl(m_context).allowedServants(Action::ReadSurveyReports, yearRange(year));
    QList<SurveySubject> rows = subjects(year);
    if (allowed) {
        rows.erase(
            std::remove_if(rows.begin(), rows.end(),
                [&](const SurveySubject &row) { return !allowed->contains(row.personnelNo); }),
            rows.end());
    }
    return rows;
}

QList<TrainingNeed> SurveyService::trainingNeeds(int year, QString *error) const
{
    if (!AccessControl(m_context).mayForEveryone(Action::RunSurvey, error))
        return {};
    const auto current = campaign(year);
    if (!current || current->status != QLatin1String("closed")) {
        *error = tr("The training needs of %1 are known once its 360 survey is closed.").arg(year);
        return {};
    }
    QHash<QString, int> counts;
    const CompetencyCatalogue data = currentCatalogue();
    const QList<SurveySubject> all = subjects(year);
    for (const SurveySubject &person : all) {
        const auto result = aggregateSurvey(
            data, person.form, responsesOf(m_context.database().connection(), person.id));
        if (!result)
            continue;
        for (const QString &key : result->leastExpressed)
            ++counts[key];
    }
    QList<TrainingNeed> needs;
    for (const Competency &competency : data.all())
        needs << TrainingNeed{competency.key, counts.value(competency.key)};
    std::stable_sort(needs.begin(), needs.end(),
        [](const TrainingNeed &a, const TrainingNeed &b) { return a.people > b.people; });
    return needs;
}

} // namespace bagalau
