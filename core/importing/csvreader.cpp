// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/csvreader.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace bagalau {

namespace {

// Windows-1251 from 0x80 to 0xBF; 0xC0 to 0xFF are А to я in order, and below 0x80 it is ASCII.
// 0x98 is unassigned.
constexpr char16_t windows1251High[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, // 0x88
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, // 0x98
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, // 0xA0
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, // 0xA8
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, // 0xB0
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, // 0xB8
};

constexpr QByteArrayView utf8Bom("\xEF\xBB\xBF", 3);

enum class Utf8Verdict { Valid, Invalid, TruncatedAtEnd };

struct Utf8Scan
{
    Utf8Verdict verdict = Utf8Verdict::Valid;
    qsizetype offset = 0; // of the first byte that is not UTF-8
    bool sawMultiByte = false;
};

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. Strict, so
// that a Windows-1251 file is never taken for UTF-8.
Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if (lead == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (lead >= 0xE1 && lead <= 0xEF) {
            length = 3;
        } else if (lead == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (lead == 0xF4) {
            length = 4;
            high = 0x8F;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            length = 4;
        } else {
            scan.verdict = Utf8Verdict::Invalid;
            scan.offset = i;
            return scan;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= bytes.size()) {
                scan.verdict = Utf8Verdict::TruncatedAtEnd;
                scan.offset = i;
                return scan;
            }
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
                scan.verdict = Utf8Verdict::Invalid;
                scan.offset = i;
                return scan;
            }
        }
        scan.sawMultiByte = true;
        i += length;
    }
    return scan;
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// The physical line of a byte, counting CRLF, LF and a lone CR each as one line end.
int lineAt(QByteArrayView text, qsizetype position)
{
    int line = 1;
    for (qsizetype i = 0; i < position && i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
            ++line;
    }
    return line;
}

// The delimiter is the one the header line uses more, outside quotes; a header with neither is
// a single column.
QChar detectDelimiter(const QString &text)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool inQuotes = false;
    bool content = false;
    for (const QChar c : text) {
        if (c == u'"')
            inQuotes = !inQuotes; // a doubled quote toggles twice, so it changes nothing
        else if (!inQuotes && c == u',')
            ++commas;
        else if (!inQuotes && c == u';')
            ++semicolons;
        else if (!inQuotes && isLineBreak(c)) {
            if (content)
                break;
        } else if (!c.isSpace())
            content = true;
    }
    return semicolons > commas ? QChar(u';') : QChar(u',');
}

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
        [](const QString &field) { return field.trimmed().isEmpty(); });
}

// RFC 4180 records with their first physical line. Blank records are skipped: spreadsheets
// write ";;;" for the empty rows at the end of a sheet.
void parseRecords(
    const QString &text, QChar delimiter, QList<CsvRow> *records, QList<CsvError> *errors)
{
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool quoted = false; // the current field began with a quote
    bool closed = false; // and its closing quote has been read
    bool strayReported = false;

    const auto endField = [&] {
        fields.append(field);
        field.clear();
        quoted = false;
        closed = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!isBlank(fields))
            records->append({recordLine, fields});
        fields.clear();
        strayReported = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const bool lineBreak = isLineBreak(c);
        if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
            ++i;
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                    closed = true;
                }
            } else if (lineBreak) {
                field += u'\n';
                ++line;
            } else {
                field += c;
            }
        } else if (c == delimiter) {
            endField();
        } else if (lineBreak) {
            endRecord();
            ++line;
            recordLine = line;
        } else if (closed) {
            if (c != u' ' && c != u'\t' && !strayReported) {
                errors->append({line,
                    CsvReader::tr("Line %1: there is text after the closing quote of field %2. "
                                  "A quote inside a quoted field is written twice (\"\").")
                        .arg(line)
                        .arg(fields.size() + 1)});
                strayReported = true;
            }
        } else if (c == u'"' && !quoted && field.trimmed().isEmpty()) {
            // Spaces before the opening quote are forgiven: hand-written files put them there.
            field.clear();
            inQuotes = true;
            quoted = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        errors->append({quoteLine,
            CsvReader::tr("Line %1: a quoted field opens here and is never closed; the file may "
                          "be truncated.")
                .arg(quoteLine)});
        return;
    }
    if (!fields.isEmpty() || !field.isEmpty() || quoted)
        endRecord();
}

// A header cell that is a number or a date: the file starts with data, not with column names.
bool looksLikeData(const QString &name)
{
    bool digit = false;
    for (const QChar c : name) {
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (c != u'.' && c != u'-' && c != u'/' && c != u' ')
            return false;
    }
    return digit;
}

