// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/settingspage.h"

#include "dialogs/kurbanaitdialog.h"
#include "dialogs/transferdialog.h"
#include "fixedclock.h"
#include "methodology/deadlines.h"
#include "models/deadlinemodel.h"
#include "models/specialdaymodel.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "storage/database.h"

#include "catchqt.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

using namespace bagalau;

namespace {

// A real file of the chief specialist alone, as the window opens one without accounts.
struct SettingsFile
{
    SettingsFile()
        : clock(QDate(2026, 5, 4))
    {
        Organisation organisation;
        organisation.nameRu = QStringLiteral("Аппарат Акжарского районного маслихата");
        InputErrors errors;
        database = OrganisationService::createFile(
            folder.filePath(QStringLiteral("settings.sqlite")), organisation, clock, &errors);
        if (database)
            context = std::make_unique<ServiceContext>(*database, Actor::singleUser(), clock);
    }

    // What a fresh reading of the file says, as another page would see it.
    WorkingCalendar calendarInFile() const
    {
        return ServiceContext(*database, Actor::singleUser(), clock).calendar();
    }

    QTemporaryDir folder;
    test::FixedClock clock;
    std::unique_ptr<Database> database;
    std::unique_ptr<ServiceContext> context;
};

QList<QDate> listedDates(const SpecialDayModel &model)
{
    QList<QDate> dates;
    for (int row = 0; row < model.rowCount(); ++row)
        dates << model.index(row, 0).data(SpecialDayModel::DateRole).toDate();
    return dates;
}

// Tests may run in any order and share one settings folder: each starts from the default.
void resetPolicy()
{
    QSettings().remove(QStringLiteral("deadlines/policy"));
}

const QString Q2 = QStringLiteral("2026Q2");
const QString Preliminary = QStringLiteral("kci_preliminary_due");

} // namespace

