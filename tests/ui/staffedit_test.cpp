// SPDX-License-Identifier: GPL-3.0-or-later
// The Staff page's edits — a servant's details, a new position, the end of a secondment, a
// dismissal — driven through their buttons and dialogs, and taken back with Edit → Undo.
#include "views/staffpage.h"

#include "dialogs/servantdialog.h"
#include "dialogs/staffchangedialogs.h"
#include "fixedclock.h"
#include "models/staffmodel.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include "samplestaff.h"

#include "catchqt.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace bagalau;

namespace {

// 001 heads the apparatus, 002 is a chief specialist under 001 since 2021, 003 a specialist;
// the list opens on 15 July 2024, with the page on the window's undo stack.
struct EditFile
{
    QTemporaryDir folder;
    test::FixedClock clock{QDate(2024, 7, 15)};
    std::unique_ptr<Database> database;
    std::unique_ptr<ServiceContext> context;
    QUndoStack stack;
    StaffPage page;

    EditFile()
    {
        QSettings().remove(QStringLiteral("staffpage"));
        Organisation organisation;
        organisation.nameRu = QStringLiteral("Аппарат Акжарского районного маслихата");
        InputErrors errors;
        database = OrganisationService::createFile(
            folder.filePath(QStringLiteral("staff.sqlite")), organisation, clock, &errors);
        REQUIRE(database);
        context = std::make_unique<ServiceContext>(*database, Actor::singleUser(), clock);
        REQUIRE(StaffService(*context).add(
            {test::sampleServant("001", "Жусупова Айгуль", PositionCategory::Head,
                 "Руководитель аппарата", QDate(2019, 3, 1), ""),
                test::sampleServant("002", "Ахметов Серик", PositionCategory::CorpsB,
                    "Главный специалист", QDate(2021, 3, 1), "001"),
                test::sampleServant("003", "Ким Елена", PositionCategory::CorpsB, "Специалист",
                    QDate(2020, 1, 9), "")},
            &errors));
        page.setUndoStack(&stack);
        page.setContext(context.get());
    }

    ~EditFile() { page.setContext(nullptr); }

    void select(const char *personnelNo)
    {
        const QModelIndexList found = page.proxy()->match(page.proxy()->index(0, 0),
            StaffModel::PersonnelNoRole, QString::fromLatin1(personnelNo), 1, Qt::MatchExactly);
        REQUIRE(found.size() == 1);
        page.table()->selectRow(found.first().row());
    }

