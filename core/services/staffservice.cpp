// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/staffservice.h"

#include "access/accesscontrol.h"
#include "clock.h"
#include "importing/iin.h"
#include "services/auditedwrite.h"
#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalue.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace bagalau {

namespace {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Looks a row up by key, creating it on first use, inside the caller's transaction.
class UnitsAndPositions
{
public:
    explicit UnitsAndPositions(QSqlDatabase connection)
        : m_connection(std::move(connection))
    { }

    std::optional<qint64> position(
        const QString &unit, const QString &title, PositionCategory category, QString *error)
    {
        const auto unitId = this->unit(unit, error);
        if (!unitId)
            return std::nullopt;
        const QString key = QString::number(*unitId) + QLatin1Char('\n') + title;
        if (const auto found = m_positions.constFind(key); found != m_positions.constEnd())
            return *found;
        QSqlQuery query(m_connection);
        query.prepare(QStringLiteral("SELECT id FROM position WHERE unit_id = ? AND title = ?"));
        query.addBindValue(*unitId);
        query.addBindValue(title);
        if (query.exec() && query.next())
            return m_positions[key] = query.value(0).toLongLong();
        query.prepare(
            QStringLiteral("INSERT INTO position (unit_id, title, category) VALUES (?, ?, ?)"));
        query.addBindValue(*unitId);
        query.addBindValue(title);
        query.addBindValue(positionCategoryKey(category));
        if (!query.exec()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        return m_positions[key] = query.lastInsertId().toLongLong();
    }

private:
    std::optional<qint64> unit(const QString &name, QString *error)
    {
        if (const auto found = m_units.constFind(name); found != m_units.constEnd())
            return *found;
        QSqlQuery query(m_connection);
        query.prepare(QStringLiteral("SELECT id FROM unit WHERE name_ru = ?"));
        query.addBindValue(name);
        if (query.exec() && query.next())
            return m_units[name] = query.value(0).toLongLong();
        query.prepare(QStringLiteral("INSERT INTO unit (name_ru) VALUES (?)"));
        query.addBindValue(name);
        if (!query.exec()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        return m_units[name] = query.lastInsertId().toLongLong();
    }

    QSqlDatabase m_connection;
    QHash<QString, qint64> m_units;
    QHash<QString, qint64> m_positions;
};

// A write the database refused: none of it stays, and the user reads the database's reason.
bool notWritten(InputErrors *errors, const QString &why)
{
    *errors << InputError{
        0, QString(), QString(), StaffService::tr("nothing was written: %1").arg(why)};
    return false;
}

// The latest assignment of a servant (by first day): the one a change of position starts from.
struct Held
{
    qint64 id = 0;
    DateRange days;
    QString description;
};

std::optional<qint64> servantIdIn(const QSqlDatabase &connection, const QString &personnelNo)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT id FROM servant WHERE personnel_no = ?"));
    query.addBindValue(personnelNo);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

// "Аппарат / Специалист, manager 001" — how an assignment reads in the audit log.
std::optional<Held> latestAssignment(const QSqlDatabase &connection, qint64 servantId)
{
    QSqlQuery query(connection);
    query.prepare(
        QStringLiteral("SELECT a.id, a.first_day, a.last_day, u.name_ru || ' / ' || p.title || "
                       "coalesce(', manager ' || m.personnel_no, '') FROM assignment a "
                       "JOIN position p ON p.id = a.position_id JOIN unit u ON u.id = p.unit_id "
                       "LEFT JOIN servant m ON m.id = a.manager_id WHERE a.servant_id = ? "
                       "ORDER BY a.first_day DESC, a.id DESC LIMIT 1"));
    query.addBindValue(servantId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Held{query.value(0).toLongLong(), {dateFrom(query.value(1)), dateFrom(query.value(2))},
        query.value(3).toString()};
}

QDate dismissalDay(const QSqlDatabase &connection, qint64 servantId)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT day FROM dismissal WHERE servant_id = ?"));
    query.addBindValue(servantId);
    return query.exec() && query.next() ? dateFrom(query.value(0)) : QDate();
}

// The tables (and how many of their rows) whose foreign keys point at row `id` of `table`,
// found from the schema itself so a table added later is never forgotten.
QStringList referringTables(
    const QSqlDatabase &connection, const QString &table, qint64 id, const QSet<QString> &ignored)
{
    QSqlQuery keys(connection);
    keys.prepare(QStringLiteral(
        "SELECT m.name, f.\"from\" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f "
        "WHERE m.type = 'table' AND f.\"table\" = ? ORDER BY m.name"));
    keys.addBindValue(table);
    QStringList found;
    if (!keys.exec())
        return found;
    while (keys.next()) {
        const QString name = keys.value(0).toString();
        const QString column = keys.value(1).toString();
        if (ignored.contains(name + QLatin1Char('.') + column))
            continue;
        QSqlQuery count(connection);
        count.prepare(
            QStringLiteral("SELECT count(*) FROM \"%1\" WHERE \"%2\" = ?").arg(name, column));
        count.addBindValue(id);
        if (count.exec() && count.next() && count.value(0).toInt() > 0)
            found << QStringLiteral("%1 (%2)").arg(name).arg(count.value(0).toInt());
    }
    return found;
}

// "2024Q3": score_sheet's key of the quarter a day falls in.
QString quarterKey(QDate day)
{
    return QStringLiteral("%1Q%2").arg(day.year()).arg((day.month() - 1) / 3 + 1);
}

} // namespace

EligibilityInput StaffMember::eligibilityInput(const Quarter &quarter, QDate evaluationDue) const
{
    return eligibilityInput(quarter.range(), evaluationDue);
}

EligibilityInput StaffMember::eligibilityInput(const DateRange &period, QDate evaluationDue) const
{
    EligibilityInput input;
    input.period = period;
    input.evaluation = {period.last.addDays(1), evaluationDue};
    input.firstDayInPosition = inPosition.first;
    input.lastDayInPosition = inPosition.last;
    // §6: the last day in the position is a dismissal only when the servant left the body.
    input.dismissedFromBody = dismissed.isValid() && dismissed == inPosition.last;
    input.absences = absences;
    return input;
}

QString positionCategoryKey(PositionCategory category)
{
    return category == PositionCategory::Head ? QStringLiteral("head") : QStringLiteral("corps_b");
}

std::optional<PositionCategory> positionCategoryFromKey(const QString &key)
{
    if (key == QLatin1String("head"))
        return PositionCategory::Head;
    if (key == QLatin1String("corps_b"))
        return PositionCategory::CorpsB;
    return std::nullopt;
}

StaffService::StaffService(const ServiceContext &context)
    : m_context(context)
{ }

InputErrors StaffService::validate(const QList<NewServant> &batch) const
{
    InputErrors errors;
    const QSqlDatabase connection = m_context.database().connection();

    QSet<QString> knownInFile;
    QSet<QString> iinsInFile;
    {
        QSqlQuery query(connection);
        query.exec(QStringLiteral("SELECT personnel_no, coalesce(iin, '') FROM servant"));
        while (query.next()) {
            knownInFile.insert(query.value(0).toString());
            if (!query.value(1).toString().isEmpty())
                iinsInFile.insert(query.value(1).toString());
        }
    }

    QSet<QString> inBatch;
    for (const NewServant &servant : batch)
        inBatch.insert(servant.personnelNo);
    QHash<QString, int> firstLineOf;
    QHash<QString, int> iinLine;
    for (const NewServant &servant : batch) {
        const auto error = [&](const char *column, const QString &value, const QString &message) {
            errors << InputError{servant.line, QString::fromLatin1(column), value, message};
        };
        if (servant.personnelNo.trimmed().isEmpty())
            error("personnel_no", servant.personnelNo, tr("the personnel number cannot be empty"));
        else if (knownInFile.contains(servant.personnelNo))
            error("personnel_no", servant.personnelNo,
                tr("a servant with this personnel number is already in the file"));
        else if (firstLineOf.contains(servant.personnelNo))
            error("personnel_no", servant.personnelNo,
                tr("the personnel number is repeated (first on line %1)")
                    .arg(firstLineOf.value(servant.personnelNo)));
        else
            firstLineOf.insert(servant.personnelNo, servant.line);

        if (servant.fullName.trimmed().isEmpty())
            error("full_name", servant.fullName, tr("the full name cannot be empty"));
        if (servant.unit.trimmed().isEmpty())
            error("unit", servant.unit, tr("the unit cannot be empty"));
        if (servant.position.trimmed().isEmpty())
            error("position", servant.position, tr("the position cannot be empty"));
        if (!servant.appointed.isValid())
            error("appointed", QString(), tr("the date of appointment is required"));
        if (servant.dismissed.isValid() && servant.appointed.isValid()
            && servant.dismissed < servant.appointed)
            error("dismissed", isoDate(servant.dismissed),
                tr("the dismissal comes before the appointment (%1)")
                    .arg(isoDate(servant.appointed)));
        if (!servant.iin.isEmpty()) {
            const QString iinProblem = Iin::validationError(servant.iin);
            if (!iinProblem.isEmpty())
                error("iin", servant.iin, iinProblem);
            else if (iinsInFile.contains(servant.iin))
                error("iin", servant.iin, tr("a servant with this IIN is already in the file"));
            else if (iinLine.contains(servant.iin))
                error("iin", servant.iin,
                    tr("the IIN is repeated (first on line %1)").arg(iinLine.value(servant.iin)));
            else
                iinLine.insert(servant.iin, servant.line);
        }
        if (!servant.managerPersonnelNo.isEmpty()) {
            if (servant.managerPersonnelNo == servant.personnelNo)
                error("manager_personnel_no", servant.managerPersonnelNo,
                    tr("a servant cannot be their own manager"));
            else if (!knownInFile.contains(servant.managerPersonnelNo)
                && !inBatch.contains(servant.managerPersonnelNo))
                error("manager_personnel_no", servant.managerPersonnelNo,
                    tr("no servant has this personnel number, in the file or in this list"));
        }
    }

    // §2: one head of the apparatus at a time.
    QList<const NewServant *> heads;
    for (const NewServant &servant : batch) {
        if (servant.category == PositionCategory::Head && servant.appointed.isValid())
            heads << &servant;
    }
    for (int i = 0; i < heads.size(); ++i) {
        for (int j = i + 1; j < heads.size(); ++j) {
            const auto range = [](const NewServant *s) {
                return DateRange{
                    s->appointed, s->dismissed.isValid() ? s->dismissed : QDate(9999, 12, 31)};
            };
            if (range(heads.at(i)).overlaps(range(heads.at(j))))
                errors << InputError{heads.at(j)->line, QStringLiteral("category"),
                    QStringLiteral("head"),
                    tr("the apparatus has one head at a time; line %1 names "
                       "another for the same days")
                        .arg(heads.at(i)->line)};
        }
    }
    return errors;
}

bool StaffService::add(const QList<NewServant> &batch, InputErrors *errors)
{
    if (!mayChange(errors))
        return false;
    *errors = validate(batch);
    if (!errors->isEmpty())
        return false;

    AuditedWrite write(m_context);
    if (!write.isActive())
        return notWritten(errors, write.error());
    const QSqlDatabase connection = write.connection();

    UnitsAndPositions places(connection);
    QHash<QString, qint64> servantIds;
    QSqlQuery servantInsert(connection);
    servantInsert.prepare(
        QStringLiteral("INSERT INTO servant (personnel_no, full_name, iin) VALUES (?, ?, ?)"));
    QSqlQuery dismissalInsert(connection);
    dismissalInsert.prepare(
        QStringLiteral("INSERT INTO dismissal (servant_id, day) VALUES (?, ?)"));
    QString error;
    for (const NewServant &servant : batch) {
        servantInsert.addBindValue(servant.personnelNo.trimmed());
        servantInsert.addBindValue(servant.fullName.trimmed());
        servantInsert.addBindValue(servant.iin.isEmpty() ? QVariant() : QVariant(servant.iin));
        if (!write.exec(servantInsert))
            return notWritten(errors, write.error());
        const qint64 id = servantInsert.lastInsertId().toLongLong();
        servantIds.insert(servant.personnelNo, id);
        if (servant.dismissed.isValid()) {
            dismissalInsert.addBindValue(id);
            dismissalInsert.addBindValue(isoDate(servant.dismissed));
            if (!write.exec(dismissalInsert))
                return notWritten(errors, write.error());
        }
        AuditEntry entry;
        entry.action = QStringLiteral("create");
        entry.entity = QStringLiteral("servant");
        entry.entityId = servant.personnelNo;
        entry.field = QStringLiteral("full_name");
        entry.newValue = servant.fullName.trimmed();
        if (!write.audit(entry))
            return notWritten(errors, write.error());
    }

    // Managers may come later in the batch than the servants they manage: a second pass.
    QSqlQuery managerLookup(connection);
    managerLookup.prepare(QStringLiteral("SELECT id FROM servant WHERE personnel_no = ?"));
    QSqlQuery assignmentInsert(connection);
    assignmentInsert.prepare(
        QStringLiteral("INSERT INTO assignment (servant_id, position_id, "
                       "manager_id, first_day, last_day) VALUES (?, ?, ?, ?, ?)"));
    for (const NewServant &servant : batch) {
        const auto positionId = places.position(
            servant.unit.trimmed(), servant.position.trimmed(), servant.category, &error);
        if (!positionId)
            return notWritten(errors, error);
        QVariant managerId;
        if (!servant.managerPersonnelNo.isEmpty()) {
            if (servantIds.contains(servant.managerPersonnelNo)) {
                managerId = servantIds.value(servant.managerPersonnelNo);
            } else {
                managerLookup.addBindValue(servant.managerPersonnelNo);
                if (managerLookup.exec() && managerLookup.next())
                    managerId = managerLookup.value(0);
            }
        }
        assignmentInsert.addBindValue(servantIds.value(servant.personnelNo));
        assignmentInsert.addBindValue(*positionId);
        assignmentInsert.addBindValue(managerId);
        assignmentInsert.addBindValue(isoDate(servant.appointed));
        assignmentInsert.addBindValue(dateValue(servant.dismissed));
        if (!write.exec(assignmentInsert))
            return notWritten(errors, write.error());
    }
    if (!write.commit())
        return notWritten(errors, write.error());
    return true;
}

bool StaffService::addAbsence(
    const QString &personnelNo, const Absence &absence, InputErrors *errors)
{
    if (!mayChange(errors))
        return false;
    if (!absence.days.isValid()) {
        *errors << InputError{0, QStringLiteral("days"), QString(),
            tr("an absence needs a first and a last day, the last not before "
               "the first")};
        return false;
    }
    AuditedWrite write(m_context);
    QSqlQuery insert(write.connection());
    insert.prepare(QStringLiteral("INSERT INTO absence (servant_id, kind, first_day, last_day) "
                                  "SELECT id, ?, ?, ? FROM servant WHERE personnel_no = ?"));
    insert.addBindValue(absenceKindKey(absence.kind));
    insert.addBindValue(isoDate(absence.days.first));
    insert.addBindValue(isoDate(absence.days.last));
    insert.addBindValue(personnelNo);
    if (!write.exec(insert) || insert.numRowsAffected() != 1) {
        *errors << InputError{0, QStringLiteral("personnel_no"), personnelNo,
            tr("no servant has this personnel number")};
        return false;
    }
    AuditEntry entry;
    entry.action = QStringLiteral("create");
    entry.entity = QStringLiteral("absence");
    entry.entityId = personnelNo;
    entry.field = absenceKindKey(absence.kind);
    entry.newValue =
        isoDate(absence.days.first) + QStringLiteral("..") + isoDate(absence.days.last);
    if (!write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

QList<StaffMember> StaffService::staffDuring(const DateRange &range) const
{
    const QSqlDatabase connection = m_context.database().connection();
    QSqlQuery query(connection);
    query.prepare(QStringLiteral(
        "SELECT s.id, s.personnel_no, s.full_name, p.category, u.name_ru, p.title, a.first_day, "
        "a.last_day, d.day, m.personnel_no FROM assignment a "
        "JOIN servant s ON s.id = a.servant_id JOIN position p ON p.id = a.position_id "
        "JOIN unit u ON u.id = p.unit_id LEFT JOIN dismissal d ON d.servant_id = s.id "
        "LEFT JOIN servant m ON m.id = a.manager_id "
        "WHERE a.first_day <= ? AND (a.last_day IS NULL OR a.last_day >= ?) "
        "ORDER BY s.personnel_no, a.first_day"));
    query.addBindValue(isoDate(range.last));
    query.addBindValue(isoDate(range.first));
    QList<StaffMember> staff;
    QHash<qint64, qsizetype> indexOf;
    if (!query.exec())
        return staff;
    while (query.next()) {
        StaffMember member;
        member.id = query.value(0).toLongLong();
        member.personnelNo = query.value(1).toString();
        member.fullName = query.value(2).toString();
        member.category =
            positionCategoryFromKey(query.value(3).toString()).value_or(PositionCategory::CorpsB);
        member.unit = query.value(4).toString();
        member.position = query.value(5).toString();
        member.inPosition = {dateFrom(query.value(6)), dateFrom(query.value(7))};
        member.dismissed = dateFrom(query.value(8));
        member.managerPersonnelNo = query.value(9).toString();
        // The last position held in the range is the one evaluated (ordered by first day).
        if (const auto found = indexOf.constFind(member.id); found != indexOf.constEnd()) {
            staff[*found] = member;
        } else {
            indexOf.insert(member.id, staff.size());
            staff << member;
        }
    }

    // Absences that touch the range or the two months after it, when evaluations are made.
    QSqlQuery absences(connection);
    absences.prepare(QStringLiteral("SELECT servant_id, kind, first_day, last_day FROM absence "
                                    "WHERE first_day <= ? AND last_day >= ?"));
    absences.addBindValue(isoDate(range.last.addMonths(2)));
    absences.addBindValue(isoDate(range.first));
    if (absences.exec()) {
        while (absences.next()) {
            const auto found = indexOf.constFind(absences.value(0).toLongLong());
            const auto kind = absenceKindFromKey(absences.value(1).toString());
            if (found == indexOf.constEnd() || !kind)
                continue;
            staff[*found].absences
                << Absence{*kind, {dateFrom(absences.value(2)), dateFrom(absences.value(3))}};
        }
    }
    return staff;
}

bool StaffService::mayChange(InputErrors *errors) const
{
    QString refusal;
    if (AccessControl(m_context).mayForEveryone(Action::ChangeStaff, &refusal))
        return true;
    *errors << InputError{0, QString(), QString(), refusal, true};
    return false;
}

int StaffService::servantCount() const
{
    QSqlQuery query(m_context.database().connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM servant")) && query.next()
        ? query.value(0).toInt()
        : 0;
}

QList<StaffMember> StaffService::staffVisibleDuring(const DateRange &range) const
{
    QList<StaffMember> staff = staffDuring(range);
    const auto allowed = AccessControl(m_context).allowedServants(Action::ReadStaff, range);
    if (allowed) {
        staff.removeIf(
            [&](const StaffMember &member) { return !allowed->contains(member.personnelNo); });
    }
    return staff;
}

std::optional<qint64> StaffService::servantIdOf(const QString &personnelNo) const
{
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral("SELECT id FROM servant WHERE personnel_no = ?"));
    query.addBindValue(personnelNo);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<ServantHistory> StaffService::history(
    const QString &personnelNo, QString *error) const
{
    // The whole record is asked for, so the whole service counts: from the first day the file
    // can hold to today.
    const DateRange ever{QDate(1900, 1, 1), m_context.clock().today()};
    if (!AccessControl(m_context).mayFor(Action::ReadStaff, personnelNo, ever, error))
        return std::nullopt;

    const QSqlDatabase connection = m_context.database().connection();
    QSqlQuery servant(connection);
    servant.prepare(QStringLiteral("SELECT s.id, s.full_name, coalesce(s.iin, ''), d.day, d.reason "
                                   "FROM servant s LEFT JOIN dismissal d ON d.servant_id = s.id "
                                   "WHERE s.personnel_no = ?"));
    servant.addBindValue(personnelNo);
    if (!servant.exec() || !servant.next()) {
        *error = tr("no servant has the personnel number %1").arg(personnelNo);
        return std::nullopt;
    }
    const qint64 id = servant.value(0).toLongLong();
    ServantHistory history;
    history.personnelNo = personnelNo;
    history.fullName = servant.value(1).toString();
    history.iin = servant.value(2).toString();
    history.dismissed = dateFrom(servant.value(3));
    history.dismissalReason = servant.value(4).toString();

    QSqlQuery assignments(connection);
    assignments.prepare(QStringLiteral(
        "SELECT u.name_ru, p.title, p.category, m.personnel_no, m.full_name, a.first_day, "
        "a.last_day FROM assignment a JOIN position p ON p.id = a.position_id "
        "JOIN unit u ON u.id = p.unit_id LEFT JOIN servant m ON m.id = a.manager_id "
        "WHERE a.servant_id = ? ORDER BY a.first_day, a.id"));
    assignments.addBindValue(id);
    if (assignments.exec()) {
        while (assignments.next()) {
            AssignmentRecord record;
            record.unit = assignments.value(0).toString();
            record.position = assignments.value(1).toString();
            record.category = positionCategoryFromKey(assignments.value(2).toString())
                                  .value_or(PositionCategory::CorpsB);
            record.managerPersonnelNo = assignments.value(3).toString();
            record.managerName = assignments.value(4).toString();
            record.days = {dateFrom(assignments.value(5)), dateFrom(assignments.value(6))};
            history.assignments << record;
        }
    }

    QSqlQuery absences(connection);
    absences.prepare(QStringLiteral("SELECT kind, first_day, last_day FROM absence "
                                    "WHERE servant_id = ? ORDER BY first_day, id"));
    absences.addBindValue(id);
    if (absences.exec()) {
        while (absences.next()) {
            if (const auto kind = absenceKindFromKey(absences.value(0).toString()))
                history.absences << Absence{
                    *kind, {dateFrom(absences.value(1)), dateFrom(absences.value(2))}};
        }
    }
    return history;
}

bool StaffService::audited(const AuditEntry &entry, InputErrors *errors) const
{
    QString error;
    if (m_context.audit(entry, &error))
        return true;
    *errors << InputError{0, QString(), QString(), tr("nothing was written: %1").arg(error)};
    return false;
}

namespace {

InputError unknownServant(const QString &personnelNo)
{
    return {0, QStringLiteral("personnel_no"), personnelNo,
        StaffService::tr("no servant has this personnel number")};
}

InputError notWritten(const QString &error)
{
    return {0, QString(), QString(), StaffService::tr("nothing was written: %1").arg(error)};
}

AuditEntry auditEntry(const char *action, const char *entity, const QString &personnelNo,
    const char *field, const QString &oldValue, const QString &newValue)
{
    AuditEntry entry;
    entry.action = QString::fromLatin1(action);
    entry.entity = QString::fromLatin1(entity);
    entry.entityId = personnelNo;
    entry.field = QString::fromLatin1(field);
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    return entry;
}

bool run(QSqlQuery &query, InputErrors *errors)
{
    if (query.exec())
        return true;
    *errors << notWritten(query.lastError().text());
    return false;
}

} // namespace

bool StaffService::removeServant(const QString &personnelNo, InputErrors *errors)
{
    if (!mayChange(errors))
        return false;
    const QSqlDatabase connection = m_context.database().connection();
    const auto id = servantIdIn(connection, personnelNo);
    if (!id) {
        *errors << unknownServant(personnelNo);
        return false;
    }
    // Their own positions and dismissal go with them; anything else keeps them in the file.
    const QStringList referring = referringTables(connection, QStringLiteral("servant"), *id,
        {QStringLiteral("assignment.servant_id"), QStringLiteral("dismissal.servant_id")});
    if (!referring.isEmpty()) {
        *errors << InputError{0, QStringLiteral("personnel_no"), personnelNo,
            tr("the servant can no longer be removed: the file refers to them in %1")
                .arg(referring.join(QStringLiteral(", ")))};
        return false;
    }
    QSqlQuery name(connection);
    name.prepare(QStringLiteral("SELECT full_name FROM servant WHERE id = ?"));
    name.addBindValue(*id);
    const QString fullName = name.exec() && name.next() ? name.value(0).toString() : QString();

    Transaction transaction(connection);
    if (!transaction.isActive()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    for (const char *sql : {"DELETE FROM assignment WHERE servant_id = ?",
             "DELETE FROM dismissal WHERE servant_id = ?", "DELETE FROM servant WHERE id = ?"}) {
        QSqlQuery query(connection);
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(*id);
        if (!run(query, errors))
            return false;
    }
    if (!audited(
            auditEntry("delete", "servant", personnelNo, "full_name", fullName, QString()), errors))
        return false;
    if (!transaction.commit()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    return true;
}

bool StaffService::removeAbsence(
    const QString &personnelNo, const Absence &absence, InputErrors *errors)
{
    if (!mayChange(errors))
        return false;
    const QSqlDatabase connection = m_context.database().connection();
    if (!servantIdIn(connection, personnelNo)) {
        *errors << unknownServant(personnelNo);
        return false;
    }
    Transaction transaction(connection);
    if (!transaction.isActive()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    QSqlQuery remove(connection);
    remove.prepare(QStringLiteral(
        "DELETE FROM absence WHERE id = (SELECT a.id FROM absence a JOIN servant s ON "
        "s.id = a.servant_id WHERE s.personnel_no = ? AND a.kind = ? AND a.first_day = ? "
        "AND a.last_day = ? ORDER BY a.id DESC LIMIT 1)"));
    remove.addBindValue(personnelNo);
    remove.addBindValue(absenceKindKey(absence.kind));
    remove.addBindValue(isoDate(absence.days.first));
    remove.addBindValue(isoDate(absence.days.last));
    if (!run(remove, errors))
        return false;
    const QString days =
        isoDate(absence.days.first) + QStringLiteral("..") + isoDate(absence.days.last);
    if (remove.numRowsAffected() != 1) {
        *errors << InputError{
            0, QStringLiteral("days"), days, tr("the servant has no such absence in the file")};
        return false;
    }
    AuditEntry entry = auditEntry("delete", "absence", personnelNo, "", days, QString());
    entry.field = absenceKindKey(absence.kind); // as addAbsence audits it
    if (!audited(entry, errors))
        return false;
    if (!transaction.commit()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    return true;
}

bool StaffService::editServant(
    const QString &personnelNo, const ServantDetails &details, InputErrors *errors)
{
    if (!mayChange(errors))
        return false;
    const QSqlDatabase connection = m_context.database().connection();
    const auto id = servantIdIn(connection, personnelNo);
    if (!id) {
        *errors << unknownServant(personnelNo);
        return false;
    }
    const QString fullName = details.fullName.trimmed();
    const QString iin = details.iin.trimmed();
    InputErrors found;
    if (fullName.isEmpty())
        found << InputError{
            0, QStringLiteral("full_name"), details.fullName, tr("the full name cannot be empty")};
    if (!iin.isEmpty()) {
        const QString problem = Iin::validationError(iin);
        QSqlQuery other(connection);
        other.prepare(QStringLiteral("SELECT 1 FROM servant WHERE iin = ? AND id <> ?"));
        other.addBindValue(iin);
        other.addBindValue(*id);
        if (!problem.isEmpty())
            found << InputError{0, QStringLiteral("iin"), iin, problem};
        else if (other.exec() && other.next())
            found << InputError{0, QStringLiteral("iin"), iin,
                tr("a servant with this IIN is already in the file")};
    }
    if (!found.isEmpty()) {
        *errors << found;
        return false;
    }

    QSqlQuery before(connection);
    before.prepare(QStringLiteral("SELECT full_name, coalesce(iin, '') FROM servant WHERE id = ?"));
    before.addBindValue(*id);
    if (!before.exec() || !before.next()) {
        *errors << unknownServant(personnelNo);
        return false;
    }
    const QString oldName = before.value(0).toString();
    const QString oldIin = before.value(1).toString();
    if (oldName == fullName && oldIin == iin)
        return true;

    Transaction transaction(connection);
    if (!transaction.isActive()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    QSqlQuery update(connection);
    update.prepare(QStringLiteral("UPDATE servant SET full_name = ?, iin = ? WHERE id = ?"));
    update.addBindValue(fullName);
    update.addBindValue(iin.isEmpty() ? QVariant() : QVariant(iin));
    update.addBindValue(*id);
    if (!run(update, errors))
        return false;
    if (oldName != fullName
        && !audited(
            auditEntry("update", "servant", personnelNo, "full_name", oldName, fullName), errors))
        return false;
    if (oldIin != iin
        && !audited(auditEntry("update", "servant", personnelNo, "iin", oldIin, iin), errors))
        return false;
    if (!transaction.commit()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    return true;
}

std::optional<Reassignment> StaffService::reassign(
    const QString &personnelNo, const NewAssignment &assignment, InputErrors *errors)
{
    if (!mayChange(errors))
        return std::nullopt;
    const QSqlDatabase connection = m_context.database().connection();
    const auto id = servantIdIn(connection, personnelNo);
    if (!id) {
        *errors << unknownServant(personnelNo);
        return std::nullopt;
    }
    const auto error = [&](const char *column, const QString &value, const QString &message) {
        *errors << InputError{0, QString::fromLatin1(column), value, message};
    };
    const qsizetype errorsBefore = errors->size();
    const QString unit = assignment.unit.trimmed();
    const QString title = assignment.position.trimmed();
    const QString managerNo = assignment.managerPersonnelNo.trimmed();
    const QDate from = assignment.from;
    if (unit.isEmpty())
        error("unit", assignment.unit, tr("the unit cannot be empty"));
    if (title.isEmpty())
        error("position", assignment.position, tr("the position cannot be empty"));
    QVariant managerId;
    if (!managerNo.isEmpty()) {
        const auto manager = servantIdIn(connection, managerNo);
        if (managerNo == personnelNo)
            error("manager_personnel_no", managerNo, tr("a servant cannot be their own manager"));
        else if (!manager)
            error("manager_personnel_no", managerNo, tr("no servant has this personnel number"));
        else
            managerId = *manager;
    }
    const auto held = latestAssignment(connection, *id);
    if (const QDate dismissed = dismissalDay(connection, *id); dismissed.isValid())
        error("from", isoDate(from),
            tr("the servant was dismissed on %1; cancel the dismissal first")
                .arg(isoDate(dismissed)));
    else if (!from.isValid())
        error("from", QString(), tr("the first day in the new position is required"));
    else if (held && from <= held->days.first)
        error("from", isoDate(from),
            tr("the new position must begin after the first day of the current one (%1)")
                .arg(isoDate(held->days.first)));
    if (assignment.category == PositionCategory::Head && from.isValid()) {
        // §2: one head of the apparatus at a time.
        QSqlQuery heads(connection);
        heads.prepare(QStringLiteral(
            "SELECT s.personnel_no FROM assignment a JOIN position p ON p.id = a.position_id "
            "JOIN servant s ON s.id = a.servant_id WHERE p.category = 'head' "
            "AND a.servant_id <> ? AND (a.last_day IS NULL OR a.last_day >= ?) LIMIT 1"));
        heads.addBindValue(*id);
        heads.addBindValue(isoDate(from));
        if (heads.exec() && heads.next())
            error("category", QStringLiteral("head"),
                tr("the apparatus has one head at a time; %1 holds that position on that day")
                    .arg(heads.value(0).toString()));
    }
    if (errors->size() != errorsBefore)
        return std::nullopt;

    Transaction transaction(connection);
    if (!transaction.isActive()) {
        *errors << notWritten(transaction.error());
        return std::nullopt;
    }
    Reassignment done;
    QString oldDescription;
    if (held) {
        done.previousAssignment = held->id;
        done.previousLastDay = held->days.last;
        oldDescription = held->description;
        // An ended secondment that lasted past the new first day is cut short as well.
        if (!held->days.last.isValid() || held->days.last >= from) {
            QSqlQuery end(connection);
            end.prepare(QStringLiteral("UPDATE assignment SET last_day = ? WHERE id = ?"));
            end.addBindValue(isoDate(from.addDays(-1)));
            end.addBindValue(held->id);
            if (!run(end, errors))
                return std::nullopt;
        }
    }
    QString failure;
    const auto positionId =
        UnitsAndPositions(connection).position(unit, title, assignment.category, &failure);
    if (!positionId) {
        *errors << notWritten(failure);
        return std::nullopt;
    }
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral("INSERT INTO assignment (servant_id, position_id, manager_id, "
                                  "first_day, last_day) VALUES (?, ?, ?, ?, NULL)"));
    insert.addBindValue(*id);
    insert.addBindValue(*positionId);
    insert.addBindValue(managerId);
    insert.addBindValue(isoDate(from));
    if (!run(insert, errors))
        return std::nullopt;
    done.newAssignment = insert.lastInsertId().toLongLong();
    const auto added = latestAssignment(connection, *id);
    AuditEntry entry = auditEntry("update", "assignment", personnelNo, "position", oldDescription,
        (added ? added->description : title) + QStringLiteral(" from ") + isoDate(from));
    if (!audited(entry, errors))
        return std::nullopt;
    if (!transaction.commit()) {
        *errors << notWritten(transaction.error());
        return std::nullopt;
    }
    return done;
}

bool StaffService::undoReassign(
    const QString &personnelNo, const Reassignment &reassignment, InputErrors *errors)
{
    if (!mayChange(errors))
        return false;
    const QSqlDatabase connection = m_context.database().connection();
    const auto id = servantIdIn(connection, personnelNo);
    if (!id) {
        *errors << unknownServant(personnelNo);
        return false;
    }
    const auto held = latestAssignment(connection, *id);
    const auto refuse = [&](const QString &message) {
        *errors << InputError{0, QStringLiteral("from"), QString(), message};
        return false;
    };
    if (!held || held->id != reassignment.newAssignment)
        return refuse(tr("the position is no longer the servant's last one; undo the later "
                         "change first"));
    if (held->days.last.isValid())
        return refuse(tr("the position has ended since (on %1); undo that first")
                          .arg(isoDate(held->days.last)));
    QSqlQuery sheets(connection);
    sheets.prepare(QStringLiteral(
        "SELECT min(quarter) FROM score_sheet WHERE servant_id = ? AND quarter >= ?"));
    sheets.addBindValue(*id);
    sheets.addBindValue(quarterKey(held->days.first));
    if (sheets.exec() && sheets.next() && !sheets.value(0).isNull())
        return refuse(tr("a score sheet of %1 already depends on the new position")
                          .arg(sheets.value(0).toString()));
    const QStringList referring =
        referringTables(connection, QStringLiteral("assignment"), held->id, {});
    if (!referring.isEmpty())
        return refuse(tr("the file refers to the new position in %1")
                          .arg(referring.join(QStringLiteral(", "))));

    Transaction transaction(connection);
    if (!transaction.isActive()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    QSqlQuery remove(connection);
    remove.prepare(QStringLiteral("DELETE FROM assignment WHERE id = ?"));
    remove.addBindValue(held->id);
    if (!run(remove, errors))
        return false;
    QString restored;
    if (reassignment.previousAssignment != 0) {
        QSqlQuery restore(connection);
        restore.prepare(
            QStringLiteral("UPDATE assignment SET last_day = ? WHERE id = ? AND servant_id = ?"));
        restore.addBindValue(dateValue(reassignment.previousLastDay));
        restore.addBindValue(reassignment.previousAssignment);
        restore.addBindValue(*id);
        if (!run(restore, errors))
            return false;
        if (const auto previous = latestAssignment(connection, *id))
            restored = previous->description;
    }
    AuditEntry entry = auditEntry("update", "assignment", personnelNo, "position",
        held->description + QStringLiteral(" from ") + isoDate(held->days.first), restored);
    entry.reason = QStringLiteral("undo");
    if (!audited(entry, errors))
        return false;
    if (!transaction.commit()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    return true;
}

bool StaffService::endAssignment(const QString &personnelNo, QDate lastDay, InputErrors *errors)
{
    if (!mayChange(errors))
        return false;
    const QSqlDatabase connection = m_context.database().connection();
    const auto id = servantIdIn(connection, personnelNo);
    if (!id) {
        *errors << unknownServant(personnelNo);
        return false;
    }
    const auto held = latestAssignment(connection, *id);
    const auto refuse = [&](const QString &message) {
        *errors << InputError{0, QStringLiteral("last_day"), isoDate(lastDay), message};
        return false;
    };
    if (!held || held->days.last.isValid())
        return refuse(tr("the servant holds no position that is still open"));
    if (!lastDay.isValid())
        return refuse(tr("the last day is required"));
    if (lastDay < held->days.first)
        return refuse(tr("the last day comes before the first day in the position (%1)")
                          .arg(isoDate(held->days.first)));
    Transaction transaction(connection);
    if (!transaction.isActive()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    QSqlQuery end(connection);
    end.prepare(QStringLiteral("UPDATE assignment SET last_day = ? WHERE id = ?"));
    end.addBindValue(isoDate(lastDay));
    end.addBindValue(held->id);
    if (!run(end, errors))
        return false;
    if (!audited(auditEntry(
                     "update", "assignment", personnelNo, "last_day", QString(), isoDate(lastDay)),
            errors))
        return false;
    if (!transaction.commit()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    return true;
}

bool StaffService::reopenAssignment(const QString &personnelNo, InputErrors *errors)
{
    if (!mayChange(errors))
        return false;
    const QSqlDatabase connection = m_context.database().connection();
    const auto id = servantIdIn(connection, personnelNo);
    if (!id) {
        *errors << unknownServant(personnelNo);
        return false;
    }
    const auto held = latestAssignment(connection, *id);
    const auto refuse = [&](const QString &message) {
        *errors << InputError{0, QStringLiteral("last_day"), QString(), message};
        return false;
    };
    if (const QDate dismissed = dismissalDay(connection, *id); dismissed.isValid())
        return refuse(tr("the servant was dismissed on %1; cancel the dismissal instead")
                          .arg(isoDate(dismissed)));
    if (!held || !held->days.last.isValid())
        return refuse(tr("the servant's last position has not ended"));
    Transaction transaction(connection);
    if (!transaction.isActive()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    QSqlQuery reopen(connection);
    reopen.prepare(QStringLiteral("UPDATE assignment SET last_day = NULL WHERE id = ?"));
    reopen.addBindValue(held->id);
    if (!run(reopen, errors))
        return false;
    AuditEntry entry = auditEntry(
        "update", "assignment", personnelNo, "last_day", isoDate(held->days.last), QString());
    entry.reason = QStringLiteral("undo");
    if (!audited(entry, errors))
        return false;
    if (!transaction.commit()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    return true;
}

bool StaffService::dismiss(
    const QString &personnelNo, QDate day, const QString &reason, InputErrors *errors)
{
    if (!mayChange(errors))
        return false;
    const QSqlDatabase connection = m_context.database().connection();
    const auto id = servantIdIn(connection, personnelNo);
    if (!id) {
        *errors << unknownServant(personnelNo);
        return false;
    }
    const qsizetype errorsBefore = errors->size();
    const auto error = [&](const char *column, const QString &value, const QString &message) {
        *errors << InputError{0, QString::fromLatin1(column), value, message};
    };
    const auto held = latestAssignment(connection, *id);
    if (const QDate dismissed = dismissalDay(connection, *id); dismissed.isValid())
        error("day", isoDate(day),
            tr("the servant was already dismissed on %1").arg(isoDate(dismissed)));
    else if (!day.isValid())
        error("day", QString(), tr("the day of dismissal is required"));
    else if (held && !held->days.last.isValid() && day < held->days.first)
        error("day", isoDate(day),
            tr("the dismissal comes before the appointment (%1)").arg(isoDate(held->days.first)));
    else if (held && held->days.last.isValid() && day <= held->days.last)
        // cancelDismissal reopens the assignment that ended on the dismissal day, so that day
        // must be the dismissal's own.
        error("day", isoDate(day),
            tr("the last position ended on %1; the dismissal must come after it")
                .arg(isoDate(held->days.last)));
    if (reason.trimmed().isEmpty())
        error("reason", reason,
            tr("the reason cannot be empty: the order or the article of the law"));
    if (errors->size() != errorsBefore)
        return false;

    Transaction transaction(connection);
    if (!transaction.isActive()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    QSqlQuery insert(connection);
    insert.prepare(
        QStringLiteral("INSERT INTO dismissal (servant_id, day, reason) VALUES (?, ?, ?)"));
    insert.addBindValue(*id);
    insert.addBindValue(isoDate(day));
    insert.addBindValue(reason.trimmed());
    if (!run(insert, errors))
        return false;
    if (held && !held->days.last.isValid()) {
        QSqlQuery end(connection);
        end.prepare(QStringLiteral("UPDATE assignment SET last_day = ? WHERE id = ?"));
        end.addBindValue(isoDate(day));
        end.addBindValue(held->id);
        if (!run(end, errors))
            return false;
    }
    AuditEntry entry =
        auditEntry("create", "dismissal", personnelNo, "day", QString(), isoDate(day));
    entry.reason = reason.trimmed();
    if (!audited(entry, errors))
        return false;
    if (!transaction.commit()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    return true;
}

bool StaffService::cancelDismissal(const QString &personnelNo, InputErrors *errors)
{
    if (!mayChange(errors))
        return false;
    const QSqlDatabase connection = m_context.database().connection();
    const auto id = servantIdIn(connection, personnelNo);
    if (!id) {
        *errors << unknownServant(personnelNo);
        return false;
    }
    const QDate day = dismissalDay(connection, *id);
    if (!day.isValid()) {
        *errors << InputError{
            0, QStringLiteral("day"), QString(), tr("the servant has not been dismissed")};
        return false;
    }
    const auto held = latestAssignment(connection, *id);
    Transaction transaction(connection);
    if (!transaction.isActive()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    QSqlQuery remove(connection);
    remove.prepare(QStringLiteral("DELETE FROM dismissal WHERE servant_id = ?"));
    remove.addBindValue(*id);
    if (!run(remove, errors))
        return false;
    if (held && held->days.last == day) {
        QSqlQuery reopen(connection);
        reopen.prepare(QStringLiteral("UPDATE assignment SET last_day = NULL WHERE id = ?"));
        reopen.addBindValue(held->id);
        if (!run(reopen, errors))
            return false;
    }
    AuditEntry entry =
        auditEntry("delete", "dismissal", personnelNo, "day", isoDate(day), QString());
    entry.reason = QStringLiteral("undo");
    if (!audited(entry, errors))
        return false;
    if (!transaction.commit()) {
        *errors << notWritten(transaction.error());
        return false;
    }
    return true;
}

} // namespace bagalau
