// SPDX-License-Identifier: GPL-3.0-or-later
// §21–27, appendix 3: the KCI plans page, the KCI sheet dialog and the appendix-3 settings,
// driven through their widgets on a real file.
#include "views/kciplanspage.h"

#include "dialogs/kcisheetdialog.h"
#include "fixedclock.h"
#include "models/allowedmarkmodel.h"
#include "models/kcihistorymodel.h"
#include "models/kciitemmodel.h"
#include "models/kciplanlistmodel.h"
#include "models/kcisheetmodel.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/database.h"
#include "views/allowedmarkseditor.h"
#include "views/settingspage.h"

#include "samplestaff.h"
#include "uitest.h"

#include "catchqt.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace bagalau;

namespace {

const Quarter q2 = Quarter(2024, 2);

// A file with the head of the apparatus 001 and the corps B servant 002, on 5 April 2024.
struct KciFile : test::PageFile
{
    KciFile()
        : test::PageFile(QDate(2024, 4, 5), QStringLiteral("kciplanspage"))
    {
        QSettings().remove(QStringLiteral("kcisheetdialog"));
        InputErrors errors;
        REQUIRE(StaffService(*context).add(
            {test::sampleServant(
                 "001", "Жусупова Айгуль", PositionCategory::Head, nullptr, QDate(2019, 3, 1), ""),
                test::sampleServant("002", "Ахметов Серик", PositionCategory::CorpsB, nullptr,
                    QDate(2020, 6, 15), "001")},
            &errors));
    }

    int count(const char *table) const
    {
        return value(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)).toInt();
    }
};

// Answers the next QInputDialog with a text, as a user typing it and pressing Enter: waits for
// the dialog to come up, since the page opens it from a queued call.
void answerNextInputDialog(const QString &text)
{
    auto *timer = new QTimer;
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, [timer, text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        dialog->setTextValue(text);
        dialog->accept();
    });
    timer->start();
}

void saveShot(QWidget *widget, const char *name)
{
    const QString folder = qEnvironmentVariable("BAGALAU_SHOTS_DIR");
    if (folder.isEmpty())
        return;
    widget->show();
    QApplication::processEvents();
    widget->grab().save(folder + QLatin1Char('/') + QString::fromLatin1(name));
}

void edit(QTableView *table, int row, int column, const QVariant &value)
{
    const QModelIndex index = table->model()->index(row, column);
    table->setCurrentIndex(index);
    REQUIRE(table->model()->setData(index, value));
    // The page answers an edit from a queued call.
    QApplication::processEvents();
    QApplication::processEvents();
}

} // namespace