    QString text(const QString &sql)
    {
        QSqlQuery query(database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString()
                                               : QStringLiteral("<none>");
    }

    int count(const QString &sql) { return text(sql).toInt(); }

    int audited() { return count(QStringLiteral("SELECT count(*) FROM audit_log")); }

    AuditEntry lastAudit() { return AuditLog(database->connection()).entries().last(); }

    // Clicks the button and, in the dialog it opens, runs `fill` (which accepts or not).
    template <typename Dialog>
    void inDialog(const char *button, const std::function<void(Dialog &)> &fill)
    {
        bool seen = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            REQUIRE(dialog != nullptr);
            seen = true;
            fill(*dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        auto *clicked = page.findChild<QPushButton *>(QString::fromLatin1(button));
        REQUIRE(clicked != nullptr);
        REQUIRE(clicked->isEnabled());
        clicked->click();
        CHECK(seen);
    }

    QString shownName(const char *personnelNo)
    {
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            const StaffMember member = page.model()->member(page.model()->index(row, 0));
            if (member.personnelNo == QLatin1String(personnelNo))
                return member.fullName + QStringLiteral(" / ") + member.position;
        }
        return {};
    }
};

const auto AssignmentsOf002 = QStringLiteral(
    "SELECT group_concat(p.title || ' ' || a.first_day || '..' || coalesce(a.last_day, '') || "
    "' ' || coalesce(m.personnel_no, '-'), '; ') FROM (SELECT * FROM assignment ORDER BY "
    "first_day) a JOIN position p ON p.id = a.position_id LEFT JOIN servant m ON "
    "m.id = a.manager_id WHERE a.servant_id = (SELECT id FROM servant WHERE personnel_no = '002')");

} // namespace

TEST_CASE("a servant's name is edited from the Staff page and Edit → Undo brings it back",
    "[staff][staffedit]")
{
    EditFile file;
    file.select("002");
    const int audited = file.audited();

    // An empty name is shown at its field, and nothing is written.
    file.inDialog<ServantDialog>("editServant", [](ServantDialog &dialog) {
        CHECK(dialog.isEditing());
        CHECK(dialog.windowTitle() == QStringLiteral("Edit servant"));
        CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("personnelNo"))->isReadOnly());
        CHECK_FALSE(dialog.findChild<QLineEdit *>(QStringLiteral("unit"))->isVisibleTo(&dialog));
        dialog.findChild<QLineEdit *>(QStringLiteral("fullName"))->clear();
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(dialog.problemAt(QStringLiteral("full_name"))
            == QStringLiteral("the full name cannot be empty"));
    });
    CHECK(file.stack.count() == 0);
    CHECK(file.audited() == audited);

    file.inDialog<ServantDialog>("editServant", [](ServantDialog &dialog) {
        CHECK(dialog.servant().fullName == QStringLiteral("Ахметов Серик"));
        dialog.findChild<QLineEdit *>(QStringLiteral("fullName"))
            ->setText(QStringLiteral("Ахметов Серик Болатович"));
        dialog.accept();
        CHECK_FALSE(dialog.isVisible());
    });
    const auto name = QStringLiteral("SELECT full_name FROM servant WHERE personnel_no = '002'");
    CHECK(file.text(name) == QStringLiteral("Ахметов Серик Болатович"));
    CHECK(file.shownName("002") == QStringLiteral("Ахметов Серик Болатович / Главный специалист"));
    CHECK(file.audited() == audited + 1);
    CHECK(file.lastAudit().field == QStringLiteral("full_name"));
    CHECK(file.lastAudit().oldValue == QStringLiteral("Ахметов Серик"));
    CHECK(file.lastAudit().newValue == QStringLiteral("Ахметов Серик Болатович"));
    REQUIRE(file.stack.count() == 1);
    CHECK(file.stack.undoText() == QStringLiteral("edit servant 002"));

    file.stack.undo();
    CHECK(file.text(name) == QStringLiteral("Ахметов Серик"));
    CHECK(file.shownName("002") == QStringLiteral("Ахметов Серик / Главный специалист"));
    CHECK(file.audited() == audited + 2);
    CHECK(file.lastAudit().oldValue == QStringLiteral("Ахметов Серик Болатович"));
    CHECK(file.lastAudit().newValue == QStringLiteral("Ахметов Серик"));

    file.stack.redo();
    CHECK(file.text(name) == QStringLiteral("Ахметов Серик Болатович"));
    CHECK(file.audited() == audited + 3);
}

TEST_CASE("a new position and manager from the Staff page, its assignment rows, and undo",
    "[staff][staffedit]")
{
    EditFile file;
    file.select("002");
    const int audited = file.audited();
    CHECK(file.text(AssignmentsOf002) == QStringLiteral("Главный специалист 2021-03-01.. 001"));

    file.inDialog<NewPositionDialog>("newPosition", [](NewPositionDialog &dialog) {
        // It starts from the current position and the page's day.
        CHECK(dialog.assignment().position == QStringLiteral("Главный специалист"));
        CHECK(dialog.assignment().from == QDate(2024, 7, 15));
        dialog.findChild<QDateEdit *>(QStringLiteral("from"))->setDate(QDate(2021, 3, 1));
        dialog.findChild<QLineEdit *>(QStringLiteral("managerPersonnelNo"))
            ->setText(QStringLiteral("777"));
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(dialog.problemAt(QStringLiteral("from"))
            == QStringLiteral(
                "the new position must begin after the first day of the current one (2021-03-01)"));
        CHECK(dialog.problemAt(QStringLiteral("manager_personnel_no"))
            == QStringLiteral("no servant has this personnel number"));

        dialog.findChild<QDateEdit *>(QStringLiteral("from"))->setDate(QDate(2024, 7, 1));
        dialog.findChild<QLineEdit *>(QStringLiteral("position"))
            ->setText(QStringLiteral("Ведущий специалист"));
        dialog.findChild<QLineEdit *>(QStringLiteral("managerPersonnelNo"))
            ->setText(QStringLiteral("003"));
        dialog.accept();
        CHECK_FALSE(dialog.isVisible());
    });
    const auto moved = QStringLiteral(
        "Главный специалист 2021-03-01..2024-06-30 001; Ведущий специалист 2024-07-01.. 003");
    CHECK(file.text(AssignmentsOf002) == moved);
    CHECK(file.shownName("002") == QStringLiteral("Ахметов Серик / Ведущий специалист"));
    CHECK(file.audited() == audited + 1);
    CHECK(file.lastAudit().entity == QStringLiteral("assignment"));
    CHECK(file.lastAudit().oldValue == QStringLiteral("Аппарат / Главный специалист, manager 001"));
    CHECK(file.lastAudit().newValue
        == QStringLiteral("Аппарат / Ведущий специалист, manager 003 from 2024-07-01"));
    CHECK(file.stack.undoText() == QStringLiteral("new position of 002"));

    file.stack.undo();
    CHECK(file.text(AssignmentsOf002) == QStringLiteral("Главный специалист 2021-03-01.. 001"));
    CHECK(file.shownName("002") == QStringLiteral("Ахметов Серик / Главный специалист"));
    CHECK(file.audited() == audited + 2);
    CHECK(file.lastAudit().reason == QStringLiteral("undo"));

    file.stack.redo();
    CHECK(file.text(AssignmentsOf002) == moved);
    file.stack.undo();
    CHECK(file.text(AssignmentsOf002) == QStringLiteral("Главный специалист 2021-03-01.. 001"));
    CHECK(file.audited() == audited + 4);
}

