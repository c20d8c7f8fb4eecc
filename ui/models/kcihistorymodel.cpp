// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kcihistorymodel.h"

#include "models/localetext.h"

namespace bagalau {

namespace {

QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("title"))
        return KciHistoryModel::tr("title");
    if (field == QLatin1String("unit"))
        return KciHistoryModel::tr("unit");
    if (field == QLatin1String("plan_value"))
        return KciHistoryModel::tr("plan value");
    if (field == QLatin1String("direction"))
        return KciHistoryModel::tr("better when");
    if (field == QLatin1String("due"))
        return KciHistoryModel::tr("due date");
    if (field == QLatin1String("source"))
        return KciHistoryModel::tr("source document");
    if (field == QLatin1String("expected"))
        return KciHistoryModel::tr("expected result");
    return field;
}

} // namespace

KciHistoryModel::KciHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void KciHistoryModel::setEvents(const QList<KciPlanEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

KciPlanEvent KciHistoryModel::event(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_events.size() ? m_events.at(index.row())
                                                            : KciPlanEvent();
}

int KciHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int KciHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KciHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size() || role != Qt::DisplayRole)
        return {};
    const KciPlanEvent &event = m_events.at(index.row());
    switch (index.column()) {
    case DayColumn:
        return dateText(event.day);
    case EventColumn:
        if (event.kind == QLatin1String("drawn_up"))
            return tr("drawn up (§22)");
        if (event.kind == QLatin1String("approved"))
            return tr("approved by %1 (§22)").arg(event.newValue);
        return tr("changed: %1 (§25)").arg(fieldLabel(event.field));
    case KciColumn:
        return event.kciNumber > 0 ? QString::number(event.kciNumber) : QString();
    case OldColumn:
        return event.kind == QLatin1String("changed") ? event.oldValue : QString();
    case NewColumn:
        return event.kind == QLatin1String("changed") ? event.newValue : QString();
    case ReasonColumn:
        return event.reason;
    }
    return {};
}

QVariant KciHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn:
        return tr("Date");
    case EventColumn:
        return tr("Event");
    case KciColumn:
        return tr("KCI", "KCI number in the history");
    case OldColumn:
        return tr("Was");
    case NewColumn:
        return tr("Became");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace bagalau
