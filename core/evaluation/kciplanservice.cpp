// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/kciplanservice.h"

#include "access/accesscontrol.h"
#include "clock.h"
#include "services/auditedwrite.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace bagalau {

namespace {

QString directionColumn(KciDirection direction)
{
    return direction == KciDirection::LessIsBetter ? QStringLiteral("less")
                                                   : QStringLiteral("more");
}

KciDirection directionFromColumn(const QString &value)
{
    return value == QLatin1String("less") ? KciDirection::LessIsBetter : KciDirection::MoreIsBetter;
}

QString isoOrEmpty(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QVariant isoOrNull(QDate day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate))
                         : QVariant(QMetaType(QMetaType::QString));
}

// The fields of a KCI as kci_change names them, with their values as text.
QList<std::pair<QString, QString>> fieldsOf(const KciItem &item)
{
    return {{QStringLiteral("title"), item.title}, {QStringLiteral("unit"), item.unit},
        {QStringLiteral("plan_value"), item.planValue},
        {QStringLiteral("direction"), directionColumn(item.direction)},
        {QStringLiteral("due"), isoOrEmpty(item.due)},
        {QStringLiteral("source"), item.sourceDocument},
        {QStringLiteral("expected"), item.expectedResult}};
}

QList<KciItem> readKcis(QSqlDatabase connection, qint64 planId)
{
    QList<KciItem> kcis;
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT number, title, unit_of_measure, plan_value, direction, "
                                 "due_date, source_document, expected_result FROM kci WHERE "
                                 "plan_id = ? ORDER BY number"));
    query.addBindValue(planId);
    if (query.exec()) {
        while (query.next()) {
            KciItem item;
            item.number = query.value(0).toInt();
            item.title = query.value(1).toString();
            item.unit = query.value(2).toString();
            item.planValue = query.value(3).toString();
            item.direction = directionFromColumn(query.value(4).toString());
            item.due = QDate::fromString(query.value(5).toString(), Qt::ISODate);
            item.sourceDocument = query.value(6).toString();
            item.expectedResult = query.value(7).toString();
            kcis << item;
        }
    }
    return kcis;
}

// A field left empty is stored as '' (the columns are NOT NULL), never as a null QString's NULL.
QString cleaned(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

InputError failure(const QString &message)
{
    return InputError{0, QString(), QString(), message};
}

// A write the database refused: none of it stays, and the user reads the database's reason.
bool notWritten(InputErrors *errors, const QString &why)
{
    *errors << failure(KciPlanService::tr("nothing was written: %1").arg(why));
    return false;
}

} // namespace

Kci KciItem::toKci() const
{
    return Kci{
        title, unit, Decimal::parse(planValue.trimmed()).value_or(Decimal()), Decimal(), direction};
}

QString kciPlanStatusKey(KciPlanStatus status)
{
    switch (status) {
    case KciPlanStatus::None:
        return QStringLiteral("none");
    case KciPlanStatus::Draft:
        return QStringLiteral("draft");
    case KciPlanStatus::Approved:
        return QStringLiteral("approved");
    }
    return {};
}

struct KciPlanService::Subject
{
    qint64 servantId = 0;
    qint64 planId = 0; // 0 while the head has no plan
    KciPlanRecord record;
};

KciPlanService::KciPlanService(const ServiceContext &context)
    : m_context(context)
{ }

std::optional<KciPlanService::Subject> KciPlanService::subject(
    const QString &personnelNo, const Quarter &quarter, Action action, InputErrors *errors) const
{
    QString refusal;
    if (!AccessControl(m_context).mayFor(action, personnelNo, quarter.range(), &refusal)) {
        *errors << InputError{0, QStringLiteral("personnel_no"), personnelNo, refusal, true};
        return std::nullopt;
    }
    const QList<StaffMember> staff = StaffService(m_context).staffDuring(quarter.range());
    const auto member = std::find_if(staff.cbegin(), staff.cend(),
        [&](const StaffMember &m) { return m.personnelNo == personnelNo; });
    if (member == staff.cend()) {
        *errors << InputError{0, QStringLiteral("personnel_no"), personnelNo,
            tr("the servant held no position in %1").arg(quarter.key())};
        return std::nullopt;
    }
    // §21, §28: the head of the apparatus is evaluated by KCI, corps B by ranking.
    if (member->category != PositionCategory::Head) {
        *errors << InputError{0, QStringLiteral("personnel_no"), personnelNo,
            tr("only the head of the apparatus has KCI; corps B servants are evaluated by "
               "ranking (§21, §28)")};
        return std::nullopt;
    }
    return subjectOf(*member, quarter);
}

