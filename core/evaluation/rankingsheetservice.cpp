// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/rankingsheetservice.h"

#include "access/accesscontrol.h"
#include "clock.h"
#include "evaluation/sheetreopening.h"
#include "services/auditedwrite.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bagalau {

namespace {

int indexOf(RankingParameter parameter)
{
    return int(rankingParameters().indexOf(parameter));
}

// "4, 5, -, 3": the marks as the audit log keeps them.
QString marksText(const RankingMarks &marks)
{
    QStringList texts;
    for (const auto &mark : marks.marks)
        texts << (mark ? QString::number(*mark) : QStringLiteral("-"));
    return texts.join(QStringLiteral(", "));
}

std::optional<qint64> sheetIdOf(
    QSqlDatabase connection, const QString &personnelNo, const Quarter &quarter)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT sh.id FROM score_sheet sh JOIN servant s ON s.id = "
                                 "sh.servant_id WHERE s.personnel_no = ? AND sh.quarter = ?"));
    query.addBindValue(personnelNo);
    query.addBindValue(quarter.key());
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

// The servant's sheet of the quarter, written as a blank draft when there is none yet; the
// evaluator is the direct manager of the position held at the quarter's end (§17, §29).
std::optional<qint64> ensureSheet(QSqlDatabase connection, const QString &personnelNo,
    const Quarter &quarter, bool withoutParticipation, QString *error)
{
    if (const auto existing = sheetIdOf(connection, personnelNo, quarter))
        return existing;
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral(
        "INSERT INTO score_sheet (servant_id, quarter, method, evaluator_id, status, "
        "without_participation) SELECT s.id, ?, 'ranking', "
        "(SELECT a.manager_id FROM assignment a WHERE a.servant_id = s.id AND a.first_day <= ? "
        " ORDER BY a.first_day DESC LIMIT 1), 'draft', ? FROM servant s WHERE s.personnel_no = ?"));
    insert.addBindValue(quarter.key());
    insert.addBindValue(quarter.lastDay().toString(Qt::ISODate));
    insert.addBindValue(withoutParticipation ? 1 : 0);
    insert.addBindValue(personnelNo);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
}

// A write the database refused: none of it stays, and the user reads the database's reason.
bool notWritten(InputErrors *errors, const QString &why)
{
    *errors << InputError{
        0, QString(), QString(), RankingSheetService::tr("nothing was written: %1").arg(why)};
    return false;
}

} // namespace

std::optional<int> RankingMarks::mark(RankingParameter parameter) const
{
    return marks.at(indexOf(parameter));
}

void RankingMarks::setMark(RankingParameter parameter, std::optional<int> mark)
{
    marks[indexOf(parameter)] = mark;
}

QString RankingMarks::comment(RankingParameter parameter) const
{
    return comments.at(indexOf(parameter));
}

void RankingMarks::setComment(RankingParameter parameter, const QString &comment)
{
    comments[indexOf(parameter)] = comment;
}

std::optional<Score> RankingMarks::score() const
{
    RankingSheet sheet;
    for (RankingParameter parameter : rankingParameters()) {
        if (const auto value = mark(parameter))
            sheet.setMark(parameter, *value);
    }
    return sheet.score();
}

RankingSheetService::RankingSheetService(const ServiceContext &context)
    : m_context(context)
{ }

std::optional<RankingSheetRecord> RankingSheetService::read(
    const QString &personnelNo, const Quarter &quarter, QString *error) const
{
    InputErrors errors;
    auto record = locate(personnelNo, quarter, &errors, false);
    if (!record && error)
        *error = errors.isEmpty() ? QString() : errors.first().message;
    return record;
}

