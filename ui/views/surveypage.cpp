// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/surveypage.h"

#include "views/emptyhint.h"
#include "views/filteredtable.h"
#include "views/pagetitle.h"
#include "views/recordtable.h"

#include "access/permissions.h"
#include "charts/competencyradarchart.h"
#include "commands/respondentcommand.h"
#include "dialogs/cataloguedialog.h"
#include "dialogs/slipsdialog.h"
#include "models/localetext.h"
#include "models/surveyrespondentmodel.h"
#include "models/surveyresultmodel.h"
#include "models/surveysubjectmodel.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"

#include "clock.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bagalau {

namespace {

const auto SubjectsHeaderKey = QStringLiteral("surveypage/subjects");

QString statusText(const QString &status)
{
    if (status == QLatin1String("preparing"))
        return SurveyPage::tr("being prepared", "360 campaign status");
    if (status == QLatin1String("open"))
        return SurveyPage::tr("open for answers", "360 campaign status");
    if (status == QLatin1String("closed"))
        return SurveyPage::tr("closed", "360 campaign status");
    return status;
}

} // namespace

SurveyPage::SurveyPage(QWidget *parent)
    : ContextPage(parent)
    , m_catalogue(SurveyService::catalogue())
    , m_subjectModel(new SurveySubjectModel(this))
    , m_respondentModel(new SurveyRespondentModel(this))
    , m_resultModel(new SurveyResultModel(this))
    , m_trainingModel(new TrainingNeedModel(this))
    , m_title(new QLabel(this))
    , m_yearLabel(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_create(new QPushButton(this))
    , m_start(new QPushButton(this))
    , m_slips(new QPushButton(this))
    , m_code(new QPushButton(this))
    , m_paper(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_catalogueButton(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_peopleTab(new QWidget)
    , m_mineTab(new QWidget)
    , m_reportTab(new QWidget)
    , m_trainingTab(new QWidget)
    , m_subjectList(new FilteredTable(m_peopleTab, m_subjectModel, SurveySubjectModel::SortRole))
    , m_subjectProxy(m_subjectList->proxy())
    , m_filter(m_subjectList->filter())
    , m_subjects(m_subjectList->table())
    , m_circleTitle(new QLabel(m_peopleTab))
    , m_respondents(new QTableView(m_peopleTab))
    , m_candidate(new QComboBox(m_peopleTab))
    , m_role(new QComboBox(m_peopleTab))
    , m_addRespondent(new QPushButton(m_peopleTab))
    , m_removeRespondent(new QPushButton(m_peopleTab))
    , m_mine(new QListWidget(m_mineTab))
    , m_answerMine(new QPushButton(m_mineTab))
    , m_reportSubject(new QComboBox(m_reportTab))
    , m_reportInfo(new QLabel(m_reportTab))
    , m_result(new QTableView(m_reportTab))
    , m_chart(new CompetencyRadarChart(m_reportTab))
    , m_trainingInfo(new QLabel(m_trainingTab))
    , m_training(new QTableView(m_trainingTab))
{
    setObjectName(QStringLiteral("SurveyPage"));
    setUpPageTitle(m_title);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_yearLabel->setBuddy(m_year);
    connect(m_year, &QSpinBox::valueChanged, this, &SurveyPage::reload);

    const auto name = [](QPushButton *button, const char *objectName) {
        button->setObjectName(QLatin1String(objectName));
    };
    name(m_create, "createCampaign");
    name(m_start, "startCampaign");
    name(m_slips, "printSlips");
    name(m_code, "answerWithCode");
    name(m_paper, "enterPaper");
    name(m_close, "closeCampaign");
    name(m_catalogueButton, "editCatalogue");
    name(m_addRespondent, "addRespondent");
    name(m_removeRespondent, "removeRespondent");
    name(m_answerMine, "answerMine");
    connect(m_create, &QPushButton::clicked, this, &SurveyPage::askCreate);
    connect(m_start, &QPushButton::clicked, this, &SurveyPage::askStart);
    connect(m_slips, &QPushButton::clicked, this, &SurveyPage::askSlips);
    connect(m_code, &QPushButton::clicked, this, &SurveyPage::askAnswerWithCode);
    connect(m_paper, &QPushButton::clicked, this, &SurveyPage::askPaper);
    connect(m_close, &QPushButton::clicked, this, &SurveyPage::askClose);
    connect(m_catalogueButton, &QPushButton::clicked, this, &SurveyPage::askCatalogue);
    connect(m_addRespondent, &QPushButton::clicked, this, &SurveyPage::askAddRespondent);
    connect(m_removeRespondent, &QPushButton::clicked, this, &SurveyPage::askRemoveRespondent);
    connect(m_answerMine, &QPushButton::clicked, this, &SurveyPage::askMine);
    connect(m_mine, &QListWidget::itemActivated, this, &SurveyPage::askMine);

    // People: the subjects and, for the one selected, their circle.
    m_subjects->setObjectName(QStringLiteral("subjects"));
    m_subjects->sortByColumn(SurveySubjectModel::NameColumn, Qt::AscendingOrder);
    connect(m_subjects->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SurveyPage::loadRespondents);
    m_respondents->setObjectName(QStringLiteral("respondents"));
    m_respondents->setModel(m_respondentModel);
    setUpRecordTable(m_respondents);
    connect(m_respondents->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SurveyPage::updateButtons);
    m_candidate->setObjectName(QStringLiteral("candidate"));
    m_candidate->setEditable(true); // typing a name finds it in a long staff list
    m_candidate->setInsertPolicy(QComboBox::NoInsert);
    m_role->setObjectName(QStringLiteral("role"));
    for (RespondentRole role :
        {RespondentRole::Peer, RespondentRole::DirectSubordinate, RespondentRole::DirectManager})
        m_role->addItem(QString(), static_cast<int>(role));

    auto *peopleLayout = new QVBoxLayout(m_peopleTab);
    peopleLayout->addWidget(m_filter);
    auto *splitter = new QSplitter(Qt::Vertical, m_peopleTab);
    splitter->addWidget(m_subjects);
    auto *circle = new QWidget(splitter);
    auto *circleLayout = new QVBoxLayout(circle);
    circleLayout->setContentsMargins(0, 6, 0, 0);
    circleLayout->addWidget(m_circleTitle);
    circleLayout->addWidget(m_respondents, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_candidate, 2);
    addRow->addWidget(m_role, 1);
    addRow->addWidget(m_addRespondent);
    addRow->addStretch();
    addRow->addWidget(m_removeRespondent);
    circleLayout->addLayout(addRow);
    splitter->addWidget(circle);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    peopleLayout->addWidget(splitter, 1);

    // My questionnaires: what the signed-in servant still has to answer.
    m_mine->setObjectName(QStringLiteral("mine"));
    new EmptyHint(m_mine);
    auto *mineLayout = new QVBoxLayout(m_mineTab);
    mineLayout->addWidget(m_mine, 1);
    auto *mineButtons = new QHBoxLayout;
    mineButtons->addStretch();
    mineButtons->addWidget(m_answerMine);
    mineLayout->addLayout(mineButtons);

    // Reports: one person's result, the table and the radar side by side.
    m_reportSubject->setObjectName(QStringLiteral("reportSubject"));
    connect(m_reportSubject, &QComboBox::currentIndexChanged, this, &SurveyPage::loadReport);
    m_reportInfo->setObjectName(QStringLiteral("reportInfo"));
    m_reportInfo->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setModel(m_resultModel);
    setUpRecordTable(m_result);
    m_chart->setObjectName(QStringLiteral("radar"));
    auto *reportLayout = new QVBoxLayout(m_reportTab);
    reportLayout->addWidget(m_reportSubject);
    reportLayout->addWidget(m_reportInfo);
    auto *reportSplitter = new QSplitter(Qt::Horizontal, m_reportTab);
    reportSplitter->addWidget(m_result);
    reportSplitter->addWidget(m_chart);
    reportSplitter->setStretchFactor(0, 1);
    reportSplitter->setStretchFactor(1, 1);
    // The table whole (competency, others, self, §36); the radar keeps the rest.
    reportSplitter->setSizes({640, 400});
    reportLayout->addWidget(reportSplitter, 1);

    // Training needs (§36).
    m_trainingInfo->setWordWrap(true);
    m_training->setObjectName(QStringLiteral("training"));
    m_training->setModel(m_trainingModel);
    setUpRecordTable(m_training);
    auto *trainingLayout = new QVBoxLayout(m_trainingTab);
    trainingLayout->addWidget(m_trainingInfo);
    trainingLayout->addWidget(m_training, 1);

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_peopleTab, QString());
    m_tabs->addTab(m_mineTab, QString());
    m_tabs->addTab(m_reportTab, QString());
    m_tabs->addTab(m_trainingTab, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_reportTab)
            loadReport();
    });

    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addSpacing(12);
    yearRow->addWidget(m_status, 1);
    // Two rows, so that the page fits a small window: the campaign's steps, then the answering.
    auto *steps = new QHBoxLayout;
    for (QPushButton *button : {m_create, m_start, m_close})
        steps->addWidget(button);
    steps->addStretch();
    steps->addWidget(m_catalogueButton);
    auto *answering = new QHBoxLayout;
    for (QPushButton *button : {m_slips, m_code, m_paper})
        answering->addWidget(button);
    answering->addStretch();
    auto *buttons = new QVBoxLayout;
    buttons->addLayout(steps);
    buttons->addLayout(answering);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addLayout(yearRow);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_year, m_create);
    setTabOrder(m_create, m_start);
    setTabOrder(m_start, m_close);
    setTabOrder(m_close, m_slips);
    setTabOrder(m_slips, m_code);
    setTabOrder(m_code, m_paper);
    setTabOrder(m_paper, m_tabs);
    setTabOrder(m_tabs, m_filter);
    setTabOrder(m_filter, m_subjects);
    setTabOrder(m_subjects, m_respondents);
    setTabOrder(m_respondents, m_candidate);
    setTabOrder(m_candidate, m_role);
    setTabOrder(m_role, m_addRespondent);
    setTabOrder(m_addRespondent, m_removeRespondent);

    m_subjectList->restoreColumns(SubjectsHeaderKey);
    retranslate();
    updateButtons();
}

