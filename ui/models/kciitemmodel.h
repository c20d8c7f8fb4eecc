// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/kciplanservice.h"
#include "services/inputerror.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace bagalau {

// Wraps the KCI of one plan with their SMART fields. An edit does not change the model: it asks
// for the change through editRequested, and the page answers with a command or a refusal.
class KciItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TitleColumn,
        UnitColumn,
        PlanColumn,
        DirectionColumn,
        DueColumn,
        SourceColumn,
        ExpectedColumn,
        ColumnCount
    };
    enum Role {
        NumberRole = Qt::UserRole, // the KCI's number, in every column
        DirectionKeyRole, // "more_is_better" or "less_is_better"
    };

    explicit KciItemModel(QObject *parent = nullptr);

    void setKcis(const QList<KciItem> &kcis, bool editable);
    KciItem kci(const QModelIndex &index) const;
    const QList<KciItem> &kcis() const { return m_kcis; }
    // The services' field names ("title", "plan_value", "due"...) of the column.
    static QString fieldOf(int column);
    // Messages shown at the cell they name (line = KCI number, column = field); cleared by {}.
    void setErrors(const InputErrors &errors);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void editRequested(const bagalau::KciItem &before, const bagalau::KciItem &after);

private:
    QList<KciItem> m_kcis;
    bool m_editable = false;
    QHash<QString, QString> m_errors; // "number field" → message
};

} // namespace bagalau
