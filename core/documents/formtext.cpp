// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/formtext.h"

#include "methodology/kci.h"

namespace bagalau {

namespace {

// A line long enough to sign or write a date on by hand.
const QString blankLine = QStringLiteral("________________");

QString romanQuarter(int number)
{
    static const char *const numerals[] = {"I", "II", "III", "IV"};
    return number >= 1 && number <= 4 ? QString::fromLatin1(numerals[number - 1]) : QString();
}

} // namespace

FormText::FormText(Language language)
    : m_language(language == Language::Kazakh ? Language::Kazakh : Language::Russian)
    , m_locale(m_language == Language::Kazakh ? QLocale(QLocale::Kazakh, QLocale::Kazakhstan)
                                              : QLocale(QLocale::Russian, QLocale::Russia))
{ }

QString FormText::pick(const char *russian, const char *kazakh) const
{
    return QString::fromUtf8(isKazakh() ? kazakh : russian);
}

QString FormText::escaped(const QString &text)
{
    return text.trimmed().isEmpty() ? blankLine : text.toHtmlEscaped();
}

QString FormText::organisation(const FormOrganisation &organisation) const
{
    return escaped(isKazakh() && !organisation.nameKk.trimmed().isEmpty() ? organisation.nameKk
                                                                          : organisation.nameRu);
}

QString FormText::date(QDate date) const
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy"))
                          : QStringLiteral("«__» _______ 20__");
}

QString FormText::score(const std::optional<Score> &score) const
{
    // FORMS.md: two decimals and a comma (4,25), whatever the locale's data says.
    return score ? score->toLocaleString(m_locale).replace(QLatin1Char('.'), QLatin1Char(','))
                 : QStringLiteral("—");
}

QString FormText::band(const std::optional<Score> &score) const
{
    return score ? bandLabel(bandOf(*score)) : QStringLiteral("—");
}

QString FormText::bandLabel(Band band) const
{
    // §7 in the glossary's words.
    switch (band) {
    case Band::Effective:
        return pick("Выполняет функциональные обязанности эффективно",
            "Функционалдық міндеттерін тиімді атқарады");
    case Band::Proper:
        return pick("Выполняет функциональные обязанности надлежащим образом",
            "Функционалдық міндеттерін тиісті түрде атқарады");
    case Band::Satisfactory:
        return pick("Выполняет функциональные обязанности удовлетворительно",
            "Функционалдық міндеттерін қанағаттанарлық түрде атқарады");
    case Band::Unsatisfactory:
        return pick("Выполняет функциональные обязанности не удовлетворительно",
            "Функционалдық міндеттерін қанағаттанарлықсыз түрде атқарады");
    }
    return {};
}

QString FormText::decimal(const QString &exactText) const
{
    const auto value = Decimal::parse(exactText.trimmed());
    if (!value)
        return escaped(exactText);
    return value->toLocaleString(m_locale).replace(QLatin1Char('.'), QLatin1Char(','));
}

QString FormText::realization(const Realization &realization) const
{
    return realization.toLocaleString(m_locale).replace(QLatin1Char('.'), QLatin1Char(','));
}

QString FormText::quarter(const Quarter &quarter) const
{
    if (isKazakh())
        return QStringLiteral("%1 жылғы %2 тоқсан")
            .arg(quarter.year())
            .arg(romanQuarter(quarter.number()));
    return QStringLiteral("%1 квартал %2 года")
        .arg(romanQuarter(quarter.number()))
        .arg(quarter.year());
}

QString FormText::period(const DateRange &range) const
{
    return date(range.first) + QStringLiteral(" – ") + date(range.last);
}

QString FormText::method(const QString &methodKey) const
{
    if (methodKey == QLatin1String("kci"))
        return pick("КЦИ", "НМИ");
    return pick("ранжирование", "саралау");
}

QString FormText::rankingParameter(RankingParameter parameter) const
{
    // §32 in the glossary's words.
    switch (parameter) {
    case RankingParameter::Quality:
        return pick("Качество выполнения функциональных обязанностей",
            "Функционалдық міндеттерді орындау сапасы");
    case RankingParameter::Deadlines:
        return pick(
            "Соблюдение сроков выполнения задач", "Тапсырмаларды орындау мерзімдерін сақтау");
    case RankingParameter::Initiative:
        return pick("Самостоятельность и инициативность", "Дербестік және бастамашылық");
    case RankingParameter::Discipline:
        return pick("Трудовая дисциплина", "Еңбек тәртібі");
    }
    return {};
}

QString FormText::acquaintanceMethod(const QString &methodKey) const
{
    // §11: the ways a servant may be acquainted with the result.
    if (methodKey == QLatin1String("in_person"))
        return pick("лично", "жеке өзі");
    if (methodKey == QLatin1String("registered_letter"))
        return pick("заказным письмом с уведомлением", "хабарламасы бар тапсырыс хатпен");
    if (methodKey == QLatin1String("telephone_message"))
        return pick("телефонограммой", "телефонограммамен");
    if (methodKey == QLatin1String("telegram"))
        return pick("телеграммой", "жеделхатпен");
    if (methodKey == QLatin1String("sms"))
        return pick("SMS-сообщением", "SMS-хабарламамен");
    if (methodKey == QLatin1String("email"))
        return pick("электронной почтой", "электрондық поштамен");
    return pick("иным способом", "өзге тәсілмен");
}

