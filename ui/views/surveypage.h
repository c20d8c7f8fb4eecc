// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/contextpage.h"

#include "dialogs/questionnairedialog.h"
#include "review/surveyservice.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace bagalau {

class CatalogueDialog;
class CompetencyRadarChart;
class FilteredTable;
class SurveyRespondentModel;
class SurveyResultModel;
class SurveySubjectModel;
class TrainingNeedModel;

// The 360 survey area (§33–36). The chief specialist prepares a year's campaign (the circles of
// respondents), starts it, hands out one-time codes, types in paper questionnaires, closes it and
// reads the reports and the organisation's training needs. A signed-in servant sees only their
// own questionnaires and their own report. Everything goes through SurveyService.
class SurveyPage : public ContextPage
{
    Q_OBJECT

public:
    explicit SurveyPage(QWidget *parent = nullptr);
    ~SurveyPage() override;

    void setContext(const ServiceContext *context) override;

    int year() const;
    void setYear(int year);
    // The survey of the year `key` ("2024").
    void showKey(const QString &key, const QString &personnelNo) override;
    void reload();

    // The service calls behind the buttons; false with the service's errors, which the page
    // also shows in its message line.
    bool createCampaign(InputErrors *errors);
    bool startCampaign(InputErrors *errors);
    bool closeCampaign(InputErrors *errors);
    QList<SurveyCode> issueCodes(InputErrors *errors);
    // Through the window's undo stack.
    bool addRespondent(const QString &personnelNo, RespondentRole role, InputErrors *errors);
    bool removeRespondent(const QString &personnelNo, InputErrors *errors);

    // The questionnaire dialogs the buttons open, made here so that a test can fill them.
    std::unique_ptr<QuestionnaireDialog> codeQuestionnaire(
        const QString &code, const PendingQuestionnaire &questionnaire);
    std::unique_ptr<QuestionnaireDialog> myQuestionnaire(const PendingQuestionnaire &questionnaire);
    std::unique_ptr<QuestionnaireDialog> paperQuestionnaire(qint64 subjectId);
    std::unique_ptr<CatalogueDialog> catalogueEditor();
    QList<PendingQuestionnaire> questionnairesForCode(const QString &code, QString *error) const;

    bool selectSubject(const QString &personnelNo);
    qint64 selectedSubjectId() const;
    bool showReport(const QString &personnelNo);

    QString message() const;
    QTabWidget *tabs() const { return m_tabs; }
    SurveySubjectModel *subjectModel() const { return m_subjectModel; }
    SurveyRespondentModel *respondentModel() const { return m_respondentModel; }
    SurveyResultModel *resultModel() const { return m_resultModel; }
    TrainingNeedModel *trainingModel() const { return m_trainingModel; }
    CompetencyRadarChart *chart() const { return m_chart; }
    QString reportInfo() const;
    QListWidget *myQuestionnaires() const { return m_mine; }

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    bool runs() const; // the chief specialist's face of the page
    void retranslate();
    void updateButtons();
    void showMessage(const InputErrors &errors);
    void showMessage(const QString &text, bool problem);
    void loadRespondents();
    void loadCandidates();
    void loadReport();
    void saveSettings() const;
    void askCreate();
    void askStart();
    void askClose();
    void askSlips();
    void askAnswerWithCode();
    void askPaper();
    void askMine();
    void askAddRespondent();
    void askRemoveRespondent();
    void askCatalogue();

    const ServiceContext *m_context = nullptr;
    CompetencyCatalogue m_catalogue; // the one in force in the file
    SurveySubjectModel *m_subjectModel;
    SurveyRespondentModel *m_respondentModel;
    SurveyResultModel *m_resultModel;
    TrainingNeedModel *m_trainingModel;

    QLabel *m_title;
    QLabel *m_yearLabel;
    QSpinBox *m_year;
    QLabel *m_status;
    QLabel *m_message;
    QPushButton *m_create;
    QPushButton *m_start;
    QPushButton *m_slips;
    QPushButton *m_code;
    QPushButton *m_paper;
    QPushButton *m_close;
    QPushButton *m_catalogueButton;
    QTabWidget *m_tabs;
    QWidget *m_peopleTab;
    QWidget *m_mineTab;
    QWidget *m_reportTab;
    QWidget *m_trainingTab;
    // The subjects and, for brevity, their list's parts.
    FilteredTable *m_subjectList;
    QSortFilterProxyModel *m_subjectProxy;
    QLineEdit *m_filter;
    QTableView *m_subjects;
    QLabel *m_circleTitle;
    QTableView *m_respondents;
    QComboBox *m_candidate;
    QComboBox *m_role;
    QPushButton *m_addRespondent;
    QPushButton *m_removeRespondent;
    QListWidget *m_mine;
    QPushButton *m_answerMine;
    QComboBox *m_reportSubject;
    QLabel *m_reportInfo;
    QTableView *m_result;
    CompetencyRadarChart *m_chart;
    QLabel *m_trainingInfo;
    QTableView *m_training;
    QList<PendingQuestionnaire> m_pending;
};

} // namespace bagalau
