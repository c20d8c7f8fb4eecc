// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/protocolforms.h"

#include "documents/formtext.h"
#include "documents/radarchart.h"

#include <algorithm>

namespace bagalau {

using formhtml::cell;
using formhtml::gridStart;
using formhtml::headerCell;

namespace {

// A paragraph of the user's text, kept with its line breaks, or lines to write on by hand.
QString notes(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("<p>%1</p><p>%1</p><p>%1</p>")
            .arg(QStringLiteral("_____________________________________________________________"));
    return QStringLiteral("<p>")
        + text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"))
        + QStringLiteral("</p>");
}

QString voteText(const FormText &text, const QString &vote)
{
    if (vote == QLatin1String("for"))
        return text.pick("за", "жақтады");
    if (vote == QLatin1String("against"))
        return text.pick("против", "қарсы");
    if (vote == QLatin1String("abstain"))
        return text.pick("воздержался", "қалыс қалды");
    return QStringLiteral("—");
}

// A bar of the score on the 0–5 scale, drawn with two table cells.
QString bar(const Score &score)
{
    const int filled = std::max(1, score.hundredths() / 5); // 5.00 → 100 %
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"%1%\" bgcolor=\"#4a7ab5\">&nbsp;</td><td></td></tr></table>")
        .arg(std::min(filled, 100));
}

} // namespace

QString surveyReportHtml(const SurveyReportForm &form, Language language)
{
    const FormText text(language);
    QString body = text.header(form.organisation);
    body += text.title(text.pick("Индивидуальный отчёт по результатам оценки методом 360",
                           "360 әдісімен бағалау нәтижелері бойынша жеке есеп"),
        text.isKazakh() ? QStringLiteral("%1 жыл").arg(form.year)
                        : QStringLiteral("за %1 год").arg(form.year));
    body += text.field(text.pick("Фамилия, имя, отчество", "Тегі, аты, әкесінің аты"),
                form.servant.fullName)
        + text.field(text.pick("Должность", "Лауазымы"), form.servant.position)
        + text.field(text.pick("Количество респондентов (без самооценки)",
                         "Респонденттер саны (өзін-өзі бағалаусыз)"),
            QString::number(form.respondents));
    body += gridStart() + QStringLiteral("<thead><tr>") + headerCell(QStringLiteral("№"), 4)
        + headerCell(text.pick("Компетенция", "Құзырет"), 36)
        + headerCell(text.pick("Оценка респондентов", "Респонденттердің бағасы"), 14)
        + headerCell(text.pick("Самооценка", "Өзін-өзі бағалау"), 12) + headerCell(QString(), 34)
        + QStringLiteral("</tr></thead>");
    int number = 0;
    QStringList least;
    for (const SurveyReportForm::Line &line : form.lines) {
        const QString name = (text.isKazakh() && !line.competencyKk.isEmpty() ? line.competencyKk
                                                                              : line.competencyRu)
                                 .toHtmlEscaped();
        if (line.leastExpressed)
            least << name;
        body += QStringLiteral("<tr>") + cell(QString::number(++number), "center")
            + cell(
                line.leastExpressed ? QStringLiteral("<b>") + name + QStringLiteral("</b>") : name)
            + cell(text.score(line.othersMean), "center") + cell(text.score(line.self), "center")
            + cell(bar(line.othersMean)) + QStringLiteral("</tr>");
    }
    body += QStringLiteral("</table>");
    // The radar chart (radarchart.h), its axes numbered as the table's rows.
    body +=
        QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"260\" height=\"260\"/>"
                       "<br/><small><font color=\"#2f5d96\">■</font> %2 &nbsp;&nbsp; "
                       "<font color=\"#d07020\">- - -</font> %3</small></p>")
            .arg(surveyRadarName(form), text.pick("оценка респондентов", "респонденттердің бағасы"),
                text.pick("самооценка", "өзін-өзі бағалау"));
    body += QStringLiteral("<p><i>%1</i></p>")
                .arg(text.pick("Самооценка показана для сравнения и не учитывается (пункт 35 "
                               "Методики).",
                    "Өзін-өзі бағалау салыстыру үшін көрсетіледі және есепке алынбайды "
                    "(Әдістеменің 35-тармағы)."));
    body += QStringLiteral("<p><b>%1</b></p><ul>")
                .arg(text.pick("Наименее выраженные компетенции (пункт 36 Методики):",
                    "Ең аз көрінетін құзыреттер (Әдістеменің 36-тармағы):"));
    for (const QString &name : least)
        body += QStringLiteral("<li>") + name + QStringLiteral("</li>");
    body += QStringLiteral("</ul><p><b>%1</b></p>")
                .arg(text.pick("Рекомендации по обучению:", "Оқыту бойынша ұсынымдар:"));
    body += QStringLiteral("<p>%1</p>")
                .arg(text.pick("Включить в план обучения и повышения квалификации развитие "
                               "наименее выраженных компетенций.",
                    "Ең аз көрінетін құзыреттерді дамытуды оқыту және біліктілікті арттыру "
                    "жоспарына енгізу."));
    body += notes(QString());
    body += text.signature(text.pick("Главный специалист", "Бас маман"), form.chiefSpecialist);
    return FormText::page(body);
}

