// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/surveyservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace bagalau {

// Wraps the people of a year's 360 campaign, as SurveyService lists them: one row a person.
class SurveySubjectModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RespondentsColumn, ProgressColumn, FormColumn, ColumnCount };
    enum Role {
        SubjectIdRole = Qt::UserRole, // the subject's id, in every column
        SortRole, // numbers as numbers
    };

    explicit SurveySubjectModel(QObject *parent = nullptr);

    void setSubjects(const QList<SurveySubject> &subjects);
    SurveySubject subject(const QModelIndex &index) const;
    void retranslate();
    static QString formLabel(CompetencySet form);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SurveySubject> m_rows;
};

} // namespace bagalau