SurveyPage::~SurveyPage()
{
    saveSettings();
}

void SurveyPage::setContext(const ServiceContext *context)
{
    m_context = context;
    if (m_context) {
        const QSignalBlocker blocker(m_year);
        // Until the 10th of January the survey at hand is the one of the year just ended (§4).
        const QDate today = m_context->clock().today();
        m_year->setValue(today.month() == 1 ? today.year() - 1 : today.year());
    }
    const bool chief = runs();
    m_tabs->setTabVisible(m_tabs->indexOf(m_peopleTab), chief);
    m_tabs->setTabVisible(m_tabs->indexOf(m_trainingTab), chief);
    m_tabs->setTabVisible(m_tabs->indexOf(m_mineTab), !chief);
    // Hiding the tab on show moves to the next one, which would open the chief specialist on the
    // reports of a survey not yet run: each user starts on their first tab.
    m_tabs->setCurrentWidget(chief ? m_peopleTab : m_mineTab);
    for (QPushButton *button : {m_create, m_start, m_slips, m_paper, m_close, m_catalogueButton})
        button->setVisible(chief);
    m_code->setVisible(chief || !m_context);
    reload();
}

int SurveyPage::year() const
{
    return m_year->value();
}

void SurveyPage::setYear(int year)
{
    m_year->setValue(year);
}