QString feedbackHtml(const FeedbackForm &form, Language language)
{
    const FormText text(language);
    QString body = text.header(form.organisation);
    body += text.title(text.pick("Форма обратной связи", "Кері байланыс нысаны"),
        text.pick("по результатам оценки за ", "бағалау нәтижелері бойынша, кезең: ")
            + text.quarter(form.quarter));
    body += text.field(text.pick("Фамилия, имя, отчество", "Тегі, аты, әкесінің аты"),
                form.servant.fullName)
        + text.field(text.pick("Должность", "Лауазымы"), form.servant.position)
        + QStringLiteral("<p>%1: <b>%2</b></p>")
              .arg(text.pick("Дата встречи", "Кездесу күні"), text.date(form.heldOn));
    const QList<QPair<QString, QString>> topics = {
        {text.pick("1. Обзор достижений за оцениваемый период",
             "1. Бағаланатын кезеңдегі жетістіктеріне шолу"),
            form.achievements},
        {text.pick("2. Обзор развития навыков и компетенций",
             "2. Машықтар мен құзыреттердің дамуына шолу"),
            form.skills},
        {text.pick("3. Обзор потенциала и обсуждение карьерных устремлений",
             "3. Әлеуетін шолу және мансаптық мақсатын талқылау"),
            form.potential}};
    for (const auto &topic : topics)
        body += QStringLiteral("<p><b>%1</b></p>").arg(topic.first) + notes(topic.second);
    body += text.signature(text.pick("Оценивающее лицо", "Бағалаушы адам"), form.evaluator);
    body += text.signature(text.pick("Служащий", "Қызметші"),
        FormSigner{form.servant.position, form.servant.fullName, {}});
    return FormText::page(body);
}

