// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/csvreader.h"

#include "catchqt.h"

using namespace bagalau;
using namespace Qt::Literals::StringLiterals;

namespace {

CsvTable staffTable()
{
    const CsvReadResult result = CsvReader::read(
        u"Personnel_No ; Full_Name;hired\n 00123 ;Иванов И.;2024-01-15\n00124;Петров П.;\n"_s
            .toUtf8());
    REQUIRE(result.ok());
    return result.table;
}

} // namespace

TEST_CASE("a field is found by its column name, trimmed", "[importing]")
{
    const CsvTable table = staffTable();
    CHECK(table.value(0, "personnel_no") == u"00123"_s);
    CHECK(table.value(table.rows().at(1), "full_name") == u"Петров П."_s);
    // Names are matched as the header was read: trimmed and case-insensitively.
    CHECK(table.value(0, " Personnel_NO ") == u"00123"_s);
    CHECK(table.columnIndex("hired") == 2);
    // The raw field keeps what the file holds.
    CHECK(table.rows().at(0).fields.at(0) == u" 00123 "_s);
    CHECK(table.value(1, "hired").isEmpty());
}

TEST_CASE("an unknown column or row gives a null value", "[importing]")
{
    const CsvTable table = staffTable();
    CHECK_FALSE(table.hasColumn("iin"));
    CHECK(table.columnIndex("iin") == -1);
    CHECK(table.value(0, "iin").isNull());
    CHECK(table.value(2, "personnel_no").isNull());
    CHECK(table.value(-1, "personnel_no").isNull());
}

TEST_CASE("required columns are checked, and the message names what is missing", "[importing]")
{
    const CsvTable table = staffTable();
    QString error;
    CHECK(table.hasColumns({u"personnel_no"_s, u"FULL_NAME"_s}, &error));
    CHECK(error.isEmpty());

    CHECK(table.missingColumns({u"iin"_s, u"personnel_no"_s, u"position"_s})
        == QStringList{u"iin"_s, u"position"_s});
    CHECK_FALSE(table.hasColumns({u"iin"_s, u"personnel_no"_s, u"position"_s}, &error));
    CHECK(error
        == u"The file lacks the column(s) \"iin\", \"position\". The columns it has: \"personnel_no\", \"full_name\", \"hired\"."_s);
    CHECK_FALSE(table.hasColumns({u"iin"_s}));
}

TEST_CASE("the encoding has a name to show", "[importing]")
{
    CHECK(CsvTable::encodingName(CsvTable::Encoding::Utf8) == u"UTF-8"_s);
    CHECK(CsvTable::encodingName(CsvTable::Encoding::Utf8WithBom) == u"UTF-8 with BOM"_s);
    CHECK(CsvTable::encodingName(CsvTable::Encoding::Windows1251) == u"Windows-1251"_s);
}
