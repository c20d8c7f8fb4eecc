// SPDX-License-Identifier: GPL-3.0-or-later
// §28–32, appendix 4: the ranking sheet filled, signed and reopened through RankingSheetService.
#include "evaluation/rankingsheetservice.h"

#include "evaluation/acquaintanceservice.h"
#include "storage/auditlog.h"

#include "quarterfile.h"

using namespace bagalau;
using test::marksOf;

namespace {

const QString Serik = QStringLiteral("002");

QString firstMessage(const InputErrors &errors, const QString &column)
{
    for (const InputError &error : errors) {
        if (error.column == column)
            return error.message;
    }
    return {};
}

} // namespace

TEST_CASE(
    "§31 §32 a draft keeps marks and comments; signing writes the mean and the day", "[ranking]")
{
    test::QuarterFile file;
    RankingSheetService sheets(file.chief);
    InputErrors errors;

    auto blank = sheets.read(Serik, file.quarter, nullptr);
    REQUIRE(blank);
    CHECK_FALSE(blank->exists);
    CHECK(blank->fullName == QStringLiteral("Ахметов Серик"));
    CHECK(blank->evaluatorName == QStringLiteral("Жусупова Айгуль"));

    RankingMarks draft = marksOf(4, 5, std::nullopt, std::nullopt);
    draft.setComment(RankingParameter::Quality, QStringLiteral("Без замечаний"));
    REQUIRE(sheets.saveDraft(Serik, file.quarter, draft, &errors));
    CHECK(file.count("SELECT count(*) FROM ranking_mark") == 2);
    CHECK(file.value("SELECT status FROM score_sheet").toString() == QStringLiteral("draft"));
    CHECK(file.value("SELECT evaluator_id FROM score_sheet").toLongLong() == file.servantId("001"));
    const auto saved = sheets.read(Serik, file.quarter, nullptr);
    REQUIRE(saved);
    CHECK(saved->exists);
    CHECK(saved->marks == draft);
    CHECK_FALSE(saved->score);

    REQUIRE(sheets.sign(Serik, file.quarter, marksOf(4, 5, 4, 4), &errors));
    CHECK(errors.isEmpty());
    CHECK(file.value("SELECT score FROM score_sheet").toInt() == 425);
    CHECK(
        file.value("SELECT signed_on FROM score_sheet").toString() == QStringLiteral("2024-07-15"));
    CHECK(file.value("SELECT status FROM score_sheet").toString() == QStringLiteral("signed"));
    CHECK(file.count("SELECT count(*) FROM ranking_mark") == 4);
    CHECK(file.value("SELECT mark FROM ranking_mark WHERE parameter = 'initiative'").toInt() == 4);
    const auto signedSheet = sheets.read(Serik, file.quarter, nullptr);
    REQUIRE(signedSheet->score);
    CHECK(signedSheet->score->toString() == QStringLiteral("4.25"));
    CHECK(signedSheet->signedOn == QDate(2024, 7, 15));

    const auto entries = AuditLog(file.file.database().connection()).entries();
    REQUIRE(entries.size() >= 2);
    CHECK(entries.last().action == QStringLiteral("sign"));
    CHECK(entries.last().newValue == QStringLiteral("4.25 (4, 5, 4, 4)"));
}

TEST_CASE("§31 a mark outside 0 to 5 is refused at its field and nothing is written", "[ranking]")
{
    test::QuarterFile file;
    RankingSheetService sheets(file.chief);
    InputErrors errors;
    CHECK_FALSE(sheets.saveDraft(Serik, file.quarter, marksOf(6, 4, -1, 3), &errors));
    CHECK(firstMessage(errors, QStringLiteral("quality")).contains(QStringLiteral("0 to 5")));
    CHECK_FALSE(firstMessage(errors, QStringLiteral("initiative")).isEmpty());
    CHECK(firstMessage(errors, QStringLiteral("deadlines")).isEmpty());
    CHECK(file.count("SELECT count(*) FROM score_sheet") == 0);
    CHECK(file.count("SELECT count(*) FROM ranking_mark") == 0);
}

