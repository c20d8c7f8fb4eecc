// SPDX-License-Identifier: GPL-3.0-or-later
// The Kazakh and Russian translations are complete, keep every placeholder, and are compiled
// into the program.
#include "i18n/translations.h"

#include "catchqt.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace bagalau;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = TsMessage{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (message.translations.isEmpty() && !text.isEmpty())
                message.translations << text;
            messages << message;
        } else if (xml.name() == QLatin1String("numerusform")) {
            // Plural forms come inside <translation>; readElementText above joined them.
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(n|\\d)"));
    QStringList found;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext())
        found << matches.next().captured();
    found.removeDuplicates();
    found.sort();
    return found;
}

} // namespace

TEST_CASE(
    "every message is translated into Kazakh and Russian with its placeholders", "[translations]")
{
    for (const char *language : {"kk", "ru"}) {
        const QString path =
            QStringLiteral(BAGALAU_TRANSLATIONS_DIR "/bagalau_%1.ts").arg(QLatin1String(language));
        const QList<TsMessage> messages = readTs(path);
        CHECK(messages.size() > 100);
        for (const TsMessage &message : messages) {
            INFO(language << " " << message.context.toStdString() << ": "
                          << message.source.toStdString());
            CHECK_FALSE(message.unfinished);
            REQUIRE_FALSE(message.translations.isEmpty());
            CHECK(placeholders(message.translations.first()) == placeholders(message.source));
        }
    }
}

TEST_CASE("the compiled translations are in the program's resources", "[translations]")
{
    Translations translations;
    REQUIRE(translations.use(Language::Russian));
    CHECK(QCoreApplication::translate("Navigation", "Quarter evaluation")
        == QStringLiteral("Квартальная оценка"));
    REQUIRE(translations.use(Language::Kazakh));
    CHECK(QCoreApplication::translate("Navigation", "Quarter evaluation")
        == QStringLiteral("Тоқсандық бағалау"));
    REQUIRE(translations.use(Language::English));
    CHECK(QCoreApplication::translate("Navigation", "Quarter evaluation")
        == QStringLiteral("Quarter evaluation"));
}
