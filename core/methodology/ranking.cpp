// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/ranking.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace bagalau {

namespace {

class RankingText
{
    Q_DECLARE_TR_FUNCTIONS(RankingText)
};

std::size_t indexOf(RankingParameter parameter)
{
    return static_cast<std::size_t>(parameter);
}

} // namespace

QList<RankingParameter> rankingParameters()
{
    return {RankingParameter::Quality, RankingParameter::Deadlines, RankingParameter::Initiative,
        RankingParameter::Discipline};
}

QString rankingParameterKey(RankingParameter parameter)
{
    switch (parameter) {
    case RankingParameter::Quality:
        return u"quality"_s;
    case RankingParameter::Deadlines:
        return u"deadlines"_s;
    case RankingParameter::Initiative:
        return u"initiative"_s;
    case RankingParameter::Discipline:
        return u"discipline"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<RankingParameter> rankingParameterFromKey(const QString &key)
{
    const QList<RankingParameter> all = rankingParameters();
    for (RankingParameter parameter : all) {
        if (rankingParameterKey(parameter) == key)
            return parameter;
    }
    return std::nullopt;
}

QString rankingParameterLabel(RankingParameter parameter)
{
    switch (parameter) {
    case RankingParameter::Quality:
        return RankingText::tr("Quality of performing functional duties");
    case RankingParameter::Deadlines:
        return RankingText::tr("Meeting the deadlines of tasks");
    case RankingParameter::Initiative:
        return RankingText::tr("Independence and initiative");
    case RankingParameter::Discipline:
        return RankingText::tr("Labour discipline");
    }
    Q_UNREACHABLE();
    return {};
}

void RankingSheet::setMark(RankingParameter parameter, int mark)
{
    m_marks.at(indexOf(parameter)) = mark;
}

void RankingSheet::clearMark(RankingParameter parameter)
{
    m_marks.at(indexOf(parameter)).reset();
}

std::optional<int> RankingSheet::mark(RankingParameter parameter) const
{
    return m_marks.at(indexOf(parameter));
}

QStringList RankingSheet::errors() const
{
    QStringList errors;
    const QList<RankingParameter> all = rankingParameters();
    for (RankingParameter parameter : all) {
        const std::optional<int> value = mark(parameter);
        if (!value)
            errors << RankingText::tr("%1: no mark.").arg(rankingParameterLabel(parameter));
        else if (!isValidMark(*value))
            errors << rankingParameterLabel(parameter) + u": "_s + markError(*value);
    }
    return errors;
}

std::optional<Score> RankingSheet::score() const
{
    if (!errors().isEmpty())
        return std::nullopt;
    QList<int> marks;
    for (const std::optional<int> &value : m_marks)
        marks << *value;
    return Score::meanOfMarks(marks);
}

} // namespace bagalau