// Excel replaces each letter a code page lacks by '?', so in a Windows-1251 file "Бағлан" arrives
// as "Ба?лан". A '?' right before a Cyrillic letter is that, not punctuation.
qsizetype lostLetter(const QString &field)
{
    for (qsizetype i = 0; i + 1 < field.size(); ++i) {
        const char16_t next = field.at(i + 1).unicode();
        if (field.at(i) == u'?' && next >= 0x0400 && next <= 0x04FF)
            return i;
    }
    return -1;
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString &name : names)
        quoted.append(u'"' + name + u'"');
    return quoted.join(u", "_s);
}

QString normalizedColumn(QAnyStringView column)
{
    return column.toString().trimmed().toLower();
}

CsvReadResult failure(CsvReadResult result, int line, const QString &message)
{
    result.errors.append({line, message});
    return result;
}

} // namespace

CsvTable::CsvTable(QStringList header, QList<CsvRow> rows, Encoding encoding, QChar delimiter)
    : m_header(std::move(header))
    , m_rows(std::move(rows))
    , m_encoding(encoding)
    , m_delimiter(delimiter)
{
    for (qsizetype i = 0; i < m_header.size(); ++i)
        m_columns.insert(m_header.at(i), i);
}

bool CsvTable::hasColumn(QAnyStringView column) const
{
    return columnIndex(column) >= 0;
}

qsizetype CsvTable::columnIndex(QAnyStringView column) const
{
    return m_columns.value(normalizedColumn(column), -1);
}

QString CsvTable::value(const CsvRow &row, QAnyStringView column) const
{
    const qsizetype index = columnIndex(column);
    if (index < 0 || index >= row.fields.size())
        return {};
    return row.fields.at(index).trimmed();
}

QString CsvTable::value(qsizetype row, QAnyStringView column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return value(m_rows.at(row), column);
}

QStringList CsvTable::missingColumns(const QStringList &required) const
{
    QStringList missing;
    for (const QString &column : required) {
        if (!hasColumn(column))
            missing.append(column);
    }
    return missing;
}

bool CsvTable::hasColumns(const QStringList &required, QString *error) const
{
    const QStringList missing = missingColumns(required);
    if (missing.isEmpty())
        return true;
    if (error) {
        const QString found = m_header.isEmpty() ? tr("none") : quotedList(m_header);
        *error = tr("The file lacks the column(s) %1. The columns it has: %2.", nullptr,
            static_cast<int>(missing.size()))
                     .arg(quotedList(missing), found);
    }
    return false;
}

QString CsvTable::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return u"UTF-8"_s;
    case Encoding::Utf8WithBom:
        return u"UTF-8 with BOM"_s;
    case Encoding::Windows1251:
        return u"Windows-1251"_s;
    }
    return {};
}

QString CsvReadResult::errorText() const
{
    QStringList messages;
    messages.reserve(errors.size());
    for (const CsvError &error : errors)
        messages.append(error.message);
    return messages.join(u'\n');
}

