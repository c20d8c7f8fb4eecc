// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAnyStringView>
#include <QByteArrayView>
#include <QChar>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bagalau {

// One record of a CSV file. `line` is the physical line where it starts, so that a message can
// send the user to the right place even when a quoted field spans several lines.
struct CsvRow
{
    int line = 0;
    QStringList fields;
};

// One problem in a file. `message` is complete and translated and already names the line;
// `line` is 0 when the problem concerns the whole file.
struct CsvError
{
    int line = 0;
    QString message;
};

// A CSV file as CsvReader gives it: a header of column names (trimmed, lower-case, unique) and
// its rows, each with as many fields as the header.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    enum class Encoding { Utf8, Utf8WithBom, Windows1251 };

    CsvTable() = default;
    CsvTable(QStringList header, QList<CsvRow> rows, Encoding encoding, QChar delimiter);

    const QStringList &header() const { return m_header; }
    const QList<CsvRow> &rows() const { return m_rows; }
    qsizetype rowCount() const { return m_rows.size(); }
    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

    // Column names are matched as the header was read: trimmed and case-insensitively.
    bool hasColumn(QAnyStringView column) const;
    qsizetype columnIndex(QAnyStringView column) const; // -1 when there is no such column
    // The field trimmed: spreadsheet users cannot see a trailing space, and " 00123" must match
    // "00123". A null string when the column does not exist or the row is out of range.
    QString value(const CsvRow &row, QAnyStringView column) const;
    QString value(qsizetype row, QAnyStringView column) const;

    // The required columns the header lacks, in the order asked.
    QStringList missingColumns(const QStringList &required) const;
    // True when every required column is there; otherwise false, and `error` names the missing
    // columns and the ones the file has.
    bool hasColumns(const QStringList &required, QString *error = nullptr) const;

    // "UTF-8", "UTF-8 with BOM", "Windows-1251": names of the standards, not translated.
    static QString encodingName(Encoding encoding);

private:
    QStringList m_header;
    QList<CsvRow> m_rows;
    QHash<QString, qsizetype> m_columns;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_delimiter = u',';
};

// What CsvReader found: the table when the file is sound, otherwise every problem it found.
struct CsvReadResult
{
    // Header and rows only when `errors` is empty (no partial import); the encoding and the
    // delimiter as far as they were found.
    CsvTable table;
    QList<CsvError> errors; // in the order of the lines
    bool ok() const { return errors.isEmpty(); }
    // Every message, one a line, for a dialog or standard error.
    QString errorText() const;
};

// Reads a whole CSV file as spreadsheets save it: UTF-8 with or without BOM, or Windows-1251
// (Excel's "CSV" in a Russian Windows); comma or semicolon; RFC 4180 quoting; CRLF or LF.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static CsvReadResult readFile(const QString &path);
    static CsvReadResult read(QByteArrayView bytes);

    // Our own table: Qt knows Windows-1251 only when it is built with ICU, and not every build
    // is (the offices run Windows). The byte 0x98, unassigned in Windows-1251, becomes U+FFFD.
    static QString decodeWindows1251(QByteArrayView bytes);
};

} // namespace bagalau
