// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "methodology/score.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bagalau {

// The two forms of §33–34: the head of the apparatus (12 competencies, appendix 5) and corps B
// servants (8 competencies, appendix 6).
enum class CompetencySet { Head, CorpsB };

// "head", "corps_b": the keys of the data file.
QString competencySetKey(CompetencySet set);
std::optional<CompetencySet> competencySetFromKey(const QString &key);

struct Competency
{
    QString key; // stable ASCII key, "result_orientation"
    LocalizedText name;
    QList<LocalizedText> indicators; // the behaviour respondents look for
    QList<CompetencySet> sets;

    bool belongsTo(CompetencySet set) const { return sets.contains(set); }
};

// One step of the answer scale ("4 — often shows it").
struct AnswerLevel
{
    int value = 0;
    LocalizedText label;
};

// The competencies of §34 and the answer scale, as data (resources/methodology/competencies.json).
class CompetencyCatalogue
{
public:
    static QString shippedPath(); // ":/methodology/competencies.json"

    // nullopt with the message in `error` when the data is malformed or does not hold the 12 and
    // 8 competencies of §34.
    static std::optional<CompetencyCatalogue> fromJson(
        const QByteArray &json, QString *error = nullptr);
    static std::optional<CompetencyCatalogue> fromFile(
        const QString &path, QString *error = nullptr);
    static std::optional<CompetencyCatalogue> shipped(QString *error = nullptr);

    const QList<Competency> &all() const { return m_competencies; }
    // The competencies of one form, in the order of §34.
    QList<Competency> competencies(CompetencySet set) const;
    std::optional<Competency> competency(const QString &key) const;

    // Ascending, contiguous, within 0–5 so that every mean is a Score.
    const QList<AnswerLevel> &scale() const { return m_scale; }
    int scaleMin() const { return m_scale.first().value; }
    int scaleMax() const { return m_scale.last().value; }
    bool isOnScale(int answer) const { return answer >= scaleMin() && answer <= scaleMax(); }

private:
    CompetencyCatalogue() = default; // only the loaders make one, so scale() is never empty

    QList<Competency> m_competencies;
    QList<AnswerLevel> m_scale;
};

// Who answers the questionnaire about a person (§35).
enum class RespondentRole { Self, DirectManager, DirectSubordinate, Peer };

// "self", "direct_manager", "direct_subordinate", "peer".
QString respondentRoleKey(RespondentRole role);
std::optional<RespondentRole> respondentRoleFromKey(const QString &key);
QString respondentRoleLabel(RespondentRole role);

struct Respondent
{
    QString personId;
    RespondentRole role = RespondentRole::Peer;
};

struct RespondentCheck
{
    QStringList errors; // the circle cannot be used
    QStringList warnings; // it can, but the chief specialist should look again

    bool isValid() const { return errors.isEmpty(); }
};

// §35: 3 to 7 respondents other than the person — the direct manager (one at most), direct
// subordinates, close peers — plus the person's own self-assessment, exactly once. A circle
// without the direct manager is only warned about: the post may be vacant.
RespondentCheck validateRespondents(
    const QString &evaluatedPersonId, const QList<Respondent> &respondents);

// One filled questionnaire. It carries the respondent's role, never who answered (decision 8).
struct SurveyResponse
{
    RespondentRole role = RespondentRole::Peer;
    QHash<QString, int> answers; // competency key → answer on the scale
};

struct CompetencyResult
{
    QString key;
    Score othersMean; // every respondent but the person, exact mean rounded half up
    std::optional<Score> self; // shown beside it, never counted (§35)
};

struct Survey360Result
{
    int othersCount = 0; // respondents other than the person
    QList<CompetencyResult> competencies; // in the order of §34
    // §36: keys of the least expressed competencies — the three lowest means, and every
    // competency tied with the third.
    QStringList leastExpressed;
};

// §35–36 and decision 8. nullopt, with the reason in `error`, when fewer than three respondents
// other than the person answered (no result at all, for anonymity), when more than seven did, or
// when a questionnaire is incomplete, off the scale or names an unknown competency.
std::optional<Survey360Result> aggregateSurvey(const CompetencyCatalogue &catalogue,
    CompetencySet set, const QList<SurveyResponse> &responses, QString *error = nullptr);

} // namespace bagalau