QString calibrationProtocolHtml(const CalibrationProtocolForm &form, Language language)
{
    const FormText text(language);
    QString body = text.header(form.organisation);
    body += text.title(text.pick("Протокол калибровочной сессии № ", "Калибрлеу сессиясының № ")
        + FormText::escaped(form.number) + text.pick("", " хаттамасы"));
    body += QStringLiteral("<table width=\"100%\"><tr><td>%1</td><td align=\"right\">%2</td></tr>"
                           "</table>")
                .arg(FormText::escaped(form.place), text.date(form.heldOn));
    body += text.field(text.pick("Решение о проведении", "Өткізу туралы шешім"),
        form.orderReference + QStringLiteral(", ") + text.date(form.decidedOn));
    body += text.field(text.pick("Оцениваемое лицо", "Бағаланатын адам"),
                form.servant.fullName + QStringLiteral(", ") + form.servant.position)
        + QStringLiteral("<p>%1: <b>%2</b>; %3: <b>%4</b></p>")
              .arg(text.pick("Оцениваемый период", "Бағаланатын кезең"), text.quarter(form.quarter),
                  text.pick("заявление от", "өтініш күні"), text.date(form.appliedOn))
        + QStringLiteral("<p>%1: <b>%2</b> — %3</p>")
              .arg(text.pick("Обжалуемая оценка", "Шағымданған баға"), text.score(form.scoreBefore),
                  text.band(form.scoreBefore));
    body += QStringLiteral("<p><b>%1</b></p>").arg(text.pick("Участники:", "Қатысушылар:"))
        + QStringLiteral("<ol>");
    for (const CalibrationProtocolForm::Member &member : form.members)
        body += QStringLiteral("<li>") + member.fullName.toHtmlEscaped()
            + (member.evaluator ? text.pick(" (оценивающее лицо)", " (бағалаушы адам)") : QString())
            + QStringLiteral("</li>");
    body += QStringLiteral("</ol>");
    body += QStringLiteral("<p><b>%1</b></p>")
                .arg(text.pick("Аргументация оценивающего лица:", "Бағалаушы адамның дәлелдері:"))
        + notes(form.evaluatorArgument);
    body += QStringLiteral("<p><b>%1</b></p>")
                .arg(text.pick("Позиция служащего:", "Қызметшінің ұстанымы:"))
        + notes(form.servantPosition);
    body += QStringLiteral("<p><b>%1</b></p><ol>")
                .arg(text.pick("Предложения по оценке:", "Баға бойынша ұсыныстар:"));
    for (const CalibrationProtocolForm::Proposal &proposal : form.proposals)
        body += QStringLiteral("<li><b>%1</b> — %2</li>")
                    .arg(text.score(proposal.score), FormText::escaped(proposal.argument));
    body += QStringLiteral("</ol>");
    body += QStringLiteral("<p><b>%1</b></p>").arg(text.pick("Голосование:", "Дауыс беру:"));
    body += gridStart() + QStringLiteral("<thead><tr>")
        + headerCell(text.pick("Участник", "Қатысушы"), 40);
    int width = form.proposals.isEmpty() ? 60 : 60 / int(form.proposals.size());
    for (qsizetype i = 0; i < form.proposals.size(); ++i)
        body += headerCell(text.pick("Предложение ", "Ұсыныс ") + QString::number(i + 1)
                + QStringLiteral(": ") + text.score(form.proposals.at(i).score),
            width);
    body += QStringLiteral("</tr></thead>");
    for (qsizetype m = 0; m < form.members.size(); ++m) {
        body += QStringLiteral("<tr>") + cell(form.members.at(m).fullName.toHtmlEscaped());
        for (const CalibrationProtocolForm::Proposal &proposal : form.proposals)
            body += cell(voteText(text, proposal.votes.value(m)), "center");
        body += QStringLiteral("</tr>");
    }
    body += QStringLiteral("<tr>") + cell(text.pick("<b>Итого</b>", "<b>Барлығы</b>"));
    for (const CalibrationProtocolForm::Proposal &proposal : form.proposals)
        body += cell(
            QStringLiteral("%1 / %2 / %3<br/><b>%4</b>")
                .arg(QString::number(proposal.votesFor), QString::number(proposal.votesAgainst),
                    QString::number(proposal.abstentions),
                    proposal.adopted ? text.pick("принято", "қабылданды")
                                     : text.pick("не принято", "қабылданбады")),
            "center");
    body += QStringLiteral("</tr></table>");
    body += QStringLiteral("<p><b>%1</b> %2: <b>%3</b> — %4</p>")
                .arg(text.pick("Решение:", "Шешім:"),
                    text.pick(
                        "большинством голосов итоговая оценка", "көпшілік дауыспен қорытынды баға"),
                    text.score(form.finalScore), text.band(form.finalScore));
    for (const CalibrationProtocolForm::Member &member : form.members)
        body += text.signature(text.pick("Участник", "Қатысушы"),
            FormSigner{QString(), member.fullName, form.signedOn});
    body += QStringLiteral("<p>%1: <b>%2</b></p>")
                .arg(text.pick("Разместить протокол не позднее (пункт 41 Методики)",
                         "Хаттаманы орналастыру мерзімі (Әдістеменің 41-тармағы)"),
                    text.date(form.postedBy));
    return FormText::page(body);
}

