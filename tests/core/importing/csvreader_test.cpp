// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/csvreader.h"

#include "catchqt.h"
#include "testpaths.h"

#include <QStringDecoder>

using namespace bagalau;
using namespace Qt::Literals::StringLiterals;

namespace {

CsvReadResult readSample(const char16_t *name)
{
    return CsvReader::readFile(test::testDataPath(u"csv/"_s + QString::fromUtf16(name)));
}

QStringList fields(std::initializer_list<const char16_t *> texts)
{
    QStringList result;
    for (const char16_t *text : texts)
        result.append(QString::fromUtf16(text));
    return result;
}

QList<int> errorLines(const CsvReadResult &result)
{
    QList<int> lines;
    for (const CsvError &error : result.errors)
        lines.append(error.line);
    return lines;
}

} // namespace

TEST_CASE("a Windows-1251 file with Russian names is read right", "[importing]")
{
    const CsvReadResult result = readSample(u"staff_cp1251.csv");
    INFO(result.errorText().toStdString());
    REQUIRE(result.ok());
    const CsvTable &table = result.table;
    CHECK(table.encoding() == CsvTable::Encoding::Windows1251);
    CHECK(table.delimiter() == u';');
    // Trimmed and lower-cased, Cyrillic included.
    CHECK(table.header() == fields({u"personnel_no", u"фио", u"должность", u"hired"}));
    REQUIRE(table.rowCount() == 3);
    CHECK(table.value(0, "фио") == u"Иванов Пётр Сергеевич"_s);
    CHECK(table.value(1, "фио") == u"Сёмина Алёна Юрьевна"_s);
    CHECK(table.value(1, "должность") == u"Руководитель аппарата; маслихат"_s);
    CHECK(table.value(2, "фио") == u"ЁЛКИН Эдуард Щукинович"_s);
    CHECK(table.value(2, "должность") == u"Специалист № 2"_s);
    // CRLF line ends: nothing of the CR is left in the last field.
    CHECK(table.value(2, "hired") == u"15.01.2024"_s);
    CHECK(table.rows().at(2).fields.last() == u"15.01.2024"_s);
    CHECK(table.rows().at(2).line == 4);
}

TEST_CASE("a UTF-8 file keeps Kazakh letters and loses its byte-order mark", "[importing]")
{
    const CsvReadResult result = readSample(u"staff_utf8_bom.csv");
    INFO(result.errorText().toStdString());
    REQUIRE(result.ok());
    CHECK(result.table.encoding() == CsvTable::Encoding::Utf8WithBom);
    CHECK(result.table.delimiter() == u',');
    // With the BOM left in, the first column would be "\uFEFFpersonnel_no" and never found.
    CHECK(result.table.header().first() == u"personnel_no"_s);
    CHECK(result.table.hasColumn("personnel_no"));
    REQUIRE(result.table.rowCount() == 3);
    CHECK(result.table.value(0, "full_name") == u"Әбдіқадыров Ғалым Қайратұлы"_s);
    CHECK(result.table.value(1, "full_name") == u"Өмірбекова, Үміт Жаңабайқызы"_s);
    CHECK(result.table.value(2, "full_name") == u"Шаһизада Нұрлан"_s);
    CHECK(result.table.value(1, "iin") == u"050315501230"_s);
}

TEST_CASE("UTF-8 without a byte-order mark is recognised", "[importing]")
{
    const CsvReadResult result = CsvReader::read(u"name\nҚұрманғазы\n"_s.toUtf8());
    REQUIRE(result.ok());
    CHECK(result.table.encoding() == CsvTable::Encoding::Utf8);
    CHECK(result.table.value(0, "name") == u"Құрманғазы"_s);
}

TEST_CASE("a semicolon file with a quoted semicolon, quote and line break", "[importing]")
{
    const CsvReadResult result = readSample(u"quoted_semicolon.csv");
    INFO(result.errorText().toStdString());
    REQUIRE(result.ok());
    const CsvTable &table = result.table;
    CHECK(table.encoding() == CsvTable::Encoding::Utf8);
    CHECK(table.delimiter() == u';');
    // The blank line 2 and the empty row ";;" on line 5 are skipped; no trailing newline.
    REQUIRE(table.rowCount() == 2);
    CHECK(table.value(0, "note") == u"Отдел \"Кадры\"; 2 этаж\nкабинет 5"_s);
    CHECK(table.rows().at(0).line == 3);
    CHECK(table.value(1, "full_name") == u"Петров П."_s);
    CHECK(table.value(1, "note") == u"без примечаний"_s);
    CHECK(table.rows().at(1).line == 6);
}

