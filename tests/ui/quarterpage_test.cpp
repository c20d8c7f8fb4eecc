// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/quarterpage.h"

#include "dialogs/acquaintancedialog.h"
#include "dialogs/kcisheetdialog.h"
#include "dialogs/rankingsheetdialog.h"
#include "evaluation/acquaintanceservice.h"
#include "evaluation/rankingsheetservice.h"
#include "fixedclock.h"
#include "models/localetext.h"
#include "models/quarterrostermodel.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/database.h"

#include "samplestaff.h"
#include "uitest.h"

#include "catchqt.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace bagalau;
using bagalau::test::showActive;

namespace {

// A file on Monday 15 July 2024, when the second quarter is evaluated: the head 001 evaluates
// 002 and 003; 003 is sick 1–12 July, so evaluated without participation (§5).
struct QuarterFile : test::PageFile
{
    QUndoStack undo;

    QuarterFile()
        : test::PageFile(QDate(2024, 7, 15), QStringLiteral("quarterpage"))
    {
        InputErrors errors;
        StaffService staff(*context);
        REQUIRE(staff.add({test::sampleServant("001", "Жусупова Айгуль", PositionCategory::Head,
                               "Руководитель аппарата", QDate(2019, 3, 1), ""),
                              test::sampleServant("002", "Ахметов Серик", PositionCategory::CorpsB,
                                  "Главный специалист", QDate(2020, 6, 15), "001"),
                              test::sampleServant("003", "Ким Елена", PositionCategory::CorpsB,
                                  "Главный специалист", QDate(2021, 1, 10), "001")},
            &errors));
        REQUIRE(staff.addAbsence(QStringLiteral("003"),
            {AbsenceKind::SickLeave, {QDate(2024, 7, 1), QDate(2024, 7, 12)}}, &errors));
    }
};

QString cell(const QuarterPage &page, const char *number, int column, int role = Qt::DisplayRole)
{
    const QSortFilterProxyModel *proxy = page.proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(QuarterRosterModel::PersonnelNoRole).toString()
            == QString::fromLatin1(number))
            return proxy->index(row, column).data(role).toString();
    }
    return QStringLiteral("<no row>");
}

} // namespace

