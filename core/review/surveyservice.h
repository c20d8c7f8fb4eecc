// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/survey360.h"
#include "services/inputerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bagalau {

class ServiceContext;

// A year's 360 campaign as the dashboard and the survey screen show it.
struct SurveyCampaign
{
    qint64 id = 0;
    int year = 0;
    QString status; // "preparing", "open", "closed"
    QDate startedOn;
    QDate due; // §4, §33: the 10th of January of the next year
    int subjects = 0;
    int asked = 0; // questionnaires asked for, self-assessments included
    int answered = 0;
};

// One evaluated person of a campaign.
struct SurveySubject
{
    qint64 id = 0;
    QString personnelNo;
    QString fullName;
    CompetencySet form = CompetencySet::CorpsB;
    int others = 0; // respondents besides the person (§35: 3 to 7)
    int othersAnswered = 0;
    bool selfAnswered = false;
    int asked() const { return others + 1; }
    int answered() const { return othersAnswered + (selfAnswered ? 1 : 0); }
};

// Someone asked to answer about a subject. Whether they answered is known; what, never.
struct SurveyRespondent
{
    QString personnelNo;
    QString fullName;
    RespondentRole role = RespondentRole::Peer;
    bool answered = false;
    bool holdsCode = false;
};

// A one-time code as it is printed on the respondent's slip; the file keeps only its hash.
struct SurveyCode
{
    QString personnelNo;
    QString fullName;
    QString code; // "ABCD-EFGH"
    int questionnaires = 0;
};

// A questionnaire waiting for its respondent.
struct PendingQuestionnaire
{
    qint64 subjectId = 0;
    QString subjectName;
    CompetencySet form = CompetencySet::CorpsB;
    bool self = false; // the person's own self-assessment
};

// A person's 360 report: the result, or why none is shown.
struct SurveyReport
{
    SurveySubject subject;
    int year = 0;
    std::optional<Survey360Result> result; // nullopt below three answers besides the person
    QString withheld; // why there is no result
};

// §36: how many people have a competency among their least expressed.
struct TrainingNeed
{
    QString competency;
    int people = 0;
};

// The annual anonymous 360 survey (§33–36, decision 8): the campaign, the circles of
// respondents, one-time codes, answering and the reports. Answers are stored apart from who was
// asked: a respondent's row says only that they answered.
class SurveyService
{
    Q_DECLARE_TR_FUNCTIONS(SurveyService)

public:
    explicit SurveyService(const ServiceContext &context);

    // The competencies and the answer scale (§34), as shipped.
    static const CompetencyCatalogue &catalogue();
    // The catalogue in force in this file: the chief specialist's edited texts, or the shipped.
    CompetencyCatalogue currentCatalogue() const;
    QByteArray catalogueJson() const;
    // The chief specialist edits the texts (names, indicators, answer labels in kk/ru/en); the
    // keys, the forms and the answer values must stay those shipped (§34), so stored answers keep
    // their meaning. Validated, audited; nothing written on a bad file.
    bool editCatalogue(const QByteArray &json, InputErrors *errors);

    std::optional<SurveyCampaign> campaign(int year) const;
    // The year's campaign with everyone evaluated that year (§5, §6) and the circles suggested
    // from the staff structure (§35).
    bool create(int year, InputErrors *errors);
    QList<SurveySubject> subjects(int year) const;
    QList<SurveyRespondent> respondents(qint64 subjectId) const;
    // While the campaign is prepared: the chief specialist adjusts a circle (each the other's
    // undo).
    bool addRespondent(
        qint64 subjectId, const QString &personnelNo, RespondentRole role, InputErrors *errors);
    bool removeRespondent(qint64 subjectId, const QString &personnelNo, InputErrors *errors);
    // Refused, with the name of everyone whose circle §35 does not allow, writing nothing.
    bool start(int year, InputErrors *errors);
    // New one-time codes for everyone with questionnaires still to answer; earlier codes of
    // theirs stop working.
    QList<SurveyCode> issueCodes(int year, InputErrors *errors);
    bool close(int year, InputErrors *errors);

    // The questionnaires a code still opens; empty with the reason when none.
    QList<PendingQuestionnaire> questionnairesForCode(const QString &code, QString *error) const;
    bool answerWithCode(const QString &code, qint64 subjectId, const QHash<QString, int> &answers,
        InputErrors *errors);
    // The signed-in servant's own questionnaires (#7), stored the same unlinked way.
    QList<PendingQuestionnaire> myQuestionnaires(int year) const;
    bool answerAsSignedIn(
        qint64 subjectId, const QHash<QString, int> &answers, InputErrors *errors);
    // §33: a paper questionnaire typed in by the chief specialist.
    bool enterPaper(
        qint64 subjectId, bool self, const QHash<QString, int> &answers, InputErrors *errors);

    // §35–36: shown once the campaign is closed, to whom the permission table allows.
    std::optional<SurveyReport> report(qint64 subjectId, QString *error) const;
    // The people whose reports the account may read in a year.
    QList<SurveySubject> readableSubjects(int year) const;
    // §36: the organisation's training needs, most frequent first.
    QList<TrainingNeed> trainingNeeds(int year, QString *error) const;

    // "ABCD-EFGH" from what a person typed: case, spaces and dashes do not matter.
    static QString normalizedCode(const QString &typed);

private:
    struct Slot;
    std::optional<SurveySubject> subject(qint64 subjectId) const;
    bool refuseUnlessRunning(InputErrors *errors) const;
    InputErrors checkAnswers(CompetencySet form, const QHash<QString, int> &answers) const;
    bool storeAnswers(const Slot &slot, const QHash<QString, int> &answers, const QString &how,
        InputErrors *errors);

    const ServiceContext &m_context;
};

} // namespace bagalau
