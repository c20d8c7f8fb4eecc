// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/scoresheetservice.h"

#include "access/accesscontrol.h"
#include "clock.h"
#include "evaluation/allowedmarktableservice.h"
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
    QMap<int, std::tuple<Decimal, Decimal, int>> kciLines; // number → plan, actual, mark
};

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
    const QList<AllowedMarkRow> allowedTable = AllowedMarkTableService::readRows(connection);
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
        const auto plan = Decimal::parse(row.plan);
        const auto actual = Decimal::parse(row.actual);
        const auto mark = parseMark(row.mark, &markProblem);
        if (!plan)
            error("plan", row.plan, tr("the plan value is a number such as 95 or 12.5"));
        if (!actual)
            error("actual", row.actual, tr("the actual value is a number such as 95 or 12.5"));
        if (!mark)
            error("mark", row.mark, markProblem);
        if (!plan || !actual || !mark)
            continue;
        // §27, appendix 3: the mark must lie in the range allowed for the realization percent.
        QString rangeProblem;
        const Kci kci{QString(), QString(), *plan, *actual, KciDirection::MoreIsBetter};
        const auto realization = realizationOf(kci, &rangeProblem);
        const auto allowed =
            realization ? allowedMarks(allowedTable, *realization, &rangeProblem) : std::nullopt;
        if (!allowed)
            error("actual", row.actual, rangeProblem);
        else if (!allowed->contains(*mark))
            error("mark", row.mark,
                tr("appendix 3 allows %1 to %2 for a realization of %3%")
                    .arg(allowed->min)
                    .arg(allowed->max)
                    .arg(realization->percent ? realization->percent->toString(2)
                                              : QStringLiteral("∞")));
        else
            sheet.kciLines.insert(number, {*plan, *actual, *mark});
    }

    // §23: a KCI sheet holds three to five KCI.
    for (auto sheet = sheets.cbegin(); sheet != sheets.cend(); ++sheet) {
        if (sheet->kind == QLatin1String("kci")
            && (sheet->kciLines.size() < MinKciCount || sheet->kciLines.size() > MaxKciCount)
            && !sheet->kciLines.isEmpty())
            errors << InputError{sheet->firstLine, QStringLiteral("kci_no"),
                QString::number(sheet->kciLines.size()),
                tr("a KCI sheet holds 3 to 5 KCI (§23); this one has %1")
                    .arg(sheet->kciLines.size())};
    }
    std::sort(errors.begin(), errors.end(),
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
            for (const MarkRow *row : sheetRows) {
                kciInsert.addBindValue(sheetId);
                kciInsert.addBindValue(row->kciNumber.toInt());
                kciInsert.addBindValue(Decimal::parse(row->plan)->toString());
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