std::optional<RankingSheetRecord> RankingSheetService::locate(
    const QString &personnelNo, const Quarter &quarter, InputErrors *errors, bool forChange) const
{
    const auto fail = [&](const char *column, const QString &value, const QString &message,
                          bool refused = false) {
        *errors << InputError{0, QString::fromLatin1(column), value, message, refused};
        return std::optional<RankingSheetRecord>();
    };
    if (!quarter.isValid())
        return fail("quarter", quarter.key(), tr("a quarter is written YYYYQn, e.g. 2024Q2"));
    QString refusal;
    const AccessControl access(m_context);
    // Reading is allowed to whoever may read the result; changing, only to the evaluator and the
    // chief specialist (§17, §20).
    if (!access.mayFor(forChange ? Action::FillScoreSheets : Action::ReadResults, personnelNo,
            quarter.range(), &refusal))
        return fail("personnel_no", personnelNo, refusal, true);

    const QList<StaffMember> staff = StaffService(m_context).staffDuring(quarter.range());
    const StaffMember *member = nullptr;
    QString evaluatorName;
    for (const StaffMember &candidate : staff) {
        if (candidate.personnelNo == personnelNo)
            member = &candidate;
    }
    if (!member)
        return fail(
            "personnel_no", personnelNo, tr("the servant held no position in this quarter"));
    for (const StaffMember &candidate : staff) {
        if (candidate.personnelNo == member->managerPersonnelNo)
            evaluatorName = candidate.fullName;
    }
    if (member->category == PositionCategory::Head)
        return fail("personnel_no", personnelNo,
            tr("the head of the apparatus is evaluated by KCI (§21), not by ranking"));

    RankingSheetRecord record;
    record.personnelNo = member->personnelNo;
    record.fullName = member->fullName;
    record.unit = member->unit;
    record.position = member->position;
    record.evaluatorName = evaluatorName;
    record.quarter = quarter;
    const QDate due = m_context.deadlines().quarter(quarter).evaluationDue;
    record.eligibility =
        assessEligibility(member->eligibilityInput(quarter, due)).value_or(Eligibility{});
    if (!record.eligibility.evaluated)
        return fail("quarter", quarter.key(), record.eligibility.reasonText());

    const QSqlDatabase connection = m_context.database().connection();
    QSqlQuery query(connection);
    query.prepare(QStringLiteral(
        "SELECT sh.id, sh.method, sh.status, sh.signed_on, sh.return_reason, sh.score, "
        "(SELECT count(*) FROM acquaintance a WHERE a.sheet_id = sh.id) FROM score_sheet sh "
        "JOIN servant s ON s.id = sh.servant_id WHERE s.personnel_no = ? AND sh.quarter = ?"));
    query.addBindValue(personnelNo);
    query.addBindValue(quarter.key());
    if (query.exec() && query.next()) {
        if (query.value(1).toString() != QLatin1String("ranking"))
            return fail(
                "personnel_no", personnelNo, tr("the servant's sheet is not a ranking sheet"));
        const qint64 sheetId = query.value(0).toLongLong();
        record.exists = true;
        record.status = query.value(2).toString();
        record.signedOn = dateFrom(query.value(3));
        record.returnReason = query.value(4).toString();
        if (!query.value(5).isNull())
            record.score = Score::fromHundredths(
                std::clamp(query.value(5).toInt(), 0, int(Score::MaxHundredths)));
        record.acquainted = query.value(6).toInt() > 0;
        QSqlQuery marks(connection);
        marks.prepare(
            QStringLiteral("SELECT parameter, mark, comment FROM ranking_mark WHERE sheet_id = ?"));
        marks.addBindValue(sheetId);
        if (marks.exec()) {
            while (marks.next()) {
                const auto parameter = rankingParameterFromKey(marks.value(0).toString());
                if (!parameter)
                    continue;
                record.marks.setMark(*parameter, marks.value(1).toInt());
                record.marks.setComment(*parameter, marks.value(2).toString());
            }
        }
    }
    return record;
}

InputErrors RankingSheetService::markErrors(const RankingMarks &marks, bool complete) const
{
    InputErrors errors;
    for (RankingParameter parameter : rankingParameters()) {
        const auto mark = marks.mark(parameter);
        const QString column = rankingParameterKey(parameter);
        if (mark && !isValidMark(*mark))
            errors << InputError{0, column, QString::number(*mark), markError(*mark)};
        else if (!mark && complete)
            errors << InputError{0, column, QString(),
                tr("every parameter needs a mark from 0 to 5 before the sheet is signed (§31)")};
        else if (!mark && !marks.comment(parameter).trimmed().isEmpty())
            errors << InputError{0, column + QStringLiteral("_comment"), marks.comment(parameter),
                tr("a comment goes with its mark: set the mark first")};
    }
    return errors;
}

