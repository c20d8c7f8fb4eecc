// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/scoresheetservice.h"

#include "access/accesscontrol.h"
#include "clock.h"
#include "evaluation/allowedmarktableservice.h"
#include "evaluation/kcisheetservice.h"
#include "methodology/kci.h"
#include "methodology/ranking.h"
#include "methodology/score.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace bagalau {

namespace {

// The rows of one sheet: a servant and a quarter.
struct SheetKey
{
    QString personnelNo;
    QString quarter;
    bool operator<(const SheetKey &other) const
    {
        return std::tie(personnelNo, quarter) < std::tie(other.personnelNo, other.quarter);
    }
};

struct ParsedSheet
{
    int firstLine = 0;
    QString kind;
    QList<int> rankingMarks; // quality, deadlines, initiative, discipline
    // A KCI sheet: the servant's approved individual work plan read as a blank sheet (nullopt
    // with the reason when there is none) and the numbers of the KCI lines given.
    std::optional<KciSheetRecord> planned;
    QString planProblem;
    QSet<int> kciNumbers;
};

// The approved KCI of a sheet read from the plan; nullptr when the plan has no such number.
const KciSheetRow *plannedRow(const KciSheetRecord &sheet, int number)
{
    for (const KciSheetRow &row : sheet.rows) {
        if (row.kci.number == number)
            return &row;
    }
    return nullptr;
}

} // namespace

ScoreSheetService::ScoreSheetService(const ServiceContext &context)
    : m_context(context)
{ }