void SurveyPage::showKey(const QString &key, const QString &personnelNo)
{
    Q_UNUSED(personnelNo)
    bool isYear = false;
    const int shown = key.toInt(&isYear);
    if (isYear)
        setYear(shown);
}

bool SurveyPage::runs() const
{
    return m_context && scopesOf(m_context->actor(), Action::RunSurvey).contains(Scope::Everyone);
}

void SurveyPage::reload()
{
    const qint64 selected = selectedSubjectId();
    std::optional<SurveyCampaign> campaign;
    QList<SurveySubject> subjects;
    if (m_context) {
        SurveyService survey(*m_context);
        m_catalogue = survey.currentCatalogue();
        campaign = survey.campaign(year());
        if (runs())
            subjects = survey.subjects(year());
        m_mine->clear();
        m_pending = survey.myQuestionnaires(year());
        for (const PendingQuestionnaire &questionnaire : std::as_const(m_pending)) {
            m_mine->addItem(questionnaire.self
                    ? tr("Self-assessment (%1)").arg(questionnaire.subjectName)
                    : tr("About %1").arg(questionnaire.subjectName));
        }
        if (m_mine->count() > 0)
            m_mine->setCurrentRow(0);
        const QSignalBlocker blocker(m_reportSubject);
        const QString shown = m_reportSubject->currentData().toString();
        m_reportSubject->clear();
        if (campaign && campaign->status == QLatin1String("closed")) {
            const auto readable = survey.readableSubjects(year());
            for (const SurveySubject &subject : readable)
                m_reportSubject->addItem(subject.fullName, subject.personnelNo);
        }
        m_reportSubject->setCurrentIndex(std::max(0, m_reportSubject->findData(shown)));
    }
    m_subjectModel->setSubjects(subjects);
    if (!m_subjectList->columnsSized() && m_subjectModel->rowCount() > 0) {
        m_subjects->resizeColumnsToContents();
        m_subjectList->setColumnsSized(true);
    }
    if (!campaign) {
        m_status->setText(
            tr("No 360 survey for %1 yet. Due by %2 (§4, §33).")
                .arg(year())
                .arg(m_context ? dateText(m_context->deadlines().year(year()).survey360Due)
                               : QString()));
    } else {
        m_status->setText(tr("%1: %2 · %3 people · answered %4 of %5 · due by %6")
                              .arg(year())
                              .arg(statusText(campaign->status))
                              .arg(campaign->subjects)
                              .arg(campaign->answered)
                              .arg(campaign->asked)
                              .arg(dateText(campaign->due)));
    }
    if (selected != 0) {
        for (int row = 0; row < m_subjectProxy->rowCount(); ++row) {
            const QModelIndex index = m_subjectProxy->index(row, 0);
            if (index.data(SurveySubjectModel::SubjectIdRole).toLongLong() == selected)
                m_subjects->selectRow(row);
        }
    }
    if (!m_subjects->currentIndex().isValid() && m_subjectProxy->rowCount() > 0)
        m_subjects->selectRow(0);
    loadRespondents();
    loadCandidates();
    m_trainingModel->setNeeds(&m_catalogue, {});
    if (m_context && runs() && campaign && campaign->status == QLatin1String("closed")) {
        QString error;
        m_trainingModel->setNeeds(
            &m_catalogue, SurveyService(*m_context).trainingNeeds(year(), &error));
        m_training->resizeColumnToContents(TrainingNeedModel::CompetencyColumn);
        m_trainingInfo->setText(tr("How many people have each competency among their least "
                                   "expressed (§36): the topics of seminars and courses."));
    } else {
        m_trainingInfo->setText(tr("Known once the survey of the year is closed."));
    }
    loadReport();
    updateButtons();
}

