// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/survey360.h"

#include "catchqt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace bagalau;
using namespace Qt::Literals::StringLiterals;

namespace {

CompetencyCatalogue shipped()
{
    QString error;
    const std::optional<CompetencyCatalogue> catalogue = CompetencyCatalogue::shipped(&error);
    INFO(error.toStdString());
    REQUIRE(catalogue.has_value());
    return *catalogue;
}

QJsonObject shippedJson()
{
    QFile file(CompetencyCatalogue::shippedPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The shipped data with one change, loaded; the loader's message.
QString loadError(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = shippedJson();
    change(root);
    QString error;
    CHECK_FALSE(CompetencyCatalogue::fromJson(QJsonDocument(root).toJson(), &error).has_value());
    return error;
}

// Changes the competency at `index` of the data.
void changeCompetency(
    QJsonObject &root, int index, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray competencies = root.value(u"competencies"_s).toArray();
    QJsonObject competency = competencies.at(index).toObject();
    change(competency);
    competencies.replace(index, competency);
    root.insert(u"competencies"_s, competencies);
}

const QStringList corpsB = {u"effective_communication"_s, u"ethics"_s, u"change_management"_s,
    u"result_orientation"_s, u"independence_decisions"_s, u"cooperation"_s, u"promptness"_s,
    u"self_development"_s};

// One questionnaire of the corps B form: the same answer for every competency, then overrides.
SurveyResponse response(RespondentRole role, int answer, const QHash<QString, int> &overrides = {})
{
    SurveyResponse result{role, {}};
    for (const QString &key : corpsB)
        result.answers.insert(key, overrides.value(key, answer));
    return result;
}

const CompetencyResult &resultFor(const Survey360Result &result, const QString &key)
{
    const auto found = std::find_if(result.competencies.cbegin(), result.competencies.cend(),
        [&key](const CompetencyResult &line) { return line.key == key; });
    REQUIRE(found != result.competencies.cend());
    return *found;
}

Survey360Result aggregate(const QList<SurveyResponse> &responses)
{
    QString error;
    const std::optional<Survey360Result> result =
        aggregateSurvey(shipped(), CompetencySet::CorpsB, responses, &error);
    INFO(error.toStdString());
    REQUIRE(result.has_value());
    return *result;
}

QList<Respondent> circle(int peers, bool manager = true, bool self = true)
{
    QList<Respondent> result;
    if (self)
        result << Respondent{u"p0"_s, RespondentRole::Self};
    if (manager)
        result << Respondent{u"m1"_s, RespondentRole::DirectManager};
    for (int i = 0; i < peers; ++i)
        result << Respondent{u"peer%1"_s.arg(i), RespondentRole::Peer};
    return result;
}

} // namespace

TEST_CASE("§34 the shipped data holds the head's 12 and corps B's 8 competencies", "[methodology]")
{
    const CompetencyCatalogue catalogue = shipped();
    // §34, word for word, in its order.
    const QStringList head = {u"управление деятельностью"_s,
        u"выстраивание эффективных коммуникаций"_s, u"следование этическим нормам и принципам"_s,
        u"управление изменениями"_s, u"ориентация на результат"_s,
        u"самостоятельность и навыки принятия решений"_s, u"управление командой"_s,
        u"лидерские качества"_s, u"сотрудничество"_s, u"оперативность"_s, u"саморазвитие"_s,
        u"инициативность"_s};
    const QStringList corpsBNames = {u"выстраивание эффективных коммуникаций"_s,
        u"следование этическим нормам и принципам"_s, u"управление изменениями"_s,
        u"ориентация на результат"_s, u"самостоятельность и навыки принятия решений"_s,
        u"сотрудничество"_s, u"оперативность"_s, u"саморазвитие"_s};
    const auto russianNames = [&catalogue](CompetencySet set) {
        QStringList names;
        const QList<Competency> competencies = catalogue.competencies(set);
        for (const Competency &competency : competencies)
            names << competency.name.ru.toLower();
        return names;
    };
    CHECK(russianNames(CompetencySet::Head) == head);
    CHECK(russianNames(CompetencySet::CorpsB) == corpsBNames);

    QStringList corpsBKeys;
    const QList<Competency> corpsBCompetencies = catalogue.competencies(CompetencySet::CorpsB);
    for (const Competency &competency : corpsBCompetencies)
        corpsBKeys << competency.key;
    CHECK(corpsBKeys == corpsB);

    for (const Competency &competency : catalogue.all()) {
        INFO(competency.key.toStdString());
        CHECK(competency.indicators.size() >= 2);
        CHECK(competency.indicators.size() <= 3);
        CHECK_FALSE(competency.name.kk.isEmpty());
        CHECK_FALSE(competency.name.en.isEmpty());
    }
    CHECK(catalogue.competency(u"leadership"_s)->name.kk == u"Көшбасшылық қасиеттер"_s);
    CHECK_FALSE(catalogue.competency(u"leadership"_s)->belongsTo(CompetencySet::CorpsB));
    CHECK(catalogue.scaleMin() == 1);
    CHECK(catalogue.scaleMax() == 5);
    CHECK(catalogue.scale().at(4).label.ru == u"Всегда проявляет"_s);
}

TEST_CASE("§34 the loader refuses malformed competency data with a message", "[methodology]")
{
    QString error;
    CHECK_FALSE(CompetencyCatalogue::fromJson("{\"scale\": [", &error).has_value());
    CHECK(error.startsWith(u"Competency data: not valid JSON ("_s));
    CHECK_FALSE(CompetencyCatalogue::fromJson("[]", &error).has_value());
    CHECK(error == u"Competency data: the top level is not an object."_s);
    CHECK_FALSE(CompetencyCatalogue::fromFile(u"/nonexistent/competencies.json"_s, &error));
    CHECK(error.startsWith(u"Competency data: cannot read /nonexistent/competencies.json ("_s));

    CHECK(loadError([](QJsonObject &root) { root.remove(u"scale"_s); })
        == u"Competency data: the answer scale is missing."_s);
    CHECK(loadError([](QJsonObject &root) {
        QJsonArray scale = root.value(u"scale"_s).toArray();
        QJsonObject six = scale.last().toObject();
        six.insert(u"value"_s, 6);
        scale.append(six);
        root.insert(u"scale"_s, scale);
    }) == u"Competency data: an answer of the scale is not a whole number from 0 to 5."_s);
    CHECK(loadError([](QJsonObject &root) {
        QJsonArray scale = root.value(u"scale"_s).toArray();
        scale.removeAt(2);
        root.insert(u"scale"_s, scale);
    }) == u"Competency data: the answers of the scale do not follow one another (4 after 2)."_s);
    CHECK(loadError([](QJsonObject &root) {
        changeCompetency(root, 0, [](QJsonObject &c) {
            QJsonObject name = c.value(u"name"_s).toObject();
            name.remove(u"kk"_s);
            c.insert(u"name"_s, name);
        });
    })
        == u"Competency data: the competency \"activity_management\" lacks a name in Kazakh, "
           "Russian or English."_s);
    CHECK(loadError([](QJsonObject &root) {
        changeCompetency(
            root, 1, [](QJsonObject &c) { c.insert(u"key"_s, u"activity_management"_s); });
    }) == u"Competency data: the key \"activity_management\" is used twice."_s);
    CHECK(loadError([](QJsonObject &root) {
        changeCompetency(root, 2, [](QJsonObject &c) {
            c.insert(u"indicators"_s, QJsonArray{c.value(u"indicators"_s).toArray().at(0)});
        });
    })
        == u"Competency data: the competency \"ethics\" needs two or three behavioural "
           "indicators."_s);
    CHECK(loadError([](QJsonObject &root) {
        changeCompetency(
            root, 0, [](QJsonObject &c) { c.insert(u"sets"_s, QJsonArray{u"corps_a"_s}); });
    })
        == u"Competency data: the competency \"activity_management\" names an unknown or "
           "repeated form \"corps_a\"."_s);
    CHECK(loadError([](QJsonObject &root) {
        QJsonArray competencies = root.value(u"competencies"_s).toArray();
        competencies.removeLast(); // initiative: the head keeps 11
        root.insert(u"competencies"_s, competencies);
    })
        == u"Competency data: §34 sets 12 competencies for the head and 8 for corps B; the "
           "data has 11 and 8."_s);
}

TEST_CASE("§35 a 360 circle has 3 to 7 others and the person's self-assessment", "[methodology]")
{
    struct Row
    {
        int peers;
        QStringList errors;
    };
    const auto row = GENERATE(values<Row>({
        {1, {u"The circle needs from 3 to 7 respondents besides the person (§35), not 2."_s}},
        {2, {}},
        {6, {}},
        {7, {u"The circle needs from 3 to 7 respondents besides the person (§35), not 8."_s}},
    }));
    const RespondentCheck check = validateRespondents(u"p0"_s, circle(row.peers));
    CHECK(check.errors == row.errors);
    CHECK(check.warnings.isEmpty());
}

TEST_CASE("§35 a 360 circle is refused or warned about with a message", "[methodology]")
{
    RespondentCheck check = validateRespondents(u"p0"_s, circle(3, true, false));
    CHECK(check.errors
        == QStringList{u"The circle needs the person's self-assessment exactly once (§35)."_s});

    QList<Respondent> respondents = circle(3);
    respondents << Respondent{u"m2"_s, RespondentRole::DirectManager};
    CHECK(validateRespondents(u"p0"_s, respondents).errors
        == QStringList{u"A person has one direct manager, not 2."_s});

    check = validateRespondents(u"p0"_s, circle(3, false));
    CHECK(check.isValid());
    CHECK(check.warnings == QStringList{u"The circle has no direct manager (§35)."_s});

    respondents = circle(3);
    respondents << Respondent{u"p0"_s, RespondentRole::Peer};
    CHECK(validateRespondents(u"p0"_s, respondents).errors
        == QStringList{u"The same person is in the circle twice (p0)."_s});

    respondents = circle(3, true, false);
    respondents << Respondent{u"p0"_s, RespondentRole::DirectSubordinate};
    CHECK(validateRespondents(u"p0"_s, respondents).errors
        == QStringList{u"The evaluated person takes part only through the self-assessment "
                       "(§35)."_s,
            u"The circle needs the person's self-assessment exactly once (§35)."_s});

    respondents = circle(3);
    respondents[0].personId = u"someone"_s;
    respondents << Respondent{QString(), RespondentRole::Peer};
    CHECK(validateRespondents(u"p0"_s, respondents).errors
        == QStringList{u"Only the evaluated person gives the self-assessment."_s,
            u"A respondent is not identified."_s});
}

TEST_CASE("§35 decision 8 no 360 result at all with fewer than three respondents besides the "
          "person",
    "[methodology]")
{
    const QList<SurveyResponse> two = {response(RespondentRole::Self, 5),
        response(RespondentRole::DirectManager, 4), response(RespondentRole::Peer, 3)};
    QString error;
    CHECK_FALSE(aggregateSurvey(shipped(), CompetencySet::CorpsB, two, &error).has_value());
    CHECK(error
        == u"Only 2 respondent(s) besides the person answered; a 360 result needs at least 3, "
           "so none is shown."_s);

    QList<SurveyResponse> three = two;
    three << response(RespondentRole::DirectSubordinate, 4);
    const Survey360Result result = aggregate(three);
    CHECK(result.othersCount == 3);
    CHECK(result.competencies.size() == 8);
    CHECK(resultFor(result, u"ethics"_s).othersMean.toString() == u"3.67"_s);
}

TEST_CASE("§35 the self-assessment is shown beside the others' mean, never in it", "[methodology]")
{
    const Survey360Result result =
        aggregate({response(RespondentRole::Self, 5), response(RespondentRole::DirectManager, 3),
            response(RespondentRole::Peer, 4), response(RespondentRole::Peer, 4)});
    const CompetencyResult &line = resultFor(result, u"cooperation"_s);
    CHECK(line.othersMean.toString() == u"3.67"_s); // with the self-assessment it would be 4.00
    REQUIRE(line.self.has_value());
    CHECK(line.self->toString() == u"5.00"_s);

    // Without a self-assessment the result stands; the column is empty.
    const Survey360Result noSelf = aggregate({response(RespondentRole::DirectManager, 3),
        response(RespondentRole::Peer, 4), response(RespondentRole::Peer, 4)});
    CHECK_FALSE(resultFor(noSelf, u"cooperation"_s).self.has_value());
    CHECK(resultFor(noSelf, u"cooperation"_s).othersMean.toString() == u"3.67"_s);
}

TEST_CASE("§35 decision 5 360 means are exact and rounded half up", "[methodology]")
{
    QList<SurveyResponse> seven;
    for (int answer : {3, 4, 4, 4, 4, 4, 4})
        seven << response(RespondentRole::Peer, answer);
    CHECK(resultFor(aggregate(seven), u"promptness"_s).othersMean.toString()
        == u"3.86"_s); // 27 / 7 = 3.857…
    QList<SurveyResponse> four;
    for (int answer : {2, 3, 3, 3})
        four << response(RespondentRole::Peer, answer);
    CHECK(resultFor(aggregate(four), u"promptness"_s).othersMean.toString() == u"2.75"_s);
}

TEST_CASE("§36 the least expressed competencies are the three lowest, ties at the third kept",
    "[methodology]")
{
    struct Row
    {
        QHash<QString, int> answers; // the rest answer 5
        QStringList least;
    };
    const auto row = GENERATE(values<Row>({
        {{{u"ethics"_s, 2}, {u"promptness"_s, 1}, {u"cooperation"_s, 3},
             {u"self_development"_s, 4}},
            {u"promptness"_s, u"ethics"_s, u"cooperation"_s}},
        // A tie at the third place: all four are kept, in the order of §34.
        {{{u"ethics"_s, 2}, {u"promptness"_s, 1}, {u"cooperation"_s, 3},
             {u"change_management"_s, 3}},
            {u"promptness"_s, u"ethics"_s, u"change_management"_s, u"cooperation"_s}},
        // A tie at the first place does not stretch the list.
        {{{u"ethics"_s, 1}, {u"promptness"_s, 1}, {u"cooperation"_s, 3},
             {u"self_development"_s, 4}},
            {u"ethics"_s, u"promptness"_s, u"cooperation"_s}},
        // All equal: none stands out, every one is among the three lowest.
        {{}, corpsB},
    }));
    QList<SurveyResponse> responses;
    for (RespondentRole role :
        {RespondentRole::DirectManager, RespondentRole::Peer, RespondentRole::Peer})
        responses << response(role, 5, row.answers);
    // The self-assessment rates everything 1: it must not move the list.
    responses << response(RespondentRole::Self, 1);
    CHECK(aggregate(responses).leastExpressed == row.least);
}

TEST_CASE("§35 questionnaires that cannot be counted are refused with a message", "[methodology]")
{
    const CompetencyCatalogue catalogue = shipped();
    QList<SurveyResponse> responses = {response(RespondentRole::Peer, 4),
        response(RespondentRole::Peer, 4), response(RespondentRole::Peer, 4)};
    const auto errorOf = [&catalogue](const QList<SurveyResponse> &list) {
        QString error;
        CHECK_FALSE(aggregateSurvey(catalogue, CompetencySet::CorpsB, list, &error).has_value());
        return error;
    };

    QList<SurveyResponse> bad = responses;
    bad[1].answers[u"ethics"_s] = 6;
    CHECK(errorOf(bad) == u"An answer 6 is off the scale 1–5."_s);
    bad[1].answers[u"ethics"_s] = 0;
    CHECK(errorOf(bad) == u"An answer 0 is off the scale 1–5."_s);

    bad = responses;
    bad[2].answers.remove(u"ethics"_s);
    CHECK(errorOf(bad) == u"A questionnaire leaves \"ethics\" unanswered."_s);

    bad = responses;
    bad[0].answers.insert(u"leadership"_s, 4); // the head's form only
    CHECK(errorOf(bad) == u"A questionnaire answers \"leadership\", which is not on this form."_s);

    bad = responses;
    bad << response(RespondentRole::Self, 4) << response(RespondentRole::Self, 3);
    CHECK(errorOf(bad) == u"There are two self-assessments."_s);

    bad = responses;
    for (int i = 0; i < 5; ++i)
        bad << response(RespondentRole::Peer, 4);
    CHECK(errorOf(bad) == u"8 respondents besides the person answered; §35 allows at most 7."_s);
}

TEST_CASE("§33 §35 forms and respondent roles have stable keys", "[methodology]")
{
    CHECK(competencySetKey(CompetencySet::CorpsB) == u"corps_b"_s);
    CHECK(competencySetFromKey(u"head"_s) == CompetencySet::Head);
    CHECK_FALSE(competencySetFromKey(u"corps_a"_s).has_value());
    for (RespondentRole role : {RespondentRole::Self, RespondentRole::DirectManager,
             RespondentRole::DirectSubordinate, RespondentRole::Peer})
        CHECK(respondentRoleFromKey(respondentRoleKey(role)) == role);
    CHECK(respondentRoleKey(RespondentRole::DirectSubordinate) == u"direct_subordinate"_s);
    CHECK(respondentRoleLabel(RespondentRole::DirectManager) == u"Direct manager"_s);
}
