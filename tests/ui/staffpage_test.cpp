// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/staffpage.h"

#include "dialogs/servantcard.h"
#include "dialogs/servantdialog.h"
#include "dialogs/staffimportdialog.h"
#include "fixedclock.h"
#include "models/csvpreviewmodel.h"
#include "models/staffmodel.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "storage/database.h"
#include "testpaths.h"

#include "samplestaff.h"
#include "uitest.h"

#include "catchqt.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bagalau;

namespace {

// A real file as the chief specialist alone sets it up: a head and three servants, one of them
// on sick leave on 1 July 2024 and one dismissed in May.
struct StaffFile : test::PageFile
{
    explicit StaffFile(bool withServants = true)
        : test::PageFile(QDate(2024, 7, 1), QStringLiteral("staffpage"))
    {
        InputErrors errors;
        if (!withServants)
            return;
        NewServant dismissed = test::sampleServant("004", "Омаров Данияр", PositionCategory::CorpsB,
            "Главный специалист", QDate(2021, 9, 1), "001");
        dismissed.dismissed = QDate(2024, 5, 20);
        StaffService staff(*context);
        REQUIRE(staff.add({test::sampleServant("001", "Жусупова Айгуль", PositionCategory::Head,
                               "Руководитель аппарата", QDate(2019, 3, 1), ""),
                              test::sampleServant("002", "Ахметов Серик", PositionCategory::CorpsB,
                                  "Главный специалист", QDate(2020, 6, 15), "001"),
                              test::sampleServant("003", "Ким Елена", PositionCategory::CorpsB,
                                  "Главный специалист", QDate(2024, 1, 10), "001"),
                              dismissed},
            &errors));
        REQUIRE(staff.addAbsence(QStringLiteral("003"),
            {AbsenceKind::SickLeave, {QDate(2024, 6, 28), QDate(2024, 7, 5)}}, &errors));
    }
};

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

TEST_CASE("the staff model passes the model tester and gives typed values", "[staff]")
{
    StaffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == StaffModel::ColumnCount);

    StaffMember head;
    head.personnelNo = QStringLiteral("001");
    head.fullName = QStringLiteral("Жусупова Айгуль");
    head.category = PositionCategory::Head;
    head.unit = QStringLiteral("Аппарат");
    head.position = QStringLiteral("Руководитель аппарата");
    head.inPosition = {QDate(2019, 3, 1), QDate()};
    StaffMember member = head;
    member.personnelNo = QStringLiteral("002");
    member.fullName = QStringLiteral("Ахметов Серик");
    member.category = PositionCategory::CorpsB;
    member.managerPersonnelNo = QStringLiteral("001");
    member.inPosition = {QDate(2020, 6, 15), QDate(2024, 5, 20)};
    member.dismissed = QDate(2024, 5, 20);
    member.absences = {{AbsenceKind::AnnualLeave, {QDate(2024, 5, 2), QDate(2024, 5, 10)}}};
    model.setStaff({head, member}, QDate(2024, 5, 6));

