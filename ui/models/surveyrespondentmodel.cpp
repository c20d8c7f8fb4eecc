// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/surveyrespondentmodel.h"

namespace bagalau {

SurveyRespondentModel::SurveyRespondentModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SurveyRespondentModel::setRespondents(const QList<SurveyRespondent> &respondents)
{
    beginResetModel();
    m_rows = respondents;
    endResetModel();
}

SurveyRespondent SurveyRespondentModel::respondent(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    return m_rows.at(index.row());
}

void SurveyRespondentModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SurveyRespondentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SurveyRespondentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurveyRespondentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SurveyRespondent &row = m_rows.at(index.row());
    if (role == PersonnelNoRole)
        return row.personnelNo;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.fullName;
    case RoleColumn:
        return respondentRoleLabel(row.role);
    case AnsweredColumn:
        return row.answered ? tr("answered") : row.holdsCode ? tr("code given") : tr("waiting");
    }
    return {};
}

QVariant SurveyRespondentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Respondent");
    case RoleColumn:
        return tr("Taking part as");
    case AnsweredColumn:
        return tr("Questionnaire");
    }
    return {};
}

} // namespace bagalau