InputErrors ScoreSheetService::validate(const QList<MarkRow> &rows) const
{
    InputErrors errors;
    const QSqlDatabase connection = m_context.database().connection();
    StaffService staff(m_context);
    const AccessControl access(m_context);

    // Who held which position in each quarter the rows name, and the sheets already in the file.
    QHash<QString, QHash<QString, StaffMember>> staffByQuarter;
    QSet<QString> existingSheets;
    {
        QSqlQuery query(connection);
        query.exec(QStringLiteral("SELECT s.personnel_no || ' ' || sh.quarter FROM score_sheet sh "
                                  "JOIN servant s ON s.id = sh.servant_id"));
        while (query.next())
            existingSheets.insert(query.value(0).toString());
    }
    QSet<QString> knownServants;
    {
        QSqlQuery query(connection);
        query.exec(QStringLiteral("SELECT personnel_no FROM servant"));
        while (query.next())
            knownServants.insert(query.value(0).toString());
    }

    QMap<SheetKey, ParsedSheet> sheets;
    QHash<QString, int> lineOfKciLine;
    const KciSheetService kciSheets(m_context);
    const QList<AllowedMarkRow> allowedTable = kciSheets.allowedMarkTable();
    for (const MarkRow &row : rows) {
        const auto error = [&](const char *column, const QString &value, const QString &message) {
            errors << InputError{row.line, QString::fromLatin1(column), value, message};
        };
        bool rowOk = true;
        if (!knownServants.contains(row.personnelNo)) {
            error("personnel_no", row.personnelNo, tr("no servant has this personnel number"));
            rowOk = false;
        }
        const auto quarter = Quarter::parse(row.quarter);
        if (!quarter) {
            error("quarter", row.quarter, tr("a quarter is written YYYYQn, e.g. 2024Q2"));
            rowOk = false;
        }
        if (row.kind != QLatin1String("ranking") && row.kind != QLatin1String("kci")) {
            error("kind", row.kind, tr("the kind is ranking or kci"));
            rowOk = false;
        }
        if (!rowOk)
            continue;

        QString refusal;
        if (!access.mayFor(Action::FillScoreSheets, row.personnelNo, quarter->range(), &refusal)) {
            errors << InputError{
                row.line, QStringLiteral("personnel_no"), row.personnelNo, refusal, true};
            continue;
        }
        if (!staffByQuarter.contains(quarter->key())) {
            auto &byNumber = staffByQuarter[quarter->key()];
            const auto members = staff.staffDuring(quarter->range());
            for (const StaffMember &member : members)
                byNumber.insert(member.personnelNo, member);
        }
        const auto member = staffByQuarter.value(quarter->key()).constFind(row.personnelNo);
        if (member == staffByQuarter.value(quarter->key()).constEnd()) {
            error("quarter", row.quarter, tr("the servant held no position in this quarter"));
            continue;
        }
        const QString method = member->category == PositionCategory::Head
            ? QStringLiteral("kci")
            : QStringLiteral("ranking");
        if (row.kind != method) {
            error("kind", row.kind,
                member->category == PositionCategory::Head
                    ? tr("the head of the apparatus is evaluated by KCI (§21)")
                    : tr("corps B servants are evaluated by ranking (§28)"));
            continue;
        }
        const SheetKey key{row.personnelNo, quarter->key()};
        if (existingSheets.contains(row.personnelNo + QLatin1Char(' ') + quarter->key())) {
            error("quarter", row.quarter,
                tr("the file already has this servant's score sheet "
                   "for this quarter"));
            continue;
        }
        ParsedSheet &sheet = sheets[key];
        if (sheet.firstLine == 0) {
            sheet.firstLine = row.line;
            sheet.kind = row.kind;
            // §27: a KCI sheet is filled against the approved individual work plan, read once.
            if (row.kind == QLatin1String("kci")) {
                sheet.planned = kciSheets.sheet(row.personnelNo, *quarter, &sheet.planProblem);
                if (!sheet.planned)
                    error("quarter", row.quarter, sheet.planProblem);
            }
        }

        QString markProblem;
        if (row.kind == QLatin1String("ranking")) {
            if (sheet.firstLine != row.line) {
                error("personnel_no", row.personnelNo,
                    tr("the ranking sheet of this servant and quarter is repeated (first on "
                       "line %1)")
                        .arg(sheet.firstLine));
                continue;
            }
            const std::pair<const char *, const QString *> marks[] = {{"quality", &row.quality},
                {"deadlines", &row.deadlines}, {"initiative", &row.initiative},
                {"discipline", &row.discipline}};
            QList<int> parsed;
            for (const auto &[column, text] : marks) {
                const auto mark = parseMark(*text, &markProblem);
                if (!mark)
                    error(column, *text, markProblem);
                else
                    parsed << *mark;
            }
            if (parsed.size() == 4)
                sheet.rankingMarks = parsed;
            continue;
        }

        if (!sheet.planned)
            continue; // said once, on the sheet's first line
        bool isNumber = false;
        const int number = row.kciNumber.toInt(&isNumber);
        if (!isNumber || number < 1 || number > MaxKciCount) {
            error(
                "kci_no", row.kciNumber, tr("the KCI number is a whole number from 1 to 5 (§23)"));
            continue;
        }
        const QString lineKey = row.personnelNo + QLatin1Char(' ') + quarter->key()
            + QLatin1Char(' ') + QString::number(number);
        if (lineOfKciLine.contains(lineKey)) {
            error("kci_no", row.kciNumber,
                tr("this KCI of the servant and quarter is repeated (first on line %1)")
                    .arg(lineOfKciLine.value(lineKey)));
            continue;
        }
        lineOfKciLine.insert(lineKey, row.line);
        sheet.kciNumbers.insert(number);
        const KciSheetRow *planned = plannedRow(*sheet.planned, number);
        if (!planned) {
            error("kci_no", row.kciNumber,
                tr("the approved individual work plan of %1 for %2 has no KCI %3 (§22)")
                    .arg(sheet.planned->fullName, quarter->key())
                    .arg(number));
            continue;
        }
        // The plan value and the direction are the approved plan's; a plan value in the file
        // is only checked against it.
        if (!row.plan.trimmed().isEmpty()) {
            const auto plan = Decimal::parse(row.plan.trimmed());
            if (!plan)
                error("plan", row.plan, tr("the plan value is a number such as 95 or 12.5"));
            else if (plan != Decimal::parse(planned->kci.planValue))
                error("plan", row.plan,
                    tr("the plan value %1 differs from %2, the plan value of KCI %3 in the "
                       "approved individual work plan")
                        .arg(row.plan.trimmed(), planned->kci.planValue)
                        .arg(number));
        }
        // §27, appendix 3: the realization by the plan's direction, and the marks it allows,
        // assessed as on the KCI sheet.
        KciSheetRow line = *planned;
        line.actual = row.actual.trimmed();
        line.mark = parseMark(row.mark, &markProblem);
        line.assess(allowedTable);
        if (line.actual.isEmpty())
            error("actual", row.actual, tr("the actual value is a number such as 95 or 12.5"));
        else if (!line.problem.isEmpty())
            error("actual", row.actual, line.problem);
        if (!line.mark)
            error("mark", row.mark, markProblem);
        else if (line.allowed && !line.allowed->contains(*line.mark))
            error("mark", row.mark,
                tr("appendix 3 allows %1 to %2 for a realization of %3%")
                    .arg(line.allowed->min)
                    .arg(line.allowed->max)
                    .arg(line.realization->percent ? line.realization->percent->toString(2)
                                                   : QStringLiteral("∞")));
    }

    // §27: the sheet holds every KCI of the approved plan.
    for (auto sheet = sheets.cbegin(); sheet != sheets.cend(); ++sheet) {
        if (!sheet->planned)
            continue;
        QStringList missing;
        for (const KciSheetRow &row : sheet->planned->rows) {
            if (!sheet->kciNumbers.contains(row.kci.number))
                missing << QString::number(row.kci.number);
        }
        if (!missing.isEmpty())
            errors << InputError{sheet->firstLine, QStringLiteral("kci_no"),
                missing.join(QStringLiteral(", ")),
                tr("the approved individual work plan also has KCI %1: every KCI of the plan "
                   "has its line (§27)")
                    .arg(missing.join(QStringLiteral(", ")))};
    }
    std::stable_sort(errors.begin(), errors.end(),
        [](const InputError &a, const InputError &b) { return a.line < b.line; });
    return errors;
}

