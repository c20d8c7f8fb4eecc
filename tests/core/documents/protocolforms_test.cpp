// SPDX-License-Identifier: GPL-3.0-or-later
// The forms of the 360 survey, the calibration session and the Commission (FORMS.md 6–9) in
// Kazakh and Russian, read back from the PDF.
#include "documents/protocolforms.h"

#include "fixedclock.h"
#include "pdftext.h"
#include "printsample.h"
#include "services/printservice.h"
#include "services/servicecontext.h"
#include "temporarydatabase.h"

#include "catchqt.h"

#include <QFile>
#include <QFileInfo>

using namespace bagalau;

namespace {

struct Sample
{
    test::TemporaryDatabase file;
    test::FixedClock clock{QDate(2024, 5, 6)};
    ServiceContext chief{file.database(), Actor::singleUser(), clock};
    Sample()
    {
        test::fillPrintSample(chief);
        test::fillProtocolSample(chief);
    }

    // The form as a user reads it: printed to PDF, read back, blanks folded.
    QString printed(FormRequest request, Language language)
    {
        request.language = language;
        FormError error;
        const auto forms = PrintService(chief).renderAll(request, &error);
        INFO(error.message.toStdString());
        REQUIRE(forms);
        const QString path = file.folder() + QLatin1Char('/') + formKindKey(request.kind)
            + QLatin1Char('-') + languageCode(language) + QStringLiteral(".pdf");
        QString writeError;
        REQUIRE(FormWriter::writePdf(*forms, path, &writeError));
        if (const QString keep = qEnvironmentVariable("BAGALAU_KEEP_FORMS"); !keep.isEmpty()) {
            QFile::remove(keep + QLatin1Char('/') + QFileInfo(path).fileName());
            QFile::copy(path, keep + QLatin1Char('/') + QFileInfo(path).fileName());
        }
        return test::pdfText(path).simplified();
    }
};

FormRequest request(FormKind kind, qint64 recordId, int year = 0)
{
    FormRequest request;
    request.kind = kind;
    request.recordId = recordId;
    request.year = year;
    return request;
}

void requireAll(const QString &text, const QStringList &expected)
{
    INFO(text.toStdString());
    for (const QString &words : expected) {
        INFO(words.toStdString());
        CHECK(text.contains(words));
    }
}

} // namespace

TEST_CASE("appendix 7 the 360 report shows the count of respondents, the means beside the "
          "self-assessment and the three least expressed",
    "[documents]")
{
    Sample sample;
    const FormRequest report = request(FormKind::SurveyReport, 0, 2024);
    requireAll(sample.printed(report, Language::Russian),
        {QStringLiteral("Аппарат маслихата района Акжар"),
            QStringLiteral("Индивидуальный отчёт по результатам оценки методом 360"),
            QStringLiteral("за 2024 год"), QStringLiteral("Ахметов Серик"),
            QStringLiteral("Количество респондентов (без самооценки): 4"),
            QStringLiteral("Сотрудничество"), QStringLiteral("4,25"), QStringLiteral("5,00"),
            QStringLiteral("2,50"), QStringLiteral("Наименее выраженные компетенции"),
            QStringLiteral("Управление изменениями"), QStringLiteral("Оперативность"),
            QStringLiteral("Саморазвитие")});
    requireAll(sample.printed(report, Language::Kazakh),
        {QStringLiteral("360 әдісімен бағалау нәтижелері бойынша жеке есеп"),
            QStringLiteral("2024 жыл"), QStringLiteral("Ынтымақтастық"), QStringLiteral("4,25"),
            QStringLiteral("Ең аз көрінетін құзыреттер"), QStringLiteral("Өзгерістерді басқару")});
}

TEST_CASE(
    "appendix 8 the feedback form carries the three topics of §42 and the notes", "[documents]")
{
    Sample sample;
    requireAll(sample.printed(request(FormKind::Feedback, 1), Language::Russian),
        {QStringLiteral("Форма обратной связи"), QStringLiteral("Ким Елена"),
            QStringLiteral("02.05.2024"), QStringLiteral("Обзор достижений за оцениваемый период"),
            QStringLiteral("Подготовлены три сессии"),
            QStringLiteral("Обзор развития навыков и компетенций"),
            QStringLiteral("Обзор потенциала и обсуждение карьерных устремлений"),
            QStringLiteral("Оценивающее лицо")});
    requireAll(sample.printed(request(FormKind::Feedback, 1), Language::Kazakh),
        {QStringLiteral("Кері байланыс нысаны"),
            QStringLiteral("Бағаланатын кезеңдегі жетістіктеріне шолу"),
            QStringLiteral("Машықтар мен құзыреттердің дамуына шолу"),
            QStringLiteral("Әлеуетін шолу және мансаптық мақсатын талқылау")});
}