QString FormText::eligibilityReason(const QString &reasonKey) const
{
    if (reasonKey == QLatin1String("evaluated"))
        return pick("оценивается", "бағаланады");
    if (reasonKey == QLatin1String("not_in_position"))
        return pick("не занимал(а) должность в периоде", "кезеңде лауазымды атқармаған");
    if (reasonKey == QLatin1String("less_than_one_month"))
        return pick("в должности менее одного месяца (п. 5)", "лауазымда бір айдан аз (5-тармақ)");
    if (reasonKey == QLatin1String("dismissed"))
        return pick("уволен(а), оценка без участия (п. 6)",
            "жұмыстан босатылған, қатысуынсыз бағаланады (6-тармақ)");
    if (reasonKey == QLatin1String("absent_annual_leave"))
        return pick("трудовой отпуск, оценка без участия (п. 5)",
            "еңбек демалысы, қатысуынсыз бағаланады (5-тармақ)");
    if (reasonKey == QLatin1String("absent_social_leave"))
        return pick("социальный отпуск, оценка без участия (п. 5)",
            "әлеуметтік демалыс, қатысуынсыз бағаланады (5-тармақ)");
    if (reasonKey == QLatin1String("absent_sick_leave"))
        return pick("временная нетрудоспособность, оценка без участия (п. 5)",
            "уақытша еңбекке жарамсыздық, қатысуынсыз бағаланады (5-тармақ)");
    if (reasonKey == QLatin1String("absent_business_trip"))
        return pick("командировка, оценка без участия (п. 5)",
            "іссапар, қатысуынсыз бағаланады (5-тармақ)");
    if (reasonKey == QLatin1String("absent_training"))
        return pick(
            "обучение, оценка без участия (п. 5)", "оқу, қатысуынсыз бағаланады (5-тармақ)");
    return escaped(reasonKey);
}

QString FormText::header(const FormOrganisation &organisation) const
{
    return QStringLiteral("<p class=\"org\">%1</p>").arg(this->organisation(organisation));
}

QString FormText::title(const QString &title, const QString &subtitle) const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(title);
    if (!subtitle.isEmpty())
        html += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(subtitle);
    return html;
}

QString FormText::field(const QString &label, const QString &value) const
{
    return QStringLiteral("<p>%1: <b>%2</b></p>").arg(label, escaped(value));
}

QString FormText::signature(const QString &role, const FormSigner &signer) const
{
    const QString position = signer.position.trimmed().isEmpty()
        ? role
        : role + QStringLiteral(", ") + signer.position.toHtmlEscaped();
    return QStringLiteral("<table class=\"sign\" width=\"100%\" cellpadding=\"2\"><tr>"
                          "<td width=\"36%\">%1</td>"
                          "<td width=\"16%\" align=\"center\">%2<br/><small>%3</small></td>"
                          "<td width=\"28%\">%4</td><td width=\"20%\" align=\"right\">%5</td>"
                          "</tr></table>")
        .arg(position, QStringLiteral("__________"), pick("(подпись)", "(қолы)"),
            escaped(signer.fullName), date(signer.date));
}

QString FormText::acquaintance(const std::optional<FormAcquaintance> &acquaintance) const
{
    QString html =
        QStringLiteral("<p>%1</p>")
            .arg(pick("С результатами оценки ознакомлен(а):", "Бағалау нәтижелерімен таныстым:"));
    if (acquaintance) {
        QString method = acquaintanceMethod(acquaintance->method);
        if (!acquaintance->reference.trimmed().isEmpty())
            method += QStringLiteral(" (") + acquaintance->reference.toHtmlEscaped()
                + QStringLiteral(")");
        html += QStringLiteral("<p>%1: <b>%2</b>; %3: <b>%4</b></p>")
                    .arg(pick("Дата", "Күні"), date(acquaintance->day),
                        pick("способ ознакомления", "таныстыру тәсілі"), method);
    }
    html += QStringLiteral("<p>__________ %1 &nbsp;&nbsp;&nbsp; %2</p>")
                .arg(pick("(подпись служащего)", "(қызметшінің қолы)"),
                    acquaintance ? QString() : date(QDate()));
    return html;
}

QString formhtml::gridStart()
{
    return QStringLiteral(
        "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
}

QString formhtml::headerCell(const QString &text, int width)
{
    return QStringLiteral("<th width=\"%1%\">").arg(width) + text + QStringLiteral("</th>");
}

QString formhtml::cell(const QString &html, const char *align)
{
    return QStringLiteral("<td align=\"") + QLatin1String(align) + QStringLiteral("\">") + html
        + QStringLiteral("</td>");
}

QString FormText::page(const QString &body)
{
    // Qt's rich text understands a subset of CSS; these are the rules it honours.
    return QStringLiteral(
        "<html><head><meta charset=\"utf-8\"/><style>"
        "body { font-family: 'DejaVu Sans'; font-size: 10pt; }"
        "p { margin-top: 2px; margin-bottom: 2px; }"
        "p.org { text-align: center; font-weight: bold; font-size: 11pt; margin-bottom: 8px; }"
        "h2 { text-align: center; font-size: 13pt; margin-top: 10px; margin-bottom: 2px; }"
        "p.subtitle { text-align: center; margin-bottom: 10px; }"
        "table.grid { border-collapse: collapse; margin-top: 8px; margin-bottom: 8px; }"
        "table.grid th { background-color: #e8e8e8; font-size: 8pt; }"
        "table.grid td { font-size: 9pt; }"
        "table.sign { margin-top: 10px; }"
        "td.approve { font-size: 10pt; }"
        "</style></head><body>%1</body></html>")
        .arg(body);
}

} // namespace bagalau
