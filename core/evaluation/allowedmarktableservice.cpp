// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/allowedmarktableservice.h"

#include "access/accesscontrol.h"
#include "services/auditedwrite.h"
#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace bagalau {

namespace {

// The file keeps percents in hundredths; Decimal counts ten-thousandths.
constexpr qint64 RawPerHundredth = Decimal::Scale / 100;

std::optional<int> parseMarkText(const QString &text)
{
    bool ok = false;
    const int mark = text.trimmed().toInt(&ok);
    return ok && mark >= 0 && mark <= 5 ? std::optional<int>(mark) : std::nullopt;
}

QString describe(const QList<AllowedMarkRow> &rows)
{
    QStringList parts;
    for (const AllowedMarkRow &row : rows)
        parts << QStringLiteral("%1-%2:%3-%4")
                     .arg(row.fromPercent.toString(),
                         row.toPercent ? row.toPercent->toString() : QString(),
                         QString::number(row.minMark), QString::number(row.maxMark));
    return parts.join(QLatin1Char(' '));
}

// A write the database refused: none of it stays, and the user reads the database's reason.
bool notWritten(InputErrors *errors, const QString &why)
{
    *errors << InputError{
        0, QString(), QString(), AllowedMarkTableService::tr("nothing was written: %1").arg(why)};
    return false;
}

} // namespace

AllowedMarkTableService::AllowedMarkTableService(const ServiceContext &context)
    : m_context(context)
{ }

QList<AllowedMarkRow> AllowedMarkTableService::rows() const
{
    return readRows(m_context.database().connection());
}

QList<AllowedMarkRow> AllowedMarkTableService::readRows(QSqlDatabase connection)
{
    QList<AllowedMarkRow> table;
    QSqlQuery query(connection);
    if (query.exec(QStringLiteral("SELECT from_percent, to_percent, min_mark, max_mark FROM "
                                  "appendix3_row ORDER BY from_percent"))) {
        while (query.next()) {
            AllowedMarkRow row;
            row.fromPercent = Decimal::fromRaw(query.value(0).toLongLong() * RawPerHundredth);
            if (!query.value(1).isNull())
                row.toPercent = Decimal::fromRaw(query.value(1).toLongLong() * RawPerHundredth);
            row.minMark = query.value(2).toInt();
            row.maxMark = query.value(3).toInt();
            table << row;
        }
    }
    return table;
}

AllowedMarkRowText AllowedMarkTableService::toText(const AllowedMarkRow &row)
{
    return {row.fromPercent.toString(), row.toPercent ? row.toPercent->toString() : QString(),
        QString::number(row.minMark), QString::number(row.maxMark)};
}

InputErrors AllowedMarkTableService::validate(const QList<AllowedMarkRowText> &rows) const
{
    InputErrors errors;
    QList<AllowedMarkRow> table;
    for (int i = 0; i < rows.size(); ++i) {
        const AllowedMarkRowText &text = rows.at(i);
        const int line = i + 1;
        const auto from = Decimal::parse(text.fromPercent.trimmed());
        std::optional<Decimal> to;
        const bool open = text.toPercent.trimmed().isEmpty();
        if (!open)
            to = Decimal::parse(text.toPercent.trimmed());
        const auto minMark = parseMarkText(text.minMark);
        const auto maxMark = parseMarkText(text.maxMark);
        if (!from)
            errors << InputError{line, QStringLiteral("from_percent"), text.fromPercent,
                tr("the lower bound is a percent such as 80 or 99.99")};
        if (!open && !to)
            errors << InputError{line, QStringLiteral("to_percent"), text.toPercent,
                tr("the upper bound is a percent such as 100 or 119.99, or empty for \"and "
                   "above\"")};
        if (!minMark)
            errors << InputError{line, QStringLiteral("min_mark"), text.minMark,
                tr("a mark is a whole number from 0 to 5 (§27)")};
        if (!maxMark)
            errors << InputError{line, QStringLiteral("max_mark"), text.maxMark,
                tr("a mark is a whole number from 0 to 5 (§27)")};
        if (from && (open || to) && minMark && maxMark)
            table << AllowedMarkRow{*from, to, *minMark, *maxMark};
    }
    if (errors.isEmpty()) {
        // The rules of a usable table live in the methodology; its messages name the rows.
        const QStringList problems = validateAllowedMarkTable(table);
        for (const QString &problem : problems)
            errors << InputError{0, QStringLiteral("appendix3"), QString(), problem};
    }
    return errors;
}

bool AllowedMarkTableService::replace(const QList<AllowedMarkRowText> &rows, InputErrors *errors)
{
    errors->clear();
    QString refusal;
    if (!AccessControl(m_context).mayForEveryone(Action::ChangeAllowedMarks, &refusal)) {
        *errors << InputError{0, QString(), QString(), refusal, true};
        return false;
    }
    *errors = validate(rows);
    if (!errors->isEmpty())
        return false;
    QList<AllowedMarkRow> table;
    for (const AllowedMarkRowText &text : rows) {
        AllowedMarkRow row;
        row.fromPercent = *Decimal::parse(text.fromPercent.trimmed());
        if (!text.toPercent.trimmed().isEmpty())
            row.toPercent = Decimal::parse(text.toPercent.trimmed());
        row.minMark = *parseMarkText(text.minMark);
        row.maxMark = *parseMarkText(text.maxMark);
        table << row;
    }

    const QString before = describe(readRows(m_context.database().connection()));
    AuditedWrite write(m_context);
    QSqlQuery query(write.connection());
    query.prepare(QStringLiteral("DELETE FROM appendix3_row"));
    if (!write.exec(query))
        return notWritten(errors, write.error());
    query.prepare(QStringLiteral("INSERT INTO appendix3_row (from_percent, to_percent, min_mark, "
                                 "max_mark) VALUES (?, ?, ?, ?)"));
    for (const AllowedMarkRow &row : table) {
        query.addBindValue(row.fromPercent.raw() / RawPerHundredth);
        query.addBindValue(row.toPercent ? QVariant(row.toPercent->raw() / RawPerHundredth)
                                         : QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(row.minMark);
        query.addBindValue(row.maxMark);
        if (!write.exec(query))
            return notWritten(errors, write.error());
    }
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("appendix3");
    entry.field = QStringLiteral("rows");
    entry.oldValue = before;
    entry.newValue = describe(table);
    entry.reason = QStringLiteral("decision 10");
    if (!write.commit(entry))
        return notWritten(errors, write.error());
    return true;
}

} // namespace bagalau