TEST_CASE(
    "a dismissal from the Staff page ends the position, and undo cancels it", "[staff][staffedit]")
{
    EditFile file;
    file.select("002");
    const int audited = file.audited();
    file.inDialog<EndOfServiceDialog>("dismiss", [](EndOfServiceDialog &dialog) {
        CHECK(dialog.windowTitle() == QStringLiteral("Dismissal"));
        dialog.setDay(QDate(2024, 7, 10));
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(dialog.problemAt(QStringLiteral("reason"))
            == QStringLiteral("the reason cannot be empty: the order or the article of the law"));
        dialog.findChild<QLineEdit *>(QStringLiteral("reason"))
            ->setText(QStringLiteral("приказ № 45-л от 10.07.2024"));
        dialog.accept();
        CHECK_FALSE(dialog.isVisible());
    });
    CHECK(file.text(QStringLiteral("SELECT day || ' ' || reason FROM dismissal"))
        == QStringLiteral("2024-07-10 приказ № 45-л от 10.07.2024"));
    CHECK(file.text(AssignmentsOf002)
        == QStringLiteral("Главный специалист 2021-03-01..2024-07-10 001"));
    // On 15 July the list no longer has them.
    CHECK(file.shownName("002").isEmpty());
    CHECK(file.audited() == audited + 1);
    CHECK(file.lastAudit().entity == QStringLiteral("dismissal"));
    CHECK(file.lastAudit().reason == QStringLiteral("приказ № 45-л от 10.07.2024"));
    CHECK(file.stack.undoText() == QStringLiteral("dismiss 002"));

    file.stack.undo();
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM dismissal")) == 0);
    CHECK(file.text(AssignmentsOf002) == QStringLiteral("Главный специалист 2021-03-01.. 001"));
    CHECK(file.shownName("002") == QStringLiteral("Ахметов Серик / Главный специалист"));
    CHECK(file.audited() == audited + 2);
    CHECK(file.lastAudit().action == QStringLiteral("delete"));
}

TEST_CASE("the end of a secondment from the Staff page, and undo reopens it", "[staff][staffedit]")
{
    EditFile file;
    file.select("003");
    const int audited = file.audited();
    file.inDialog<EndOfServiceDialog>("endAssignment", [](EndOfServiceDialog &dialog) {
        CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("reason"))->isHidden());
        dialog.setDay(QDate(2019, 12, 31));
        dialog.accept();
        CHECK(dialog.problemAt(QStringLiteral("last_day"))
            == QStringLiteral(
                "the last day comes before the first day in the position (2020-01-09)"));
        dialog.setDay(QDate(2024, 7, 12));
        dialog.accept();
        CHECK_FALSE(dialog.isVisible());
    });
    const auto lastDay = QStringLiteral("SELECT coalesce(last_day, 'open') FROM assignment WHERE "
                                        "servant_id = (SELECT id FROM servant WHERE "
                                        "personnel_no = '003')");
    CHECK(file.text(lastDay) == QStringLiteral("2024-07-12"));
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM dismissal")) == 0);
    CHECK(file.audited() == audited + 1);
    file.stack.undo();
    CHECK(file.text(lastDay) == QStringLiteral("open"));
    CHECK(file.audited() == audited + 2);
}

