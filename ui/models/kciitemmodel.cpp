// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kciitemmodel.h"

#include "models/localetext.h"

#include <QBrush>
#include <QColor>
#include <QDate>

namespace bagalau {

namespace {

QString errorKey(int number, const QString &field)
{
    return QString::number(number) + QLatin1Char(' ') + field;
}

} // namespace

KciItemModel::KciItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void KciItemModel::setKcis(const QList<KciItem> &kcis, bool editable)
{
    beginResetModel();
    m_kcis = kcis;
    m_editable = editable;
    endResetModel();
}

KciItem KciItemModel::kci(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_kcis.size() ? m_kcis.at(index.row()) : KciItem();
}

QString KciItemModel::fieldOf(int column)
{
    switch (column) {
    case NumberColumn:
        return QStringLiteral("number");
    case TitleColumn:
        return QStringLiteral("title");
    case UnitColumn:
        return QStringLiteral("unit");
    case PlanColumn:
        return QStringLiteral("plan_value");
    case DirectionColumn:
        return QStringLiteral("direction");
    case DueColumn:
        return QStringLiteral("due");
    case SourceColumn:
        return QStringLiteral("source");
    case ExpectedColumn:
        return QStringLiteral("expected");
    }
    return {};
}

void KciItemModel::setErrors(const InputErrors &errors)
{
    m_errors.clear();
    for (const InputError &error : errors)
        m_errors.insert(errorKey(error.line, error.column), error.message);
    if (!m_kcis.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int KciItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kcis.size());
}

int KciItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KciItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_kcis.size())
        return {};
    const KciItem &kci = m_kcis.at(index.row());
    const QString error = m_errors.value(errorKey(kci.number, fieldOf(index.column())));
    switch (role) {
    case NumberRole:
        return kci.number;
    case DirectionKeyRole:
        return kciDirectionKey(kci.direction);
    case Qt::ToolTipRole:
        return error.isEmpty() ? QVariant() : QVariant(error);
    case Qt::BackgroundRole:
        return error.isEmpty() ? QVariant() : QVariant(QBrush(QColor(255, 220, 220)));
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case NumberColumn:
        return kci.number;
    case TitleColumn:
        return kci.title;
    case UnitColumn:
        return kci.unit;
    case PlanColumn:
        if (edit)
            return kci.planValue;
        if (const auto value = Decimal::parse(kci.planValue))
            return value->toLocaleString(QLocale());
        return kci.planValue;
    case DirectionColumn:
        return edit ? QVariant(kciDirectionKey(kci.direction))
                    : QVariant(kciDirectionLabel(kci.direction));
    case DueColumn:
        return edit ? QVariant(kci.due) : QVariant(dateText(kci.due));
    case SourceColumn:
        return kci.sourceDocument;
    case ExpectedColumn:
        return kci.expectedResult;
    }
    return {};
}

bool KciItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_editable || index.row() >= m_kcis.size())
        return false;
    const KciItem before = m_kcis.at(index.row());
    KciItem after = before;
    switch (index.column()) {
    case TitleColumn:
        after.title = value.toString();
        break;
    case UnitColumn:
        after.unit = value.toString();
        break;
    case PlanColumn:
        after.planValue = value.toString().trimmed();
        break;
    case DirectionColumn:
        after.direction =
            kciDirectionFromKey(value.toString()).value_or(KciDirection::MoreIsBetter);
        break;
    case DueColumn:
        after.due = value.toDate();
        break;
    case SourceColumn:
        after.sourceDocument = value.toString();
        break;
    case ExpectedColumn:
        after.expectedResult = value.toString();
        break;
    default:
        return false;
    }
    if (after == before)
        return false;
    Q_EMIT editRequested(before, after);
    return true;
}

Qt::ItemFlags KciItemModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && index.column() != NumberColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant KciItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.", "KCI number");
    case TitleColumn:
        return tr("KCI (specific)");
    case UnitColumn:
        return tr("Unit (measurable)");
    case PlanColumn:
        return tr("Plan value");
    case DirectionColumn:
        return tr("Better when");
    case DueColumn:
        return tr("Due (time-bound)");
    case SourceColumn:
        return tr("Source document (relevant)");
    case ExpectedColumn:
        return tr("Expected result (achievable)");
    }
    return {};
}

} // namespace bagalau