KciPlanService::Subject KciPlanService::subjectOf(
    const StaffMember &member, const Quarter &quarter) const
{
    Subject subject;
    subject.servantId = member.id;
    KciPlanRecord &record = subject.record;
    record.personnelNo = member.personnelNo;
    record.fullName = member.fullName;
    record.quarter = quarter;
    const Deadlines deadlines = m_context.deadlines();
    const QuarterDeadlines dates = deadlines.quarter(quarter);
    record.due = member.inPosition.first > quarter.firstDay()
        ? deadlines.kciPlanDueAfterAppointment(member.inPosition.first)
        : dates.kciPlanDue;
    if (const auto eligibility =
            assessEligibility(member.eligibilityInput(quarter, dates.evaluationDue)))
        record.kciAllowed = eligibility->kciAllowed;

    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral("SELECT id, status, drawn_up_on, approved_on, approved_by FROM "
                                 "kci_plan WHERE servant_id = ? AND period_first = ? AND regime "
                                 "= 'quarterly'"));
    query.addBindValue(subject.servantId);
    query.addBindValue(quarter.firstDay().toString(Qt::ISODate));
    if (query.exec() && query.next()) {
        subject.planId = query.value(0).toLongLong();
        record.status = query.value(1).toString() == QLatin1String("approved")
            ? KciPlanStatus::Approved
            : KciPlanStatus::Draft;
        record.drawnUpOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        record.approvedOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        record.approvedBy = query.value(4).toString();
        record.kcis = readKcis(m_context.database().connection(), subject.planId);
    }
    return subject;
}

QList<KciPlanRecord> KciPlanService::plansOf(const Quarter &quarter) const
{
    QList<KciPlanRecord> plans;
    const auto allowed =
        AccessControl(m_context).allowedServants(Action::ReadKciPlans, quarter.range());
    // One staff list for the whole quarter: an akimat of thousands has only a few heads.
    const QList<StaffMember> staff = StaffService(m_context).staffDuring(quarter.range());
    for (const StaffMember &member : staff) {
        if (member.category == PositionCategory::Head
            && (!allowed || allowed->contains(member.personnelNo)))
            plans << subjectOf(member, quarter).record;
    }
    return plans;
}

std::optional<KciPlanRecord> KciPlanService::plan(
    const QString &personnelNo, const Quarter &quarter, QString *error) const
{
    InputErrors errors;
    const auto found = subject(personnelNo, quarter, Action::ReadKciPlans, &errors);
    if (!found) {
        *error = errors.value(0).message;
        return std::nullopt;
    }
    return found->record;
}

InputErrors KciPlanService::validateKci(const KciItem &item, const Quarter &quarter) const
{
    InputErrors errors;
    const auto error = [&](const char *field, const QString &value, const QString &message) {
        errors << InputError{item.number, QString::fromLatin1(field), value, message};
    };
    if (item.number < 1 || item.number > MaxKciCount)
        error("number", QString::number(item.number),
            tr("the KCI number is a whole number from 1 to 5 (§23)"));
    if (item.title.trimmed().isEmpty())
        error("title", item.title, tr("write what is to be achieved: specific (§24)"));
    if (item.unit.trimmed().isEmpty())
        error("unit", item.unit, tr("write the unit of measure: measurable (§24)"));
    const auto plan = Decimal::parse(item.planValue.trimmed());
    if (!plan)
        error("plan_value", item.planValue,
            tr("the plan value is a number such as 95 or 12.5, with a point"));
    else if (plan->isNegative())
        error("plan_value", item.planValue, tr("the plan value cannot be negative"));
    else if (plan->isZero() && item.direction == KciDirection::MoreIsBetter)
        error("plan_value", item.planValue,
            tr("a plan of 0 where more is better cannot be realized in percent"));
    if (!item.due.isValid() || !quarter.range().contains(item.due))
        error("due", isoOrEmpty(item.due),
            tr("the due date lies within the quarter, %1 to %2: time-bound (§24)")
                .arg(quarter.firstDay().toString(Qt::ISODate),
                    quarter.lastDay().toString(Qt::ISODate)));
    return errors;
}