void SurveyPage::loadRespondents()
{
    const qint64 subject = selectedSubjectId();
    QList<SurveyRespondent> rows;
    if (m_context && subject != 0)
        rows = SurveyService(*m_context).respondents(subject);
    m_respondentModel->setRespondents(rows);
    if (!rows.isEmpty())
        m_respondents->resizeColumnsToContents();
    const QModelIndexList selected = m_subjects->selectionModel()->selectedRows();
    const SurveySubject current = selected.isEmpty()
        ? SurveySubject()
        : m_subjectModel->subject(m_subjectProxy->mapToSource(selected.first()));
    m_circleTitle->setText(current.id == 0
            ? tr("Select a person to see who answers about them.")
            : tr("Respondents about %1: %2 besides the self-assessment (§35: 3 to 7)")
                  .arg(current.fullName)
                  .arg(current.others));
    updateButtons();
}

void SurveyPage::loadCandidates()
{
    m_candidate->clear();
    if (!m_context || !runs())
        return;
    const DateRange range{QDate(year(), 1, 1), QDate(year(), 12, 31)};
    QList<StaffMember> staff = StaffService(*m_context).staffDuring(range);
    std::sort(staff.begin(), staff.end(), [](const StaffMember &a, const StaffMember &b) {
        return QString::localeAwareCompare(a.fullName, b.fullName) < 0;
    });
    for (const StaffMember &member : staff) {
        m_candidate->addItem(
            QStringLiteral("%1 — %2").arg(member.fullName, member.position), member.personnelNo);
    }
}

