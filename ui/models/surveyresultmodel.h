// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/surveyservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace bagalau {

// Wraps one person's 360 result: a row a competency, the others' mean with the self-assessment
// beside it (§35), the least expressed ones marked (§36).
class SurveyResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CompetencyColumn, OthersColumn, SelfColumn, LeastColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole, // the competency's key
    };

    explicit SurveyResultModel(QObject *parent = nullptr);

    // An empty result clears the table.
    void setResult(
        const CompetencyCatalogue *catalogue, const std::optional<Survey360Result> &result);
    CompetencyResult line(const QModelIndex &index) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const CompetencyCatalogue *m_catalogue = nullptr;
    QList<CompetencyResult> m_rows;
    QStringList m_least;
};

// Wraps the organisation's training needs (§36): a row a competency, the number of people who
// have it among their least expressed.
class TrainingNeedModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CompetencyColumn, PeopleColumn, ColumnCount };

    explicit TrainingNeedModel(QObject *parent = nullptr);

    void setNeeds(const CompetencyCatalogue *catalogue, const QList<TrainingNeed> &needs);
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const CompetencyCatalogue *m_catalogue = nullptr;
    QList<QPair<QString, int>> m_rows;
};

} // namespace bagalau
