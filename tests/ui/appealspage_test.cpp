// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/appealspage.h"

#include "dialogs/applicationdialog.h"
#include "dialogs/protocoldialog.h"
#include "dialogs/sessiondecisiondialog.h"
#include "evaluation/resultsservice.h"
#include "evaluation/scoresheetservice.h"
#include "fixedclock.h"
#include "models/appealmodel.h"
#include "models/votemodel.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/database.h"

#include "samplestaff.h"
#include "uitest.h"

#include "catchqt.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace bagalau;
using bagalau::test::button;
using bagalau::test::RussianLocale;
using bagalau::test::withDialog;

namespace {

// Dates and scores as a Russian desktop writes them: 23.07.2024, 3,25.
// A file where 002's sheets for 2024 Q1 (4.00) and Q2 (3.25) are signed, and 002 was
// acquainted with the Q2 sheet on Friday 12 July 2024.
struct AppealFile : test::PageFile
{
    RussianLocale locale;
    qint64 sheetQ2 = 0;

    AppealFile()
        : test::PageFile(QDate(2024, 7, 18), QStringLiteral("appealspage"))
    {
        InputErrors errors;
        REQUIRE(StaffService(*context).add(
            {test::sampleServant(
                 "001", "Жусупова Айгуль", PositionCategory::Head, nullptr, QDate(2019, 3, 1), ""),
                test::sampleServant("002", "Ахметов Серик", PositionCategory::CorpsB, nullptr,
                    QDate(2020, 6, 15), "001"),
                test::sampleServant("003", "Ким Елена", PositionCategory::CorpsB, nullptr,
                    QDate(2020, 1, 10), "001"),
                test::sampleServant("004", "Омаров Данияр", PositionCategory::CorpsB, nullptr,
                    QDate(2021, 9, 1), "001")},
            &errors));
        const auto ranking = [](int line, const char *quarter, const char *last) {
            return MarkRow{line, QStringLiteral("002"), QString::fromLatin1(quarter),
                QStringLiteral("ranking"), QStringLiteral("4"),
                QString::fromLatin1(line == 2 ? "4" : "3"),
                QString::fromLatin1(line == 2 ? "4" : "3"), QString::fromLatin1(last), {}, {}, {},
                {}};
        };
        // Q1: 4 4 4 4 → 4.00; Q2: 4 3 3 3 → 3.25.
        REQUIRE(ScoreSheetService(*context).import(
                    {ranking(2, "2024Q1", "4"), ranking(3, "2024Q2", "3")}, &errors)
            == 2);
        sheetQ2 = number("SELECT id FROM score_sheet WHERE quarter = '2024Q2'");
        QSqlQuery query(database->connection());
        REQUIRE(query.exec(QStringLiteral("INSERT INTO acquaintance (sheet_id, day, method) "
                                          "VALUES (%1, '2024-07-12', 'in_person')")
                               .arg(sheetQ2)));
    }
    qint64 number(const QString &sql)
    {
        QSqlQuery query(database->connection());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
    qint64 number(const char *sql) { return number(QString::fromUtf8(sql)); }
    qint64 servantId(const char *personnelNo)
    {
        return number(QStringLiteral("SELECT id FROM servant WHERE personnel_no = '%1'")
                          .arg(QString::fromLatin1(personnelNo)));
    }
    std::optional<Score> quarterScore()
    {
        const auto rows = ResultsService(*context).quarter(Quarter(2024, 2));
        for (const QuarterResultRow &row : rows) {
            if (row.personnelNo == QStringLiteral("002"))
                return row.score;
        }
        return std::nullopt;
    }
    std::optional<Score> annualScore()
    {
        const auto rows = ResultsService(*context).year(2024);
        for (const YearResultRow &row : rows) {
            if (row.personnelNo == QStringLiteral("002"))
                return row.annualScore;
        }
        return std::nullopt;
    }
};

void shot(QWidget *widget, const char *name)
{
    test::keepShot(widget, QStringLiteral("appeals-%1.png").arg(QString::fromLatin1(name)));
}

} // namespace

TEST_CASE("the appeal and vote models pass the model tester", "[appeals]")
{
    RussianLocale locale;
    AppealModel appeals;
    QAbstractItemModelTester appealTester(
        &appeals, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AppealRecord record;
    record.id = 7;
    record.fullName = QStringLiteral("Ахметов Серик");
    record.quarter = QStringLiteral("2024Q2");
    record.appliedOn = QDate(2024, 7, 18);
    record.status = QStringLiteral("registered");
    record.decisionDue = QDate(2024, 7, 23);
    record.sessionDue = QDate(2024, 8, 1);
    record.sheetScore = Score::fromHundredths(325);
    appeals.setAppeals({record});
    CHECK(appeals.rowCount() == 1);
    CHECK(appeals.appealId(appeals.index(0, AppealModel::StatusColumn)) == 7);
    CHECK(appeals.index(0, AppealModel::DecisionDueColumn).data().toString()
        == QStringLiteral("23.07.2024"));
    CHECK(appeals.index(0, AppealModel::StatusColumn).data().toString()
        == QStringLiteral("awaits the decision"));

    VoteModel votes;
    QAbstractItemModelTester voteTester(
        &votes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SessionProposal proposal;
    proposal.id = 3;
    proposal.score = Score::fromHundredths(400);
    proposal.votes.insert(11, Vote::For);
    votes.setSession(
        {{11, 1, QStringLiteral("Жусупова"), true}, {12, 3, QStringLiteral("Ким"), false}},
        {proposal}, true);
    CHECK(votes.columnCount() == 5);
    CHECK(votes.memberId(VoteModel::FirstMemberColumn + 1) == 12);
    CHECK(votes.index(0, VoteModel::FirstMemberColumn).data(VoteModel::VoteKeyRole)
        == QStringLiteral("for"));
    CHECK(votes.flags(votes.index(0, VoteModel::FirstMemberColumn)) & Qt::ItemIsEditable);
    CHECK_FALSE(votes.flags(votes.index(0, VoteModel::ScoreColumn)) & Qt::ItemIsEditable);
}

TEST_CASE(
    "§12 §38–41 an appeal from application to signed protocol through the widgets", "[appeals]")
{
    AppealFile file;
    QUndoStack stack;
    AppealsPage page;
    page.setUndoStack(&stack);
    page.resize(1100, 760);
    page.setContext(file.context.get());
    page.show();
    CHECK(page.model()->rowCount() == 0);

    // §12: a late day shows the due date at the field; the day it came is on time.
    withDialog<ApplicationDialog>([&] { button(page, "registerApplication")->click(); },
        [&](ApplicationDialog *dialog) {
            dialog->setSheet(file.sheetQ2);
            dialog->setAppliedOn(QDate(2024, 7, 22));
            CHECK(dialog->lateWarning().contains(QStringLiteral("19.07.2024")));
            dialog->setText(QStringLiteral("Не согласен с оценкой за 2 квартал"));
            shot(dialog, "application-late");
            dialog->setAppliedOn(QDate(2024, 7, 18));
            CHECK(dialog->lateWarning().isEmpty());
            dialog->setText(QStringLiteral("Не согласен с оценкой за 2 квартал"));
            dialog->accept();
            CHECK(dialog->result() == QDialog::Accepted);
        });
    REQUIRE(page.model()->rowCount() == 1);
    const qint64 appealId = page.selectedAppealId();
    CHECK(page.model()->index(0, AppealModel::DecisionDueColumn).data().toString()
        == QStringLiteral("23.07.2024"));
    CHECK(page.model()->index(0, AppealModel::SessionDueColumn).data().toString()
        == QStringLiteral("01.08.2024"));
    CHECK(stack.count() == 1);

    // §38: the decision and the members, the evaluator among them.
    withDialog<SessionDecisionDialog>([&] { button(page, "decide")->click(); },
        [&](SessionDecisionDialog *dialog) {
            dialog->setOrderReference(QStringLiteral("Распоряжение № 15"));
            dialog->setDecidedOn(QDate(2024, 7, 18));
            dialog->setMembers(
                {file.servantId("001"), file.servantId("003")}, file.servantId("001"));
            dialog->accept();
            // Two members cannot make a majority worth the name: refused at the field.
            CHECK(dialog->problem(QStringLiteral("members")).contains(QStringLiteral("three")));
            dialog->setMembers(
                {file.servantId("001"), file.servantId("003"), file.servantId("004")},
                file.servantId("001"));
            shot(dialog, "decision");
            dialog->accept();
            CHECK(dialog->result() == QDialog::Accepted);
        });
    CHECK(file.number("SELECT count(*) FROM session_member") == 3);
    CHECK(file.number("SELECT status = 'session_ordered' FROM appeal") == 1);

    // §40: the hearing.
    page.findChild<QDateEdit *>(QStringLiteral("heldOn"))->setDate(QDate(2024, 7, 18));
    page.findChild<QLineEdit *>(QStringLiteral("place"))->setText(QStringLiteral("каб. 12"));
    page.findChild<QPlainTextEdit *>(QStringLiteral("evaluatorArgument"))
        ->setPlainText(QStringLiteral("Сроки отчётов нарушены дважды"));
    page.findChild<QPlainTextEdit *>(QStringLiteral("servantPosition"))
        ->setPlainText(QStringLiteral("Отчёты сданы вовремя, есть письма"));
    button(page, "saveHearing")->click();
    CHECK(file.number("SELECT held_on = '2024-07-18' FROM calibration_session") == 1);

    // §41: a proposal; undo takes it back, redo brings it again.
    page.findChild<QLineEdit *>(QStringLiteral("proposalScore"))->setText(QStringLiteral("4"));
    page.findChild<QLineEdit *>(QStringLiteral("proposalArgument"))
        ->setText(QStringLiteral("нарушений сроков не было"));
    button(page, "addProposal")->click();
    REQUIRE(page.voteModel()->rowCount() == 1);
    stack.undo();
    CHECK(page.voteModel()->rowCount() == 0);
    stack.redo();
    REQUIRE(page.voteModel()->rowCount() == 1);
    CHECK(page.outcomeText().contains(QStringLiteral("stays 3,25")));

    // Each member's vote, through the grid; the outcome follows the votes.
    const QList<const char *> ballots = {"against", "for", "for"};
    for (int i = 0; i < ballots.size(); ++i) {
        QAbstractItemModel *grid = page.voteTable()->model();
        REQUIRE(grid->setData(
            grid->index(0, VoteModel::FirstMemberColumn + i), QString::fromLatin1(ballots.at(i))));
        QCoreApplication::processEvents();
    }
    CHECK(file.number("SELECT count(*) FROM session_vote") == 3);
    CHECK(page.outcomeText().contains(QStringLiteral("becomes 4,00")));
    CHECK(page.voteModel()->index(0, page.voteModel()->outcomeColumn()).data().toString()
        == QStringLiteral("adopted: 2 for of 3"));
    shot(&page, "session");

    // §41: the protocol; not undoable.
    withDialog<ProtocolDialog>([&] { button(page, "signProtocol")->click(); },
        [&](ProtocolDialog *dialog) {
            dialog->setNumber(QStringLiteral("3"));
            dialog->setSignedOn(QDate(2024, 7, 18));
            shot(dialog, "protocol");
            dialog->accept();
            CHECK(dialog->result() == QDialog::Accepted);
        });
    CHECK(stack.count() == 0);
    CHECK(file.number("SELECT status = 'closed' FROM appeal") == 1);
    CHECK(file.number("SELECT final_score FROM calibration_session") == 400);
    CHECK(file.number("SELECT score_before FROM calibration_session") == 325);
    CHECK(file.number("SELECT count(*) FROM session_vote WHERE vote = 'for'") == 2);
    // Decision 6: the calibrated score replaces the quarter's, and the annual score follows.
    CHECK(file.quarterScore() == Score::fromHundredths(400));
    CHECK(file.annualScore() == Score::fromHundredths(400));
    page.selectAppeal(appealId);
    CHECK(page.model()->index(0, AppealModel::ScoreColumn).data().toString()
        == QStringLiteral("3,25 → 4,00"));
    CHECK_FALSE(button(page, "signProtocol")->isEnabled());
    CHECK(button(page, "feedbackMeeting")->isEnabled());
    shot(&page, "signed");

    // §42: the feedback meeting covers its three topics; a missing one is shown at its field.
    withDialog<FeedbackDialog>([&] { button(page, "feedbackMeeting")->click(); },
        [&](FeedbackDialog *dialog) {
            dialog->setMeeting({QDate(2024, 7, 18), QStringLiteral("Отчёты сданы в срок"),
                QStringLiteral("Навыки анализа"), QString()});
            dialog->accept();
            CHECK(dialog->problem(QStringLiteral("potential")).contains(QStringLiteral("§42")));
            dialog->setMeeting({QDate(2024, 7, 18), QStringLiteral("Отчёты сданы в срок"),
                QStringLiteral("Навыки анализа"), QStringLiteral("Готов к повышению")});
            shot(dialog, "feedback");
            dialog->accept();
            CHECK(dialog->result() == QDialog::Accepted);
        });
    CHECK(file.number("SELECT feedback_potential = 'Готов к повышению' FROM calibration_session")
        == 1);
}

TEST_CASE(
    "§12 a late application is kept as refused and the page says when it was due", "[appeals]")
{
    AppealFile file;
    file.clock.set(QDateTime(QDate(2024, 7, 23), QTime(9, 0)));
    QUndoStack stack;
    AppealsPage page;
    page.setUndoStack(&stack);
    page.setContext(file.context.get());
    withDialog<ApplicationDialog>([&] { button(page, "registerApplication")->click(); },
        [&](ApplicationDialog *dialog) {
            dialog->setSheet(file.sheetQ2);
            dialog->setAppliedOn(QDate(2024, 7, 23));
            dialog->setText(QStringLiteral("Не согласен"));
            dialog->accept();
        });
    CHECK(page.message().contains(QStringLiteral("due on 19.07.2024")));
    page.resize(1100, 700);
    shot(&page, "refused");
    CHECK(file.number("SELECT count(*) FROM appeal WHERE status = 'refused_late'") == 1);
    CHECK(page.model()->index(0, AppealModel::StatusColumn).data().toString()
        == QStringLiteral("refused: late"));
    CHECK_FALSE(button(page, "decide")->isEnabled());
}

TEST_CASE("§20 a calibration participant sees the case of their session and cannot change it; "
          "another servant sees nothing",
    "[appeals]")
{
    AppealFile file;
    InputErrors errors;
    const auto registered = AppealService(*file.context)
                                .registerApplication(file.sheetQ2, QDate(2024, 7, 18),
                                    QStringLiteral("Не согласен"), &errors);
    REQUIRE(registered);
    REQUIRE(AppealService(*file.context)
                .decide(registered->appealId,
                    {true, QDate(2024, 7, 18), QStringLiteral("№ 15"),
                        {{0, file.servantId("001"), QStringLiteral("Жусупова Айгуль"), true},
                            {0, file.servantId("003"), QStringLiteral("Ким Елена"), false},
                            {0, file.servantId("004"), QStringLiteral("Омаров Данияр"), false}}},
                    &errors));
    const ServiceContext member(*file.database,
        Actor{QStringLiteral("kim"), {}, {Role::Servant}, file.servantId("003")}, file.clock);
    AppealsPage page;
    page.setContext(&member);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.voteModel()->columnCount() == VoteModel::FirstMemberColumn + 3 + 1);
    for (const char *name : {"registerApplication", "decide", "signProtocol", "feedbackMeeting"})
        CHECK_FALSE(button(page, name)->isEnabled());

    const ServiceContext outsider(
        *file.database, Actor{QStringLiteral("chair"), {}, {Role::Chairman}, 0}, file.clock);
    page.setContext(&outsider);
    CHECK(page.model()->rowCount() == 0);
}
