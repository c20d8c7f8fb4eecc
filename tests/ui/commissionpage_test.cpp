// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/commissionpage.h"

#include "dialogs/commissiondialogs.h"
#include "fixedclock.h"
#include "models/commissioncasemodel.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/database.h"

#include "samplestaff.h"
#include "uitest.h"

#include "catchqt.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

using namespace bagalau;
using bagalau::test::button;
using bagalau::test::RussianLocale;
using bagalau::test::withDialog;

namespace {

// 002 was on social leave in 2022; the chief specialist works on 1 February 2023.
struct Chapter6File : test::PageFile
{
    RussianLocale locale;

    Chapter6File()
        : test::PageFile(QDate(2023, 2, 1), QStringLiteral("commissionpage"))
    {
        InputErrors errors;
        REQUIRE(StaffService(*context).add(
            {test::sampleServant(
                 "001", "Жусупова Айгуль", PositionCategory::Head, nullptr, QDate(2019, 3, 1), ""),
                test::sampleServant("002", "Ахметов Серик", PositionCategory::CorpsB, nullptr,
                    QDate(2020, 6, 15), "001")},
            &errors));
        REQUIRE(StaffService(*context).addAbsence(QStringLiteral("002"),
            {AbsenceKind::SocialLeave, {QDate(2022, 3, 1), QDate(2022, 8, 31)}}, &errors));
    }
    qint64 number(const char *sql)
    {
        QSqlQuery query(database->connection());
        REQUIRE(query.exec(QString::fromUtf8(sql)));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
};

void shot(QWidget *widget, const char *name)
{
    test::keepShot(widget, QStringLiteral("commission-%1.png").arg(QString::fromLatin1(name)));
}

} // namespace

TEST_CASE("§43–63 a chapter-6 case from plan to the Commission's decision through the widgets",
    "[commission]")
{
    Chapter6File file;
    CommissionPage page;
    page.resize(1100, 720);
    page.setContext(file.context.get());
    page.show();
    QAbstractItemModelTester cases(
        page.caseModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester seats(
        page.seatModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    withDialog<CommissionFormDialog>([&] { button(page, "formCommission")->click(); },
        [&](CommissionFormDialog *dialog) {
            dialog->fill(QDate(2023, 1, 10), QStringLiteral("Распоряжение № 3"),
                QStringLiteral("Председатель П."),
                {QStringLiteral("Член Один"), QStringLiteral("Член Два"),
                    QStringLiteral("Член Три")},
                QString());
            dialog->accept();
            CHECK(dialog->problem(QStringLiteral("members")).contains(QStringLiteral("§59")));
            dialog->fill(QDate(2023, 1, 10), QStringLiteral("Распоряжение № 3"),
                QStringLiteral("Председатель П."),
                {QStringLiteral("Член Один"), QStringLiteral("Член Два"),
                    QStringLiteral("Член Три")},
                QStringLiteral("Секретарь С."));
            shot(dialog, "form");
            dialog->accept();
        });
    CHECK(page.seatModel()->rowCount() == 5);

    const auto kci = [](const char *title, const char *plan) {
        return Kci{QString::fromUtf8(title), QStringLiteral("шт."),
            *Decimal::parse(QString::fromLatin1(plan)), Decimal(), KciDirection::MoreIsBetter};
    };
    withDialog<Chapter6PlanDialog>([&] { button(page, "newPlan")->click(); },
        [&](Chapter6PlanDialog *dialog) {
            dialog->fill(QStringLiteral("002"), {QDate(2022, 1, 1), QDate(2022, 12, 31)},
                QDate(2023, 1, 16),
                {kci("Подготовка проектов решений", "10"), kci("Ответы на обращения", "20"),
                    kci("Протоколы сессий", "6"), kci("Публикации", "12"), kci("Обучение", "1")});
            shot(dialog, "plan");
            // The manager's sheet follows the plan.
            QTimer::singleShot(0, [&] {
                auto *sheet = qobject_cast<ManagerSheetDialog *>(QApplication::activeModalWidget());
                REQUIRE(sheet != nullptr);
                sheet->fill({QStringLiteral("10"), QStringLiteral("20"), QStringLiteral("6"),
                                QStringLiteral("12"), QStringLiteral("0")},
                    QDate(2023, 1, 20));
                shot(sheet, "sheet");
                sheet->accept();
            });
            dialog->accept();
        });
    REQUIRE(page.caseModel()->rowCount() == 1);
    CHECK(page.caseModel()->index(0, CommissionCaseModel::AchievedColumn).data().toString()
        == QStringLiteral("4 of 5: ") + bandLabel(Band::Proper));

    page.caseTable()->selectRow(0);
    button(page, "superiorAgrees")->click();
    CHECK(page.message().contains(QStringLiteral("03.02.2023")));

    withDialog<MeetingDialog>([&] { button(page, "holdMeeting")->click(); },
        [&](MeetingDialog *dialog) {
            QList<qint64> present;
            for (const CommissionSeat &seat : page.seatModel()->seats()) {
                if (seat.role != CommissionRole::Secretary)
                    present << seat.id;
            }
            dialog->fill(QDate(2023, 2, 1), QStringLiteral("1"), present, {page.selectedCaseId()});
            dialog->accept();
        });
    CHECK(file.number("SELECT count(*) FROM commission_attendance") == 4);

    withDialog<CaseVoteDialog>([&] { button(page, "vote")->click(); },
        [&](CaseVoteDialog *dialog) {
            const auto list = page.seatModel()->seats();
            // Two for (the chair among them) and two against: the chair decides (§58).
            dialog->fill(false, Band::Effective, QStringLiteral("Учесть участие в проекте"),
                {{list.at(0).id, Vote::For}, {list.at(1).id, Vote::For},
                    {list.at(2).id, Vote::Against}, {list.at(3).id, Vote::Against}});
            shot(dialog, "vote");
            dialog->accept();
        });
    CHECK(page.message().contains(QStringLiteral("chair's vote")));
    CHECK(file.number("SELECT corrected_band = 'effective' FROM commission_case") == 1);
    CHECK(page.caseModel()->index(0, CommissionCaseModel::ComplaintDueColumn).data().toString()
        == QStringLiteral("15.02.2023"));
    shot(&page, "page");
}