TEST_CASE(
    "§41 the calibration protocol shows the votes and the score adopted by majority", "[documents]")
{
    Sample sample;
    requireAll(sample.printed(request(FormKind::CalibrationProtocol, 1), Language::Russian),
        {QStringLiteral("Протокол калибровочной сессии № 1"), QStringLiteral("26.04.2024"),
            QStringLiteral("Распоряжение № 12"), QStringLiteral("Ким Елена"),
            QStringLiteral("I квартал 2024 года"), QStringLiteral("3,25"),
            QStringLiteral("Сроки отчётов нарушены дважды"),
            QStringLiteral("Задержки по вине другого отдела"), QStringLiteral("Сапарова Д. М."),
            QStringLiteral("против"), QStringLiteral("принято"),
            QStringLiteral("итоговая оценка: 4,00"),
            QStringLiteral("Выполняет функциональные обязанности эффективно"),
            // §41: posted within 3 working days of signing (Friday 26.04 → Wednesday 01.05 is a
            // holiday, so the count runs 29.04, 30.04, 02.05).
            QStringLiteral("02.05.2024")});
    // For, against, abstained: "2 / 1 / 0" (pdftotext may drop the blanks around the slashes).
    CHECK(sample.printed(request(FormKind::CalibrationProtocol, 1), Language::Russian)
              .remove(QLatin1Char(' '))
              .contains(QStringLiteral("2/1/0")));
    requireAll(sample.printed(request(FormKind::CalibrationProtocol, 1), Language::Kazakh),
        {QStringLiteral("Калибрлеу сессиясының № 1 хаттамасы"), QStringLiteral("қарсы"),
            QStringLiteral("жақтады"), QStringLiteral("қабылданды"), QStringLiteral("4,00"),
            QStringLiteral("Функционалдық міндеттерін тиімді атқарады")});
}

TEST_CASE("appendix 11 the Commission protocol has the column of the Commission's correction",
    "[documents]")
{
    Sample sample;
    requireAll(sample.printed(request(FormKind::CommissionProtocol, 1), Language::Russian),
        {QStringLiteral("Протокол заседания Комиссии по оценке № 3"),
            QStringLiteral("оцениваемый период: 2022 год"), QStringLiteral("20.01.2023"),
            QStringLiteral("Кворум"), QStringLiteral("3 / 3"), QStringLiteral("имеется"),
            QStringLiteral("Результаты оценки"),
            QStringLiteral("Корректировка Комиссией результатов оценки (в случае наличия)"),
            QStringLiteral("Ахметов Серик"), QStringLiteral("достигнуто КЦИ: 4 / 5"),
            QStringLiteral("Заключение Комиссии"), QStringLiteral("Секретарь Комиссии"),
            QStringLiteral("Омарова Г. С."), QStringLiteral("Председатель Комиссии")});
    requireAll(sample.printed(request(FormKind::CommissionProtocol, 1), Language::Kazakh),
        {QStringLiteral("Бағалау жөніндегі Комиссия отырысының № 3 хаттамасы"),
            QStringLiteral("Комиссияның қорытындысы"), QStringLiteral("Комиссия хатшысы")});
}

TEST_CASE("a calibration form for an application that does not exist says so", "[documents]")
{
    Sample sample;
    FormError error;
    CHECK_FALSE(
        PrintService(sample.chief).render(request(FormKind::CalibrationProtocol, 77), &error));
    CHECK(error.kind == FormError::Kind::NotFound);
    CHECK(error.message.contains(QStringLiteral("77")));
}

TEST_CASE(
    "appendix 7 the 360 report carries its radar chart into the PDF and the ODT", "[documents]")
{
    Sample sample;
    FormError error;
    const auto forms =
        PrintService(sample.chief).renderAll(request(FormKind::SurveyReport, 0, 2024), &error);
    REQUIRE(forms);
    REQUIRE(forms->size() == 1);
    const FormDocument &form = forms->first();
    REQUIRE(form.images.size() == 1);
    CHECK(form.html.contains(form.images.keys().first()));
    CHECK(form.images.values().first().width() >= 600);
    const QString odt = sample.file.folder() + QStringLiteral("/report.odt");
    QString writeError;
    REQUIRE(FormWriter::writeOdt(*forms, odt, &writeError));
    QFile file(odt);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("Pictures/"));
}
