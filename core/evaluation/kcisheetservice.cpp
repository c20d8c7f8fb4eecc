// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/kcisheetservice.h"

#include "access/accesscontrol.h"
#include "clock.h"
#include "evaluation/allowedmarktableservice.h"
#include "evaluation/sheetreopening.h"
#include "services/auditedwrite.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QHash>
#include <QSqlQuery>

namespace bagalau {

namespace {

InputError failure(const QString &message)
{
    return InputError{0, QString(), QString(), message};
}

// A write the database refused: none of it stays, and the user reads the database's reason.
bool notWritten(InputErrors *errors, const QString &why)
{
    *errors << failure(KciSheetService::tr("nothing was written: %1").arg(why));
    return false;
}

KciSheetStatus statusFromColumn(const QString &value)
{
    if (value == QLatin1String("signed"))
        return KciSheetStatus::Signed;
    if (value == QLatin1String("returned"))
        return KciSheetStatus::Returned;
    return KciSheetStatus::Draft;
}

} // namespace

QString kciSheetStatusKey(KciSheetStatus status)
{
    switch (status) {
    case KciSheetStatus::None:
        return QStringLiteral("none");
    case KciSheetStatus::Draft:
        return QStringLiteral("draft");
    case KciSheetStatus::Signed:
        return QStringLiteral("signed");
    case KciSheetStatus::Returned:
        return QStringLiteral("returned");
    }
    return {};
}

void KciSheetRow::assess(const QList<AllowedMarkRow> &table)
{
    realization.reset();
    allowed.reset();
    problem.clear();
    if (actual.trimmed().isEmpty())
        return;
    const auto value = Decimal::parse(actual.trimmed());
    if (!value) {
        problem = KciSheetService::tr("the actual value is a number such as 95 or 12.5, with a "
                                      "point");
        return;
    }
    Kci measured = kci.toKci();
    measured.actual = *value;
    realization = realizationOf(measured, &problem);
    if (realization)
        allowed = allowedMarks(table, *realization, &problem);
}

std::optional<Score> KciSheetRecord::currentScore(const QList<AllowedMarkRow> &table) const
{
    QList<KciSheetLine> lines;
    for (const KciSheetRow &row : rows) {
        const auto actual = Decimal::parse(row.actual.trimmed());
        if (!actual || !row.mark)
            return std::nullopt;
        Kci kci = row.kci.toKci();
        kci.actual = *actual;
        lines << KciSheetLine{kci, row.mark};
    }
    return lines.isEmpty() ? std::nullopt : kciSheetScore(lines, table);
}

struct KciSheetService::Loaded
{
    qint64 servantId = 0;
    qint64 sheetId = 0;
    KciSheetRecord record;
    QList<AllowedMarkRow> table;
};

KciSheetService::KciSheetService(const ServiceContext &context)
    : m_context(context)
{ }

QList<AllowedMarkRow> KciSheetService::allowedMarkTable() const
{
    return AllowedMarkTableService::readRows(m_context.database().connection());
}

std::optional<KciSheetService::Loaded> KciSheetService::load(
    const QString &personnelNo, const Quarter &quarter, InputErrors *errors) const
{
    QString refusal;
    if (!AccessControl(m_context).mayFor(
            Action::FillScoreSheets, personnelNo, quarter.range(), &refusal)) {
        *errors << InputError{0, QStringLiteral("personnel_no"), personnelNo, refusal, true};
        return std::nullopt;
    }
    QString error;
    const auto plan = KciPlanService(m_context).plan(personnelNo, quarter, &error);
    if (!plan) {
        *errors << failure(error);
        return std::nullopt;
    }
    if (plan->status != KciPlanStatus::Approved) {
        *errors << failure(tr("the KCI sheet is filled against an approved individual plan; "
                              "the plan of %1 for %2 is not approved (§22, §27)")
                               .arg(plan->fullName, quarter.key()));
        return std::nullopt;
    }
    Loaded loaded;
    loaded.table = allowedMarkTable();
    KciSheetRecord &record = loaded.record;
    record.personnelNo = personnelNo;
    record.fullName = plan->fullName;
    record.quarter = quarter;
    record.tableEntered = !loaded.table.isEmpty();
    loaded.servantId = StaffService(m_context).servantIdOf(personnelNo).value_or(0);
    const QSqlDatabase connection = m_context.database().connection();
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT id, method, status, signed_on, score, return_reason FROM "
                                 "score_sheet WHERE servant_id = ? AND quarter = ?"));
    query.addBindValue(loaded.servantId);
    query.addBindValue(quarter.key());
    QHash<int, std::pair<QString, std::optional<int>>> entered;
    if (query.exec() && query.next()) {
        if (query.value(1).toString() != QLatin1String("kci")) {
            *errors << failure(tr("the file holds a ranking sheet for this servant and quarter"));
            return std::nullopt;
        }
        loaded.sheetId = query.value(0).toLongLong();
        record.status = statusFromColumn(query.value(2).toString());
        record.signedOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        if (!query.value(4).isNull())
            record.score = Score::fromHundredths(query.value(4).toInt());
        record.returnReason = query.value(5).toString();
        QSqlQuery marks(connection);
        marks.prepare(QStringLiteral(
            "SELECT kci_number, actual_value, mark FROM kci_mark WHERE sheet_id = ?"));
        marks.addBindValue(loaded.sheetId);
        if (marks.exec()) {
            while (marks.next())
                entered.insert(marks.value(0).toInt(),
                    {marks.value(1).toString(),
                        marks.value(2).isNull() ? std::nullopt
                                                : std::optional<int>(marks.value(2).toInt())});
        }
    }
    for (const KciItem &kci : plan->kcis) {
        KciSheetRow row;
        row.kci = kci;
        row.actual = entered.value(kci.number).first;
        row.mark = entered.value(kci.number).second;
        row.assess(loaded.table);
        record.rows << row;
    }
    return loaded;
}