void SurveyPage::loadReport()
{
    const QString personnelNo = m_reportSubject->currentData().toString();
    std::optional<Survey360Result> result;
    QString info;
    if (!m_context) {
        info.clear();
    } else if (personnelNo.isEmpty()) {
        const auto campaign = SurveyService(*m_context).campaign(year());
        info = campaign && campaign->status == QLatin1String("closed")
            ? tr("No report you may read.")
            : tr("Reports are shown once the survey of %1 is closed.").arg(year());
    } else {
        SurveyService survey(*m_context);
        qint64 subjectId = 0;
        const auto all = survey.readableSubjects(year());
        for (const SurveySubject &subject : all) {
            if (subject.personnelNo == personnelNo)
                subjectId = subject.id;
        }
        QString error;
        const auto report = survey.report(subjectId, &error);
        if (!report) {
            info = error;
        } else if (!report->result) {
            info = tr("Not enough answers: %1").arg(report->withheld);
        } else {
            result = report->result;
            QStringList least;
            for (const QString &key : std::as_const(result->leastExpressed)) {
                const auto competency = m_catalogue.competency(key);
                least << (competency ? competency->name.in(uiLanguage()) : key);
            }
            info = tr("%1, %2: %n respondent(s) besides the person answered. Least expressed "
                      "(§36): %3.",
                nullptr, result->othersCount)
                       .arg(report->subject.fullName)
                       .arg(report->year)
                       .arg(least.join(QStringLiteral("; ")));
        }
    }
    m_reportInfo->setText(info);
    m_resultModel->setResult(&m_catalogue, result);
    m_chart->setResult(m_catalogue, result);
    if (result) {
        m_result->resizeColumnsToContents();
    }
}

bool SurveyPage::createCampaign(InputErrors *errors)
{
    if (!m_context)
        return false;
    const bool done = SurveyService(*m_context).create(year(), errors);
    reload();
    if (done)
        showMessage(
            tr("The 360 survey of %1 is prepared: check each circle, then start it.").arg(year()),
            false);
    else
        showMessage(*errors);
    return done;
}

