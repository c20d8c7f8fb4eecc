// SPDX-License-Identifier: GPL-3.0-or-later
// Printed forms on paper: A4 PDF, ODT, one form per page run, page numbers, all or nothing.
#include "documents/formwriter.h"

#include "documents/formtext.h"
#include "pdftext.h"

#include "catchqt.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace bagalau;

namespace {

FormDocument form(const QString &title, int paragraphs = 1)
{
    QString body;
    for (int i = 0; i < paragraphs; ++i)
        body += QStringLiteral("<p>%1 — Қазақ әліппесі: ә і ң ғ ү ұ қ ө һ</p>").arg(title);
    return {title, FormText::page(body), {}};
}

} // namespace

TEST_CASE(
    "several forms go into one PDF, each from a new page, with the Kazakh letters", "[documents]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("batch.pdf"));
    QString error;
    REQUIRE(FormWriter::write({form(QStringLiteral("Первый")), form(QStringLiteral("Второй")),
                                  form(QStringLiteral("Үшінші"))},
        path, &error));
    CHECK(test::pdfPages(path) == 3);
    QString text = test::pdfText(path);
    CHECK(text.contains(QStringLiteral("Первый")));
    CHECK(text.contains(QStringLiteral("Үшінші")));
    CHECK(text.contains(QStringLiteral("ә і ң ғ ү ұ қ ө һ")));
    // A one-page form carries no page number.
    CHECK_FALSE(text.remove(QLatin1Char(' ')).contains(QStringLiteral("1/1")));
}

TEST_CASE("a form longer than a page numbers its pages", "[documents]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("long.pdf"));
    QString error;
    REQUIRE(FormWriter::writePdf({form(QStringLiteral("Строка"), 120)}, path, &error));
    const int pages = test::pdfPages(path);
    REQUIRE(pages >= 2);
    // "1 / 3" at the foot; pdftotext may drop the spaces around the slash of a small font.
    const QString text = test::pdfText(path).remove(QLatin1Char(' '));
    CHECK(text.contains(QStringLiteral("1/%1").arg(pages)));
    CHECK(text.contains(QStringLiteral("%1/%1").arg(pages)));
}

TEST_CASE("an ODT is an OpenDocument zip holding the forms", "[documents]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("forms.odt"));
    QString error;
    REQUIRE(FormWriter::write(
        {form(QStringLiteral("Первый")), form(QStringLiteral("Второй"))}, path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.size() > 1000);
    CHECK(bytes.startsWith("PK"));
    CHECK(bytes.contains("application/vnd.oasis.opendocument.text"));
}

TEST_CASE(
    "a file name that is neither .pdf nor .odt is refused and nothing is written", "[documents]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("forms.docx"));
    QString error;
    CHECK_FALSE(FormWriter::write({form(QStringLiteral("Первый"))}, path, &error));
    CHECK(error.contains(QStringLiteral(".pdf")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("a PDF into a folder that does not exist is refused with the reason", "[documents]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing/forms.pdf"));
    QString error;
    CHECK_FALSE(FormWriter::write({form(QStringLiteral("Первый"))}, path, &error));
    CHECK(error.contains(path));
    CHECK_FALSE(QFileInfo::exists(path));
}