TEST_CASE("the roster model passes the model tester and gives typed values", "[quarter]")
{
    QuarterRosterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == QuarterRosterModel::ColumnCount);

    QuarterRosterRow signedRow;
    signedRow.personnelNo = QStringLiteral("002");
    signedRow.fullName = QStringLiteral("Ахметов Серик");
    signedRow.method = QStringLiteral("ranking");
    signedRow.eligibility.evaluated = true;
    signedRow.eligibility.reasonKey = QStringLiteral("evaluated");
    signedRow.sheetStatus = QStringLiteral("signed");
    signedRow.signedOn = QDate(2024, 7, 15);
    signedRow.score = Score::fromHundredths(425);
    signedRow.acquaintedOn = QDate(2024, 7, 15);
    signedRow.acquaintanceMethod = QStringLiteral("in_person");
    signedRow.appealDue = QDate(2024, 7, 22);
    QuarterRosterRow notEvaluated;
    notEvaluated.personnelNo = QStringLiteral("003");
    notEvaluated.method = QStringLiteral("ranking");
    notEvaluated.eligibility.reasonKey = QStringLiteral("less_than_one_month");
    model.setRoster({signedRow, notEvaluated}, Quarter(2024, 2));

    REQUIRE(model.rowCount() == 2);
    CHECK(model.quarter() == Quarter(2024, 2));
    CHECK(
        model.personnelNo(model.index(1, QuarterRosterModel::BandColumn)) == QStringLiteral("003"));
    CHECK(model.index(0, QuarterRosterModel::MethodColumn).data().toString()
        == QStringLiteral("ranking"));
    CHECK(model.index(0, QuarterRosterModel::ScoreColumn).data(QuarterRosterModel::SortRole)
        == QVariant(425));
    CHECK(model.index(0, QuarterRosterModel::BandColumn).data().toString()
        == bandShortLabel(Band::Effective));
    CHECK(model.index(0, QuarterRosterModel::BandColumn).data(Qt::ToolTipRole).toString()
        == bandLabel(Band::Effective));
    CHECK(model.index(0, QuarterRosterModel::AppealDueColumn).data(QuarterRosterModel::SortRole)
        == QVariant(QDate(2024, 7, 22)));
    CHECK(model.index(1, QuarterRosterModel::EvaluatedColumn).data().toString()
        == QStringLiteral("no"));
    CHECK(model.index(1, QuarterRosterModel::ReasonColumn)
              .data()
              .toString()
              .contains(QStringLiteral("less than one month")));
    CHECK(model.row(QModelIndex()).personnelNo.isEmpty());

    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    model.retranslate();
    CHECK(model.index(0, QuarterRosterModel::ScoreColumn).data().toString()
        == QStringLiteral("4,25"));
    CHECK(model.index(0, QuarterRosterModel::AppealDueColumn).data().toString()
        == QStringLiteral("22.07.2024"));
    QLocale::setDefault(previous);
    model.retranslate();

    model.setRoster({}, Quarter(2024, 3));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the quarter page fills and signs a ranking sheet and records acquaintance, with undo",
    "[quarter]")
{
    QuarterFile file;
    QuarterPage page;
    page.setUndoStack(&file.undo);
    QAbstractItemModelTester tester(
        page.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setContext(file.context.get());
    // The quarter at hand on 15 July 2024 is the second.
    CHECK(page.quarter() == Quarter(2024, 2));
    REQUIRE(page.model()->rowCount() == 3);
    CHECK(cell(page, "001", QuarterRosterModel::MethodColumn) == QStringLiteral("KCI"));
    CHECK(cell(page, "001", QuarterRosterModel::EvaluatorColumn) == QStringLiteral("the chairman"));
    CHECK(cell(page, "003", QuarterRosterModel::EvaluatedColumn)
        == QStringLiteral("without participation"));
    CHECK(cell(page, "002", QuarterRosterModel::EvaluatorColumn)
        == QStringLiteral("Жусупова Айгуль"));
    showActive(&page);

    // Enter on the row opens the ranking sheet.
    REQUIRE(page.selectServant(QStringLiteral("002")));
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_Return);
    RankingSheetDialog *sheet = page.sheetDialog();
    REQUIRE(sheet != nullptr);
    CHECK(sheet->isVisible());
    sheet->setConfirm([](const QString &) { return true; });

    // Digits typed straight into the boxes; the mean follows.
    QTest::keyClick(sheet->markBox(RankingParameter::Quality), Qt::Key_4);
    sheet->commentEdit(RankingParameter::Quality)->insert(QStringLiteral("Без замечаний"));
    QTest::keyClick(sheet->markBox(RankingParameter::Deadlines), Qt::Key_5);
    QTest::keyClick(sheet->markBox(RankingParameter::Initiative), Qt::Key_4);
    CHECK(sheet->meanText().contains(QStringLiteral("every parameter needs a mark")));
    QTest::keyClick(sheet->markBox(RankingParameter::Discipline), Qt::Key_7); // not a mark
    CHECK(sheet->markBox(RankingParameter::Discipline)->value() == -1);
    QTest::keyClick(sheet->markBox(RankingParameter::Discipline), Qt::Key_4);
    CHECK(sheet->meanText().startsWith(Score::fromHundredths(425).toLocaleString(QLocale())));
    CHECK(sheet->meanText().contains(bandLabel(Band::Effective)));

    // Enter signs.
    QTest::keyClick(sheet->commentEdit(RankingParameter::Discipline), Qt::Key_Return);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(page.sheetDialog() == nullptr);
    CHECK(file.value(QStringLiteral("SELECT score FROM score_sheet")).toInt() == 425);
    CHECK(file.value(QStringLiteral("SELECT status FROM score_sheet")).toString()
        == QStringLiteral("signed"));
    CHECK(file.value(QStringLiteral("SELECT signed_on FROM score_sheet")).toString()
        == QStringLiteral("2024-07-15"));
    CHECK(file.value(QStringLiteral("SELECT count(*) FROM ranking_mark")).toInt() == 4);
    CHECK(file.value(QStringLiteral("SELECT comment FROM ranking_mark WHERE parameter = 'quality'"))
              .toString()
        == QStringLiteral("Без замечаний"));
    CHECK(cell(page, "002", QuarterRosterModel::ScoreColumn)
        == Score::fromHundredths(425).toLocaleString(QLocale()));
    // Signing is a legal act, not an edit to undo.
    CHECK(file.undo.count() == 0);

    // Acquaintance: a day before the signature is refused at the field, nothing written.
    REQUIRE(page.selectServant(QStringLiteral("002")));
    auto *acquaint = page.findChild<QPushButton *>(QStringLiteral("recordAcquaintance"));
    REQUIRE(acquaint->isEnabled());
    acquaint->click();
    AcquaintanceDialog *dialog = page.acquaintanceDialog();
    REQUIRE(dialog != nullptr);
    auto *day = dialog->findChild<QDateEdit *>(QStringLiteral("day"));
    CHECK(day->date() == QDate(2024, 7, 15));
    // §12: five working days after Monday 15 July is Monday 22 July.
    CHECK(dialog->appealDueText().startsWith(dateText(QDate(2024, 7, 22))));
    day->setDate(QDate(2024, 7, 12));
    CHECK(dialog->appealDueText().startsWith(dateText(QDate(2024, 7, 19))));
    auto *method = dialog->findChild<QComboBox *>(QStringLiteral("method"));
    method->setCurrentIndex(method->findData(QStringLiteral("registered_letter")));
    // QTest types ASCII only: the number sign goes in as an input method would put it.
    dialog->findChild<QLineEdit *>(QStringLiteral("reference"))->insert(QStringLiteral("№ 211"));
    QTest::keyClick(day, Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(dialog->problemAt(QStringLiteral("day")).contains(QStringLiteral("2024-07-15")));
    CHECK(file.value(QStringLiteral("SELECT count(*) FROM acquaintance")).toInt() == 0);

    day->setDate(QDate(2024, 7, 15));
    QTest::keyClick(day, Qt::Key_Return);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(page.acquaintanceDialog() == nullptr);
    CHECK(file.value(QStringLiteral("SELECT day FROM acquaintance")).toString()
        == QStringLiteral("2024-07-15"));
    CHECK(file.value(QStringLiteral("SELECT method FROM acquaintance")).toString()
        == QStringLiteral("registered_letter"));
    CHECK(file.value(QStringLiteral("SELECT reference FROM acquaintance")).toString()
        == QStringLiteral("№ 211"));
    CHECK(cell(page, "002", QuarterRosterModel::AppealDueColumn) == dateText(QDate(2024, 7, 22)));

    // Edit → Undo removes it through the service; Redo records it again.
    REQUIRE(file.undo.count() == 1);
    file.undo.undo();
    CHECK(file.value(QStringLiteral("SELECT count(*) FROM acquaintance")).toInt() == 0);
    CHECK(cell(page, "002", QuarterRosterModel::AcquaintedColumn).isEmpty());
    file.undo.redo();
    CHECK(file.value(QStringLiteral("SELECT count(*) FROM acquaintance")).toInt() == 1);
    file.undo.undo();
    CHECK(file.value(QStringLiteral("SELECT count(*) FROM acquaintance")).toInt() == 0);
}

TEST_CASE("a saved draft is undone through the service; a signed sheet reopens with a reason",
    "[quarter]")
{
    QuarterFile file;
    QuarterPage page;
    page.setUndoStack(&file.undo);
    page.setContext(file.context.get());
    showActive(&page);
    REQUIRE(page.selectServant(QStringLiteral("003")));
    page.openSheet();
    RankingSheetDialog *sheet = page.sheetDialog();
    REQUIRE(sheet != nullptr);
    CHECK(sheet->findChild<QLabel *>(QStringLiteral("state"))
              ->text()
              .contains(QStringLiteral("without participation")));

    showActive(sheet);
    QTest::keyClick(sheet->markBox(RankingParameter::Quality), Qt::Key_3);
    QTest::keyClick(sheet->markBox(RankingParameter::Quality), Qt::Key_S, Qt::ControlModifier);
    CHECK(file.value(QStringLiteral("SELECT status FROM score_sheet")).toString()
        == QStringLiteral("draft"));
    CHECK(file.value(QStringLiteral("SELECT count(*) FROM ranking_mark")).toInt() == 1);
    CHECK(cell(page, "003", QuarterRosterModel::StatusColumn) == QStringLiteral("draft"));
    QTest::keyClick(sheet->markBox(RankingParameter::Quality), Qt::Key_5);
    sheet->findChild<QPushButton *>(QStringLiteral("saveDraft"))->click();
    CHECK(file.value(QStringLiteral("SELECT mark FROM ranking_mark")).toInt() == 5);
    REQUIRE(file.undo.count() == 2);
    file.undo.undo();
    CHECK(file.value(QStringLiteral("SELECT mark FROM ranking_mark")).toInt() == 3);
    file.undo.undo();
    CHECK(file.value(QStringLiteral("SELECT count(*) FROM score_sheet")).toInt() == 0);
    file.undo.redo();
    file.undo.redo();
    CHECK(file.value(QStringLiteral("SELECT mark FROM ranking_mark")).toInt() == 5);

    // Signing an incomplete sheet: the messages stand at the missing marks.
    sheet->setConfirm([](const QString &) { return true; });
    CHECK_FALSE(sheet->signSheet());
    CHECK(sheet->problemAt(QStringLiteral("deadlines"))
              .contains(QStringLiteral("every parameter needs a mark")));
    CHECK(file.value(QStringLiteral("SELECT status FROM score_sheet")).toString()
        == QStringLiteral("draft"));
    for (RankingParameter parameter : rankingParameters())
        QTest::keyClick(sheet->markBox(parameter), Qt::Key_4);
    REQUIRE(sheet->signSheet());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Signed: read-only, and Reopen asks for the reason.
    page.openSheet();
    sheet = page.sheetDialog();
    REQUIRE(sheet != nullptr);
    CHECK(sheet->markBox(RankingParameter::Quality)->isReadOnly());
    CHECK_FALSE(sheet->findChild<QPushButton *>(QStringLiteral("sign"))->isEnabled());
    sheet->setAskReason([] { return std::optional<QString>(QString()); });
    CHECK_FALSE(sheet->reopenSheet());
    CHECK_FALSE(sheet->problemAt(QStringLiteral("reason")).isEmpty());
    CHECK(file.value(QStringLiteral("SELECT status FROM score_sheet")).toString()
        == QStringLiteral("signed"));
    sheet->setAskReason([] { return std::optional<QString>(QStringLiteral("Опечатка")); });
    REQUIRE(sheet->reopenSheet());
    CHECK(file.value(QStringLiteral("SELECT status FROM score_sheet")).toString()
        == QStringLiteral("returned"));
    CHECK(file.value(QStringLiteral("SELECT return_reason FROM score_sheet")).toString()
        == QStringLiteral("Опечатка"));
    CHECK_FALSE(sheet->markBox(RankingParameter::Quality)->isReadOnly());
    // The roster says the sheet was returned, and why.
    CHECK(cell(page, "003", QuarterRosterModel::StatusColumn).contains(QStringLiteral("returned")));
    CHECK(cell(page, "003", QuarterRosterModel::StatusColumn, Qt::ToolTipRole)
        == QStringLiteral("Returned for correction: Опечатка"));

    // The correction is saved as a draft, still returned, and signed again.
    sheet->setConfirm([](const QString &) { return true; });
    showActive(sheet);
    QTest::keyClick(sheet->markBox(RankingParameter::Quality), Qt::Key_5);
    QTest::keyClick(sheet->markBox(RankingParameter::Quality), Qt::Key_S, Qt::ControlModifier);
    CHECK(file.value(QStringLiteral("SELECT status FROM score_sheet")).toString()
        == QStringLiteral("returned"));
    CHECK(file.value(QStringLiteral("SELECT mark FROM ranking_mark WHERE parameter = 'quality'"))
              .toInt()
        == 5);
    REQUIRE(sheet->signSheet());
    CHECK(file.value(QStringLiteral("SELECT status FROM score_sheet")).toString()
        == QStringLiteral("signed"));
    CHECK(file.value(QStringLiteral("SELECT score FROM score_sheet")).toInt() == 425);
    CHECK(cell(page, "003", QuarterRosterModel::StatusColumn).startsWith(QStringLiteral("signed")));
}

TEST_CASE("the head's row opens the KCI sheet; the page remembers its filter", "[quarter]")
{
    QuarterFile file;
    {
        QuarterPage page;
        page.setContext(file.context.get());
        REQUIRE(page.selectServant(QStringLiteral("001")));
        page.openSheet();
        REQUIRE(page.kciSheetDialog() != nullptr);
        CHECK(page.sheetDialog() == nullptr);
        // §27: without an approved individual work plan there is no KCI sheet to fill.
        CHECK_FALSE(page.kciSheetDialog()->isLoaded());
        page.kciSheetDialog()->reject();
        page.findChild<QLineEdit *>(QStringLiteral("filter"))->setText(QStringLiteral("ким"));
        CHECK(page.proxy()->rowCount() == 1);
        page.table()->horizontalHeader()->resizeSection(QuarterRosterModel::NameColumn, 311);
    }
    QuarterPage page;
    page.setContext(file.context.get());
    CHECK(page.findChild<QLineEdit *>(QStringLiteral("filter"))->text() == QStringLiteral("ким"));
    CHECK(page.proxy()->rowCount() == 1);
    CHECK(page.table()->horizontalHeader()->sectionSize(QuarterRosterModel::NameColumn) == 311);
    showActive(&page);
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_F, Qt::ControlModifier);
    CHECK(page.findChild<QLineEdit *>(QStringLiteral("filter"))->hasFocus());
    page.setQuarter(Quarter(2019, 1));
    CHECK(page.model()->rowCount() == 1);
}