TEST_CASE("the special day model passes the model tester and describes each day")
{
    SpecialDayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == SpecialDayModel::ColumnCount);

    const WorkingCalendar calendar = WorkingCalendar::shipped();
    model.setDays(calendar.specialDays(2024), {});
    REQUIRE(model.rowCount() > 10);
    const int kurbanAit = model.rowOf(QDate(2024, 6, 16));
    REQUIRE(kurbanAit >= 0);
    CHECK(model.index(kurbanAit, SpecialDayModel::WorkingColumn).data().toString()
        == QStringLiteral("day off"));
    CHECK(model.index(kurbanAit, SpecialDayModel::ReasonColumn).data().toString()
        == describeDay(calendar.day(QDate(2024, 6, 16)), Language::English));
    CHECK_FALSE(model.index(kurbanAit, 0).data(SpecialDayModel::WorkingRole).toBool());

    // The shipped 2024 transfer: Wed 08.05 off for Sat 04.05; both rows name the day off.
    const int worked = model.rowOf(QDate(2024, 5, 4));
    REQUIRE(worked >= 0);
    CHECK(model.index(worked, 0).data(SpecialDayModel::WorkingRole).toBool());
    CHECK(model.transferDayOff(model.index(worked, 0)) == QDate(2024, 5, 8));
    CHECK_FALSE(model.isRemovable(model.index(worked, 0)));
    model.setDays(calendar.specialDays(2024), {QDate(2024, 5, 8)});
    CHECK(model.index(worked, 0).data(SpecialDayModel::RemovableRole).toBool());
    CHECK(model.transferDayOff(model.index(kurbanAit, 0)) == QDate());
    CHECK(model.day(QModelIndex()).date == QDate());
    CHECK(model.headerData(SpecialDayModel::ReasonColumn, Qt::Horizontal).toString()
        == QStringLiteral("Why"));
    model.retranslate();
    model.setDays({}, {});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the deadline model passes the model tester and marks the dates that moved")
{
    DeadlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    WorkingCalendar calendar = WorkingCalendar::shipped();
    model.setDeadlines(Deadlines(calendar, DeadlinePolicy::Legal), 2026, false);
    // Seven duties per quarter, then the 360 survey and the annual score.
    REQUIRE(model.rowCount() == 4 * 7 + 2);
    CHECK(model.date(Q2, QStringLiteral("evaluation_due")) == QDate(2026, 7, 10));
    CHECK(
        model.date(QStringLiteral("2026"), QStringLiteral("survey360_due")) == QDate(2027, 1, 11));
    CHECK(model.movedCount() == 0);
    const int row = model.rowOf(Q2, Preliminary);
    CHECK(model.index(row, DeadlineModel::DutyColumn).data().toString()
        == QStringLiteral("KCI preliminary values due"));
    CHECK(model.index(row, DeadlineModel::PeriodColumn).data().toString() == QStringLiteral("Q2"));

    calendar.addTransfer({QDate(2026, 7, 8), QDate(2026, 7, 11), QString()});
    model.setDeadlines(Deadlines(calendar, DeadlinePolicy::Legal), 2026, true);
    CHECK(model.isMoved(Q2, Preliminary));
    CHECK(model.index(row, 0).data(DeadlineModel::PreviousDateRole).toDate() == QDate(2026, 7, 2));
    CHECK(model.index(row, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK(model.index(row, DeadlineModel::NoteColumn)
              .data()
              .toString()
              .contains(QStringLiteral("was")));
    // Another year is not a change: nothing is marked.
    model.setDeadlines(Deadlines(calendar, DeadlinePolicy::Legal), 2025, true);
    CHECK(model.movedCount() == 0);
    CHECK(DeadlineModel::dutyLabel(QStringLiteral("unknown_key")) == QStringLiteral("unknown_key"));
}

TEST_CASE("the settings page lists a year's special days and warns of an unconfirmed year")
{
    resetPolicy();
    SettingsFile file;
    REQUIRE(file.context);
    SettingsPage page;
    page.setContext(file.context.get());
    CHECK(page.year() == 2026);

    page.setYear(2024);
    const QList<QDate> dates = listedDates(*page.specialDayModel());
    CHECK(dates.contains(QDate(2024, 6, 16)));
    // The early calendar's 17 June stayed a working day (RULES.md §1.4).
    CHECK_FALSE(dates.contains(QDate(2024, 6, 17)));
    CHECK(page.unconfirmedWarning().isEmpty());

    page.setYear(2027);
    CHECK(page.unconfirmedWarning().contains(QStringLiteral("2027")));
    CHECK(page.findChild<QLabel *>(QStringLiteral("unconfirmedWarning"))->isVisibleTo(&page));

    InputErrors errors;
    REQUIRE(page.setKurbanAit(QDate(2027, 5, 17), &errors));
    CHECK(errors.isEmpty());
    CHECK(page.unconfirmedWarning().isEmpty());
    CHECK(listedDates(*page.specialDayModel()).contains(QDate(2027, 5, 17)));
    CHECK(file.calendarInFile().kurbanAit(2027) == QDate(2027, 5, 17));

    // Forgetting it makes the year unconfirmed again.
    REQUIRE(page.setKurbanAit(QDate(), &errors));
    CHECK_FALSE(page.unconfirmedWarning().isEmpty());
    CHECK_FALSE(file.calendarInFile().isYearConfirmed(2027));
}

TEST_CASE("a transfer added in Settings moves a deadline and is kept in the file")
{
    resetPolicy();
    SettingsFile file;
    REQUIRE(file.context);
    SettingsPage page;
    page.setContext(file.context.get());
    QSignalSpy changed(&page, &SettingsPage::calendarChanged);
    page.setYear(2026);
    DeadlineModel *deadlines = page.deadlineModel();
    QAbstractItemModelTester tester(
        deadlines, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(deadlines->date(Q2, QStringLiteral("evaluation_due")) == QDate(2026, 7, 10));
    // The 5th working day before Fri 10 July: 9, 8, 7, (6 July is Capital Day), 3, 2.
    CHECK(deadlines->date(Q2, Preliminary) == QDate(2026, 7, 2));

    // Wed 8 July off for Sat 4 July: both days fall inside the five counted back from 10 July,
    // so they cancel out and the date stays; the table is counted again all the same.
    InputErrors errors;
    REQUIRE(page.addTransfer(
        {QDate(2026, 7, 8), QDate(2026, 7, 4), QStringLiteral("order No. 1")}, &errors));
    CHECK(changed.count() == 1);
    CHECK(deadlines->date(Q2, Preliminary) == QDate(2026, 7, 2));
    CHECK_FALSE(deadlines->isMoved(Q2, Preliminary));
    CHECK(file.calendarInFile().transfers(2026).contains(
        Transfer{QDate(2026, 7, 8), QDate(2026, 7, 4), QStringLiteral("order No. 1")}));
    CHECK(page.calendar().day(QDate(2026, 7, 8)).kind == DayKind::TransferredDayOff);

    // The same day off worked on Sat 11 July instead, after the due date: now only the day off
    // is in the count, and the date moves back to 1 July.
    REQUIRE(page.addTransfer(
        {QDate(2026, 7, 8), QDate(2026, 7, 11), QStringLiteral("order No. 2")}, &errors));
    CHECK(deadlines->date(Q2, Preliminary) == QDate(2026, 7, 1));
    CHECK(deadlines->isMoved(Q2, Preliminary));
    const int row = deadlines->rowOf(Q2, Preliminary);
    CHECK(
        deadlines->index(row, DeadlineModel::DateColumn).data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(deadlines->isMoved(Q2, QStringLiteral("evaluation_due")));
    CHECK(file.calendarInFile().transfers(2026)
        == QList<Transfer>{{QDate(2026, 7, 8), QDate(2026, 7, 11), QStringLiteral("order No. 2")}});

    // The entered transfer can be removed from either of its rows; the button follows the row.
    auto *days = page.findChild<QTableView *>(QStringLiteral("specialDays"));
    auto *remove = page.findChild<QPushButton *>(QStringLiteral("removeTransfer"));
    CHECK_FALSE(remove->isEnabled());
    days->selectRow(page.specialDayModel()->rowOf(QDate(2026, 7, 11)));
    CHECK(remove->isEnabled());
    REQUIRE(page.removeTransfer(QDate(2026, 7, 8), &errors));
    CHECK(file.calendarInFile().transfers(2026).isEmpty());
    CHECK(deadlines->date(Q2, Preliminary) == QDate(2026, 7, 2));
    CHECK(deadlines->isMoved(Q2, Preliminary));
    CHECK(errors.isEmpty());
}

TEST_CASE("a transfer with a weekend day off is refused at the field and writes nothing")
{
    resetPolicy();
    SettingsFile file;
    REQUIRE(file.context);
    SettingsPage page;
    page.setContext(file.context.get());
    page.setYear(2026);
    const Transfer weekend{QDate(2026, 7, 4), QDate(2026, 7, 11), QString()};
    const QString message = transferError(weekend);
    REQUIRE_FALSE(message.isEmpty());

    // The dialog says why under the dates and keeps OK disabled.
    TransferDialog dialog(2026);
    dialog.setTransfer(weekend);
    CHECK(dialog.problem() == message);
    CHECK_FALSE(dialog.okButton()->isEnabled());
    dialog.setTransfer({QDate(2026, 7, 8), QDate(2026, 7, 4), QString()});
    CHECK(dialog.problem().isEmpty());
    CHECK(dialog.okButton()->isEnabled());

    // The service refuses it too, with the same words, when it comes another way.
    InputErrors errors;
    CHECK_FALSE(page.addTransfer(weekend, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message == message);
    CHECK(file.calendarInFile().transfers(2026).isEmpty());
    CHECK(page.deadlineModel()->movedCount() == 0);
}

TEST_CASE("the deadline policy is kept in the settings and moves a fixed date")
{
    resetPolicy();
    SettingsFile file;
    REQUIRE(file.context);
    SettingsPage page;
    page.setContext(file.context.get());
    page.setYear(2026);
    const QString q3 = QStringLiteral("2026Q3");
    const QString due = QStringLiteral("evaluation_due");
    CHECK(page.policy() == DeadlinePolicy::Legal);
    CHECK(page.findChild<QRadioButton *>(QStringLiteral("policyLegal"))->isChecked());
    // Saturday 10 October 2026: the next working day by law, the previous one when cautious.
    CHECK(page.deadlineModel()->date(q3, due) == QDate(2026, 10, 12));

    page.findChild<QRadioButton *>(QStringLiteral("policyCautious"))->click();
    CHECK(page.policy() == DeadlinePolicy::Cautious);
    CHECK(QSettings().value(QStringLiteral("deadlines/policy")).toString()
        == QStringLiteral("cautious"));
    CHECK(page.deadlineModel()->date(q3, due) == QDate(2026, 10, 9));
    CHECK(page.deadlineModel()->isMoved(q3, due));
    CHECK(SettingsPage::savedPolicy() == DeadlinePolicy::Cautious);

    // A new page starts from the saved policy.
    SettingsPage again;
    again.setContext(file.context.get());
    again.setYear(2026);
    CHECK(again.deadlineModel()->date(q3, due) == QDate(2026, 10, 9));
    again.setPolicy(DeadlinePolicy::Legal);
    CHECK(again.deadlineModel()->date(q3, due) == QDate(2026, 10, 12));
    resetPolicy();
}

TEST_CASE("without a file the settings page shows the shipped calendar and offers no edits")
{
    resetPolicy();
    SettingsPage page;
    page.setContext(nullptr);
    page.setYear(2024);
    CHECK(listedDates(*page.specialDayModel()).contains(QDate(2024, 6, 16)));
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("kurbanAit"))->isEnabled());
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("addTransfer"))->isEnabled());
    InputErrors errors;
    CHECK_FALSE(page.addTransfer({QDate(2024, 7, 8), QDate(2024, 7, 6), QString()}, &errors));
}

TEST_CASE("the language combo shows the current language and asks for another")
{
    // What the window sets when it switches to English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    SettingsPage page;
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("language"));
    REQUIRE(combo);
    CHECK(combo->count() == 3);
    CHECK(combo->currentData().toInt() == int(Language::English));
    QSignalSpy requested(&page, &SettingsPage::languageRequested);
    const int kazakh = combo->findData(int(Language::Kazakh));
    combo->setCurrentIndex(kazakh);
    Q_EMIT combo->activated(kazakh);
    REQUIRE(requested.count() == 1);
    CHECK(requested.first().first().value<Language>() == Language::Kazakh);
}

TEST_CASE("the Kurban Ait dialog keeps the date inside its year and can forget it")
{
    KurbanAitDialog dialog(2027, QDate());
    CHECK(dialog.dateEdit()->minimumDate() == QDate(2027, 1, 1));
    CHECK(dialog.dateEdit()->maximumDate() == QDate(2027, 12, 31));
    dialog.dateEdit()->setDate(QDate(2027, 5, 17));
    CHECK(dialog.date() == QDate(2027, 5, 17));
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("forgetKurbanAit"))->isEnabled());

    KurbanAitDialog known(2026, QDate(2026, 5, 27));
    CHECK(known.date() == QDate(2026, 5, 27));
    known.forget();
    CHECK(known.result() == QDialog::Accepted);
    CHECK_FALSE(known.date().isValid());
}