CsvReadResult CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure({}, 0,
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return failure({}, 0,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return read(bytes);
}

CsvReadResult CsvReader::read(QByteArrayView bytes)
{
    CsvReadResult result;
    if (bytes.isEmpty())
        return failure(result, 0, tr("The file is empty."));
    if (bytes.startsWith(QByteArrayView("\xFF\xFE", 2))
        || bytes.startsWith(QByteArrayView("\xFE\xFF", 2))) {
        return failure(result, 0,
            tr("The file is in UTF-16 (Excel's \"Unicode text\"). Save the table as \"CSV UTF-8\" "
               "and import it again."));
    }
    if (std::find(bytes.begin(), bytes.end(), '\0') != bytes.end()) {
        return failure(result, 0,
            tr("The file is not a CSV text file (it holds NUL bytes; is it an Excel workbook?). "
               "Save the table as \"CSV UTF-8\" and import it again."));
    }

    const bool bom = bytes.startsWith(utf8Bom);
    const QByteArrayView body = bom ? bytes.sliced(utf8Bom.size()) : bytes;
    if (body.isEmpty())
        return failure(result, 0, tr("The file is empty."));

    const Utf8Scan scan = scanUtf8(body);
    QString text;
    CsvTable::Encoding encoding = CsvTable::Encoding::Utf8;
    if (scan.verdict == Utf8Verdict::Valid) {
        encoding = bom ? CsvTable::Encoding::Utf8WithBom : CsvTable::Encoding::Utf8;
        text = QString::fromUtf8(body);
    } else if (scan.verdict == Utf8Verdict::TruncatedAtEnd && (bom || scan.sawMultiByte)) {
        const int line = lineAt(body, scan.offset);
        return failure(result, line,
            tr("Line %1: the file ends in the middle of a character; the file may be truncated.")
                .arg(line));
    } else if (bom) {
        const int line = lineAt(body, scan.offset);
        return failure(result, line,
            tr("Line %1: the file is marked as UTF-8 but holds bytes that are not UTF-8.")
                .arg(line));
    } else {
        encoding = CsvTable::Encoding::Windows1251;
        text = decodeWindows1251(body);
        const qsizetype unassigned = text.indexOf(QChar(QChar::ReplacementCharacter));
        if (unassigned >= 0) {
            // One character per byte in Windows-1251, so the position is the byte's too.
            const int line = lineAt(body, unassigned);
            return failure(result, line,
                tr("Line %1: the file is neither UTF-8 nor Windows-1251. Save the table as "
                   "\"CSV UTF-8\" and import it again.")
                    .arg(line));
        }
    }

    const QChar delimiter = detectDelimiter(text);
    result.table = CsvTable({}, {}, encoding, delimiter);

    QList<CsvRow> records;
    parseRecords(text, delimiter, &records, &result.errors);
    if (records.isEmpty()) {
        if (result.errors.isEmpty()) {
            result.errors.append({0, tr("The file has no header row: it holds only blank lines.")});
        }
        return result;
    }

    const CsvRow headerRow = records.takeFirst();
    QStringList header;
    QHash<QString, qsizetype> firstColumn;
    bool dataReported = false;
    for (qsizetype i = 0; i < headerRow.fields.size(); ++i) {
        const QString name = headerRow.fields.at(i).trimmed().toLower();
        header.append(name);
        if (name.isEmpty()) {
            result.errors.append({headerRow.line,
                tr("Line %1: column %2 of the header has no name.")
                    .arg(headerRow.line)
                    .arg(i + 1)});
        } else if (firstColumn.contains(name)) {
            result.errors.append({headerRow.line,
                tr("Line %1: the column \"%2\" appears more than once in the header (columns %3 "
                   "and %4).")
                    .arg(QString::number(headerRow.line), name,
                        QString::number(firstColumn.value(name) + 1), QString::number(i + 1))});
        } else {
            firstColumn.insert(name, i);
        }
        if (!dataReported && looksLikeData(name)) {
            result.errors.append({headerRow.line,
                tr("Line %1: the first row holds \"%2\", which looks like data, not a column "
                   "name. The file must begin with a header row of column names.")
                    .arg(QString::number(headerRow.line), headerRow.fields.at(i).trimmed())});
            dataReported = true;
        }
    }

    if (encoding == CsvTable::Encoding::Windows1251) {
        const auto reportLostLetters = [&result](const CsvRow &row) {
            for (const QString &field : row.fields) {
                if (lostLetter(field) < 0)
                    continue;
                result.errors.append({row.line,
                    tr("Line %1: \"%2\" has a question mark in place of a letter. Windows-1251 "
                       "cannot hold the Kazakh letters %3, so they were lost when the file was "
                       "saved. Save the table as \"CSV UTF-8\" and import it again.")
                        .arg(QString::number(row.line), field.trimmed(), u"ә ғ қ ң ө ұ ү һ"_s)});
                return;
            }
        };
        reportLostLetters(headerRow);
        for (const CsvRow &row : std::as_const(records))
            reportLostLetters(row);
    }

    for (const CsvRow &row : std::as_const(records)) {
        if (row.fields.size() != header.size()) {
            result.errors.append({row.line,
                tr("Line %1: %n field(s), but the header has %2.", nullptr,
                    static_cast<int>(row.fields.size()))
                    .arg(row.line)
                    .arg(header.size())});
        }
    }

    std::stable_sort(result.errors.begin(), result.errors.end(),
        [](const CsvError &a, const CsvError &b) { return a.line < b.line; });
    if (result.errors.isEmpty())
        result.table = CsvTable(header, records, encoding, delimiter);
    return result;
}

QString CsvReader::decodeWindows1251(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        if (code < 0x80)
            *out++ = QChar(static_cast<char16_t>(code));
        else if (code < 0xC0)
            *out++ = QChar(windows1251High[code - 0x80]);
        else
            *out++ = QChar(static_cast<char16_t>(0x0410 + (code - 0xC0)));
    }
    return text;
}

} // namespace bagalau