bool SurveyPage::startCampaign(InputErrors *errors)
{
    if (!m_context)
        return false;
    const bool done = SurveyService(*m_context).start(year(), errors);
    reload();
    if (done) {
        // The circles are fixed from now on: their edits can no longer be undone.
        if (undoStack())
            undoStack()->clear();
        showMessage(
            tr("The 360 survey of %1 has started. Print the slips with the codes.").arg(year()),
            false);
    } else {
        QStringList lines;
        for (const InputError &error : std::as_const(*errors)) {
            lines << (error.column.isEmpty()
                    ? error.message
                    : tr("%1 (%2 respondents): %3").arg(error.column, error.value, error.message));
        }
        showMessage(
            tr("The survey cannot start:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
            true);
    }
    return done;
}

bool SurveyPage::closeCampaign(InputErrors *errors)
{
    if (!m_context)
        return false;
    const bool done = SurveyService(*m_context).close(year(), errors);
    reload();
    if (done)
        showMessage(
            tr("The 360 survey of %1 is closed; the reports are ready.").arg(year()), false);
    else
        showMessage(*errors);
    return done;
}

QList<SurveyCode> SurveyPage::issueCodes(InputErrors *errors)
{
    if (!m_context)
        return {};
    const auto codes = SurveyService(*m_context).issueCodes(year(), errors);
    reload();
    if (!errors->isEmpty())
        showMessage(*errors);
    return codes;
}

bool SurveyPage::addRespondent(const QString &personnelNo, RespondentRole role, InputErrors *errors)
{
    const qint64 subject = selectedSubjectId();
    if (!m_context || subject == 0 || !undoStack())
        return false;
    errors->clear();
    const auto forward = [this, subject, personnelNo, role](InputErrors *stepErrors) {
        const bool done = m_context
            && SurveyService(*m_context).addRespondent(subject, personnelNo, role, stepErrors);
        reload();
        return done;
    };
    const auto backward = [this, subject, personnelNo](InputErrors *stepErrors) {
        const bool done = m_context
            && SurveyService(*m_context).removeRespondent(subject, personnelNo, stepErrors);
        reload();
        return done;
    };
    undoStack()->push(new RespondentCommand(tr("Add a 360 respondent"), forward, backward, errors));
    if (!errors->isEmpty())
        showMessage(*errors);
    else
        m_message->hide();
    return errors->isEmpty();
}

bool SurveyPage::removeRespondent(const QString &personnelNo, InputErrors *errors)
{
    const qint64 subject = selectedSubjectId();
    if (!m_context || subject == 0 || !undoStack())
        return false;
    RespondentRole role = RespondentRole::Peer;
    const auto circle = SurveyService(*m_context).respondents(subject);
    for (const SurveyRespondent &respondent : circle) {
        if (respondent.personnelNo == personnelNo)
            role = respondent.role;
    }
    errors->clear();
    const auto forward = [this, subject, personnelNo](InputErrors *stepErrors) {
        const bool done = m_context
            && SurveyService(*m_context).removeRespondent(subject, personnelNo, stepErrors);
        reload();
        return done;
    };
    const auto backward = [this, subject, personnelNo, role](InputErrors *stepErrors) {
        const bool done = m_context
            && SurveyService(*m_context).addRespondent(subject, personnelNo, role, stepErrors);
        reload();
        return done;
    };
    undoStack()->push(
        new RespondentCommand(tr("Remove a 360 respondent"), forward, backward, errors));
    if (!errors->isEmpty())
        showMessage(*errors);
    else
        m_message->hide();
    return errors->isEmpty();
}

QList<PendingQuestionnaire> SurveyPage::questionnairesForCode(
    const QString &code, QString *error) const
{
    return m_context ? SurveyService(*m_context).questionnairesForCode(code, error)
                     : QList<PendingQuestionnaire>();
}

std::unique_ptr<QuestionnaireDialog> SurveyPage::codeQuestionnaire(
    const QString &code, const PendingQuestionnaire &questionnaire)
{
    const qint64 subject = questionnaire.subjectId;
    return std::make_unique<QuestionnaireDialog>(
        m_catalogue, questionnaire.form, questionnaire.subjectName,
        questionnaire.self ? QuestionnaireDialog::Mode::SelfAssessment
                           : QuestionnaireDialog::Mode::Respondent,
        [this, code, subject](const QHash<QString, int> &answers, bool, InputErrors *errors) {
            const bool done = m_context
                && SurveyService(*m_context).answerWithCode(code, subject, answers, errors);
            if (done)
                reload();
            return done;
        },
        this);
}

std::unique_ptr<QuestionnaireDialog> SurveyPage::myQuestionnaire(
    const PendingQuestionnaire &questionnaire)
{
    const qint64 subject = questionnaire.subjectId;
    return std::make_unique<QuestionnaireDialog>(
        m_catalogue, questionnaire.form, questionnaire.subjectName,
        questionnaire.self ? QuestionnaireDialog::Mode::SelfAssessment
                           : QuestionnaireDialog::Mode::Respondent,
        [this, subject](const QHash<QString, int> &answers, bool, InputErrors *errors) {
            const bool done =
                m_context && SurveyService(*m_context).answerAsSignedIn(subject, answers, errors);
            if (done)
                reload();
            return done;
        },
        this);
}

std::unique_ptr<QuestionnaireDialog> SurveyPage::paperQuestionnaire(qint64 subjectId)
{
    SurveySubject subject;
    for (int row = 0; row < m_subjectModel->rowCount(); ++row) {
        const SurveySubject candidate = m_subjectModel->subject(m_subjectModel->index(row, 0));
        if (candidate.id == subjectId)
            subject = candidate;
    }
    if (subject.id == 0)
        return nullptr;
    return std::make_unique<QuestionnaireDialog>(
        m_catalogue, subject.form, subject.fullName, QuestionnaireDialog::Mode::Paper,
        [this, subjectId](const QHash<QString, int> &answers, bool self, InputErrors *errors) {
            const bool done =
                m_context && SurveyService(*m_context).enterPaper(subjectId, self, answers, errors);
            if (done)
                reload();
            return done;
        },
        this);
}

std::unique_ptr<CatalogueDialog> SurveyPage::catalogueEditor()
{
    if (!m_context)
        return nullptr;
    return std::make_unique<CatalogueDialog>(
        SurveyService(*m_context).catalogueJson(),
        [this](const QByteArray &json, InputErrors *errors) {
            const bool done = m_context && SurveyService(*m_context).editCatalogue(json, errors);
            if (done)
                reload();
            return done;
        },
        this);
}

bool SurveyPage::selectSubject(const QString &personnelNo)
{
    for (int row = 0; row < m_subjectProxy->rowCount(); ++row) {
        const SurveySubject subject =
            m_subjectModel->subject(m_subjectProxy->mapToSource(m_subjectProxy->index(row, 0)));
        if (subject.personnelNo == personnelNo) {
            m_subjects->selectRow(row);
            return true;
        }
    }
    return false;
}

qint64 SurveyPage::selectedSubjectId() const
{
    const QModelIndexList rows = m_subjects->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_subjectModel->subject(m_subjectProxy->mapToSource(rows.first())).id;
}

bool SurveyPage::showReport(const QString &personnelNo)
{
    const int index = m_reportSubject->findData(personnelNo);
    if (index < 0)
        return false;
    m_tabs->setCurrentWidget(m_reportTab);
    m_reportSubject->setCurrentIndex(index);
    loadReport();
    return true;
}

QString SurveyPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString SurveyPage::reportInfo() const
{
    return m_reportInfo->text();
}

void SurveyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The status lines are sentences written from the file: written again in the new language.
        reload();
    }
    QWidget::changeEvent(event);
}