TEST_CASE("CRLF line ends, also inside a quoted field, count as one line each", "[importing]")
{
    const CsvReadResult result = readSample(u"crlf.csv");
    INFO(result.errorText().toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.table.rowCount() == 2);
    CHECK(result.table.value(0, "note") == u"first\nsecond"_s);
    CHECK(result.table.value(1, "note") == u"plain"_s);
    CHECK(result.table.rows().at(1).line == 5);
}

TEST_CASE("the delimiter is the one the header uses outside quotes", "[importing]")
{
    SECTION("commas inside a quoted header name do not count")
    {
        const CsvReadResult result = CsvReader::read("\"a,b,c\";d\n1;2\n");
        REQUIRE(result.ok());
        CHECK(result.table.delimiter() == u';');
        CHECK(result.table.header() == fields({u"a,b,c", u"d"}));
    }
    SECTION("a header with neither is a single column")
    {
        const CsvReadResult result = CsvReader::read("\n\nname\nIvanov\n");
        REQUIRE(result.ok());
        CHECK(result.table.header() == fields({u"name"}));
        CHECK(result.table.value(0, "name") == u"Ivanov"_s);
        CHECK(result.table.rows().at(0).line == 4);
    }
}

TEST_CASE("spaces before an opening quote are forgiven", "[importing]")
{
    const CsvReadResult result = CsvReader::read("a, b\n1, \"x, y\"\n");
    INFO(result.errorText().toStdString());
    REQUIRE(result.ok());
    CHECK(result.table.value(0, "b") == u"x, y"_s);
}

TEST_CASE("a truncated file with an unclosed quote is refused", "[importing]")
{
    const CsvReadResult result = readSample(u"truncated.csv");
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().line == 3);
    CHECK(result.errors.first().message
        == u"Line 3: a quoted field opens here and is never closed; the file may be truncated."_s);
    // Nothing half-read is offered for import.
    CHECK(result.table.rowCount() == 0);
    CHECK(result.table.header().isEmpty());
}

TEST_CASE("a UTF-8 file cut in the middle of a character is reported as truncated", "[importing]")
{
    QByteArray bytes = u"name\nӘлия\nҚайрат"_s.toUtf8();
    bytes.chop(1); // half of the two bytes of "т"
    const CsvReadResult result = CsvReader::read(bytes);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().message
        == u"Line 3: the file ends in the middle of a character; the file may be truncated."_s);
}

TEST_CASE("every row with too few or too many fields is reported", "[importing]")
{
    const CsvReadResult result = readSample(u"missing_field.csv");
    REQUIRE_FALSE(result.ok());
    CHECK(errorLines(result) == QList<int>{3, 4});
    CHECK(result.errors.at(0).message == u"Line 3: 2 field(s), but the header has 3."_s);
    CHECK(result.errors.at(1).message == u"Line 4: 4 field(s), but the header has 3."_s);
    CHECK(result.errorText()
        == u"Line 3: 2 field(s), but the header has 3.\nLine 4: 4 field(s), but the header has 3."_s);
    CHECK(result.table.rowCount() == 0);
}

TEST_CASE("a duplicate column name is refused, whatever its case and spaces", "[importing]")
{
    const CsvReadResult result = readSample(u"duplicate_header.csv");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().line == 1);
    CHECK(result.errors.first().message
        == u"Line 1: the column \"full_name\" appears more than once in the header (columns 2 and 3)."_s);
}

TEST_CASE("a header column without a name is refused", "[importing]")
{
    const CsvReadResult result = CsvReader::read("a;;c\n1;2;3\n");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().message == u"Line 1: column 2 of the header has no name."_s);
}

TEST_CASE("a file that begins with data instead of a header row is refused", "[importing]")
{
    const CsvReadResult result =
        CsvReader::read(u"001;Иванов;860412300018\n002;Петров;050315501230\n"_s.toUtf8());
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().message
        == u"Line 1: the first row holds \"001\", which looks like data, not a column name. The file must begin with a header row of column names."_s);
}

TEST_CASE("an empty file is refused", "[importing]")
{
    const QString expected = u"The file is empty."_s;
    const CsvReadResult fromFile = readSample(u"empty.csv");
    REQUIRE(fromFile.errors.size() == 1);
    CHECK(fromFile.errors.first().message == expected);
    CHECK(fromFile.errors.first().line == 0);
    // A byte-order mark alone is empty too.
    const CsvReadResult bomOnly = CsvReader::read("\xEF\xBB\xBF");
    REQUIRE(bomOnly.errors.size() == 1);
    CHECK(bomOnly.errors.first().message == expected);
}

