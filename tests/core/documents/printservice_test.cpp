// SPDX-License-Identifier: GPL-3.0-or-later
// The printed forms of a quarter (FORMS.md 1–5) in Kazakh and Russian, read back from the PDF.
#include "services/printservice.h"

#include "fixedclock.h"
#include "pdftext.h"
#include "printsample.h"
#include "services/servicecontext.h"
#include "temporarydatabase.h"

#include "catchqt.h"

#include <QFile>
#include <QFileInfo>

using namespace bagalau;

namespace {

// The form as a user reads it: printed to PDF, read back, blanks folded into single spaces.
QString printed(const ServiceContext &context, FormKind kind, const char *personnelNo,
    Language language, const QString &folder, int *pages = nullptr)
{
    FormError error;
    FormRequest request;
    request.kind = kind;
    request.quarter = Quarter(2024, 1);
    request.personnelNo = QString::fromUtf8(personnelNo);
    request.language = language;
    const auto forms = PrintService(context).renderAll(request, &error);
    INFO(error.message.toStdString());
    REQUIRE(forms);
    const QString path = folder + QLatin1Char('/') + formKindKey(kind) + QLatin1Char('-')
        + languageCode(language) + QStringLiteral(".pdf");
    QString writeError;
    INFO(writeError.toStdString());
    REQUIRE(FormWriter::writePdf(*forms, path, &writeError));
    if (pages)
        *pages = test::pdfPages(path);
    // To look at the forms: BAGALAU_KEEP_FORMS=/some/folder keeps a copy of each.
    if (const QString keep = qEnvironmentVariable("BAGALAU_KEEP_FORMS"); !keep.isEmpty()) {
        const QString copy = keep + QLatin1Char('/') + QFileInfo(path).fileName();
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
    return test::pdfText(path).simplified();
}

void requireAll(const QString &text, const QStringList &expected)
{
    INFO(text.toStdString());
    for (const QString &words : expected) {
        INFO(words.toStdString());
        CHECK(text.contains(words));
    }
}

struct Sample
{
    test::TemporaryDatabase file;
    test::FixedClock clock{QDate(2024, 4, 20)};
    ServiceContext chief{file.database(), Actor::singleUser(), clock};
    Sample() { test::fillPrintSample(chief); }
};

} // namespace

TEST_CASE("appendix 4 the ranking sheet prints the four parameters, 4,25 and its band in Russian "
          "and Kazakh",
    "[documents]")
{
    Sample sample;
    requireAll(printed(sample.chief, FormKind::RankingSheet, "002", Language::Russian,
                   sample.file.folder()),
        {QStringLiteral("Аппарат маслихата района Акжар"), QStringLiteral("Оценочный лист"),
            QStringLiteral("методом ранжирования за I квартал 2024 года"),
            QStringLiteral("Ахметов Серик"), QStringLiteral("Качество выполнения функциональных"),
            QStringLiteral("Трудовая дисциплина"), QStringLiteral("Отчёты сданы в срок"),
            QStringLiteral("4,25"),
            QStringLiteral("Выполняет функциональные обязанности эффективно"),
            QStringLiteral("Жусупова Айгуль"), QStringLiteral("08.04.2024"),
            QStringLiteral("ознакомлен(а)"), QStringLiteral("15.04.2024"),
            QStringLiteral("лично")});
    requireAll(printed(sample.chief, FormKind::RankingSheet, "002", Language::Kazakh,
                   sample.file.folder()),
        {QStringLiteral("Ақжар ауданы мәслихатының аппараты"), QStringLiteral("Бағалау парағы"),
            QStringLiteral("саралау әдісімен"), QStringLiteral("2024 жылғы I тоқсан"),
            QStringLiteral("Ахметов Серик"), QStringLiteral("Еңбек тәртібі"),
            QStringLiteral("4,25"), QStringLiteral("Функционалдық міндеттерін тиімді атқарады"),
            QStringLiteral("Бағалау нәтижелерімен таныстым"), QStringLiteral("жеке өзі")});
}

TEST_CASE(
    "appendix 4 every ranking sheet of a quarter prints into one PDF, a page each", "[documents]")
{
    Sample sample;
    int pages = 0;
    const QString text = printed(
        sample.chief, FormKind::RankingSheet, "", Language::Russian, sample.file.folder(), &pages);
    CHECK(pages == 2);
    requireAll(text,
        {QStringLiteral("Ахметов Серик"), QStringLiteral("4,25"), QStringLiteral("Ким Елена"),
            QStringLiteral("3,25"),
            QStringLiteral("Выполняет функциональные обязанности надлежащим образом")});
}

TEST_CASE("appendix 1 the individual work plan carries the approval block and the KCI table",
    "[documents]")
{
    Sample sample;
    requireAll(
        printed(sample.chief, FormKind::WorkPlan, "001", Language::Russian, sample.file.folder()),
        {QStringLiteral("Аппарат маслихата района Акжар"), QStringLiteral("УТВЕРЖДАЮ"),
            QStringLiteral("Вышестоящий руководитель"), QStringLiteral("Нурланов Б. К."),
            QStringLiteral("15.01.2024"), QStringLiteral("Индивидуальный план работы"),
            QStringLiteral("01.01.2024 – 31.03.2024"), QStringLiteral("Жусупова Айгуль"),
            QStringLiteral("Руководитель аппарата"), QStringLiteral("Исполнение"),
            QStringLiteral("95,5"), QStringLiteral("29.03.2024"), QStringLiteral("<по"),
            QStringLiteral("План развития района"),
            QStringLiteral("Непосредственный руководитель")});
    requireAll(
        printed(sample.chief, FormKind::WorkPlan, "001", Language::Kazakh, sample.file.folder()),
        {QStringLiteral("Ақжар ауданы мәслихатының аппараты"), QStringLiteral("БЕКІТЕМІН"),
            QStringLiteral("Жоғары тұрған басшы"), QStringLiteral("Жеке жұмыс жоспары"),
            QStringLiteral("НМИ атауы"), QStringLiteral("95,5"), QStringLiteral("Тікелей басшы"),
            QStringLiteral("Құрылымдық бөлімше: Аппарат (қаз.)")});
}

TEST_CASE("appendix 2 the KCI sheet prints plan, actual, realization percent, marks and 4,33",
    "[documents]")
{
    Sample sample;
    requireAll(
        printed(sample.chief, FormKind::KciSheet, "001", Language::Russian, sample.file.folder()),
        {QStringLiteral("УТВЕРЖДАЮ"), QStringLiteral("Оценочный лист"),
            QStringLiteral("по ключевым целевым индикаторам за I квартал 2024 года"),
            QStringLiteral("Рассмотрение обращений граждан"), QStringLiteral("120,00"),
            QStringLiteral("95,5"), QStringLiteral("4,33"),
            QStringLiteral("Выполняет функциональные обязанности эффективно")});
    requireAll(
        printed(sample.chief, FormKind::KciSheet, "001", Language::Kazakh, sample.file.folder()),
        {QStringLiteral("БЕКІТЕМІН"), QStringLiteral("нысаналы мақсатты индикаторлар бойынша"),
            QStringLiteral("Қол жеткізу пайызы"), QStringLiteral("4,33"),
            QStringLiteral("Функционалдық міндеттерін тиімді атқарады")});
}

TEST_CASE("§30 the notice names the quarter and the day the evaluation ends", "[documents]")
{
    Sample sample;
    requireAll(
        printed(sample.chief, FormKind::Notice, "002", Language::Russian, sample.file.folder()),
        {QStringLiteral("Уведомление о проведении оценки"), QStringLiteral("Ахметов Серик"),
            QStringLiteral("I квартал 2024 года"), QStringLiteral("методом ранжирования"),
            QStringLiteral("10.04.2024"), QStringLiteral("пункт 30 Методики")});
    requireAll(
        printed(sample.chief, FormKind::Notice, "001", Language::Kazakh, sample.file.folder()),
        {QStringLiteral("Бағалау жүргізу туралы хабарлама"), QStringLiteral("Жусупова Айгуль"),
            QStringLiteral("нысаналы мақсатты индикаторлар бойынша"), QStringLiteral("05.04.2024"),
            QStringLiteral("10.04.2024"), QStringLiteral("Әдістеменің 26-тармағы")});
}

TEST_CASE("the quarter's results list shows every servant, their score and the count per band",
    "[documents]")
{
    Sample sample;
    requireAll(
        printed(sample.chief, FormKind::ResultsList, "", Language::Russian, sample.file.folder()),
        {QStringLiteral("Результаты оценки"), QStringLiteral("I квартал 2024 года"),
            QStringLiteral("Жусупова Айгуль"), QStringLiteral("4,33"),
            QStringLiteral("Ахметов Серик"), QStringLiteral("4,25"), QStringLiteral("Ким Елена"),
            QStringLiteral("3,25"), QStringLiteral("15.04.2024"), QStringLiteral("Всего 3")});
    requireAll(
        printed(sample.chief, FormKind::ResultsList, "", Language::Kazakh, sample.file.folder()),
        {QStringLiteral("Бағалау нәтижелері"), QStringLiteral("2024 жылғы I тоқсан"),
            QStringLiteral("Ким Елена"), QStringLiteral("3,25"), QStringLiteral("Барлығы 3")});
}
