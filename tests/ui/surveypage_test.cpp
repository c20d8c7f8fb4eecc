// SPDX-License-Identifier: GPL-3.0-or-later
// §33–36: a 360 campaign driven through the survey page, from the circles to the report.
#include "views/surveypage.h"

#include "charts/competencyradarchart.h"
#include "dialogs/cataloguedialog.h"
#include "dialogs/questionnairedialog.h"
#include "dialogs/slipsdialog.h"
#include "fixedclock.h"
#include "models/surveyrespondentmodel.h"
#include "models/surveyresultmodel.h"
#include "models/surveysubjectmodel.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "storage/database.h"

#include "samplestaff.h"
#include "uitest.h"

#include "catchqt.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

using namespace bagalau;
using bagalau::test::button;

namespace {

// The head 001 and five servants under them, on 20 December 2024.
struct SurveyFile : test::PageFile
{
    SurveyFile()
        : test::PageFile(QDate(2024, 12, 20), QStringLiteral("surveypage"))
    {
        InputErrors errors;
        QList<NewServant> staff{test::sampleServant("001", "Жусупова Айгуль",
            PositionCategory::Head, "Руководитель аппарата", QDate(2019, 3, 1), "")};
        const char *names[] = {
            "Ахметов Серик", "Ким Елена", "Омаров Данияр", "Сапарова Асель", "Нурланов Ерлан"};
        for (int i = 0; i < 5; ++i) {
            const QByteArray number = QByteArray("00") + QByteArray::number(i + 2);
            staff << test::sampleServant(number.constData(), names[i], PositionCategory::CorpsB,
                "Главный специалист", QDate(2021, 3, 1), "001");
        }
        REQUIRE(StaffService(*context).add(staff, &errors));
    }