QString commissionProtocolHtml(const CommissionProtocolForm &form, Language language)
{
    const FormText text(language);
    QString body = text.header(form.organisation);
    body += text.title(text.pick("Протокол заседания Комиссии по оценке № ",
                           "Бағалау жөніндегі Комиссия отырысының № ")
            + FormText::escaped(form.number) + text.pick("", " хаттамасы"),
        text.isKazakh() ? QStringLiteral("бағаланатын кезең: %1 жыл").arg(form.year)
                        : QStringLiteral("оцениваемый период: %1 год").arg(form.year));
    body += QStringLiteral("<p>%1: <b>%2</b></p>")
                .arg(text.pick("Дата заседания", "Отырыс күні"), text.date(form.heldOn));
    body += text.field(text.pick("Комиссия образована", "Комиссия құрылды"), form.orderReference);
    QStringList present;
    QStringList absent;
    for (const CommissionProtocolForm::Member &member : form.members) {
        if (member.role == QLatin1String("secretary"))
            continue;
        (member.present ? present : absent) << member.fullName.toHtmlEscaped();
    }
    body += QStringLiteral("<p>%1: %2</p>")
                .arg(text.pick("Присутствовали члены Комиссии", "Қатысқан Комиссия мүшелері"),
                    present.join(QStringLiteral(", ")));
    if (!absent.isEmpty())
        body += QStringLiteral("<p>%1: %2</p>")
                    .arg(text.pick("Отсутствовали", "Қатыспағандар"),
                        absent.join(QStringLiteral(", ")));
    body += QStringLiteral("<p>%1: <b>%2 / %3</b> — %4</p>")
                .arg(text.pick("Кворум (две трети, пункт 55 Методики)",
                         "Кворум (үштен екісі, Әдістеменің 55-тармағы)"),
                    QString::number(form.membersPresent), QString::number(form.membersVoting),
                    form.quorum ? text.pick("имеется", "бар") : text.pick("отсутствует", "жоқ"));
    body += QStringLiteral("<p><b>%1</b></p>")
                .arg(text.pick("Результаты оценки", "Бағалау нәтижелері"));
    body += gridStart() + QStringLiteral("<thead><tr>") + headerCell(QStringLiteral("№"), 4)
        + headerCell(
            text.pick("Фамилия, имя, отчество, должность", "Тегі, аты, әкесінің аты, лауазымы"), 24)
        + headerCell(text.pick("Результат оценки", "Бағалау нәтижесі"), 22)
        + headerCell(text.pick("Корректировка Комиссией результатов оценки (в случае наличия)",
                         "Комиссияның бағалау нәтижелерін түзетуі (бар болған жағдайда)"),
            24)
        + headerCell(text.pick("Рекомендации Комиссии", "Комиссияның ұсынымдары"), 26)
        + QStringLiteral("</tr></thead>");
    int number = 0;
    for (const CommissionProtocolForm::Case &item : form.cases) {
        QString result = item.result ? text.bandLabel(*item.result) : QStringLiteral("—");
        if (item.achieved)
            result += QStringLiteral("<br/><small>")
                + text.pick("достигнуто КЦИ: ", "қол жеткізілген НМИ: ")
                + QString::number(*item.achieved) + QStringLiteral(" / 5</small>");
        body += QStringLiteral("<tr>") + cell(QString::number(++number), "center")
            + cell(item.fullName.toHtmlEscaped() + QStringLiteral("<br/><small>")
                + item.position.toHtmlEscaped() + QStringLiteral("</small>"))
            + cell(result)
            + cell(item.corrected ? text.bandLabel(*item.corrected) : QStringLiteral("—"))
            + cell(item.recommendations.toHtmlEscaped()) + QStringLiteral("</tr>");
    }
    body += QStringLiteral("</table>");
    body += QStringLiteral("<p><b>%1</b></p>")
                .arg(text.pick("Заключение Комиссии", "Комиссияның қорытындысы"))
        + notes(form.conclusion);
    const auto signersOf = [&form](const char *role) {
        QList<FormSigner> signers;
        for (const CommissionProtocolForm::Member &member : form.members) {
            if (member.role == QLatin1String(role))
                signers << FormSigner{QString(), member.fullName, form.heldOn};
        }
        return signers;
    };
    for (const FormSigner &signer : signersOf("chair"))
        body += text.signature(text.pick("Председатель Комиссии", "Комиссия төрағасы"), signer);
    for (const FormSigner &signer : signersOf("member"))
        body += text.signature(text.pick("Член Комиссии", "Комиссия мүшесі"), signer);
    for (const FormSigner &signer : signersOf("secretary"))
        body += text.signature(text.pick("Секретарь Комиссии", "Комиссия хатшысы"), signer);
    return FormText::page(body);
}

} // namespace bagalau