// Screens to look at: BAGALAU_SHOTS=/work/shots ui_tests "[.shots]"
TEST_CASE("screenshots of the quarter page and the ranking sheet", "[.shots]")
{
    const QString folder = qEnvironmentVariable("BAGALAU_SHOTS");
    REQUIRE_FALSE(folder.isEmpty());
    QDir().mkpath(folder);
    const QLocale previous;
    for (const auto &[language, locale] :
        {std::pair{"en", QLocale(QLocale::English, QLocale::UnitedStates)},
            std::pair{"ru", QLocale(QLocale::Russian, QLocale::Russia)}}) {
        QLocale::setDefault(locale);
        QuarterFile file;
        InputErrors errors;
        RankingMarks marks;
        marks.marks = {4, 5, 4, 4};
        REQUIRE(RankingSheetService(*file.context)
                    .sign(QStringLiteral("003"), Quarter(2024, 2), marks, &errors));
        REQUIRE(AcquaintanceService(*file.context)
                    .record(QStringLiteral("003"), Quarter(2024, 2),
                        {QDate(2024, 7, 15), QStringLiteral("sms"), {}}, &errors));
        QuarterPage page;
        page.resize(1280, 520);
        page.setContext(file.context.get());
        showActive(&page);
        page.grab().save(
            folder + QStringLiteral("/quarter-page-%1.png").arg(QLatin1String(language)));
        REQUIRE(page.selectServant(QStringLiteral("002")));
        page.openSheet();
        RankingSheetDialog *sheet = page.sheetDialog();
        REQUIRE(sheet);
        QTest::keyClick(sheet->markBox(RankingParameter::Quality), Qt::Key_4);
        sheet->commentEdit(RankingParameter::Quality)->insert(QStringLiteral("Без замечаний"));
        QTest::keyClick(sheet->markBox(RankingParameter::Deadlines), Qt::Key_5);
        QTest::keyClick(sheet->markBox(RankingParameter::Initiative), Qt::Key_4);
        QTest::keyClick(sheet->markBox(RankingParameter::Discipline), Qt::Key_4);
        QApplication::processEvents();
        sheet->grab().save(
            folder + QStringLiteral("/quarter-sheet-%1.png").arg(QLatin1String(language)));
        sheet->setConfirm([](const QString &) { return true; });
        REQUIRE(sheet->signSheet());
        QApplication::processEvents();
        REQUIRE(page.selectServant(QStringLiteral("002")));
        page.recordAcquaintance();
        REQUIRE(page.acquaintanceDialog());
        QApplication::processEvents();
        page.acquaintanceDialog()->grab().save(
            folder + QStringLiteral("/quarter-acquaintance-%1.png").arg(QLatin1String(language)));
        page.acquaintanceDialog()->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        page.openSheet();
        REQUIRE(page.sheetDialog());
        QApplication::processEvents();
        page.sheetDialog()->grab().save(
            folder + QStringLiteral("/quarter-signed-%1.png").arg(QLatin1String(language)));
        page.sheetDialog()->reject();
    }
    QLocale::setDefault(previous);
}
