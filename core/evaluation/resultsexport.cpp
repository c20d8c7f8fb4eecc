// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/resultsexport.h"

#include <QSaveFile>
#include <QStringList>

namespace bagalau {

namespace {

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QByteArray document(const QList<QStringList> &lines)
{
    QString text;
    for (const QStringList &line : lines) {
        QStringList fields;
        fields.reserve(line.size());
        for (const QString &value : line)
            fields << field(value);
        text += fields.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace

QString ResultsExport::scoreText(const Score &score)
{
    return score.toString().replace(QLatin1Char('.'), QLatin1Char(','));
}

QByteArray ResultsExport::quarterCsv(const QList<QuarterResultRow> &rows)
{
    QList<QStringList> lines;
    lines.reserve(rows.size() + 1);
    lines << QStringList{QStringLiteral("personnel_no"), QStringLiteral("full_name"),
        QStringLiteral("method"), QStringLiteral("evaluated"),
        QStringLiteral("without_participation"), QStringLiteral("score"), QStringLiteral("band"),
        QStringLiteral("band_text"), QStringLiteral("calibrated"), QStringLiteral("reason")};
    for (const QuarterResultRow &row : rows) {
        const auto band = row.band();
        const bool explained = !row.eligibility.evaluated || row.eligibility.withoutParticipation;
        lines << QStringList{row.personnelNo, row.fullName, row.method,
            flag(row.eligibility.evaluated), flag(row.eligibility.withoutParticipation),
            row.score ? scoreText(*row.score) : QString(), band ? bandKey(*band) : QString(),
            band ? bandLabel(*band) : QString(), flag(row.calibrated),
            explained ? row.eligibility.reasonText() : QString()};
    }
    return document(lines);
}

QByteArray ResultsExport::yearCsv(int year, const QList<YearResultRow> &rows)
{
    QList<QStringList> lines;
    lines.reserve(rows.size() + 1);
    QStringList header{QStringLiteral("personnel_no"), QStringLiteral("full_name")};
    for (int number = 1; number <= 4; ++number)
        header << Quarter(year, number).key();
    header << QStringLiteral("annual_score") << QStringLiteral("annual_band")
           << QStringLiteral("annual_band_text");
    lines << header;
    for (const YearResultRow &row : rows) {
        QStringList line{row.personnelNo, row.fullName};
        for (int number = 1; number <= 4; ++number) {
            const auto score = row.quarters.constFind(Quarter(year, number).key());
            line << (score != row.quarters.constEnd() ? scoreText(*score) : QString());
        }
        const auto band = row.annualBand();
        line << (row.annualScore ? scoreText(*row.annualScore) : QString())
             << (band ? bandKey(*band) : QString()) << (band ? bandLabel(*band) : QString());
        lines << line;
    }
    return document(lines);
}

bool ResultsExport::write(const QString &path, const QByteArray &csv, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace bagalau