TEST_CASE("a file of blank lines has no header row", "[importing]")
{
    const CsvReadResult result = CsvReader::read("\r\n  \r\n;;\r\n");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().message
        == u"The file has no header row: it holds only blank lines."_s);
}

TEST_CASE("text after a closing quote is refused, not glued to the field", "[importing]")
{
    const CsvReadResult result = CsvReader::read("a;b\n1;\"say \"hi\"\"\n");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().message
        == u"Line 2: there is text after the closing quote of field 2. A quote inside a quoted field is written twice (\"\")."_s);
}

TEST_CASE("files that are not CSV text are refused with what to do", "[importing]")
{
    SECTION("UTF-16, Excel's Unicode text")
    {
        const CsvReadResult result = CsvReader::read(QByteArray("\xFF\xFE"
                                                                "a\0,\0b\0",
            8));
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors.first().message.startsWith(u"The file is in UTF-16"_s));
    }
    SECTION("a binary file such as a workbook")
    {
        const CsvReadResult result = CsvReader::read(QByteArray("PK\x03\x04\0\0", 6));
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors.first().message.startsWith(u"The file is not a CSV text file"_s));
    }
    SECTION("a byte Windows-1251 does not have")
    {
        const CsvReadResult result = CsvReader::read("name\n\xC0\x98\n");
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors.first().line == 2);
        CHECK(result.errors.first().message
            == u"Line 2: the file is neither UTF-8 nor Windows-1251. Save the table as \"CSV UTF-8\" and import it again."_s);
    }
    SECTION("a UTF-8 byte-order mark before bytes that are not UTF-8")
    {
        const CsvReadResult result = CsvReader::read("\xEF\xBB\xBFname\n\xC8\xE2\n");
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors.first().message
            == u"Line 2: the file is marked as UTF-8 but holds bytes that are not UTF-8."_s);
    }
}

TEST_CASE("Kazakh letters lost in a Windows-1251 file are reported", "[importing]")
{
    const CsvReadResult result = readSample(u"lost_letters_cp1251.csv");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().line == 3);
    CHECK(result.errors.first().message
        == u"Line 3: \"Ба?лан ?айратов\" has a question mark in place of a letter. Windows-1251 cannot hold the Kazakh letters ә ғ қ ң ө ұ ү һ, so they were lost when the file was saved. Save the table as \"CSV UTF-8\" and import it again."_s);
    // A question mark that ends a sentence is punctuation.
    CHECK(CsvReader::read("note\r\n\xC4\xE0?\r\n").ok());
}

TEST_CASE("Windows-1251 holds Russian but not the Kazakh letters", "[importing]")
{
    QByteArray high;
    for (int byte = 0x80; byte <= 0xFF; ++byte)
        high.append(static_cast<char>(byte));
    const QString decoded = CsvReader::decodeWindows1251(high);
    REQUIRE(decoded.size() == 128);

    for (char16_t letter = u'А'; letter <= u'я'; ++letter)
        CHECK(decoded.contains(QChar(letter)));
    CHECK(decoded.contains(u'Ё'));
    CHECK(decoded.contains(u'ё'));
    CHECK(decoded.contains(u'№'));
    // І і are there (for Ukrainian and Belarusian), so Kazakh і survives; the others do not.
    CHECK(decoded.contains(u'і'));
    CHECK(decoded.contains(u'І'));
    for (const QChar letter : u"әғқңөұүһӘҒҚҢӨҰҮҺ"_s)
        CHECK_FALSE(decoded.contains(letter));
    CHECK(decoded.at(0x98 - 0x80) == QChar(QChar::ReplacementCharacter));
    CHECK(CsvReader::decodeWindows1251("Abc") == u"Abc"_s);
}

TEST_CASE("our Windows-1251 table agrees with Qt's where Qt has one", "[importing]")
{
    QStringDecoder qtDecoder("windows-1251");
    if (!qtDecoder.isValid()) {
        WARN("this Qt is built without ICU and has no Windows-1251 to compare with");
        return;
    }
    for (int byte = 0x80; byte <= 0xFF; ++byte) {
        if (byte == 0x98)
            continue; // unassigned; ICU passes it through as U+0098, we refuse it
        const QByteArray one(1, static_cast<char>(byte));
        INFO("byte " << byte);
        CHECK(CsvReader::decodeWindows1251(one) == QString(qtDecoder.decode(one)));
    }
}

TEST_CASE("a file that cannot be opened is reported by name", "[importing]")
{
    const QString path = test::testDataPath(u"csv/no-such-file.csv"_s);
    const CsvReadResult result = CsvReader::readFile(path);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().message.startsWith(u"Cannot open "_s));
    CHECK(result.errors.first().message.contains(u"no-such-file.csv"_s));
}