TEST_CASE("§31 a sheet without all four marks is not signed and nothing is written", "[ranking]")
{
    test::QuarterFile file;
    RankingSheetService sheets(file.chief);
    InputErrors errors;
    REQUIRE(sheets.saveDraft(Serik, file.quarter, marksOf(3, 3, std::nullopt, 3), &errors));
    CHECK_FALSE(sheets.sign(Serik, file.quarter, marksOf(5, 5, std::nullopt, 5), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("initiative"));
    CHECK(errors.first().message.contains(QStringLiteral("every parameter needs a mark")));
    CHECK(file.value("SELECT status FROM score_sheet").toString() == QStringLiteral("draft"));
    CHECK(file.value("SELECT mark FROM ranking_mark WHERE parameter = 'quality'").toInt() == 3);
    CHECK(file.value("SELECT score FROM score_sheet").isNull());
}

TEST_CASE("a comment without its mark is refused and nothing is written", "[ranking]")
{
    test::QuarterFile file;
    RankingSheetService sheets(file.chief);
    InputErrors errors;
    RankingMarks marks = marksOf(4, std::nullopt, std::nullopt, std::nullopt);
    marks.setComment(RankingParameter::Discipline, QStringLiteral("Опоздания"));
    CHECK_FALSE(sheets.saveDraft(Serik, file.quarter, marks, &errors));
    CHECK(firstMessage(errors, QStringLiteral("discipline_comment"))
              .contains(QStringLiteral("set the mark first")));
    CHECK(file.count("SELECT count(*) FROM score_sheet") == 0);
}

TEST_CASE(
    "§4 a quarter's sheet is signed only after the quarter ends; nothing is written", "[ranking]")
{
    test::QuarterFile file;
    file.clock.set(QDateTime(QDate(2024, 6, 28), QTime(9, 0)));
    RankingSheetService sheets(file.chief);
    InputErrors errors;
    CHECK_FALSE(sheets.sign(Serik, file.quarter, marksOf(4, 4, 4, 4), &errors));
    CHECK(firstMessage(errors, QStringLiteral("quarter")).contains(QStringLiteral("2024-07-01")));
    CHECK(file.count("SELECT count(*) FROM score_sheet") == 0);
}

TEST_CASE("§21 §5 the head has a KCI sheet and a servant not evaluated has none", "[ranking]")
{
    test::QuarterFile file;
    RankingSheetService sheets(file.chief);
    InputErrors errors;
    CHECK_FALSE(
        sheets.saveDraft(QStringLiteral("001"), file.quarter, marksOf(4, 4, 4, 4), &errors));
    CHECK(firstMessage(errors, QStringLiteral("personnel_no")).contains(QStringLiteral("§21")));
    errors.clear();
    CHECK_FALSE(sheets.sign(QStringLiteral("003"), file.quarter, marksOf(4, 4, 4, 4), &errors));
    CHECK(firstMessage(errors, QStringLiteral("quarter"))
              .contains(QStringLiteral("less than one month")));
    errors.clear();
    CHECK_FALSE(
        sheets.saveDraft(QStringLiteral("999"), file.quarter, marksOf(4, 4, 4, 4), &errors));
    CHECK_FALSE(firstMessage(errors, QStringLiteral("personnel_no")).isEmpty());
    CHECK(file.count("SELECT count(*) FROM score_sheet") == 0);

    // §5: sick during the evaluation, evaluated without participation, on time.
    REQUIRE(sheets.sign(QStringLiteral("004"), file.quarter, marksOf(3, 4, 4, 4), &errors));
    CHECK(file.value("SELECT without_participation FROM score_sheet").toInt() == 1);
    CHECK(file.value("SELECT score FROM score_sheet").toInt() == 375);
}

TEST_CASE(
    "a signed sheet changes only after it is returned with a reason, which is kept", "[ranking]")
{
    test::QuarterFile file;
    RankingSheetService sheets(file.chief);
    InputErrors errors;
    REQUIRE(sheets.sign(Serik, file.quarter, marksOf(4, 4, 4, 5), &errors));

    CHECK_FALSE(sheets.saveDraft(Serik, file.quarter, marksOf(2, 2, 2, 2), &errors));
    CHECK(firstMessage(errors, QStringLiteral("status")).contains(QStringLiteral("reopen")));
    errors.clear();
    CHECK_FALSE(sheets.reopen(Serik, file.quarter, QStringLiteral("   "), &errors));
    CHECK(firstMessage(errors, QStringLiteral("reason"))
        == QStringLiteral("say why the signed sheet is reopened"));
    CHECK(file.value("SELECT status FROM score_sheet").toString() == QStringLiteral("signed"));
    CHECK(file.value("SELECT score FROM score_sheet").toInt() == 425);
    CHECK(file.value("SELECT mark FROM ranking_mark WHERE parameter = 'quality'").toInt() == 4);

    errors.clear();
    REQUIRE(
        sheets.reopen(Serik, file.quarter, QStringLiteral("Ошибка в оценке дисциплины"), &errors));
    CHECK(file.value("SELECT status FROM score_sheet").toString() == QStringLiteral("returned"));
    CHECK(file.value("SELECT return_reason FROM score_sheet").toString()
        == QStringLiteral("Ошибка в оценке дисциплины"));
    CHECK(file.value("SELECT score FROM score_sheet").isNull());
    CHECK(file.value("SELECT signed_on FROM score_sheet").isNull());
    const auto entries = AuditLog(file.file.database().connection()).entries();
    CHECK(entries.last().action == QStringLiteral("reopen"));
    CHECK(entries.last().oldValue == QStringLiteral("signed 4.25"));
    CHECK(entries.last().newValue == QStringLiteral("returned"));
    CHECK(entries.last().reason == QStringLiteral("Ошибка в оценке дисциплины"));
    const auto reopened = sheets.read(Serik, file.quarter, nullptr);
    CHECK(reopened->status == QStringLiteral("returned"));
    CHECK(reopened->returnReason == QStringLiteral("Ошибка в оценке дисциплины"));
    CHECK(reopened->marks.mark(RankingParameter::Discipline) == 5);
    // Reopened once is enough: a returned sheet is not signed.
    CHECK_FALSE(sheets.reopen(Serik, file.quarter, QStringLiteral("Ещё раз"), &errors));
    CHECK(firstMessage(errors, QStringLiteral("status"))
        == QStringLiteral("only a signed sheet can be reopened"));
    errors.clear();

    // A draft of the correction stays returned, with its reason.
    REQUIRE(sheets.saveDraft(Serik, file.quarter, marksOf(4, 4, 4, std::nullopt), &errors));
    CHECK(file.value("SELECT status FROM score_sheet").toString() == QStringLiteral("returned"));
    CHECK(file.value("SELECT return_reason FROM score_sheet").toString()
        == QStringLiteral("Ошибка в оценке дисциплины"));

    REQUIRE(sheets.sign(Serik, file.quarter, marksOf(4, 4, 4, 4), &errors));
    CHECK(file.value("SELECT status FROM score_sheet").toString() == QStringLiteral("signed"));
    CHECK(file.value("SELECT score FROM score_sheet").toInt() == 400);
}

TEST_CASE("§12 §37 once acquainted, a signed sheet is not reopened", "[ranking]")
{
    test::QuarterFile file;
    RankingSheetService sheets(file.chief);
    InputErrors errors;
    REQUIRE(sheets.sign(Serik, file.quarter, marksOf(4, 4, 4, 5), &errors));
    REQUIRE(AcquaintanceService(file.chief)
                .record(Serik, file.quarter,
                    {QDate(2024, 7, 15), QStringLiteral("in_person"), QString()}, &errors));
    CHECK_FALSE(sheets.reopen(Serik, file.quarter, QStringLiteral("Пересмотр"), &errors));
    CHECK(firstMessage(errors, QStringLiteral("status")).contains(QStringLiteral("calibration")));
    CHECK(file.value("SELECT status FROM score_sheet").toString() == QStringLiteral("signed"));
}

TEST_CASE("undoing the first draft removes the sheet, audited", "[ranking]")
{
    test::QuarterFile file;
    RankingSheetService sheets(file.chief);
    InputErrors errors;
    REQUIRE(sheets.saveDraft(Serik, file.quarter, marksOf(1, 2, 3, std::nullopt), &errors));
    REQUIRE(sheets.discardDraft(Serik, file.quarter, &errors));
    CHECK(file.count("SELECT count(*) FROM score_sheet") == 0);
    CHECK(file.count("SELECT count(*) FROM ranking_mark") == 0);
    CHECK(AuditLog(file.file.database().connection()).entries().last().action
        == QStringLiteral("delete"));

    REQUIRE(sheets.sign(Serik, file.quarter, marksOf(4, 4, 4, 4), &errors));
    CHECK_FALSE(sheets.discardDraft(Serik, file.quarter, &errors));
    CHECK(file.count("SELECT count(*) FROM score_sheet") == 1);
}

TEST_CASE("§17 §20 the head fills the sheets of the people they evaluate only", "[ranking]")
{
    test::QuarterFile file;
    const ServiceContext head(file.file.database(), file.head(), file.clock);
    RankingSheetService sheets(head);
    InputErrors errors;
    REQUIRE(sheets.sign(Serik, file.quarter, marksOf(5, 5, 5, 4), &errors));
    CHECK(file.value("SELECT score FROM score_sheet").toInt() == 475);

    CHECK_FALSE(sheets.sign(QStringLiteral("005"), file.quarter, marksOf(5, 5, 5, 5), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().refused);
    CHECK(errors.first().message.startsWith(QStringLiteral("refused: ")));
    CHECK(file.count("SELECT count(*) FROM score_sheet") == 1);
    CHECK(AuditLog(file.file.database().connection()).entries().last().action
        == QStringLiteral("refused"));
    QString error;
    CHECK_FALSE(sheets.read(QStringLiteral("005"), file.quarter, &error));
    CHECK(error.startsWith(QStringLiteral("refused: ")));
}