std::optional<qint64> RankingSheetService::writeMarks(const QString &personnelNo,
    const Quarter &quarter, bool withoutParticipation, const RankingMarks &marks,
    QString *error) const
{
    const QSqlDatabase connection = m_context.database().connection();
    const auto sheetId = ensureSheet(connection, personnelNo, quarter, withoutParticipation, error);
    if (!sheetId)
        return std::nullopt;
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("DELETE FROM ranking_mark WHERE sheet_id = ?"));
    query.addBindValue(*sheetId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    query.prepare(QStringLiteral(
        "INSERT INTO ranking_mark (sheet_id, parameter, mark, comment) VALUES (?, ?, ?, ?)"));
    for (RankingParameter parameter : rankingParameters()) {
        const auto mark = marks.mark(parameter);
        if (!mark)
            continue;
        query.addBindValue(*sheetId);
        query.addBindValue(rankingParameterKey(parameter));
        query.addBindValue(*mark);
        query.addBindValue(textValue(marks.comment(parameter).trimmed()));
        if (!query.exec()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
    }
    return sheetId;
}

bool RankingSheetService::saveDraft(const QString &personnelNo, const Quarter &quarter,
    const RankingMarks &marks, InputErrors *errors)
{
    const auto record = locate(personnelNo, quarter, errors, true);
    if (!record)
        return false;
    if (record->isSigned()) {
        *errors << InputError{0, QStringLiteral("status"), record->status,
            tr("the sheet is signed: reopen it with a reason to change a mark")};
        return false;
    }
    if (const InputErrors bad = markErrors(marks, false); !bad.isEmpty()) {
        *errors << bad;
        return false;
    }

    AuditedWrite write(m_context);
    if (!write.isActive())
        return notWritten(errors, write.error());
    QString error;
    const auto sheetId =
        writeMarks(personnelNo, quarter, record->eligibility.withoutParticipation, marks, &error);
    if (!sheetId)
        return notWritten(errors, error);
    AuditEntry entry;
    entry.action = record->exists ? QStringLiteral("update") : QStringLiteral("create");
    entry.entity = QStringLiteral("score_sheet");
    entry.entityId = personnelNo + QLatin1Char(' ') + quarter.key();
    entry.field = QStringLiteral("ranking_marks");
    entry.oldValue = record->exists ? marksText(record->marks) : QString();
    entry.newValue = marksText(marks);
    entry.reason = QStringLiteral("draft");
    if (!write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

bool RankingSheetService::discardDraft(
    const QString &personnelNo, const Quarter &quarter, InputErrors *errors)
{
    const auto record = locate(personnelNo, quarter, errors, true);
    if (!record)
        return false;
    if (!record->exists)
        return true;
    if (record->status != QLatin1String("draft")) {
        *errors << InputError{
            0, QStringLiteral("status"), record->status, tr("only a draft sheet can be removed")};
        return false;
    }
    AuditedWrite write(m_context);
    QSqlQuery query(write.connection());
    // Marks go with the sheet (ON DELETE CASCADE); an appeal or acquaintance keeps it.
    query.prepare(QStringLiteral(
        "DELETE FROM score_sheet WHERE status = 'draft' AND id = (SELECT sh.id FROM score_sheet sh "
        "JOIN servant s ON s.id = sh.servant_id WHERE s.personnel_no = ? AND sh.quarter = ?) "
        "AND NOT EXISTS (SELECT 1 FROM appeal WHERE sheet_id = score_sheet.id) "
        "AND NOT EXISTS (SELECT 1 FROM acquaintance WHERE sheet_id = score_sheet.id)"));
    query.addBindValue(personnelNo);
    query.addBindValue(quarter.key());
    if (!write.exec(query) || query.numRowsAffected() != 1)
        return notWritten(
            errors, write.isActive() ? tr("the sheet is referred to elsewhere") : write.error());
    AuditEntry entry;
    entry.action = QStringLiteral("delete");
    entry.entity = QStringLiteral("score_sheet");
    entry.entityId = personnelNo + QLatin1Char(' ') + quarter.key();
    entry.field = QStringLiteral("ranking_marks");
    entry.oldValue = marksText(record->marks);
    entry.reason = QStringLiteral("undo");
    if (!write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

bool RankingSheetService::sign(const QString &personnelNo, const Quarter &quarter,
    const RankingMarks &marks, InputErrors *errors)
{
    const auto record = locate(personnelNo, quarter, errors, true);
    if (!record)
        return false;
    if (record->isSigned()) {
        *errors << InputError{
            0, QStringLiteral("status"), record->status, tr("the sheet is already signed")};
        return false;
    }
    const QDate today = m_context.clock().today();
    if (today <= quarter.lastDay()) {
        *errors << InputError{0, QStringLiteral("quarter"), quarter.key(),
            tr("a quarter is evaluated after it ends (§4): the sheet can be signed from %1")
                .arg(quarter.lastDay().addDays(1).toString(Qt::ISODate))};
        return false;
    }
    if (const InputErrors bad = markErrors(marks, true); !bad.isEmpty()) {
        *errors << bad;
        return false;
    }
    // §32, appendix 4: the score is the mean of the four marks (decision 5).
    const Score score = marks.score().value();

    AuditedWrite write(m_context);
    if (!write.isActive())
        return notWritten(errors, write.error());
    QString error;
    const auto sheetId =
        writeMarks(personnelNo, quarter, record->eligibility.withoutParticipation, marks, &error);
    if (!sheetId)
        return notWritten(errors, error);
    QSqlQuery update(write.connection());
    update.prepare(QStringLiteral(
        "UPDATE score_sheet SET status = 'signed', signed_on = ?, score = ? WHERE id = ?"));
    update.addBindValue(today.toString(Qt::ISODate));
    update.addBindValue(score.hundredths());
    update.addBindValue(*sheetId);
    if (!write.exec(update))
        return notWritten(errors, write.error());
    AuditEntry entry;
    entry.action = QStringLiteral("sign");
    entry.entity = QStringLiteral("score_sheet");
    entry.entityId = personnelNo + QLatin1Char(' ') + quarter.key();
    entry.field = QStringLiteral("score");
    entry.newValue = score.toString() + QStringLiteral(" (") + marksText(marks) + QLatin1Char(')');
    if (!write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

bool RankingSheetService::reopen(
    const QString &personnelNo, const Quarter &quarter, const QString &reason, InputErrors *errors)
{
    // Only whoever may change the sheet reopens it.
    if (!locate(personnelNo, quarter, errors, true))
        return false;
    return SheetReopening(m_context).reopen(personnelNo, quarter, reason, errors);
}

} // namespace bagalau