void SurveyPage::hideEvent(QHideEvent *event)
{
    saveSettings();
    ContextPage::hideEvent(event);
}

void SurveyPage::saveSettings() const
{
    m_subjectList->saveColumns(SubjectsHeaderKey);
}

void SurveyPage::retranslate()
{
    m_title->setText(tr("360 survey"));
    m_yearLabel->setText(tr("&Year:"));
    m_create->setText(tr("&Prepare the year's survey"));
    m_create->setToolTip(tr("Everyone evaluated in the year, with respondents suggested from the "
                            "staff structure (§35)"));
    m_start->setText(tr("&Start"));
    m_start->setToolTip(tr("Fixes the circles; refused while someone has fewer than 3 "
                           "respondents besides themself"));
    m_slips->setText(tr("Print s&lips…"));
    m_slips->setToolTip(tr("New one-time codes for everyone who still has questionnaires"));
    m_code->setText(tr("Answer with a &code…"));
    m_paper->setText(tr("Enter a pa&per questionnaire…"));
    m_close->setText(tr("C&lose the survey"));
    m_catalogueButton->setText(tr("Competencies and &indicators…"));
    m_tabs->setTabText(m_tabs->indexOf(m_peopleTab), tr("People and respondents"));
    m_tabs->setTabText(m_tabs->indexOf(m_mineTab), tr("My questionnaires"));
    m_tabs->setTabText(m_tabs->indexOf(m_reportTab), tr("Reports"));
    m_tabs->setTabText(m_tabs->indexOf(m_trainingTab), tr("Training needs"));
    m_filter->setPlaceholderText(tr("Filter people"));
    m_addRespondent->setText(tr("&Add"));
    m_removeRespondent->setText(tr("&Remove"));
    m_answerMine->setText(tr("&Answer…"));
    if (auto *hint = m_mine->findChild<EmptyHint *>())
        hint->setText(tr("No questionnaires wait for you this year. They appear here once the "
                         "chief specialist starts the survey with you among the respondents."));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(
            i, respondentRoleLabel(static_cast<RespondentRole>(m_role->itemData(i).toInt())));
    m_subjectModel->retranslate();
    m_respondentModel->retranslate();
    m_resultModel->retranslate();
    m_trainingModel->retranslate();
}