std::optional<KciSheetRecord> KciSheetService::sheet(
    const QString &personnelNo, const Quarter &quarter, QString *error) const
{
    InputErrors errors;
    const auto loaded = load(personnelNo, quarter, &errors);
    if (!loaded) {
        *error = errors.value(0).message;
        return std::nullopt;
    }
    return loaded->record;
}

bool KciSheetService::saveDraft(const QString &personnelNo, const Quarter &quarter,
    const QList<KciSheetEntry> &entries, InputErrors *errors)
{
    errors->clear();
    const auto loaded = load(personnelNo, quarter, errors);
    if (!loaded)
        return false;
    if (loaded->record.status == KciSheetStatus::Signed) {
        *errors << failure(tr("the sheet is signed; reopen it with a reason to correct it"));
        return false;
    }
    QList<KciSheetRow> rows = loaded->record.rows;
    for (const KciSheetEntry &entry : entries) {
        const auto row = std::find_if(rows.begin(), rows.end(),
            [&](const KciSheetRow &r) { return r.kci.number == entry.number; });
        if (row == rows.end()) {
            *errors << InputError{entry.number, QStringLiteral("number"),
                QString::number(entry.number), tr("the approved plan has no KCI with this number")};
            continue;
        }
        row->actual = entry.actual.trimmed();
        row->mark = entry.mark;
        row->assess(loaded->table);
        if (!row->problem.isEmpty())
            *errors << InputError{
                entry.number, QStringLiteral("actual"), entry.actual, row->problem};
        if (row->mark && (*row->mark < 0 || *row->mark > 5))
            *errors << InputError{entry.number, QStringLiteral("mark"), QString::number(*row->mark),
                tr("a mark is a whole number from 0 to 5 (§27)")};
        else if (row->mark && row->allowed && !row->allowed->contains(*row->mark))
            *errors << InputError{entry.number, QStringLiteral("mark"), QString::number(*row->mark),
                tr("appendix 3 allows %1 to %2 for this realization")
                    .arg(row->allowed->min)
                    .arg(row->allowed->max)};
    }
    if (!errors->isEmpty())
        return false;
    return write(*loaded, rows, false, std::nullopt, errors);
}

std::optional<Score> KciSheetService::sign(const QString &personnelNo, const Quarter &quarter,
    const QList<KciSheetEntry> &entries, InputErrors *errors)
{
    errors->clear();
    const auto loaded = load(personnelNo, quarter, errors);
    if (!loaded)
        return std::nullopt;
    if (loaded->record.status == KciSheetStatus::Signed) {
        *errors << failure(tr("the sheet was already signed on %1")
                               .arg(loaded->record.signedOn.toString(Qt::ISODate)));
        return std::nullopt;
    }
    QList<KciSheetRow> rows = loaded->record.rows;
    QList<KciSheetLine> lines;
    for (KciSheetRow &row : rows) {
        const auto entry = std::find_if(entries.cbegin(), entries.cend(),
            [&](const KciSheetEntry &e) { return e.number == row.kci.number; });
        if (entry != entries.cend()) {
            row.actual = entry->actual.trimmed();
            row.mark = entry->mark;
        }
        const auto actual = Decimal::parse(row.actual);
        if (!actual)
            *errors << InputError{row.kci.number, QStringLiteral("actual"), row.actual,
                tr("KCI %1 needs its actual value, a number such as 95 or 12.5")
                    .arg(row.kci.number)};
        if (!row.mark)
            *errors << InputError{row.kci.number, QStringLiteral("mark"), QString(),
                tr("KCI %1 needs its mark, 0 to 5 (§27)").arg(row.kci.number)};
        if (actual && row.mark) {
            Kci kci = row.kci.toKci();
            kci.actual = *actual;
            lines << KciSheetLine{kci, row.mark};
        }
    }
    if (!errors->isEmpty())
        return std::nullopt;
    // §27 and appendix 3: the methodology checks each mark against its range and takes the mean.
    QStringList problems;
    const auto score = kciSheetScore(lines, loaded->table, &problems);
    if (!score) {
        for (const QString &problem : std::as_const(problems))
            *errors << InputError{0, QStringLiteral("mark"), QString(), problem};
        return std::nullopt;
    }
    if (!write(*loaded, rows, true, score, errors))
        return std::nullopt;
    return score;
}

