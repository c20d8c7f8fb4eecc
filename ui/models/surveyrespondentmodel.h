// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/surveyservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace bagalau {

// Wraps the circle of one person: who is asked, in which capacity, and whether they answered.
class SurveyRespondentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, AnsweredColumn, ColumnCount };
    enum Role {
        PersonnelNoRole = Qt::UserRole, // the respondent's personnel number, in every column
    };

    explicit SurveyRespondentModel(QObject *parent = nullptr);

    void setRespondents(const QList<SurveyRespondent> &respondents);
    SurveyRespondent respondent(const QModelIndex &index) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SurveyRespondent> m_rows;
};

} // namespace bagalau
