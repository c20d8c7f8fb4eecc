// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/quarterservice.h"

#include "evaluation/resultsservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/database.h"
#include "storage/sqlvalue.h"

#include <QHash>
#include <QSqlQuery>

namespace bagalau {

namespace {

struct SheetDates
{
    QDate signedOn;
    QDate acquaintedOn;
    QString method;
    QString returnReason;
};

QHash<QString, SheetDates> sheetDatesOf(const ServiceContext &context, const Quarter &quarter)
{
    QSqlQuery query(context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT s.personnel_no, sh.signed_on, a.day, a.method, sh.return_reason FROM score_sheet "
        "sh "
        "JOIN servant s ON s.id = sh.servant_id LEFT JOIN acquaintance a ON a.sheet_id = sh.id "
        "WHERE sh.quarter = ?"));
    query.addBindValue(quarter.key());
    QHash<QString, SheetDates> dates;
    if (query.exec()) {
        while (query.next())
            dates.insert(query.value(0).toString(),
                {dateFrom(query.value(1)), dateFrom(query.value(2)), query.value(3).toString(),
                    query.value(4).toString()});
    }
    return dates;
}

} // namespace

std::optional<Band> QuarterRosterRow::band() const
{
    return score ? std::optional<Band>(bandOf(*score)) : std::nullopt;
}

QuarterService::QuarterService(const ServiceContext &context)
    : m_context(context)
{ }

Quarter QuarterService::currentFor(QDate today)
{
    // §4: a quarter is evaluated in the month after it, so on any day the work at hand is the
    // quarter that has just ended.
    return Quarter::containing(today).previous();
}

QList<QuarterRosterRow> QuarterService::roster(const Quarter &quarter) const
{
    const QList<QuarterResultRow> results = ResultsService(m_context).quarter(quarter);
    QHash<QString, StaffMember> staff;
    const QList<StaffMember> members = StaffService(m_context).staffDuring(quarter.range());
    for (const StaffMember &member : members)
        staff.insert(member.personnelNo, member);
    const QHash<QString, SheetDates> dates = sheetDatesOf(m_context, quarter);
    const Deadlines deadlines = m_context.deadlines();

    QList<QuarterRosterRow> rows;
    rows.reserve(results.size());
    for (const QuarterResultRow &result : results) {
        QuarterRosterRow row;
        row.personnelNo = result.personnelNo;
        row.fullName = result.fullName;
        row.method = result.method;
        row.eligibility = result.eligibility;
        row.sheetStatus = result.sheetStatus;
        row.score = result.score;
        row.calibrated = result.calibrated;
        const StaffMember member = staff.value(result.personnelNo);
        row.unit = member.unit;
        row.position = member.position;
        row.evaluatorPersonnelNo = member.managerPersonnelNo;
        row.evaluatorName = staff.value(member.managerPersonnelNo).fullName;
        const SheetDates sheet = dates.value(result.personnelNo);
        if (result.sheetStatus == QLatin1String("signed")) {
            row.signedOn = sheet.signedOn;
            if (sheet.signedOn.isValid())
                row.acquaintanceDue = deadlines.acquaintanceDue(sheet.signedOn);
        }
        if (result.sheetStatus == QLatin1String("returned"))
            row.returnReason = sheet.returnReason;
        row.acquaintedOn = sheet.acquaintedOn;
        row.acquaintanceMethod = sheet.method;
        if (sheet.acquaintedOn.isValid())
            row.appealDue = deadlines.appealDue(sheet.acquaintedOn);
        rows << row;
    }
    return rows;
}

} // namespace bagalau
