// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/resultsservice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bagalau {

// The results as a CSV file for a spreadsheet, the same for the GUI and `bagalau-cli results
// ... --csv FILE`:
// - UTF-8 with a byte order mark, so that Excel opens Kazakh and Russian names as text;
// - ';' between fields and CRLF between lines, like the files Bagalau imports, quoting a field
//   that holds ';', '"' or a line break (a quote doubled);
// - a first line of stable column names in English ("personnel_no;full_name;...");
// - scores always with two decimals and a decimal COMMA ("4,25"), whatever the program's
//   language: the way Excel reads a number in the Kazakh and Russian locales that use
//   semicolon-separated files, so a score stays a number there; bands as their stable keys
//   ("effective"...) followed by the band's wording in the program's language.
// Quarter columns: personnel_no;full_name;method;evaluated;without_participation;score;band;
//   band_text;calibrated;reason — evaluated/without_participation/calibrated are 1 or 0.
// Year columns: personnel_no;full_name;YYYYQ1;YYYYQ2;YYYYQ3;YYYYQ4;annual_score;annual_band;
//   annual_band_text — a quarter not evaluated is left empty.
class ResultsExport
{
    Q_DECLARE_TR_FUNCTIONS(ResultsExport)

public:
    static QByteArray quarterCsv(const QList<QuarterResultRow> &rows);
    static QByteArray yearCsv(int year, const QList<YearResultRow> &rows);
    // "4,25": the score as the files write it.
    static QString scoreText(const Score &score);
    // Writes the bytes whole or not at all (QSaveFile); false with the reason in `error`.
    static bool write(const QString &path, const QByteArray &csv, QString *error);
};

} // namespace bagalau