    REQUIRE(model.rowCount() == 2);
    CHECK(model.personnelNo(model.index(1, StaffModel::UnitColumn)) == QStringLiteral("002"));
    CHECK(model.index(0, StaffModel::CategoryColumn).data().toString()
        == QStringLiteral("head of the apparatus"));
    CHECK(
        model.index(1, StaffModel::CategoryColumn).data().toString() == QStringLiteral("corps B"));
    // The manager by name, with the number in the tooltip.
    CHECK(model.index(1, StaffModel::ManagerColumn).data().toString()
        == QStringLiteral("Жусупова Айгуль"));
    CHECK(model.index(1, StaffModel::ManagerColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("001")));
    CHECK(model.index(1, StaffModel::FromColumn).data(StaffModel::SortRole)
        == QVariant(QDate(2020, 6, 15)));
    CHECK(model.index(0, StaffModel::ToColumn).data().toString().isEmpty());
    CHECK(model.index(1, StaffModel::AbsenceColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Annual leave")));
    CHECK(model.currentAbsence(model.index(1, 0)).has_value());
    CHECK_FALSE(model.currentAbsence(model.index(0, 0)).has_value());
    CHECK(model.member(QModelIndex()).personnelNo.isEmpty());

    // Dates as the locale writes them, with the century even in Kazakh.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    model.retranslate();
    CHECK(model.index(1, StaffModel::FromColumn).data().toString() == QStringLiteral("15.06.2020"));
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    model.retranslate();
    CHECK(model.index(1, StaffModel::DismissedColumn).data().toString()
        == QStringLiteral("20.05.2024"));
    QLocale::setDefault(previous);
    model.retranslate();

    model.setStaff({}, QDate(2024, 5, 6));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the staff page lists the file's servants, filters and sorts them", "[staff]")
{
    StaffFile file;
    StaffPage page;
    QAbstractItemModelTester tester(
        page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(
        page.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setContext(file.context.get());
    // On the file's today: 1 July 2024, when 004 has been dismissed.
    CHECK(page.day() == QDate(2024, 7, 1));
    REQUIRE(page.model()->rowCount() == 3);
    const QSortFilterProxyModel *proxy = page.proxy();
    CHECK(cell(proxy, 0, StaffModel::PersonnelNoColumn) == QStringLiteral("001"));
    CHECK(cell(proxy, 2, StaffModel::AbsenceColumn).contains(QStringLiteral("incapacity")));

    // An earlier day lists the dismissed servant too.
    page.setDay(QDate(2024, 5, 1));
    REQUIRE(page.model()->rowCount() == 4);
    CHECK(cell(proxy, 2, StaffModel::AbsenceColumn).isEmpty());

    page.table()->sortByColumn(StaffModel::NameColumn, Qt::AscendingOrder);
    CHECK(cell(proxy, 0, StaffModel::NameColumn) == QStringLiteral("Ахметов Серик"));
    CHECK(cell(proxy, 3, StaffModel::NameColumn) == QStringLiteral("Омаров Данияр"));
    page.table()->sortByColumn(StaffModel::NameColumn, Qt::DescendingOrder);
    CHECK(cell(proxy, 0, StaffModel::NameColumn) == QStringLiteral("Омаров Данияр"));
    page.table()->sortByColumn(StaffModel::FromColumn, Qt::AscendingOrder);
    CHECK(cell(proxy, 0, StaffModel::PersonnelNoColumn) == QStringLiteral("001"));
    CHECK(cell(proxy, 3, StaffModel::PersonnelNoColumn) == QStringLiteral("003"));

    auto *filter = page.findChild<QLineEdit *>(QStringLiteral("filter"));
    REQUIRE(filter != nullptr);
    filter->setText(QStringLiteral("КИМ"));
    REQUIRE(proxy->rowCount() == 1);
    CHECK(cell(proxy, 0, StaffModel::PersonnelNoColumn) == QStringLiteral("003"));
    // Any column: the manager's name lists the people who report to her.
    filter->setText(QStringLiteral("жусупова"));
    CHECK(proxy->rowCount() == 4);
    filter->setText(QStringLiteral("corps b"));
    CHECK(proxy->rowCount() == 3);
    filter->setText(QString());
    CHECK(proxy->rowCount() == 4);

    page.setContext(nullptr);
    CHECK(page.model()->rowCount() == 0);
}

TEST_CASE("the staff page remembers its filter and columns, and Ctrl+F finds the filter", "[staff]")
{
    StaffFile file;
    {
        StaffPage page;
        page.setContext(file.context.get());
        page.findChild<QLineEdit *>(QStringLiteral("filter"))->setText(QStringLiteral("Ким"));
        page.table()->horizontalHeader()->resizeSection(StaffModel::NameColumn, 333);
    }
    CHECK(
        QSettings().value(QStringLiteral("staffpage/filter")).toString() == QStringLiteral("Ким"));
    CHECK(QSettings().contains(QStringLiteral("staffpage/header")));

    StaffPage page;
    page.setContext(file.context.get());
    auto *filter = page.findChild<QLineEdit *>(QStringLiteral("filter"));
    CHECK(filter->text() == QStringLiteral("Ким"));
    CHECK(page.proxy()->rowCount() == 1);
    CHECK(page.table()->horizontalHeader()->sectionSize(StaffModel::NameColumn) == 333);

    test::showActive(&page);
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_F, Qt::ControlModifier);
    CHECK(filter->hasFocus());
}

TEST_CASE("the servant card shows the positions and absences from StaffService", "[staff]")
{
    StaffFile file;
    StaffPage page;
    page.setContext(file.context.get());
    QString error;
    const auto history = page.history(QStringLiteral("003"), &error);
    REQUIRE(history);
    ServantCard card(*history);
    REQUIRE(card.assignments()->rowCount() == 1);
    CHECK(card.assignments()->item(0, 3)->text() == QStringLiteral("Главный специалист"));
    CHECK(card.assignments()->item(0, 5)->text().contains(QStringLiteral("Жусупова Айгуль")));
    REQUIRE(card.absences()->rowCount() == 1);
    CHECK(card.absences()->item(0, 3)->text() == QStringLiteral("8"));
    CHECK_FALSE(page.history(QStringLiteral("999"), &error));
}

TEST_CASE("adding a servant through the dialog writes it, and a bad one writes nothing", "[staff]")
{
    StaffFile file;
    StaffPage page;
    page.setContext(file.context.get());
    const auto submit = [&page](const NewServant &servant, InputErrors *errors) {
        return page.addServant(servant, errors);
    };

    SECTION("a new servant")
    {
        ServantDialog dialog(submit);
        dialog.setServant(test::sampleServant("005", "Сейтжанова Мадина", PositionCategory::CorpsB,
            "Главный специалист", QDate(2024, 6, 3), "001"));
        dialog.findChild<QLineEdit *>(QStringLiteral("iin"))->setText(QString());
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(StaffService(*file.context).servantCount() == 5);
        REQUIRE(page.model()->rowCount() == 4);
        const auto added = page.history(QStringLiteral("005"), nullptr);
        REQUIRE(added);
        CHECK(added->fullName == QStringLiteral("Сейтжанова Мадина"));
        REQUIRE(added->assignments.size() == 1);
        CHECK(added->assignments.first().managerPersonnelNo == QStringLiteral("001"));
        CHECK(added->assignments.first().days.first == QDate(2024, 6, 3));
    }

    SECTION("a personnel number already in the file")
    {
        ServantDialog dialog(submit);
        dialog.setServant(test::sampleServant("002", "Повтор Повторович", PositionCategory::CorpsB,
            "Специалист", QDate(2024, 6, 3), "777"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.problemAt(QStringLiteral("personnel_no"))
            == QStringLiteral("a servant with this personnel number is already in the file"));
        CHECK(dialog.problemAt(QStringLiteral("manager_personnel_no"))
                  .contains(QStringLiteral("no servant has this personnel number")));
        CHECK(dialog.problemAt(QStringLiteral("full_name")).isEmpty());
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("personnel_noProblem"));
        REQUIRE(label != nullptr);
        CHECK_FALSE(label->isHidden());
        CHECK(StaffService(*file.context).servantCount() == 4);
        CHECK(page.model()->rowCount() == 3);

        // Corrected, the same dialog adds it and the old messages go.
        dialog.setServant(test::sampleServant("006", "Повтор Повторович", PositionCategory::CorpsB,
            "Специалист", QDate(2024, 6, 3), "001"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.problemAt(QStringLiteral("personnel_no")).isEmpty());
        CHECK(StaffService(*file.context).servantCount() == 5);
    }

    SECTION("empty fields are named at their place")
    {
        ServantDialog dialog(submit);
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(dialog.problemAt(QStringLiteral("personnel_no")).isEmpty());
        CHECK_FALSE(dialog.problemAt(QStringLiteral("full_name")).isEmpty());
        CHECK_FALSE(dialog.problemAt(QStringLiteral("unit")).isEmpty());
        CHECK_FALSE(dialog.problemAt(QStringLiteral("position")).isEmpty());
        CHECK(StaffService(*file.context).servantCount() == 4);
    }
}

TEST_CASE("an absence added from the page shows on the day", "[staff]")
{
    StaffFile file;
    StaffPage page;
    page.setContext(file.context.get());
    InputErrors errors;
    CHECK_FALSE(page.addAbsence(QStringLiteral("002"),
        {AbsenceKind::BusinessTrip, {QDate(2024, 7, 3), QDate(2024, 7, 1)}}, &errors));
    REQUIRE(errors.size() == 1);
    errors.clear();
    REQUIRE(page.addAbsence(QStringLiteral("002"),
        {AbsenceKind::BusinessTrip, {QDate(2024, 7, 1), QDate(2024, 7, 3)}}, &errors));
    CHECK(cell(page.proxy(), 1, StaffModel::AbsenceColumn)
              .startsWith(QStringLiteral("Business trip")));
}

TEST_CASE("the import dialog shows every problem of a bad file and imports a good one", "[staff]")
{
    StaffFile file(false);
    StaffPage page;
    page.setContext(file.context.get());
    const auto validate = [&page](const QList<NewServant> &servants) {
        return page.validate(servants);
    };
    const auto import = [&page](const QList<NewServant> &servants, InputErrors *errors) {
        return page.importServants(servants, errors);
    };

    SECTION("staff-bad.csv")
    {
        StaffImportDialog dialog(validate, import);
        CHECK_FALSE(dialog.openFile(test::testDataPath(QStringLiteral("import/staff-bad.csv"))));
        CHECK(dialog.problems().size() == 5);
        CHECK_FALSE(dialog.canImport());
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("import"));
        REQUIRE(importButton != nullptr);
        CHECK_FALSE(importButton->isEnabled());
        CsvPreviewModel *preview = dialog.preview();
        QAbstractItemModelTester tester(
            preview, QAbstractItemModelTester::FailureReportingMode::Fatal);
        REQUIRE(preview->rowCount() == 5);
        CHECK(preview->rowsWithProblems() == 5);
        // The bad field is marked and explains itself; the good ones stay quiet.
        const int appointed = 6;
        CHECK(preview->headerData(appointed, Qt::Horizontal).toString()
            == QStringLiteral("appointed"));
        CHECK_FALSE(
            preview->index(0, appointed).data(CsvPreviewModel::ProblemRole).toString().isEmpty());
        CHECK(preview->index(0, 1).data(CsvPreviewModel::ProblemRole).toString().isEmpty());
        CHECK(preview->index(0, preview->problemColumn())
                  .data()
                  .toString()
                  .startsWith(QStringLiteral("appointed: ")));
        CHECK(preview->index(3, preview->problemColumn())
                  .data()
                  .toString()
                  .contains(QStringLiteral("first on line 2")));
        CHECK(preview->index(0, 0).data(CsvPreviewModel::LineRole).toInt() == 2);
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(StaffService(*file.context).servantCount() == 0);
    }

    SECTION("staff.csv")
    {
        StaffImportDialog dialog(validate, import);
        REQUIRE(dialog.openFile(test::testDataPath(QStringLiteral("import/staff.csv"))));
        CHECK(dialog.problems().isEmpty());
        CHECK(dialog.findChild<QPushButton *>(QStringLiteral("import"))->isEnabled());
        CHECK(dialog.preview()->rowsWithProblems() == 0);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(StaffService(*file.context).servantCount() == 5);
        CHECK(page.model()->rowCount() == 4); // 004 was dismissed before 1 July 2024

        // The same file again: every personnel number is now taken.
        StaffImportDialog again(validate, import);
        CHECK_FALSE(again.openFile(test::testDataPath(QStringLiteral("import/staff.csv"))));
        CHECK(again.problems().size() == 5);
    }

    SECTION("a file that cannot be read")
    {
        StaffImportDialog dialog(validate, import);
        CHECK_FALSE(
            dialog.openFile(test::testDataPath(QStringLiteral("import/staff-truncated.csv"))));
        CHECK_FALSE(dialog.problems().isEmpty());
        CHECK_FALSE(dialog.canImport());
    }

    SECTION("a Windows-1251 file with semicolons")
    {
        StaffImportDialog dialog(validate, import);
        CHECK(dialog.openFile(test::testDataPath(QStringLiteral("import/staff-1251.csv"))));
        CHECK(dialog.servants().size() == 1);
    }
}

// Not run by default: `ui_tests "[screenshot]"` with BAGALAU_SCREENSHOT_DIR set saves the
// import dialog as it shows a bad file, for the documentation.
TEST_CASE("screenshot of the import dialog with problems", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("BAGALAU_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    StaffFile file(false);
    StaffPage page;
    page.setContext(file.context.get());
    StaffImportDialog dialog(
        [&page](const QList<NewServant> &servants) { return page.validate(servants); }, {});
    dialog.openFile(test::testDataPath(QStringLiteral("import/staff-bad.csv")));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.grab().save(folder + QStringLiteral("/staff-import.png")));
}