    int count(const QString &sql) const
    {
        QSqlQuery query(database->connection());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
    qint64 servantId(const char *number) const
    {
        return count(QStringLiteral("SELECT id FROM servant WHERE personnel_no = '%1'")
                         .arg(QLatin1String(number)));
    }
};

// Fills every competency of the dialog's form, the first with `first`, the rest with `value`.
void fill(QuestionnaireDialog &dialog, CompetencySet form, int value, int first)
{
    const auto competencies = SurveyService::catalogue().competencies(form);
    // Every third after the first one less, so that the report has a shape.
    for (qsizetype i = 0; i < competencies.size(); ++i) {
        const int answer = i == 0 ? first : i % 3 == 1 ? std::max(1, value - 1) : value;
        dialog.setAnswer(competencies.at(i).key, answer);
    }
}

void shoot(QWidget *widget, const char *name)
{
    test::keepShot(widget, QStringLiteral("survey-%1.png").arg(QLatin1String(name)));
}

} // namespace

TEST_CASE(
    "§33–36 a campaign from the circles to the report through the survey page", "[ui][survey]")
{
    SurveyFile file;
    QUndoStack undo;
    SurveyPage page;
    page.setUndoStack(&undo);
    page.resize(1100, 760);
    page.setContext(file.context.get());
    page.show();
    page.setYear(2024);
    QAbstractItemModelTester subjectsTester(page.subjectModel());
    QAbstractItemModelTester respondentsTester(page.respondentModel());
    QAbstractItemModelTester resultTester(page.resultModel());
    QAbstractItemModelTester trainingTester(page.trainingModel());

    button(&page, "createCampaign")->click();
    REQUIRE(page.subjectModel()->rowCount() == 6);
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM survey_subject")) == 6);

    // Ахметов: the direct manager and four peers. Three peers removed leave two besides him.
    REQUIRE(page.selectSubject(QStringLiteral("002")));
    CHECK(page.respondentModel()->rowCount() == 6);
    auto *respondents = page.findChild<QTableView *>(QStringLiteral("respondents"));
    for (int removed = 0; removed < 3; ++removed) {
        respondents->selectRow(page.respondentModel()->rowCount() - 1);
        button(&page, "removeRespondent")->click();
    }
    CHECK(page.respondentModel()->rowCount() == 3);
    CHECK(undo.count() == 3);

    button(&page, "startCampaign")->click();
    CHECK(page.message().contains(QStringLiteral("cannot start")));
    CHECK(page.message().contains(QStringLiteral("Ахметов Серик")));
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM survey_campaign WHERE status = "
                                    "'preparing'"))
        == 1);
    shoot(&page, "refused");

    // Edit → Undo brings one peer back; three besides him are enough.
    undo.undo();
    REQUIRE(page.selectSubject(QStringLiteral("002")));
    CHECK(page.respondentModel()->rowCount() == 4);
    button(&page, "startCampaign")->click();
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM survey_campaign WHERE status = 'open'"))
        == 1);
    CHECK(undo.count() == 0); // the circles are fixed now

    InputErrors errors;
    const auto codes = page.issueCodes(&errors);
    REQUIRE(errors.isEmpty());
    QHash<QString, QString> codeOf;
    for (const SurveyCode &code : codes)
        codeOf.insert(code.personnelNo, code.code);
    {
        SlipsDialog slips(2024, codes);
        CHECK(slips.html().contains(codes.first().code));
        shoot(&slips, "slips");
    }
    REQUIRE(page.selectSubject(QStringLiteral("002")));
    const qint64 serik = page.selectedSubjectId();
    REQUIRE(serik != 0);

    // The respondents answer with their codes: Ахметов about himself, then three others.
    const struct
    {
        const char *number;
        int value;
        int first;
    } answers[] = {{"002", 5, 5}, {"001", 4, 2}, {"003", 3, 2}, {"006", 3, 2}};
    bool shotDialog = false;
    for (const auto &answer : answers) {
        const QString code = codeOf.value(QLatin1String(answer.number));
        QString error;
        const auto pending = page.questionnairesForCode(code, &error);
        const auto about = std::find_if(pending.cbegin(), pending.cend(),
            [&](const PendingQuestionnaire &q) { return q.subjectId == serik; });
        REQUIRE(about != pending.cend());
        auto dialog = page.codeQuestionnaire(code, *about);
        dialog->show();
        // Submitted with a competency left out: the dialog says where, nothing is written.
        fill(*dialog, CompetencySet::CorpsB, answer.value, answer.first);
        if (!shotDialog) {
            const int before = file.count(QStringLiteral("SELECT count(*) FROM survey_answer_set"));
            auto partial = page.codeQuestionnaire(code, *about);
            partial->setAnswer(QStringLiteral("cooperation"), 4);
            partial->accept();
            CHECK(partial->result() != QDialog::Accepted);
            CHECK_FALSE(partial->errorText(QStringLiteral("result_orientation")).isEmpty());
            CHECK(file.count(QStringLiteral("SELECT count(*) FROM survey_answer_set")) == before);
            shoot(dialog.get(), "answering");
            shotDialog = true;
        }
        dialog->accept();
        CHECK(dialog->result() == QDialog::Accepted);
    }
    // Ким's self-assessment on paper.
    REQUIRE(page.selectSubject(QStringLiteral("003")));
    auto paper = page.paperQuestionnaire(page.selectedSubjectId());
    REQUIRE(paper);
    paper->setPaperSelf(true);
    fill(*paper, CompetencySet::CorpsB, 4, 4);
    paper->accept();
    CHECK(paper->result() == QDialog::Accepted);
    shoot(&page, "subjects");

    CHECK(file.count(QStringLiteral("SELECT count(*) FROM survey_answer_set")) == 5);
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM survey_answer")) == 40);
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM survey_respondent WHERE answered = 1"))
        == 5);

    REQUIRE(page.closeCampaign(&errors));
    REQUIRE(page.showReport(QStringLiteral("002")));
    REQUIRE(page.resultModel()->rowCount() == 8);
    CHECK(page.chart()->spokeCount() == 8);
    CHECK(page.reportInfo().contains(QStringLiteral("3 respondent")));
    // The first competency: others 2, 2, 2; the self-assessment 5 beside it, not counted.
    CHECK(page.resultModel()->index(0, SurveyResultModel::OthersColumn).data().toString()
        == QLocale().toString(2.0, 'f', 2));
    CHECK(page.resultModel()->index(0, SurveyResultModel::SelfColumn).data().toString()
        == QLocale().toString(5.0, 'f', 2));
    CHECK(page.resultModel()->index(1, SurveyResultModel::OthersColumn).data().toString()
        == QLocale().toString(2.33, 'f', 2)); // (3 + 2 + 2) / 3, without the self's 4
    CHECK(page.resultModel()->index(2, SurveyResultModel::OthersColumn).data().toString()
        == QLocale().toString(3.33, 'f', 2));
    CHECK(page.resultModel()->index(1, SurveyResultModel::SelfColumn).data().toString()
        == QLocale().toString(4.0, 'f', 2));
    shoot(&page, "report");

    REQUIRE(page.showReport(QStringLiteral("003")));
    CHECK(page.resultModel()->rowCount() == 0);
    CHECK(page.chart()->spokeCount() == 0);
    CHECK(page.reportInfo().contains(QStringLiteral("Not enough answers")));

    page.tabs()->setCurrentIndex(3);
    CHECK(page.trainingModel()->rowCount() == 12);
    CHECK(page.trainingModel()->index(0, 1).data().toInt() == 1);
    shoot(&page, "training");
}