TEST_CASE("§22 §27 a KCI plan of three KCI is drawn up, approved and scored through the widgets",
    "[ui][kciplans]")
{
    KciFile file;
    QUndoStack stack;
    KciPlansPage page;
    page.setUndoStack(&stack);
    page.resize(1100, 700);
    page.setContext(file.context.get());
    page.setQuarter(q2);
    QAbstractItemModelTester planTester(page.planModel());
    QAbstractItemModelTester kciTester(page.kciModel());
    QAbstractItemModelTester historyTester(page.historyModel());

    auto *plans = page.findChild<QTableView *>(QStringLiteral("plans"));
    REQUIRE(plans->model()->rowCount() == 1);
    CHECK(page.selectedPersonnelNo() == QStringLiteral("001"));
    CHECK(plans->model()->index(0, KciPlanListModel::StatusColumn).data().toString()
        == QStringLiteral("not drawn up"));

    auto *add = page.findChild<QPushButton *>(QStringLiteral("addKci"));
    for (int i = 0; i < 3; ++i) {
        REQUIRE(add->isEnabled());
        add->click();
    }
    auto *kcis = page.findChild<QTableView *>(QStringLiteral("kcis"));
    INFO(page.errorText().toStdString());
    REQUIRE(kcis->model()->rowCount() == 3);
    CHECK(file.count("kci") == 3);

    // A fourth KCI removed with Delete, and brought back by undo.
    add->click();
    REQUIRE(kcis->model()->rowCount() == 4);
    page.show();
    kcis->setFocus();
    kcis->setCurrentIndex(kcis->model()->index(3, KciItemModel::TitleColumn));
    QTest::keyClick(kcis, Qt::Key_Delete);
    CHECK(file.count("kci") == 3);
    stack.undo();
    CHECK(file.count("kci") == 4);
    stack.redo();
    CHECK(file.count("kci") == 3);
    REQUIRE(kcis->model()->rowCount() == 3);

    const char *titles[] = {
        "Доля исполненных поручений", "Обращения, рассмотренные в срок", "Нарушения сроков"};
    const char *plansValues[] = {"95", "120", "2"};
    for (int row = 0; row < 3; ++row) {
        edit(kcis, row, KciItemModel::TitleColumn, QString::fromUtf8(titles[row]));
        edit(kcis, row, KciItemModel::PlanColumn, QString::fromLatin1(plansValues[row]));
    }
    edit(kcis, 2, KciItemModel::UnitColumn, QStringLiteral("случаев"));
    edit(kcis, 2, KciItemModel::DirectionColumn, QStringLiteral("less_is_better"));
    CHECK(file.value(QStringLiteral("SELECT direction FROM kci WHERE number = 3")).toString()
        == QStringLiteral("less"));

    // Undo of an edit goes back through the service; redo does it again.
    stack.undo();
    CHECK(file.value(QStringLiteral("SELECT direction FROM kci WHERE number = 3")).toString()
        == QStringLiteral("more"));
    stack.redo();
    CHECK(file.value(QStringLiteral("SELECT direction FROM kci WHERE number = 3")).toString()
        == QStringLiteral("less"));

    // A plan value with a comma is refused at its cell, and nothing is written.
    const int commands = stack.count();
    edit(kcis, 0, KciItemModel::PlanColumn, QStringLiteral("95,5"));
    CHECK(page.errorText().contains(QStringLiteral("plan value is a number")));
    CHECK(kcis->model()->index(0, KciItemModel::PlanColumn).data(Qt::ToolTipRole).isValid());
    CHECK(file.value(QStringLiteral("SELECT plan_value FROM kci WHERE number = 1")).toString()
        == QStringLiteral("95"));
    CHECK(stack.count() == commands);

    auto *approve = page.findChild<QPushButton *>(QStringLiteral("approve"));
    REQUIRE(approve->isEnabled());
    answerNextInputDialog(QStringLiteral("Сарсенов Б. К."));
    approve->click();
    CHECK(file.value(QStringLiteral("SELECT status FROM kci_plan")).toString()
        == QStringLiteral("approved"));
    CHECK(file.value(QStringLiteral("SELECT approved_by FROM kci_plan")).toString()
        == QStringLiteral("Сарсенов Б. К."));
    CHECK(file.value(QStringLiteral("SELECT approved_on FROM kci_plan")).toString()
        == QStringLiteral("2024-04-05"));
    CHECK(plans->model()->index(0, KciPlanListModel::StatusColumn).data().toString()
        == QStringLiteral("approved"));
    CHECK_FALSE(add->isEnabled());
    CHECK(page.historyModel()->rowCount() == 2);
    saveShot(&page, "kci-plans.png");

    auto *openSheet = page.findChild<QPushButton *>(QStringLiteral("openSheet"));
    REQUIRE(openSheet->isEnabled());
    // The page opens the sheet of the selected plan; Escape closes it without writing.
    bool opened = false;
    QTimer::singleShot(0, [&opened] {
        auto *shown = qobject_cast<KciSheetDialog *>(QApplication::activeModalWidget());
        opened = shown && shown->isLoaded() && shown->model()->rowCount() == 3;
        if (shown)
            shown->reject();
    });
    openSheet->click();
    CHECK(opened);
    CHECK(file.count("score_sheet") == 0);
    KciSheetDialog dialog(*file.context, QStringLiteral("001"), q2);
    dialog.setUndoStack(&stack);
    REQUIRE(dialog.isLoaded());
    QAbstractItemModelTester sheetTester(dialog.model());
    auto *sheet = dialog.findChild<QTableView *>(QStringLiteral("kciSheet"));
    REQUIRE(sheet->model()->rowCount() == 3);
    // 95 of 95 is 100 %, 90 of 120 is 75 %, 1 case where 2 were allowed is 200 %.
    const char *actuals[] = {"95", "90", "1"};
    const int marks[] = {5, 3, 5};
    for (int row = 0; row < 3; ++row) {
        edit(sheet, row, KciSheetModel::ActualColumn, QString::fromLatin1(actuals[row]));
        edit(sheet, row, KciSheetModel::MarkColumn, marks[row]);
    }
    CHECK(sheet->model()
              ->index(1, KciSheetModel::RealizationColumn)
              .data()
              .toString()
              .contains(QStringLiteral("75")));
    CHECK(sheet->model()->index(1, KciSheetModel::AllowedColumn).data().toString()
        == QStringLiteral("0–5"));
    auto *score = dialog.findChild<QLabel *>(QStringLiteral("score"));
    CHECK(score->text().contains(QStringLiteral("4.33")));
    saveShot(&dialog, "kci-sheet.png");

    dialog.findChild<QPushButton *>(QStringLiteral("saveDraft"))->click();
    CHECK(file.value(QStringLiteral("SELECT status FROM score_sheet")).toString()
        == QStringLiteral("draft"));
    // Enter signs: the sheet's default button.
    dialog.show();
    sheet->setFocus();
    QTest::keyClick(sheet, Qt::Key_Return);
    CHECK(file.value(QStringLiteral("SELECT status FROM score_sheet")).toString()
        == QStringLiteral("signed"));
    CHECK(file.value(QStringLiteral("SELECT method FROM score_sheet")).toString()
        == QStringLiteral("kci"));
    CHECK(file.value(QStringLiteral("SELECT score FROM score_sheet")).toInt() == 433);
    CHECK(file.count("kci_mark") == 3);
    CHECK(file.value(QStringLiteral("SELECT actual_value || '/' || mark FROM kci_mark WHERE "
                                    "kci_number = 2"))
              .toString()
        == QStringLiteral("90/3"));
    CHECK(file.value(QStringLiteral("SELECT plan_value FROM kci_mark WHERE kci_number = 2"))
              .toString()
        == QStringLiteral("120"));
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("sign"))->isEnabled());
    CHECK(dialog.findChild<QPushButton *>(QStringLiteral("reopen"))->isEnabled());
}