int ScoreSheetService::import(const QList<MarkRow> &rows, InputErrors *errors)
{
    *errors = validate(rows);
    if (!errors->isEmpty())
        return 0;

    // Group the validated rows into sheets, in the order they came.
    QMap<SheetKey, QList<const MarkRow *>> sheets;
    QList<SheetKey> order;
    for (const MarkRow &row : rows) {
        const SheetKey key{row.personnelNo, Quarter::parse(row.quarter)->key()};
        if (!sheets.contains(key))
            order << key;
        sheets[key] << &row;
    }

    const QSqlDatabase connection = m_context.database().connection();
    Transaction transaction(connection);
    const auto failed = [&](const QString &message) {
        *errors << InputError{0, QString(), QString(), tr("nothing was written: %1").arg(message)};
        return 0;
    };
    if (!transaction.isActive())
        return failed(transaction.error());

    const QString today = m_context.clock().today().toString(Qt::ISODate);
    QSqlQuery sheetInsert(connection);
    sheetInsert.prepare(QStringLiteral(
        "INSERT INTO score_sheet (servant_id, quarter, method, status, signed_on, score) "
        "SELECT id, ?, ?, 'signed', ?, ? FROM servant WHERE personnel_no = ?"));
    QSqlQuery rankingInsert(connection);
    rankingInsert.prepare(
        QStringLiteral("INSERT INTO ranking_mark (sheet_id, parameter, mark) VALUES (?, ?, ?)"));
    QSqlQuery kciInsert(connection);
    kciInsert.prepare(QStringLiteral("INSERT INTO kci_mark (sheet_id, kci_number, plan_value, "
                                     "actual_value, mark) VALUES (?, ?, ?, ?, ?)"));
    QString error;
    for (const SheetKey &key : order) {
        const QList<const MarkRow *> &sheetRows = sheets.value(key);
        const QString kind = sheetRows.first()->kind;
        QList<int> marks;
        if (kind == QLatin1String("ranking")) {
            const MarkRow &row = *sheetRows.first();
            for (const QString *text :
                {&row.quality, &row.deadlines, &row.initiative, &row.discipline})
                marks << parseMark(*text).value();
        } else {
            for (const MarkRow *row : sheetRows)
                marks << parseMark(row->mark).value();
        }
        // §32 and appendix 2: the sheet's score is the mean of its marks (decision 5).
        const Score score = Score::meanOfMarks(marks);
        sheetInsert.addBindValue(key.quarter);
        sheetInsert.addBindValue(kind);
        sheetInsert.addBindValue(today);
        sheetInsert.addBindValue(score.hundredths());
        sheetInsert.addBindValue(key.personnelNo);
        if (!sheetInsert.exec())
            return failed(sheetInsert.lastError().text());
        const qint64 sheetId = sheetInsert.lastInsertId().toLongLong();

        if (kind == QLatin1String("ranking")) {
            const MarkRow &row = *sheetRows.first();
            const QString *marks[] = {
                &row.quality, &row.deadlines, &row.initiative, &row.discipline};
            const auto parameters = rankingParameters();
            for (int i = 0; i < 4; ++i) {
                rankingInsert.addBindValue(sheetId);
                rankingInsert.addBindValue(rankingParameterKey(parameters.at(i)));
                rankingInsert.addBindValue(parseMark(*marks[i]).value());
                if (!rankingInsert.exec())
                    return failed(rankingInsert.lastError().text());
            }
        } else {
            QString problem;
            const auto planned = KciSheetService(m_context).sheet(
                key.personnelNo, *Quarter::parse(key.quarter), &problem);
            if (!planned)
                return failed(problem);
            for (const MarkRow *row : sheetRows) {
                const KciSheetRow *line = plannedRow(*planned, row->kciNumber.toInt());
                if (!line)
                    return failed(tr("the approved plan has no KCI %1").arg(row->kciNumber));
                kciInsert.addBindValue(sheetId);
                kciInsert.addBindValue(row->kciNumber.toInt());
                kciInsert.addBindValue(line->kci.planValue);
                kciInsert.addBindValue(Decimal::parse(row->actual)->toString());
                kciInsert.addBindValue(parseMark(row->mark).value());
                if (!kciInsert.exec())
                    return failed(kciInsert.lastError().text());
            }
        }
        AuditEntry entry;
        entry.action = QStringLiteral("sign");
        entry.entity = QStringLiteral("score_sheet");
        entry.entityId = key.personnelNo + QLatin1Char(' ') + key.quarter;
        entry.field = QStringLiteral("score");
        entry.newValue = score.toString();
        entry.reason = QStringLiteral("import");
        if (!m_context.audit(entry, &error))
            return failed(error);
    }
    if (!transaction.commit())
        return failed(transaction.error());
    return int(order.size());
}

} // namespace bagalau
