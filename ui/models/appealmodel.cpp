// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/appealmodel.h"

#include "models/localetext.h"
#include "models/quarterrostermodel.h"

#include <QBrush>
#include <QColor>

namespace bagalau {

AppealModel::AppealModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AppealModel::setAppeals(const QList<AppealRecord> &appeals)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(appeals.size());
    for (const AppealRecord &appeal : appeals) {
        Row row{appeal, {}};
        updateTexts(&row);
        m_rows << row;
    }
    endResetModel();
}

AppealRecord AppealModel::appeal(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    return m_rows.at(index.row()).appeal;
}

qint64 AppealModel::appealId(const QModelIndex &index) const
{
    return appeal(index).id;
}

void AppealModel::retranslate()
{
    for (Row &row : m_rows)
        updateTexts(&row);
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString AppealModel::statusLabel(const AppealRecord &appeal)
{
    if (appeal.status == QLatin1String("refused_late"))
        return tr("refused: late");
    if (appeal.status == QLatin1String("registered"))
        return tr("awaits the decision");
    if (appeal.status == QLatin1String("session_ordered"))
        return appeal.heldOn.isValid() ? tr("session held, protocol not signed")
                                       : tr("session ordered");
    if (appeal.protocolSignedOn.isValid())
        return appeal.feedbackOn.isValid() ? tr("protocol signed, feedback given")
                                           : tr("protocol signed");
    return tr("no session ordered");
}

void AppealModel::updateTexts(Row *row) const
{
    const AppealRecord &appeal = row->appeal;
    auto &texts = row->texts;
    texts[ServantColumn] = appeal.fullName;
    const auto quarter = Quarter::parse(appeal.quarter);
    texts[QuarterColumn] = quarter ? QuarterRosterModel::quarterLabel(*quarter) : appeal.quarter;
    texts[AppliedColumn] = dateText(appeal.appliedOn);
    texts[StatusColumn] = statusLabel(appeal);
    // A deadline matters until the step it sets is done.
    texts[DecisionDueColumn] = appeal.decided ? QString() : dateText(appeal.decisionDue);
    texts[SessionDueColumn] = appeal.heldOn.isValid() || (appeal.decided && !appeal.sessionOrdered)
        ? QString()
        : dateText(appeal.sessionDue);
    const QLocale locale;
    if (appeal.finalScore && appeal.scoreBefore && *appeal.finalScore != *appeal.scoreBefore)
        texts[ScoreColumn] = tr("%1 → %2").arg(
            appeal.scoreBefore->toLocaleString(locale), appeal.finalScore->toLocaleString(locale));
    else if (appeal.sheetScore)
        texts[ScoreColumn] = appeal.sheetScore->toLocaleString(locale);
    else
        texts[ScoreColumn].clear();
}

int AppealModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AppealModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppealModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    const AppealRecord &appeal = row.appeal;
    switch (role) {
    case Qt::DisplayRole:
        return row.texts.at(index.column());
    case Qt::ToolTipRole:
        if (index.column() == ServantColumn)
            return tr("%1, personnel No. %2").arg(appeal.fullName, appeal.personnelNo);
        if (index.column() == StatusColumn && appeal.protocolSignedOn.isValid())
            return tr("Protocol No. %1 of %2; to be posted by %3 (§41)")
                .arg(appeal.protocolNumber, dateText(appeal.protocolSignedOn),
                    dateText(appeal.protocolPostedDue));
        if (index.column() == DecisionDueColumn)
            return tr("§38: the decision within 3 working days of the application");
        if (index.column() == SessionDueColumn)
            return tr("§39: the session within 10 working days of the application");
        return row.texts.at(index.column());
    case Qt::ForegroundRole:
        if (appeal.status == QLatin1String("refused_late"))
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case AppealIdRole:
        return appeal.id;
    case SortRole:
        switch (index.column()) {
        case AppliedColumn:
            return appeal.appliedOn;
        case DecisionDueColumn:
            return appeal.decisionDue;
        case SessionDueColumn:
            return appeal.sessionDue;
        case QuarterColumn:
            return appeal.quarter; // 2024Q1 sorts in time; "I quarter 2024" would not
        case ScoreColumn:
            return appeal.finalScore ? appeal.finalScore->hundredths()
                : appeal.sheetScore  ? appeal.sheetScore->hundredths()
                                     : -1;
        default:
            return row.texts.at(index.column());
        }
    default:
        return {};
    }
}

QVariant AppealModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServantColumn:
        return tr("Servant");
    case QuarterColumn:
        return tr("Quarter");
    case AppliedColumn:
        return tr("Applied on");
    case StatusColumn:
        return tr("Status");
    case DecisionDueColumn:
        return tr("Decision due");
    case SessionDueColumn:
        return tr("Session due");
    case ScoreColumn:
        return tr("Score");
    default:
        return {};
    }
}

} // namespace bagalau
