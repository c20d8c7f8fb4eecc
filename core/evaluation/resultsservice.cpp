// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/resultsservice.h"

#include "access/accesscontrol.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/database.h"

#include <QHash>
#include <QSqlQuery>

namespace bagalau {

namespace {

struct SheetState
{
    QString status;
    std::optional<Score> score;
    std::optional<Score> calibrated;
};

std::optional<Score> scoreOf(const QVariant &hundredths)
{
    if (hundredths.isNull())
        return std::nullopt;
    const int value = hundredths.toInt();
    if (value < 0 || value > Score::MaxHundredths)
        return std::nullopt;
    return Score::fromHundredths(value);
}

// The sheets of a quarter by servant, with the score a signed calibration protocol adopted.
QHash<qint64, SheetState> sheetsOf(const ServiceContext &context, const Quarter &quarter)
{
    QSqlQuery query(context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT sh.servant_id, sh.status, sh.score, "
        "(SELECT cs.final_score FROM appeal ap JOIN calibration_session cs ON cs.appeal_id = ap.id "
        " WHERE ap.sheet_id = sh.id AND cs.protocol_signed_on IS NOT NULL "
        " AND cs.final_score IS NOT NULL ORDER BY cs.protocol_signed_on DESC LIMIT 1) "
        "FROM score_sheet sh WHERE sh.quarter = ?"));
    query.addBindValue(quarter.key());
    QHash<qint64, SheetState> sheets;
    if (query.exec()) {
        while (query.next()) {
            sheets.insert(query.value(0).toLongLong(),
                {query.value(1).toString(), scoreOf(query.value(2)), scoreOf(query.value(3))});
        }
    }
    return sheets;
}

} // namespace

std::optional<Band> QuarterResultRow::band() const
{
    return score ? std::optional<Band>(bandOf(*score)) : std::nullopt;
}

std::optional<Band> YearResultRow::annualBand() const
{
    return annualScore ? std::optional<Band>(bandOf(*annualScore)) : std::nullopt;
}

ResultsService::ResultsService(const ServiceContext &context)
    : m_context(context)
{ }

QList<QuarterResultRow> ResultsService::quarter(const Quarter &quarter) const
{
    const auto allowed =
        AccessControl(m_context).allowedServants(Action::ReadResults, quarter.range());
    const QList<StaffMember> staff = StaffService(m_context).staffDuring(quarter.range());
    const QHash<qint64, SheetState> sheets = sheetsOf(m_context, quarter);
    const QDate evaluationDue = m_context.deadlines().quarter(quarter).evaluationDue;

    QList<QuarterResultRow> rows;
    rows.reserve(staff.size());
    for (const StaffMember &member : staff) {
        if (allowed && !allowed->contains(member.personnelNo))
            continue;
        QuarterResultRow row;
        row.personnelNo = member.personnelNo;
        row.fullName = member.fullName;
        row.method = member.category == PositionCategory::Head ? QStringLiteral("kci")
                                                               : QStringLiteral("ranking");
        row.eligibility = assessEligibility(member.eligibilityInput(quarter, evaluationDue))
                              .value_or(Eligibility{});

        const auto sheet = sheets.constFind(member.id);
        if (sheet != sheets.constEnd()) {
            row.sheetStatus = sheet->status;
            if (sheet->status == QLatin1String("signed") && row.eligibility.evaluated) {
                row.score = sheet->calibrated ? sheet->calibrated : sheet->score;
                row.calibrated = sheet->calibrated.has_value();
            }
        }
        rows << row;
    }
    return rows;
}

QList<QuarterScore> ResultsService::history(const QString &personnelNo) const
{
    QSqlQuery query(m_context.database().connection());
    query.prepare(QStringLiteral(
        "SELECT sh.quarter, sh.score, "
        "(SELECT cs.final_score FROM appeal ap JOIN calibration_session cs ON cs.appeal_id = ap.id "
        " WHERE ap.sheet_id = sh.id AND cs.protocol_signed_on IS NOT NULL "
        " AND cs.final_score IS NOT NULL ORDER BY cs.protocol_signed_on DESC LIMIT 1) "
        "FROM score_sheet sh JOIN servant s ON s.id = sh.servant_id "
        "WHERE s.personnel_no = ? AND sh.status = 'signed' ORDER BY sh.quarter"));
    query.addBindValue(personnelNo);
    QList<QuarterScore> scores;
    if (!query.exec())
        return scores;
    const AccessControl access(m_context);
    while (query.next()) {
        const auto quarter = Quarter::parse(query.value(0).toString());
        const auto original = scoreOf(query.value(1));
        const auto calibrated = scoreOf(query.value(2));
        if (!quarter || !original)
            continue;
        const auto allowed = access.allowedServants(Action::ReadResults, quarter->range());
        if (allowed && !allowed->contains(personnelNo))
            continue;
        scores << QuarterScore{*quarter, calibrated.value_or(*original), calibrated.has_value()};
    }
    return scores;
}

bool ResultsService::mayRead(
    const QString &personnelNo, const DateRange &when, QString *refusal) const
{
    return AccessControl(m_context).mayFor(Action::ReadResults, personnelNo, when, refusal);
}

QList<YearResultRow> ResultsService::year(int year) const
{
    QList<YearResultRow> rows;
    QHash<QString, qsizetype> indexOf;
    QHash<QString, QList<QuarterResult>> quarterResults;
    for (int number = 1; number <= 4; ++number) {
        const Quarter quarter(year, number);
        const auto results = this->quarter(quarter);
        for (const QuarterResultRow &result : results) {
            if (!indexOf.contains(result.personnelNo)) {
                indexOf.insert(result.personnelNo, rows.size());
                rows << YearResultRow{result.personnelNo, result.fullName, {}, std::nullopt};
            }
            if (!result.score)
                continue;
            rows[indexOf.value(result.personnelNo)].quarters.insert(quarter.key(), *result.score);
            // The quarter's score is already the one finally adopted (decision 6).
            quarterResults[result.personnelNo] << QuarterResult{quarter, true, *result.score, {}};
        }
    }
    for (YearResultRow &row : rows)
        row.annualScore = annualScore(quarterResults.value(row.personnelNo));
    return rows;
}

} // namespace bagalau