bool KciPlanService::saveDraftKci(
    const QString &personnelNo, const Quarter &quarter, const KciItem &item, InputErrors *errors)
{
    errors->clear();
    auto found = subject(personnelNo, quarter, Action::ManageKciPlans, errors);
    if (!found)
        return false;
    if (!found->record.kciAllowed) {
        *errors << failure(tr("no KCI are set when less than three months remain from the "
                              "appointment to the end of the period (§22)"));
        return false;
    }
    if (found->record.status == KciPlanStatus::Approved) {
        *errors << failure(tr("the plan is approved: a KCI is changed only for a change of the "
                              "body's functions or structure, with its reason (§25)"));
        return false;
    }
    *errors = validateKci(item, quarter);
    if (!errors->isEmpty())
        return false;

    AuditedWrite write(m_context);
    QSqlQuery query(write.connection());
    qint64 planId = found->planId;
    const QString today = m_context.clock().today().toString(Qt::ISODate);
    const QString entityId = personnelNo + QLatin1Char(' ') + quarter.key();
    QString error;
    if (planId == 0) {
        query.prepare(QStringLiteral("INSERT INTO kci_plan (servant_id, period_first, period_last, "
                                     "regime, status, drawn_up_on) VALUES (?, ?, ?, 'quarterly', "
                                     "'draft', ?)"));
        query.addBindValue(found->servantId);
        query.addBindValue(quarter.firstDay().toString(Qt::ISODate));
        query.addBindValue(quarter.lastDay().toString(Qt::ISODate));
        query.addBindValue(today);
        if (!write.exec(query))
            return notWritten(errors, write.error());
        planId = query.lastInsertId().toLongLong();
        AuditEntry entry;
        entry.action = QStringLiteral("create");
        entry.entity = QStringLiteral("kci_plan");
        entry.entityId = entityId;
        entry.reason = QStringLiteral("§22");
        if (!write.audit(entry))
            return notWritten(errors, write.error());
    }
    const auto old = std::find_if(found->record.kcis.cbegin(), found->record.kcis.cend(),
        [&](const KciItem &kci) { return kci.number == item.number; });
    const KciItem normalized{item.number, cleaned(item.title), cleaned(item.unit),
        Decimal::parse(item.planValue.trimmed())->toString(), item.direction, item.due,
        cleaned(item.sourceDocument), cleaned(item.expectedResult)};
    query.prepare(QStringLiteral(
        "INSERT INTO kci (plan_id, number, title, unit_of_measure, plan_value, direction, "
        "due_date, source_document, expected_result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (plan_id, number) DO UPDATE SET title = excluded.title, unit_of_measure = "
        "excluded.unit_of_measure, plan_value = excluded.plan_value, direction = "
        "excluded.direction, due_date = excluded.due_date, source_document = "
        "excluded.source_document, expected_result = excluded.expected_result"));
    query.addBindValue(planId);
    query.addBindValue(normalized.number);
    query.addBindValue(normalized.title);
    query.addBindValue(normalized.unit);
    query.addBindValue(normalized.planValue);
    query.addBindValue(directionColumn(normalized.direction));
    query.addBindValue(isoOrNull(normalized.due));
    query.addBindValue(normalized.sourceDocument);
    query.addBindValue(normalized.expectedResult);
    if (!write.exec(query))
        return notWritten(errors, write.error());
    AuditEntry entry;
    entry.action =
        old == found->record.kcis.cend() ? QStringLiteral("create") : QStringLiteral("update");
    entry.entity = QStringLiteral("kci");
    entry.entityId = entityId + QStringLiteral(" #") + QString::number(item.number);
    if (old != found->record.kcis.cend())
        entry.oldValue = old->title + QStringLiteral(" = ") + old->planValue;
    entry.newValue = normalized.title + QStringLiteral(" = ") + normalized.planValue;
    entry.reason = QStringLiteral("draft");
    if (!write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

bool KciPlanService::removeDraftKci(
    const QString &personnelNo, const Quarter &quarter, int number, InputErrors *errors)
{
    errors->clear();
    auto found = subject(personnelNo, quarter, Action::ManageKciPlans, errors);
    if (!found)
        return false;
    if (found->record.status == KciPlanStatus::Approved) {
        *errors << failure(tr("the plan is approved: its KCI are no longer removed (§25)"));
        return false;
    }
    const auto old = std::find_if(found->record.kcis.cbegin(), found->record.kcis.cend(),
        [&](const KciItem &kci) { return kci.number == number; });
    if (old == found->record.kcis.cend()) {
        *errors << InputError{0, QStringLiteral("number"), QString::number(number),
            tr("the plan has no KCI with this number")};
        return false;
    }
    AuditedWrite write(m_context);
    QSqlQuery query(write.connection());
    query.prepare(QStringLiteral("DELETE FROM kci WHERE plan_id = ? AND number = ?"));
    query.addBindValue(found->planId);
    query.addBindValue(number);
    if (!write.exec(query))
        return notWritten(errors, write.error());
    AuditEntry entry;
    entry.action = QStringLiteral("delete");
    entry.entity = QStringLiteral("kci");
    entry.entityId = personnelNo + QLatin1Char(' ') + quarter.key() + QStringLiteral(" #")
        + QString::number(number);
    entry.oldValue = old->title + QStringLiteral(" = ") + old->planValue;
    entry.reason = QStringLiteral("draft");
    if (!write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

bool KciPlanService::approve(const QString &personnelNo, const Quarter &quarter,
    const QString &approvedBy, InputErrors *errors)
{
    errors->clear();
    auto found = subject(personnelNo, quarter, Action::ApproveKciPlans, errors);
    if (!found)
        return false;
    if (found->record.status == KciPlanStatus::Approved) {
        *errors << failure(tr("the plan was already approved on %1")
                               .arg(found->record.approvedOn.toString(Qt::ISODate)));
        return false;
    }
    if (approvedBy.trimmed().isEmpty())
        *errors << InputError{0, QStringLiteral("approved_by"), approvedBy,
            tr("name the superior manager who approves the plan (§22)")};
    QList<Kci> kcis;
    for (const KciItem &item : std::as_const(found->record.kcis))
        kcis << item.toKci();
    // §23, §24: the methodology says what makes a plan; its messages are the user's.
    const QStringList problems = validateKciPlan(kcis, KciRegime::Regular);
    for (const QString &problem : problems)
        *errors << InputError{0, QStringLiteral("kci"), QString(), problem};
    if (!errors->isEmpty())
        return false;

    AuditedWrite write(m_context);
    const QString today = m_context.clock().today().toString(Qt::ISODate);
    QSqlQuery query(write.connection());
    query.prepare(QStringLiteral("UPDATE kci_plan SET status = 'approved', approved_on = ?, "
                                 "approved_by = ? WHERE id = ?"));
    query.addBindValue(today);
    query.addBindValue(approvedBy.trimmed());
    query.addBindValue(found->planId);
    if (!write.exec(query))
        return notWritten(errors, write.error());
    AuditEntry entry;
    entry.action = QStringLiteral("approve");
    entry.entity = QStringLiteral("kci_plan");
    entry.entityId = personnelNo + QLatin1Char(' ') + quarter.key();
    entry.field = QStringLiteral("status");
    entry.oldValue = QStringLiteral("draft");
    entry.newValue = QStringLiteral("approved by ") + approvedBy.trimmed();
    entry.reason = QStringLiteral("§22");
    if (!write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

bool KciPlanService::changeKci(const QString &personnelNo, const Quarter &quarter,
    const KciItem &item, const QString &reason, InputErrors *errors)
{
    errors->clear();
    auto found = subject(personnelNo, quarter, Action::ManageKciPlans, errors);
    if (!found)
        return false;
    if (found->record.status != KciPlanStatus::Approved) {
        *errors << failure(tr("the plan is a draft: edit its KCI directly"));
        return false;
    }
    const auto old = std::find_if(found->record.kcis.cbegin(), found->record.kcis.cend(),
        [&](const KciItem &kci) { return kci.number == item.number; });
    if (old == found->record.kcis.cend()) {
        *errors << InputError{0, QStringLiteral("number"), QString::number(item.number),
            tr("the plan has no KCI with this number")};
        return false;
    }
    if (reason.trimmed().isEmpty())
        *errors << InputError{0, QStringLiteral("reason"), reason,
            tr("an approved KCI is changed only for a change of the body's functions or "
               "structure: write which change and its document (§25)")};
    *errors << validateKci(item, quarter);
    if (!errors->isEmpty())
        return false;
    const KciItem normalized{item.number, cleaned(item.title), cleaned(item.unit),
        Decimal::parse(item.planValue.trimmed())->toString(), item.direction, item.due,
        cleaned(item.sourceDocument), cleaned(item.expectedResult)};
    const auto before = fieldsOf(*old);
    const auto after = fieldsOf(normalized);
    QList<int> changed;
    for (int i = 0; i < before.size(); ++i) {
        if (before.at(i).second != after.at(i).second)
            changed << i;
    }
    if (changed.isEmpty()) {
        *errors << failure(tr("nothing was changed in KCI %1").arg(item.number));
        return false;
    }

    AuditedWrite write(m_context);
    const QSqlDatabase connection = write.connection();
    QSqlQuery query(connection);
    query.prepare(QStringLiteral(
        "UPDATE kci SET title = ?, unit_of_measure = ?, plan_value = ?, direction = ?, due_date "
        "= ?, source_document = ?, expected_result = ? WHERE plan_id = ? AND number = ?"));
    query.addBindValue(normalized.title);
    query.addBindValue(normalized.unit);
    query.addBindValue(normalized.planValue);
    query.addBindValue(directionColumn(normalized.direction));
    query.addBindValue(isoOrNull(normalized.due));
    query.addBindValue(normalized.sourceDocument);
    query.addBindValue(normalized.expectedResult);
    query.addBindValue(found->planId);
    query.addBindValue(item.number);
    if (!write.exec(query))
        return notWritten(errors, write.error());
    const QString today = m_context.clock().today().toString(Qt::ISODate);
    QSqlQuery change(connection);
    change.prepare(QStringLiteral(
        "INSERT INTO kci_change (kci_id, changed_on, field, old_value, new_value, reason) SELECT "
        "id, ?, ?, ?, ?, ? FROM kci WHERE plan_id = ? AND number = ?"));
    QString error;
    for (int i : std::as_const(changed)) {
        change.addBindValue(today);
        change.addBindValue(before.at(i).first);
        change.addBindValue(before.at(i).second);
        change.addBindValue(after.at(i).second);
        change.addBindValue(reason.trimmed());
        change.addBindValue(found->planId);
        change.addBindValue(item.number);
        if (!write.exec(change))
            return notWritten(errors, write.error());
        AuditEntry entry;
        entry.action = QStringLiteral("update");
        entry.entity = QStringLiteral("kci");
        entry.entityId = personnelNo + QLatin1Char(' ') + quarter.key() + QStringLiteral(" #")
            + QString::number(item.number);
        entry.field = before.at(i).first;
        entry.oldValue = before.at(i).second;
        entry.newValue = after.at(i).second;
        entry.reason = reason.trimmed();
        if (!write.audit(entry))
            return notWritten(errors, write.error());
    }
    if (!write.commit())
        return notWritten(errors, write.error());
    return true;
}

QList<KciPlanEvent> KciPlanService::history(
    const QString &personnelNo, const Quarter &quarter, QString *error) const
{
    InputErrors errors;
    const auto found = subject(personnelNo, quarter, Action::ReadKciPlans, &errors);
    if (!found) {
        *error = errors.value(0).message;
        return {};
    }
    QList<KciPlanEvent> events;
    if (found->planId == 0)
        return events;
    if (found->record.drawnUpOn.isValid())
        events << KciPlanEvent{
            found->record.drawnUpOn, QStringLiteral("drawn_up"), 0, {}, {}, {}, {}};
    if (found->record.status == KciPlanStatus::Approved)
        events << KciPlanEvent{found->record.approvedOn, QStringLiteral("approved"), 0, {}, {},
            found->record.approvedBy, {}};
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral("SELECT c.changed_on, k.number, c.field, c.old_value, "
                                 "c.new_value, c.reason FROM kci_change c JOIN kci k ON k.id = "
                                 "c.kci_id WHERE k.plan_id = ? ORDER BY c.id"));
    query.addBindValue(found->planId);
    if (query.exec()) {
        while (query.next())
            events << KciPlanEvent{QDate::fromString(query.value(0).toString(), Qt::ISODate),
                QStringLiteral("changed"), query.value(1).toInt(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toString(), query.value(5).toString()};
    }
    return events;
}

} // namespace bagalau
