// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/surveyresultmodel.h"

#include "models/localetext.h"
#include "review/surveyservice.h"

#include <QFont>
#include <QLocale>

namespace bagalau {

namespace {

QString competencyName(const CompetencyCatalogue *catalogue, const QString &key)
{
    if (!catalogue)
        return key;
    const auto competency = catalogue->competency(key);
    return competency ? competency->name.in(uiLanguage()) : key;
}

// "3,33" in Kazakh and Russian, "3.33" in English.
QString scoreText(const Score &score)
{
    return QLocale().toString(score.hundredths() / 100.0, 'f', 2);
}

} // namespace

SurveyResultModel::SurveyResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SurveyResultModel::setResult(
    const CompetencyCatalogue *catalogue, const std::optional<Survey360Result> &result)
{
    beginResetModel();
    m_catalogue = catalogue;
    m_rows = result ? result->competencies : QList<CompetencyResult>();
    m_least = result ? result->leastExpressed : QStringList();
    endResetModel();
}

CompetencyResult SurveyResultModel::line(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    return m_rows.at(index.row());
}

void SurveyResultModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SurveyResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SurveyResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurveyResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CompetencyResult &row = m_rows.at(index.row());
    const bool least = m_least.contains(row.key);
    if (role == KeyRole)
        return row.key;
    if (role == Qt::FontRole && least) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() != CompetencyColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CompetencyColumn:
        return competencyName(m_catalogue, row.key);
    case OthersColumn:
        return scoreText(row.othersMean);
    case SelfColumn:
        return row.self ? scoreText(*row.self) : QStringLiteral("—");
    case LeastColumn:
        return least ? tr("least expressed") : QString();
    }
    return {};
}

QVariant SurveyResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == SelfColumn)
        return tr("The person's own answer, shown beside the others' and never counted (§35)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CompetencyColumn:
        return tr("Competency");
    case OthersColumn:
        return tr("Others' mean");
    case SelfColumn:
        return tr("Self", "self-assessment, not counted");
    case LeastColumn:
        return tr("§36");
    }
    return {};
}

TrainingNeedModel::TrainingNeedModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TrainingNeedModel::setNeeds(
    const CompetencyCatalogue *catalogue, const QList<TrainingNeed> &needs)
{
    beginResetModel();
    m_catalogue = catalogue;
    m_rows.clear();
    for (const TrainingNeed &need : needs)
        m_rows << qMakePair(need.competency, need.people);
    endResetModel();
}

void TrainingNeedModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TrainingNeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TrainingNeedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingNeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == PeopleColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    return index.column() == CompetencyColumn ? QVariant(competencyName(m_catalogue, row.first))
                                              : QVariant(row.second);
}

QVariant TrainingNeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == CompetencyColumn ? tr("Competency")
                                       : tr("People with it among the least expressed");
}

} // namespace bagalau
