// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/surveysubjectmodel.h"

#include <QBrush>
#include <QPalette>

namespace bagalau {

SurveySubjectModel::SurveySubjectModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SurveySubjectModel::setSubjects(const QList<SurveySubject> &subjects)
{
    beginResetModel();
    m_rows = subjects;
    endResetModel();
}

SurveySubject SurveySubjectModel::subject(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    return m_rows.at(index.row());
}

void SurveySubjectModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SurveySubjectModel::formLabel(CompetencySet form)
{
    return form == CompetencySet::Head ? tr("head, 12 competencies")
                                       : tr("corps B, 8 competencies");
}

int SurveySubjectModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SurveySubjectModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurveySubjectModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SurveySubject &row = m_rows.at(index.row());
    if (role == SubjectIdRole)
        return row.id;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case NameColumn:
            return row.fullName;
        case FormColumn:
            return formLabel(row.form);
        case RespondentsColumn:
            return row.others;
        case ProgressColumn:
            if (sort)
                return row.asked() == 0 ? 0.0 : double(row.answered()) / row.asked();
            return tr("%1 of %2", "answered of asked").arg(row.answered()).arg(row.asked());
        }
    }
    if (role == Qt::ForegroundRole && index.column() == RespondentsColumn && row.others < 3)
        return QBrush(Qt::red); // §35: the campaign cannot start so
    if (role == Qt::ToolTipRole && index.column() == RespondentsColumn)
        return tr("Respondents besides the person; §35 asks for 3 to 7");
    if (role == Qt::TextAlignmentRole
        && (index.column() == RespondentsColumn || index.column() == ProgressColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SurveySubjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Evaluated person");
    case FormColumn:
        return tr("Form");
    case RespondentsColumn:
        return tr("Respondents");
    case ProgressColumn:
        return tr("Answered");
    }
    return {};
}

} // namespace bagalau
