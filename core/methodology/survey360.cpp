// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/survey360.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bagalau {

namespace {

class Survey360Text
{
    Q_DECLARE_TR_FUNCTIONS(Survey360Text)
};

// §34: the head is evaluated on twelve competencies, corps B servants on eight.
constexpr int headCompetencies = 12;
constexpr int corpsBCompetencies = 8;
// §35: three to seven respondents other than the person.
constexpr int minOthers = 3;
constexpr int maxOthers = 7;

constexpr RespondentRole allRoles[] = {RespondentRole::Self, RespondentRole::DirectManager,
    RespondentRole::DirectSubordinate, RespondentRole::Peer};

bool isKey(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

// A {"kk", "ru", "en"} object with all three texts present; nullopt otherwise.
std::optional<LocalizedText> localizedText(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const LocalizedText text{object.value(u"kk"_s).toString().trimmed(),
        object.value(u"ru"_s).toString().trimmed(), object.value(u"en"_s).toString().trimmed()};
    if (text.kk.isEmpty() || text.ru.isEmpty() || text.en.isEmpty())
        return std::nullopt;
    return text;
}

} // namespace

QString competencySetKey(CompetencySet set)
{
    switch (set) {
    case CompetencySet::Head:
        return u"head"_s;
    case CompetencySet::CorpsB:
        return u"corps_b"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<CompetencySet> competencySetFromKey(const QString &key)
{
    for (CompetencySet set : {CompetencySet::Head, CompetencySet::CorpsB}) {
        if (competencySetKey(set) == key)
            return set;
    }
    return std::nullopt;
}

QString CompetencyCatalogue::shippedPath()
{
    return u":/methodology/competencies.json"_s;
}

std::optional<CompetencyCatalogue> CompetencyCatalogue::fromJson(
    const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<CompetencyCatalogue> {
        if (error)
            *error = Survey360Text::tr("Competency data: %1").arg(message);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(Survey360Text::tr("not valid JSON (%1 at offset %2).")
                        .arg(parseError.errorString(), QString::number(parseError.offset)));
    }
    if (!document.isObject())
        return fail(Survey360Text::tr("the top level is not an object."));
    const QJsonObject root = document.object();

    CompetencyCatalogue catalogue;
    const QJsonArray scale = root.value(u"scale"_s).toArray();
    if (scale.isEmpty())
        return fail(Survey360Text::tr("the answer scale is missing."));
    for (const QJsonValue &value : scale) {
        const QJsonObject level = value.toObject();
        // toInteger() refuses 2.5 and "2" alike (the default comes back).
        const qint64 whole = level.value(u"value"_s).toInteger(-1);
        const int answer = static_cast<int>(whole);
        if (whole < 0 || whole > 5) {
            return fail(Survey360Text::tr("an answer of the scale is not a whole number from 0 "
                                          "to 5."));
        }
        if (!catalogue.m_scale.isEmpty() && answer != catalogue.m_scale.last().value + 1) {
            return fail(
                Survey360Text::tr("the answers of the scale do not follow one another "
                                  "(%1 after %2).")
                    .arg(QString::number(answer), QString::number(catalogue.m_scale.last().value)));
        }
        const std::optional<LocalizedText> label = localizedText(level.value(u"label"_s));
        if (!label) {
            return fail(Survey360Text::tr("the answer %1 of the scale lacks a label in Kazakh, "
                                          "Russian or English.")
                            .arg(answer));
        }
        catalogue.m_scale.append({answer, *label});
    }
    if (catalogue.m_scale.size() < 2)
        return fail(Survey360Text::tr("the answer scale needs at least two answers."));

    const QJsonArray competencies = root.value(u"competencies"_s).toArray();
    QSet<QString> keys;
    for (const QJsonValue &value : competencies) {
        const QJsonObject object = value.toObject();
        Competency competency;
        competency.key = object.value(u"key"_s).toString();
        if (!isKey(competency.key)) {
            return fail(Survey360Text::tr("the competency key \"%1\" is not lower-case ASCII.")
                            .arg(competency.key));
        }
        if (keys.contains(competency.key))
            return fail(Survey360Text::tr("the key \"%1\" is used twice.").arg(competency.key));
        keys.insert(competency.key);
        const std::optional<LocalizedText> name = localizedText(object.value(u"name"_s));
        if (!name) {
            return fail(Survey360Text::tr("the competency \"%1\" lacks a name in Kazakh, Russian "
                                          "or English.")
                            .arg(competency.key));
        }
        competency.name = *name;
        const QJsonArray indicators = object.value(u"indicators"_s).toArray();
        if (indicators.size() < 2 || indicators.size() > 3) {
            return fail(Survey360Text::tr("the competency \"%1\" needs two or three behavioural "
                                          "indicators.")
                            .arg(competency.key));
        }
        for (const QJsonValue &indicator : indicators) {
            const std::optional<LocalizedText> text = localizedText(indicator);
            if (!text) {
                return fail(Survey360Text::tr("an indicator of \"%1\" lacks a text in Kazakh, "
                                              "Russian or English.")
                                .arg(competency.key));
            }
            competency.indicators.append(*text);
        }
        const QJsonArray sets = object.value(u"sets"_s).toArray();
        for (const QJsonValue &setValue : sets) {
            const std::optional<CompetencySet> set = competencySetFromKey(setValue.toString());
            if (!set || competency.sets.contains(*set)) {
                return fail(Survey360Text::tr("the competency \"%1\" names an unknown or repeated "
                                              "form \"%2\".")
                                .arg(competency.key, setValue.toString()));
            }
            competency.sets.append(*set);
        }
        if (competency.sets.isEmpty()) {
            return fail(
                Survey360Text::tr("the competency \"%1\" belongs to no form.").arg(competency.key));
        }
        catalogue.m_competencies.append(competency);
    }
    const auto count = [&catalogue](CompetencySet set) {
        return catalogue.competencies(set).size();
    };
    if (count(CompetencySet::Head) != headCompetencies
        || count(CompetencySet::CorpsB) != corpsBCompetencies) {
        return fail(Survey360Text::tr("§34 sets 12 competencies for the head and 8 for corps B; "
                                      "the data has %1 and %2.")
                        .arg(QString::number(count(CompetencySet::Head)),
                            QString::number(count(CompetencySet::CorpsB))));
    }
    return catalogue;
}

std::optional<CompetencyCatalogue> CompetencyCatalogue::fromFile(
    const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = Survey360Text::tr("Competency data: cannot read %1 (%2).")
                         .arg(path, file.errorString());
        }
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

std::optional<CompetencyCatalogue> CompetencyCatalogue::shipped(QString *error)
{
    return fromFile(shippedPath(), error);
}

QList<Competency> CompetencyCatalogue::competencies(CompetencySet set) const
{
    QList<Competency> result;
    std::copy_if(m_competencies.cbegin(), m_competencies.cend(), std::back_inserter(result),
        [set](const Competency &competency) { return competency.belongsTo(set); });
    return result;
}

std::optional<Competency> CompetencyCatalogue::competency(const QString &key) const
{
    const auto found = std::find_if(m_competencies.cbegin(), m_competencies.cend(),
        [&key](const Competency &c) { return c.key == key; });
    if (found == m_competencies.cend())
        return std::nullopt;
    return *found;
}

QString respondentRoleKey(RespondentRole role)
{
    switch (role) {
    case RespondentRole::Self:
        return u"self"_s;
    case RespondentRole::DirectManager:
        return u"direct_manager"_s;
    case RespondentRole::DirectSubordinate:
        return u"direct_subordinate"_s;
    case RespondentRole::Peer:
        return u"peer"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<RespondentRole> respondentRoleFromKey(const QString &key)
{
    for (RespondentRole role : allRoles) {
        if (respondentRoleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString respondentRoleLabel(RespondentRole role)
{
    switch (role) {
    case RespondentRole::Self:
        return Survey360Text::tr("Self-assessment");
    case RespondentRole::DirectManager:
        return Survey360Text::tr("Direct manager");
    case RespondentRole::DirectSubordinate:
        return Survey360Text::tr("Direct subordinate");
    case RespondentRole::Peer:
        return Survey360Text::tr("Peer working closely with the person");
    }
    Q_UNREACHABLE();
    return {};
}

RespondentCheck validateRespondents(
    const QString &evaluatedPersonId, const QList<Respondent> &respondents)
{
    RespondentCheck check;
    int selves = 0;
    int managers = 0;
    int others = 0;
    QSet<QString> seen;
    for (const Respondent &respondent : respondents) {
        if (respondent.personId.isEmpty()) {
            check.errors << Survey360Text::tr("A respondent is not identified.");
            continue;
        }
        if (seen.contains(respondent.personId)) {
            check.errors << Survey360Text::tr("The same person is in the circle twice (%1).")
                                .arg(respondent.personId);
            continue;
        }
        seen.insert(respondent.personId);
        const bool isPerson = respondent.personId == evaluatedPersonId;
        if (respondent.role == RespondentRole::Self) {
            ++selves;
            if (!isPerson) {
                check.errors << Survey360Text::tr("Only the evaluated person gives the "
                                                  "self-assessment.");
            }
            continue;
        }
        if (isPerson) {
            check.errors << Survey360Text::tr("The evaluated person takes part only through the "
                                              "self-assessment (§35).");
            continue;
        }
        ++others;
        if (respondent.role == RespondentRole::DirectManager)
            ++managers;
    }
    if (selves != 1) {
        check.errors << Survey360Text::tr("The circle needs the person's self-assessment exactly "
                                          "once (§35).");
    }
    if (others < minOthers || others > maxOthers) {
        check.errors << Survey360Text::tr("The circle needs from 3 to 7 respondents besides the "
                                          "person (§35), not %1.")
                            .arg(others);
    }
    if (managers > 1)
        check.errors << Survey360Text::tr("A person has one direct manager, not %1.").arg(managers);
    else if (managers == 0)
        check.warnings << Survey360Text::tr("The circle has no direct manager (§35).");
    return check;
}

std::optional<Survey360Result> aggregateSurvey(const CompetencyCatalogue &catalogue,
    CompetencySet set, const QList<SurveyResponse> &responses, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Survey360Result> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QList<Competency> competencies = catalogue.competencies(set);

    const SurveyResponse *self = nullptr;
    QList<const SurveyResponse *> others;
    for (const SurveyResponse &response : responses) {
        for (auto it = response.answers.cbegin(); it != response.answers.cend(); ++it) {
            const std::optional<Competency> competency = catalogue.competency(it.key());
            if (!competency || !competency->belongsTo(set)) {
                return fail(Survey360Text::tr("A questionnaire answers \"%1\", which is not on "
                                              "this form.")
                                .arg(it.key()));
            }
            if (!catalogue.isOnScale(it.value())) {
                return fail(
                    Survey360Text::tr("An answer %1 is off the scale %2–%3.")
                        .arg(QString::number(it.value()), QString::number(catalogue.scaleMin()),
                            QString::number(catalogue.scaleMax())));
            }
        }
        for (const Competency &competency : competencies) {
            if (!response.answers.contains(competency.key)) {
                return fail(Survey360Text::tr("A questionnaire leaves \"%1\" unanswered.")
                                .arg(competency.key));
            }
        }
        if (response.role == RespondentRole::Self) {
            if (self)
                return fail(Survey360Text::tr("There are two self-assessments."));
            self = &response;
        } else {
            others.append(&response);
        }
    }
    // Decision 8: with fewer than three others a result could point at who answered what.
    if (others.size() < minOthers) {
        return fail(Survey360Text::tr("Only %n respondent(s) besides the person answered; a 360 "
                                      "result needs at least 3, so none is shown.",
            nullptr, static_cast<int>(others.size())));
    }
    if (others.size() > maxOthers) {
        return fail(Survey360Text::tr("%1 respondents besides the person answered; §35 allows at "
                                      "most 7.")
                        .arg(others.size()));
    }

    Survey360Result result;
    result.othersCount = static_cast<int>(others.size());
    for (const Competency &competency : competencies) {
        QList<int> answers;
        for (const SurveyResponse *response : std::as_const(others))
            answers << response->answers.value(competency.key);
        CompetencyResult line{competency.key, Score::meanOfMarks(answers), std::nullopt};
        if (self)
            line.self = Score::fromMark(self->answers.value(competency.key));
        result.competencies.append(line);
    }

    // §36: lowest means first; among equals the order of §34, so the list is stable.
    QList<CompetencyResult> ascending = result.competencies;
    std::stable_sort(ascending.begin(), ascending.end(),
        [](const CompetencyResult &a, const CompetencyResult &b) {
            return a.othersMean < b.othersMean;
        });
    constexpr qsizetype leastCount = 3;
    for (qsizetype i = 0; i < ascending.size(); ++i) {
        if (i >= leastCount && ascending.at(i).othersMean > ascending.at(leastCount - 1).othersMean)
            break;
        result.leastExpressed << ascending.at(i).key;
    }
    return result;
}

} // namespace bagalau