TEST_CASE(
    "a servant and an absence added on the Staff page are taken back by undo", "[staff][staffedit]")
{
    EditFile file;
    InputErrors errors;
    REQUIRE(
        file.page.addServant(test::sampleServant("005", "Сейтжанова Мадина",
                                 PositionCategory::CorpsB, "Специалист", QDate(2024, 7, 1), "001"),
            &errors));
    REQUIRE(file.page.addAbsence(QStringLiteral("002"),
        {AbsenceKind::AnnualLeave, {QDate(2024, 7, 8), QDate(2024, 7, 19)}}, &errors));
    CHECK(file.stack.count() == 2);
    CHECK(file.page.model()->rowCount() == 4);
    file.stack.undo();
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM absence")) == 0);
    file.stack.undo();
    CHECK(
        file.count(QStringLiteral("SELECT count(*) FROM servant WHERE personnel_no = '005'")) == 0);
    CHECK(file.page.model()->rowCount() == 3);
    CHECK(file.lastAudit().action == QStringLiteral("delete"));
}

TEST_CASE("the edit buttons need a selected servant and the right to change the staff",
    "[staff][staffedit]")
{
    EditFile file;
    const QStringList buttons = {QStringLiteral("editServant"), QStringLiteral("newPosition"),
        QStringLiteral("endAssignment"), QStringLiteral("dismiss")};
    file.page.table()->clearSelection();
    for (const QString &name : buttons)
        CHECK_FALSE(file.page.findChild<QPushButton *>(name)->isEnabled());
    file.select("002");
    for (const QString &name : buttons)
        CHECK(file.page.findChild<QPushButton *>(name)->isEnabled());

    const ServiceContext head(*file.database,
        Actor{QStringLiteral("head"), QStringLiteral("Head"), {Role::Head}, 0}, file.clock);
    file.page.setContext(&head);
    for (const QString &name : buttons)
        CHECK_FALSE(file.page.findChild<QPushButton *>(name)->isEnabled());
}

TEST_CASE("F2 and Ctrl+Shift+D open the edit and the dismissal from the list", "[staff][staffedit]")
{
    EditFile file;
    file.page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&file.page));
    file.select("003");
    file.page.table()->setFocus();
    QStringList opened;
    const auto press = [&](QKeySequence key) {
        // A closed dialog leaves the page to be activated again, as the window system would.
        file.page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&file.page));
        file.page.table()->setFocus();
        QTimer::singleShot(0, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            opened << (dialog ? dialog->objectName() : QStringLiteral("none"));
            if (dialog)
                qobject_cast<QDialog *>(dialog)->reject();
        });
        QTest::keySequence(file.page.table(), key);
        // When no dialog opened, the check below names it.
        QCoreApplication::processEvents();
    };
    press(QKeySequence(Qt::Key_F2));
    press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    CHECK(
        opened == QStringList{QStringLiteral("ServantDialog"), QStringLiteral("DismissalDialog")});
    CHECK(file.stack.count() == 0);
}

TEST_CASE("screenshots of the Staff page's edit dialogs", "[.shots]")
{
    const QString shots = qEnvironmentVariable("BAGALAU_SHOTS");
    REQUIRE_FALSE(shots.isEmpty());
    EditFile file;
    file.page.resize(1180, 560);
    file.select("002");
    file.page.show();
    REQUIRE(file.page.grab().save(shots + QStringLiteral("/staff-page.png")));
    const auto save = [&](QWidget &dialog, const char *name) {
        dialog.show();
        dialog.adjustSize();
        REQUIRE(
            dialog.grab().save(shots + QStringLiteral("/staff-%1.png").arg(QLatin1String(name))));
    };
    file.inDialog<ServantDialog>("editServant", [&](ServantDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("iin"))->setText(QStringLiteral("12345"));
        dialog.accept();
        save(dialog, "edit");
    });
    file.inDialog<NewPositionDialog>("newPosition", [&](NewPositionDialog &dialog) {
        dialog.findChild<QDateEdit *>(QStringLiteral("from"))->setDate(QDate(2020, 1, 1));
        dialog.accept();
        save(dialog, "newposition");
    });
    file.inDialog<EndOfServiceDialog>(
        "endAssignment", [&](EndOfServiceDialog &dialog) { save(dialog, "endassignment"); });
    file.inDialog<EndOfServiceDialog>("dismiss", [&](EndOfServiceDialog &dialog) {
        dialog.accept();
        save(dialog, "dismiss");
    });
}
