// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quarterrostermodel.h"

#include "evaluation/acquaintanceservice.h"
#include "models/localetext.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace bagalau {

QuarterRosterModel::QuarterRosterModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void QuarterRosterModel::setRoster(const QList<QuarterRosterRow> &rows, const Quarter &quarter)
{
    beginResetModel();
    m_quarter = quarter;
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (const QuarterRosterRow &roster : rows) {
        Row row{roster, {}};
        updateTexts(&row);
        m_rows << row;
    }
    endResetModel();
}

QuarterRosterRow QuarterRosterModel::row(const QModelIndex &index) const
{
    // An invalid index is no selection, not a mistake: it gives an empty row.
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    return m_rows.at(index.row()).roster;
}

QString QuarterRosterModel::personnelNo(const QModelIndex &index) const
{
    return row(index).personnelNo;
}

void QuarterRosterModel::retranslate()
{
    for (Row &row : m_rows)
        updateTexts(&row);
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString QuarterRosterModel::methodLabel(const QString &method)
{
    if (method == QLatin1String("kci"))
        return tr("KCI", "evaluation method, §21");
    return tr("ranking", "evaluation method, §28");
}

QString QuarterRosterModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("draft"))
        return tr("draft", "score sheet status");
    if (status == QLatin1String("signed"))
        return tr("signed", "score sheet status");
    if (status == QLatin1String("returned"))
        return tr("returned for rework", "score sheet status");
    return tr("not filled", "score sheet status");
}

QString QuarterRosterModel::quarterLabel(const Quarter &quarter)
{
    static const char *const numerals[] = {"I", "II", "III", "IV"};
    if (!quarter.isValid())
        return {};
    return tr("%1 quarter %2", "II quarter 2024")
        .arg(QLatin1String(numerals[quarter.number() - 1]))
        .arg(quarter.year());
}

void QuarterRosterModel::updateTexts(Row *row) const
{
    const QuarterRosterRow &roster = row->roster;
    const Eligibility &eligibility = roster.eligibility;
    auto &texts = row->texts;
    texts[PersonnelNoColumn] = roster.personnelNo;
    texts[NameColumn] = roster.fullName;
    texts[PositionColumn] = roster.position;
    texts[MethodColumn] = methodLabel(roster.method);
    texts[EvaluatedColumn] = !eligibility.evaluated ? tr("no", "not evaluated")
        : eligibility.withoutParticipation          ? tr("without participation")
                                                    : tr("yes", "evaluated");
    texts[ReasonColumn] =
        eligibility.reasonKey == QLatin1String("evaluated") ? QString() : eligibility.reasonText();
    // The head of the apparatus is evaluated by the chairman (§2, §22), who is not on the staff.
    texts[EvaluatorColumn] = !roster.evaluatorName.isEmpty() ? roster.evaluatorName
        : !roster.evaluatorPersonnelNo.isEmpty()             ? roster.evaluatorPersonnelNo
        : roster.method == QLatin1String("kci")              ? tr("the chairman")
                                                             : QString();
    texts[StatusColumn] = !eligibility.evaluated ? QString()
        : roster.signedOn.isValid()
        ? tr("%1 %2", "status and day")
              .arg(statusLabel(roster.sheetStatus), dateText(roster.signedOn))
        : statusLabel(roster.sheetStatus);
    texts[ScoreColumn] = roster.score ? roster.score->toLocaleString(QLocale()) : QString();
    texts[BandColumn] = roster.band() ? bandShortLabel(*roster.band()) : QString();
    texts[AcquaintedColumn] = roster.acquaintedOn.isValid()
        ? tr("%1, %2", "acquainted on a day, by a method")
              .arg(dateText(roster.acquaintedOn),
                  AcquaintanceService::methodLabel(roster.acquaintanceMethod))
        : QString();
    texts[AppealDueColumn] = dateText(roster.appealDue);
}

int QuarterRosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuarterRosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuarterRosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QuarterRosterRow &roster = row.roster;
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return row.texts.at(index.column());
    case PersonnelNoRole:
        return roster.personnelNo;
    case Qt::ToolTipRole:
        if (column == EvaluatorColumn && !roster.evaluatorPersonnelNo.isEmpty())
            return tr("Personnel number %1").arg(roster.evaluatorPersonnelNo);
        if (column == StatusColumn && !roster.returnReason.isEmpty())
            return tr("Returned for correction: %1").arg(roster.returnReason);
        if (column == StatusColumn && roster.acquaintanceDue.isValid()
            && !roster.acquaintedOn.isValid())
            return tr("Acquaint the servant by %1 (§11)").arg(dateText(roster.acquaintanceDue));
        if (column == AppealDueColumn && roster.appealDue.isValid())
            return tr("The last day to apply for a calibration session (§12)");
        if (column == BandColumn && roster.band())
            return bandLabel(*roster.band());
        return row.texts.at(index.column());
    case Qt::TextAlignmentRole:
        if (column == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Whoever is not evaluated stays on the roster, set apart.
        if (!roster.eligibility.evaluated)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case SortRole:
        switch (column) {
        case ScoreColumn:
            return roster.score ? roster.score->hundredths() : -1;
        case StatusColumn:
            return roster.signedOn.isValid() ? QVariant(roster.signedOn)
                                             : QVariant(row.texts.at(index.column()));
        case AcquaintedColumn:
            return roster.acquaintedOn;
        case AppealDueColumn:
            return roster.appealDue;
        default:
            return row.texts.at(index.column());
        }
    default:
        return {};
    }
}

QVariant QuarterRosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PersonnelNoColumn:
        return tr("Personnel no.");
    case NameColumn:
        return tr("Full name");
    case PositionColumn:
        return tr("Position");
    case MethodColumn:
        return tr("Method");
    case EvaluatedColumn:
        return tr("Evaluated");
    case ReasonColumn:
        return tr("Why");
    case EvaluatorColumn:
        return tr("Evaluator");
    case StatusColumn:
        return tr("Sheet");
    case ScoreColumn:
        return tr("Score");
    case BandColumn:
        return tr("Band");
    case AcquaintedColumn:
        return tr("Acquainted");
    case AppealDueColumn:
        return tr("Application due");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace bagalau
