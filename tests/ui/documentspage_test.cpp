// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/documentspage.h"

#include "dialogs/documentpreview.h"
#include "fixedclock.h"
#include "pdftext.h"
#include "printsample.h"
#include "services/servicecontext.h"
#include "temporarydatabase.h"
#include "uitest.h"

#include "catchqt.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace bagalau;

TEST_CASE(
    "the Documents page lists the quarter's servants and exports every ranking sheet into one PDF",
    "[documents][ui]")
{
    test::TemporaryDatabase file;
    const test::FixedClock clock(QDate(2024, 4, 20));
    const ServiceContext chief(file.database(), Actor::singleUser(), clock);
    test::fillPrintSample(chief);

    DocumentsPage page;
    page.resize(800, 400);
    page.setContext(&chief);
    page.show();
    // The last quarter is offered first.
    CHECK(page.request().quarter == Quarter(2024, 1));
    FormRequest request;
    request.kind = FormKind::RankingSheet;
    request.quarter = Quarter(2024, 1);
    request.language = Language::Russian;
    page.setRequest(request);
    auto *servant = page.findChild<QComboBox *>(QStringLiteral("servant"));
    REQUIRE(servant);
    REQUIRE(servant->count() == 3); // all, Ахметов, Ким
    CHECK(servant->itemText(1).contains(QStringLiteral("Ахметов Серик")));
    test::keepShot(&page, QStringLiteral("docs-documentspage.png"));

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("ranking.pdf"));
    QString error;
    REQUIRE(page.exportTo(path, &error));
    CHECK(test::pdfPages(path) == 2);
    CHECK(test::pdfText(path).contains(QStringLiteral("4,25")));

    // One servant in Kazakh.
    servant->setCurrentIndex(2);
    auto *language = page.findChild<QComboBox *>(QStringLiteral("language"));
    language->setCurrentIndex(language->findData(QStringLiteral("kk")));
    const QString one = folder.filePath(QStringLiteral("kim.pdf"));
    REQUIRE(page.exportTo(one, &error));
    const QString text = test::pdfText(one);
    CHECK(test::pdfPages(one) == 1);
    CHECK(text.contains(QStringLiteral("Ким Елена")));
    CHECK(text.contains(QStringLiteral("Бағалау парағы")));
}

TEST_CASE(
    "the Documents page shows why a form cannot be made and writes nothing", "[documents][ui]")
{
    test::TemporaryDatabase file;
    const test::FixedClock clock(QDate(2024, 4, 20));
    const ServiceContext chief(file.database(), Actor::singleUser(), clock);
    test::fillPrintSample(chief);
    DocumentsPage page;
    page.setContext(&chief);
    FormRequest request;
    request.kind = FormKind::WorkPlan;
    request.quarter = Quarter(2023, 1);
    page.setRequest(request);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.pdf"));
    QString error;
    CHECK_FALSE(page.exportTo(path, &error));
    CHECK(error.contains(QStringLiteral("2023Q1")));
    CHECK(page.problem().contains(QStringLiteral("2023Q1")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("the print preview paints the forms' pages", "[documents][ui]")
{
    test::TemporaryDatabase file;
    const test::FixedClock clock(QDate(2024, 4, 20));
    const ServiceContext chief(file.database(), Actor::singleUser(), clock);
    test::fillPrintSample(chief);
    FormRequest request;
    request.kind = FormKind::RankingSheet;
    request.quarter = Quarter(2024, 1);
    FormError error;
    const auto forms = PrintService(chief).renderAll(request, &error);
    REQUIRE(forms);
    DocumentPreview preview(*forms, QStringLiteral("ranking"));
    preview.resize(700, 900);
    preview.show();
    preview.preview()->updatePreview();
    CHECK(preview.preview()->pageCount() == 2);
    CHECK(preview.findChild<QPushButton *>(QStringLiteral("exportPdf")));
    CHECK(preview.findChild<QPushButton *>(QStringLiteral("exportOdt")));
    test::keepShot(&preview, QStringLiteral("docs-preview.png"));
}
