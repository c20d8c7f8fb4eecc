// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/kciplanservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace bagalau {

// Wraps a plan's history: drawing up, approval and every change of a KCI with its reason (§25).
class KciHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DayColumn,
        EventColumn,
        KciColumn,
        OldColumn,
        NewColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit KciHistoryModel(QObject *parent = nullptr);

    void setEvents(const QList<KciPlanEvent> &events);
    KciPlanEvent event(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<KciPlanEvent> m_events;
};

} // namespace bagalau