void SurveyPage::updateButtons()
{
    std::optional<SurveyCampaign> campaign;
    if (m_context)
        campaign = SurveyService(*m_context).campaign(year());
    const QString status = campaign ? campaign->status : QString();
    const bool chief = runs();
    const bool preparing = status == QLatin1String("preparing");
    const bool open = status == QLatin1String("open");
    m_create->setEnabled(chief && !campaign);
    m_start->setEnabled(chief && preparing);
    m_slips->setEnabled(chief && open);
    m_code->setEnabled(m_context && open);
    m_paper->setEnabled(chief && open && selectedSubjectId() != 0);
    m_close->setEnabled(chief && open);
    m_catalogueButton->setEnabled(chief);
    const bool respondentSelected = !m_respondents->selectionModel()->selectedRows().isEmpty();
    m_addRespondent->setEnabled(chief && preparing && selectedSubjectId() != 0);
    m_removeRespondent->setEnabled(chief && preparing && respondentSelected);
    m_candidate->setEnabled(chief && preparing);
    m_role->setEnabled(chief && preparing);
    m_answerMine->setEnabled(!m_pending.isEmpty());
}

void SurveyPage::showMessage(const InputErrors &errors)
{
    QStringList lines;
    for (const InputError &error : errors)
        lines << error.toString();
    showMessage(lines.join(QLatin1Char('\n')), true);
}

void SurveyPage::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SurveyPage::askCreate()
{
    InputErrors errors;
    createCampaign(&errors);
}

void SurveyPage::askStart()
{
    InputErrors errors;
    startCampaign(&errors);
}

void SurveyPage::askClose()
{
    const auto campaign = m_context ? SurveyService(*m_context).campaign(year()) : std::nullopt;
    if (!campaign)
        return;
    const auto answer = QMessageBox::question(this, tr("Close the survey"),
        tr("Close the 360 survey of %1? %2 of %3 questionnaires are answered; the codes not used "
           "stop working and the reports are shown.")
            .arg(year())
            .arg(campaign->answered)
            .arg(campaign->asked));
    if (answer != QMessageBox::Yes)
        return;
    InputErrors errors;
    closeCampaign(&errors);
}

void SurveyPage::askSlips()
{
    InputErrors errors;
    const auto codes = issueCodes(&errors);
    if (codes.isEmpty())
        return;
    SlipsDialog dialog(year(), codes, this);
    dialog.exec();
}

void SurveyPage::askAnswerWithCode()
{
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Answer with a code"),
        tr("The code on your slip:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString error;
    const auto pending = questionnairesForCode(code, &error);
    if (pending.isEmpty()) {
        QMessageBox::warning(this, tr("Answer with a code"), error);
        return;
    }
    for (const PendingQuestionnaire &questionnaire : pending) {
        const auto dialog = codeQuestionnaire(code, questionnaire);
        if (dialog->exec() != QDialog::Accepted)
            break;
    }
}

void SurveyPage::askPaper()
{
    const auto dialog = paperQuestionnaire(selectedSubjectId());
    if (dialog)
        dialog->exec();
}

void SurveyPage::askMine()
{
    const int row = m_mine->currentRow();
    if (row < 0 || row >= m_pending.size())
        return;
    const auto dialog = myQuestionnaire(m_pending.at(row));
    dialog->exec();
}

void SurveyPage::askAddRespondent()
{
    const QString personnelNo = m_candidate->currentData().toString();
    if (personnelNo.isEmpty())
        return;
    InputErrors errors;
    addRespondent(personnelNo, static_cast<RespondentRole>(m_role->currentData().toInt()), &errors);
}

void SurveyPage::askCatalogue()
{
    const auto dialog = catalogueEditor();
    if (dialog)
        dialog->exec();
}

void SurveyPage::askRemoveRespondent()
{
    const QModelIndexList rows = m_respondents->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    InputErrors errors;
    removeRespondent(m_respondentModel->respondent(rows.first()).personnelNo, &errors);
}

} // namespace bagalau