bool KciSheetService::write(const Loaded &loaded, const QList<KciSheetRow> &rows, bool sign,
    std::optional<Score> score, InputErrors *errors)
{
    AuditedWrite audited(m_context);
    const QString today = m_context.clock().today().toString(Qt::ISODate);
    const QVariant evaluator = m_context.actor().servantId != 0
        ? QVariant(m_context.actor().servantId)
        : QVariant(QMetaType(QMetaType::LongLong));
    QSqlQuery query(audited.connection());
    qint64 sheetId = loaded.sheetId;
    if (sheetId == 0) {
        query.prepare(QStringLiteral("INSERT INTO score_sheet (servant_id, quarter, method, "
                                     "evaluator_id, status) VALUES (?, ?, 'kci', ?, 'draft')"));
        query.addBindValue(loaded.servantId);
        query.addBindValue(loaded.record.quarter.key());
        query.addBindValue(evaluator);
        if (!audited.exec(query))
            return notWritten(errors, audited.error());
        sheetId = query.lastInsertId().toLongLong();
    }
    query.prepare(QStringLiteral("UPDATE score_sheet SET status = ?, signed_on = ?, score = ?, "
                                 "evaluator_id = coalesce(?, evaluator_id) WHERE id = ?"));
    query.addBindValue(sign ? QStringLiteral("signed")
                            : kciSheetStatusKey(loaded.record.status == KciSheetStatus::Returned
                                    ? KciSheetStatus::Returned
                                    : KciSheetStatus::Draft));
    query.addBindValue(sign ? QVariant(today) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(score ? QVariant(score->hundredths()) : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(evaluator);
    query.addBindValue(sheetId);
    if (!audited.exec(query))
        return notWritten(errors, audited.error());
    query.prepare(QStringLiteral("DELETE FROM kci_mark WHERE sheet_id = ?"));
    query.addBindValue(sheetId);
    if (!audited.exec(query))
        return notWritten(errors, audited.error());
    query.prepare(QStringLiteral("INSERT INTO kci_mark (sheet_id, kci_number, plan_value, "
                                 "actual_value, mark) VALUES (?, ?, ?, ?, ?)"));
    QStringList marks;
    for (const KciSheetRow &row : rows) {
        if (row.actual.isEmpty() && !row.mark)
            continue;
        const auto actual = Decimal::parse(row.actual);
        query.addBindValue(sheetId);
        query.addBindValue(row.kci.number);
        query.addBindValue(row.kci.planValue);
        query.addBindValue(
            actual ? QVariant(actual->toString()) : QVariant(QMetaType(QMetaType::QString)));
        query.addBindValue(row.mark ? QVariant(*row.mark) : QVariant(QMetaType(QMetaType::Int)));
        if (!audited.exec(query))
            return notWritten(errors, audited.error());
        marks << QStringLiteral("%1:%2/%3")
                     .arg(row.kci.number)
                     .arg(row.actual, row.mark ? QString::number(*row.mark) : QString());
    }
    AuditEntry entry;
    entry.action = sign ? QStringLiteral("sign") : QStringLiteral("update");
    entry.entity = QStringLiteral("score_sheet");
    entry.entityId = loaded.record.personnelNo + QLatin1Char(' ') + loaded.record.quarter.key();
    entry.field = sign ? QStringLiteral("score") : QStringLiteral("kci_mark");
    entry.newValue = sign ? score->toString() : marks.join(QLatin1Char(' '));
    entry.reason = sign ? QStringLiteral("§27") : QStringLiteral("draft");
    if (!audited.commit(entry))
        return notWritten(errors, audited.error());
    return true;
}

bool KciSheetService::reopen(
    const QString &personnelNo, const Quarter &quarter, const QString &reason, InputErrors *errors)
{
    errors->clear();
    // Only whoever may fill the sheet reopens it.
    if (!load(personnelNo, quarter, errors))
        return false;
    return SheetReopening(m_context).reopen(personnelNo, quarter, reason, errors);
}

} // namespace bagalau
