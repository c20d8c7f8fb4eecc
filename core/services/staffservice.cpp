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
    servant.prepare(QStringLiteral("SELECT s.id, s.full_name, coalesce(s.iin, ''), d.day "
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

} // namespace bagalau
