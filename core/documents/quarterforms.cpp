// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/quarterforms.h"

#include "documents/formtext.h"

#include <QMap>

namespace bagalau {

using formhtml::cell;
using formhtml::gridStart;
using formhtml::headerCell;

namespace {

QString markText(const std::optional<int> &mark)
{
    return mark ? QString::number(*mark) : QStringLiteral("—");
}

// The «УТВЕРЖДАЮ» block of the superior manager, on the right (appendices 1, 2).
QString approvalBlock(const FormText &text, const FormSigner &approver)
{
    const QString position = approver.position.trimmed().isEmpty()
        ? text.pick("Вышестоящий руководитель", "Жоғары тұрған басшы")
        : approver.position.toHtmlEscaped();
    return QStringLiteral("<table width=\"100%\"><tr><td width=\"55%\"></td>"
                          "<td class=\"approve\"><b>%1</b><br/>%2<br/>__________ %3<br/>%4</td>"
                          "</tr></table>")
        .arg(text.pick("УТВЕРЖДАЮ", "БЕКІТЕМІН"), position, FormText::escaped(approver.fullName),
            text.date(approver.date));
}

QString servantFields(const FormText &text, const FormServant &servant)
{
    return text.field(
               text.pick("Фамилия, имя, отчество", "Тегі, аты, әкесінің аты"), servant.fullName)
        + text.field(text.pick("Должность", "Лауазымы"), servant.position)
        + text.field(text.pick("Структурное подразделение", "Құрылымдық бөлімше"),
            text.isKazakh() && !servant.unitKk.trimmed().isEmpty() ? servant.unitKk : servant.unit);
}

QString scoreBlock(const FormText &text, const std::optional<Score> &score, bool without)
{
    QString html = QStringLiteral("<p>%1: <b>%2</b></p><p>%3: <b>%4</b></p>")
                       .arg(text.pick("Итоговая оценка", "Қорытынды баға"), text.score(score),
                           text.pick("Результат оценки", "Бағалау нәтижесі"), text.band(score));
    if (without)
        html +=
            QStringLiteral("<p><i>%1</i></p>")
                .arg(text.pick("Оценка проведена без участия служащего (пункты 5, 6 Методики).",
                    "Бағалау қызметшінің қатысуынсыз жүргізілді (Әдістеменің 5, 6-тармақтары)."));
    return html;
}

} // namespace

QString workPlanHtml(const WorkPlanForm &form, Language language)
{
    const FormText text(language);
    QString body = text.header(form.organisation) + approvalBlock(text, form.approver);
    body += text.title(text.pick("Индивидуальный план работы", "Жеке жұмыс жоспары"),
        text.pick("административного государственного служащего корпуса «Б»<br/>на период ",
            "«Б» корпусының мемлекеттік әкімшілік қызметшісінің<br/>кезеңге арналған: ")
            + text.period(form.period));
    body += servantFields(text, form.servant);
    body += gridStart() + QStringLiteral("<thead><tr>") + headerCell(QStringLiteral("№"), 4)
        + headerCell(text.pick("Наименование КЦИ", "НМИ атауы"), 20)
        + headerCell(text.pick("Документ, из которого вытекает КЦИ", "НМИ туындайтын құжат"), 17)
        + headerCell(text.pick("Единица измерения", "Өлшем бірлігі"), 13)
        + headerCell(text.pick("Плановое значение", "Жоспарлы мәні"), 11)
        + headerCell(text.pick("Срок достижения", "Қол жеткізу мерзімі"), 13)
        + headerCell(text.pick("Ожидаемый результат (положительное изменение)",
                         "Күтілетін нәтиже (оң өзгеріс)"),
            22)
        + QStringLiteral("</tr></thead>");
    for (const WorkPlanForm::Line &line : form.lines) {
        body += QStringLiteral("<tr>") + cell(QString::number(line.number), "center")
            + cell(line.title.toHtmlEscaped()) + cell(line.sourceDocument.toHtmlEscaped())
            + cell(line.unitOfMeasure.toHtmlEscaped(), "center")
            + cell(text.decimal(line.planValue), "right")
            + cell(line.dueDate.isValid() ? text.date(line.dueDate) : QString(), "center")
            + cell(line.expectedResult.toHtmlEscaped()) + QStringLiteral("</tr>");
    }
    body += QStringLiteral("</table>");
    body += text.signature(text.pick("Служащий", "Қызметші"),
        FormSigner{form.servant.position, form.servant.fullName, {}});
    body += text.signature(
        text.pick("Непосредственный руководитель", "Тікелей басшы"), form.directManager);
    return FormText::page(body);
}

QString kciSheetHtml(const KciSheetForm &form, Language language)
{
    const FormText text(language);
    QString body = text.header(form.organisation) + approvalBlock(text, form.approver);
    body += text.title(text.pick("Оценочный лист", "Бағалау парағы"),
        text.pick("по ключевым целевым индикаторам за ",
            "нысаналы мақсатты индикаторлар бойынша, кезең: ")
            + text.quarter(form.quarter));
    body += servantFields(text, form.servant);
    body += gridStart() + QStringLiteral("<thead><tr>") + headerCell(QStringLiteral("№"), 4)
        + headerCell(text.pick("КЦИ", "НМИ"), 30)
        + headerCell(text.pick("Единица измерения", "Өлшем бірлігі"), 11)
        + headerCell(text.pick("План", "Жоспар"), 9) + headerCell(text.pick("Факт", "Нақты"), 9)
        + headerCell(text.pick("Процент достижения", "Қол жеткізу пайызы"), 13)
        + headerCell(
            text.pick("Допустимая оценка (прил. 3)", "Рұқсат етілген баға (3-қосымша)"), 13)
        + headerCell(text.pick("Оценка (0–5)", "Баға (0–5)"), 11) + QStringLiteral("</tr></thead>");
    for (const KciSheetForm::Line &line : form.lines) {
        body += QStringLiteral("<tr>") + cell(QString::number(line.number), "center")
            + cell(line.title.toHtmlEscaped()) + cell(line.unitOfMeasure.toHtmlEscaped(), "center")
            + cell(text.decimal(line.planValue), "right")
            + cell(text.decimal(line.actualValue), "right")
            + cell(line.realization ? text.realization(*line.realization) : QString(), "right")
            + cell(line.allowedMarks ? QStringLiteral("%1–%2")
                                           .arg(line.allowedMarks->min)
                                           .arg(line.allowedMarks->max)
                                     : QString(),
                "center")
            + cell(QStringLiteral("<b>") + markText(line.mark) + QStringLiteral("</b>"), "center")
            + QStringLiteral("</tr>");
    }
    body += QStringLiteral("</table>");
    body += scoreBlock(text, form.score, form.withoutParticipation);
    body += text.signature(text.pick("Оценивающее лицо", "Бағалаушы адам"), form.evaluator);
    body += text.acquaintance(form.acquaintance);
    return FormText::page(body);
}

QString rankingSheetHtml(const RankingSheetForm &form, Language language)
{
    const FormText text(language);
    QString body = text.header(form.organisation);
    body += text.title(text.pick("Оценочный лист", "Бағалау парағы"),
        text.pick("методом ранжирования за ", "саралау әдісімен, кезең: ")
            + text.quarter(form.quarter));
    body += servantFields(text, form.servant);
    body += gridStart() + QStringLiteral("<thead><tr>") + headerCell(QStringLiteral("№"), 5)
        + headerCell(text.pick("Параметр оценки", "Бағалау параметрі"), 50)
        + headerCell(text.pick("Оценка (0–5)", "Баға (0–5)"), 12)
        + headerCell(text.pick("Комментарий", "Түсініктеме"), 33) + QStringLiteral("</tr></thead>");
    int number = 0;
    for (const RankingSheetForm::Line &line : form.lines) {
        body += QStringLiteral("<tr>") + cell(QString::number(++number), "center")
            + cell(text.rankingParameter(line.parameter))
            + cell(QStringLiteral("<b>") + markText(line.mark) + QStringLiteral("</b>"), "center")
            + cell(line.comment.toHtmlEscaped()) + QStringLiteral("</tr>");
    }
    body += QStringLiteral("</table>");
    body += scoreBlock(text, form.score, form.withoutParticipation);
    body += text.signature(text.pick("Оценивающее лицо", "Бағалаушы адам"), form.evaluator);
    body += text.acquaintance(form.acquaintance);
    return FormText::page(body);
}

QString noticeHtml(const NoticeForm &form, Language language)
{
    const FormText text(language);
    QString body = text.header(form.organisation);
    body += QStringLiteral("<table width=\"100%\"><tr><td width=\"55%\"></td><td>%1<br/><b>%2</b>"
                           "<br/>%3</td></tr></table>")
                .arg(text.pick("Кому:", "Кімге:"), FormText::escaped(form.servant.fullName),
                    FormText::escaped(form.servant.position));
    body += text.title(
        text.pick("Уведомление о проведении оценки", "Бағалау жүргізу туралы хабарлама"));
    const QString method = form.method == QLatin1String("kci")
        ? text.pick("по ключевым целевым индикаторам", "нысаналы мақсатты индикаторлар бойынша")
        : text.pick("методом ранжирования", "саралау әдісімен");
    if (text.isKazakh()) {
        body += QStringLiteral(
            "<p>Мәслихат аппаратының «Б» корпусының мемлекеттік әкімшілік қызметшілерінің "
            "қызметін бағалау әдістемесіне сәйкес Сіздің <b>%1</b> қызметіңізге %2 бағалау "
            "жүргізілетіні туралы хабарлаймыз.</p>"
            "<p>Бағалау <b>%3</b> кешіктірілмей аяқталады (Әдістеменің 4-тармағы).</p>")
                    .arg(text.quarter(form.quarter), method, text.date(form.evaluationDue));
    } else {
        body += QStringLiteral(
            "<p>Уведомляем Вас, что в соответствии с Методикой оценки деятельности "
            "административных государственных служащих корпуса «Б» аппарата маслихата проводится "
            "оценка Вашей деятельности за <b>%1</b> %2.</p>"
            "<p>Оценка завершается не позднее <b>%3</b> (пункт 4 Методики).</p>")
                    .arg(text.quarter(form.quarter), method, text.date(form.evaluationDue));
    }
    body += text.field(text.pick("Срок уведомления", "Хабарлау мерзімі"),
        text.date(form.noticeDue)
            + (form.method == QLatin1String("kci")
                    ? text.pick(" (пункт 26 Методики)", " (Әдістеменің 26-тармағы)")
                    : text.pick(" (пункт 30 Методики)", " (Әдістеменің 30-тармағы)")));
    body += text.signature(text.pick("Главный специалист", "Бас маман"), form.chiefSpecialist);
    body += QStringLiteral("<p>%1</p><p>__________ %2 &nbsp;&nbsp;&nbsp; %3</p>")
                .arg(text.pick("Уведомление получил(а):", "Хабарламаны алдым:"),
                    text.pick("(подпись служащего)", "(қызметшінің қолы)"), text.date(QDate()));
    return FormText::page(body);
}

QString resultsListHtml(const ResultsListForm &form, Language language)
{
    const FormText text(language);
    QString body = text.header(form.organisation);
    body += text.title(
        text.pick("Результаты оценки", "Бағалау нәтижелері"), text.quarter(form.quarter));
    body += gridStart() + QStringLiteral("<thead><tr>") + headerCell(QStringLiteral("№"), 4)
        + headerCell(text.pick("Фамилия, имя, отчество", "Тегі, аты, әкесінің аты"), 26)
        + headerCell(text.pick("Метод", "Әдіс"), 13)
        + headerCell(text.pick("Оценен(а)", "Бағаланды"), 12)
        + headerCell(text.pick("Оценка", "Баға"), 8)
        + headerCell(text.pick("Результат оценки", "Бағалау нәтижесі"), 24)
        + headerCell(text.pick("Дата ознакомления", "Таныстыру күні"), 13)
        + QStringLiteral("</tr></thead>");
    QMap<Band, int> perBand;
    int notEvaluated = 0;
    int number = 0;
    for (const ResultsListForm::Line &line : form.lines) {
        QString evaluated = line.evaluated ? text.pick("да", "иә") : text.pick("нет", "жоқ");
        if (!line.evaluated || line.withoutParticipation)
            evaluated += QStringLiteral("<br/><small>") + text.eligibilityReason(line.reasonKey)
                + QStringLiteral("</small>");
        QString score = text.score(line.score);
        if (line.calibrated)
            score += QStringLiteral("<br/><small>")
                + text.pick("(калибровочная сессия)", "(калибрлеу сессиясы)")
                + QStringLiteral("</small>");
        body += QStringLiteral("<tr>") + cell(QString::number(++number), "center")
            + cell(line.fullName.toHtmlEscaped() + QStringLiteral("<br/><small>")
                + line.position.toHtmlEscaped() + QStringLiteral("</small>"))
            + cell(text.method(line.method), "center") + cell(evaluated, "center")
            + cell(score, "center") + cell(text.band(line.score))
            + cell(line.acquainted ? text.date(*line.acquainted) : QStringLiteral("—"), "center")
            + QStringLiteral("</tr>");
        if (!line.evaluated)
            ++notEvaluated;
        else if (line.score)
            ++perBand[bandOf(*line.score)];
    }
    body += QStringLiteral("</table>");
    body += QStringLiteral("<p><b>%1</b></p>")
                .arg(text.pick(
                    "Итоги по результатам оценки:", "Бағалау нәтижелері бойынша қорытынды:"));
    body += gridStart();
    body += QStringLiteral("<tr>")
        + headerCell(text.pick("Результат оценки", "Бағалау нәтижесі"), 85)
        + headerCell(text.pick("Количество", "Саны"), 15) + QStringLiteral("</tr>");
    for (Band band : {Band::Effective, Band::Proper, Band::Satisfactory, Band::Unsatisfactory})
        body += QStringLiteral("<tr>") + cell(text.bandLabel(band))
            + cell(QString::number(perBand.value(band)), "center") + QStringLiteral("</tr>");
    body += QStringLiteral("<tr>") + cell(text.pick("Не оценены", "Бағаланбағандар"))
        + cell(QString::number(notEvaluated), "center") + QStringLiteral("</tr>");
    body += QStringLiteral("<tr>")
        + cell(QStringLiteral("<b>") + text.pick("Всего", "Барлығы") + QStringLiteral("</b>"))
        + cell(QString::number(form.lines.size()), "center") + QStringLiteral("</tr></table>");
    body += text.signature(text.pick("Главный специалист", "Бас маман"), form.chiefSpecialist);
    return FormText::page(body);
}

} // namespace bagalau