TEST_CASE("#7 a signed-in servant sees only their questionnaires and answers them unlinked",
    "[ui][survey]")
{
    SurveyFile file;
    InputErrors errors;
    SurveyService chief(*file.context);
    REQUIRE(chief.create(2024, &errors));
    REQUIRE(chief.start(2024, &errors));

    const Actor elena{QStringLiteral("elena"), {}, {Role::Servant}, file.servantId("003")};
    const ServiceContext context(*file.database, elena, file.clock);
    QUndoStack undo;
    SurveyPage page;
    page.setUndoStack(&undo);
    page.setContext(&context);
    page.setYear(2024);
    page.resize(1000, 600);
    page.show();

    CHECK_FALSE(page.tabs()->isTabVisible(0)); // people and respondents
    CHECK(page.tabs()->isTabVisible(1)); // my questionnaires
    CHECK_FALSE(page.tabs()->isTabVisible(3)); // training needs
    CHECK(button(&page, "startCampaign")->isHidden());
    auto *mine = page.myQuestionnaires();
    // Her self-assessment, the head and four colleagues.
    REQUIRE(mine->count() == 6);
    CHECK(mine->item(0)->text().contains(QStringLiteral("Ким Елена")));
    page.tabs()->setCurrentIndex(1);
    shoot(&page, "mine");

    const auto pending = SurveyService(context).myQuestionnaires(2024);
    auto dialog = page.myQuestionnaire(pending.at(1));
    fill(*dialog, pending.at(1).form, 4, 3);
    dialog->accept();
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(mine->count() == 5);
    CHECK(file.count(QStringLiteral("SELECT answered FROM survey_respondent WHERE subject_id = %1 "
                                    "AND respondent_id = %2")
                         .arg(pending.at(1).subjectId)
                         .arg(file.servantId("003")))
        == 1);
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM survey_answer_set")) == 1);

    // Once closed, the reports tab offers her own report and nobody else's.
    REQUIRE(chief.close(2024, &errors));
    page.reload();
    auto *reports = page.findChild<QComboBox *>(QStringLiteral("reportSubject"));
    REQUIRE(reports->count() == 1);
    CHECK(reports->itemText(0) == QStringLiteral("Ким Елена"));
    CHECK(page.showReport(QStringLiteral("003")));
    CHECK(page.reportInfo().contains(QStringLiteral("Not enough answers")));
    CHECK_FALSE(page.showReport(QStringLiteral("002")));
}

TEST_CASE("§34 the chief specialist edits an indicator in the survey page; a bad edit stays in the "
          "dialog",
    "[ui][survey]")
{
    SurveyFile file;
    QUndoStack undo;
    SurveyPage page;
    page.setUndoStack(&undo);
    page.setContext(file.context.get());
    auto dialog = page.catalogueEditor();
    REQUIRE(dialog);
    const QString text = dialog->editor()->toPlainText();
    const QString indicator = QStringLiteral("Доводит начатую работу до конечного результата");
    REQUIRE(text.contains(indicator));

    dialog->editor()->setPlainText(QString(text).replace(
        QStringLiteral("\"result_orientation\""), QStringLiteral("\"results\"")));
    dialog->accept();
    CHECK(dialog->result() != QDialog::Accepted);
    CHECK(dialog->error().contains(QStringLiteral("only their texts")));
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM survey_catalogue")) == 0);

    dialog->editor()->setPlainText(QString(text).replace(
        indicator, QStringLiteral("Доводит начатую работу до результата в срок")));
    dialog->accept();
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(file.count(QStringLiteral("SELECT count(*) FROM survey_catalogue")) == 1);
    CHECK(SurveyService(*file.context)
              .currentCatalogue()
              .competency(QStringLiteral("result_orientation"))
              ->indicators.first()
              .ru
        == QStringLiteral("Доводит начатую работу до результата в срок"));
}