TEST_CASE("§25 a change of an approved KCI without a reason is refused through the widgets",
    "[ui][kciplans]")
{
    KciFile file;
    KciPlansPage page;
    page.setContext(file.context.get());
    page.setQuarter(q2);
    auto *add = page.findChild<QPushButton *>(QStringLiteral("addKci"));
    for (int i = 0; i < 3; ++i)
        add->click();
    answerNextInputDialog(QStringLiteral("Сарсенов Б. К."));
    page.findChild<QPushButton *>(QStringLiteral("approve"))->click();
    REQUIRE(file.value(QStringLiteral("SELECT status FROM kci_plan")).toString()
        == QStringLiteral("approved"));

    auto *kcis = page.findChild<QTableView *>(QStringLiteral("kcis"));
    answerNextInputDialog(QString());
    edit(kcis, 1, KciItemModel::PlanColumn, QStringLiteral("150"));
    CHECK(page.errorText().contains(QStringLiteral("functions or structure")));
    CHECK(file.count("kci_change") == 0);
    CHECK(file.value(QStringLiteral("SELECT plan_value FROM kci WHERE number = 2")).toString()
        == QStringLiteral("100"));

    answerNextInputDialog(QStringLiteral("Решение маслихата № 7-1 об изменении структуры"));
    edit(kcis, 1, KciItemModel::PlanColumn, QStringLiteral("150"));
    CHECK(file.count("kci_change") == 1);
    CHECK(page.historyModel()->rowCount() == 3);
    CHECK(page.historyModel()
              ->index(2, KciHistoryModel::ReasonColumn)
              .data()
              .toString()
              .contains(QStringLiteral("7-1")));
}

TEST_CASE("appendix 3 the table is typed in Settings and saved whole; a bad table writes nothing",
    "[ui][kciplans]")
{
    KciFile file;
    QUndoStack stack;
    SettingsPage page;
    page.setUndoStack(&stack);
    page.setContext(file.context.get());
    auto *editor = page.allowedMarksEditor();
    QAbstractItemModelTester tester(editor->model());
    auto *table = editor->findChild<QTableView *>(QStringLiteral("appendix3"));
    auto *addRow = editor->findChild<QPushButton *>(QStringLiteral("addAppendix3Row"));
    auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveAppendix3"));

    addRow->click();
    edit(table, 0, AllowedMarkModel::ToColumn, QStringLiteral("49,99"));
    edit(table, 0, AllowedMarkModel::MaxColumn, QStringLiteral("2"));
    addRow->click();
    CHECK(table->model()->index(1, AllowedMarkModel::FromColumn).data().toString()
        == QStringLiteral("50"));
    edit(table, 1, AllowedMarkModel::MinColumn, QStringLiteral("7"));
    save->click();
    CHECK(editor->errorText().contains(QStringLiteral("row 2")));
    CHECK(file.count("appendix3_row") == 0);

    edit(table, 1, AllowedMarkModel::MinColumn, QStringLiteral("3"));
    save->click();
    CHECK(editor->errorText().isEmpty());
    CHECK(file.count("appendix3_row") == 2);
    CHECK(file.value(QStringLiteral("SELECT to_percent FROM appendix3_row ORDER BY from_percent"))
              .toInt()
        == 4999);
    CHECK(file.value(QStringLiteral("SELECT count(*) FROM appendix3_row WHERE to_percent IS NULL"))
              .toInt()
        == 1);
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    tabs->setCurrentWidget(editor);
    page.resize(900, 560);
    saveShot(&page, "kci-appendix3.png");

    stack.undo();
    CHECK(file.count("appendix3_row") == 0);
    stack.redo();
    CHECK(file.count("appendix3_row") == 2);
}
