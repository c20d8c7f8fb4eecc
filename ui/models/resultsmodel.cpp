// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/resultsmodel.h"

#include <QLocale>

namespace bagalau {

namespace {

QString scoreText(const std::optional<Score> &score)
{
    return score ? score->toLocaleString(QLocale()) : QString();
}

QString bandText(const std::optional<Band> &band)
{
    return band ? bandLabel(*band) : QString();
}

} // namespace

ResultsModel::ResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ResultsModel::setQuarter(const Quarter &quarter, const QList<QuarterResultRow> &rows)
{
    beginResetModel();
    m_isYear = false;
    m_quarter = quarter;
    m_quarterRows = rows;
    m_yearRows.clear();
    updateTexts();
    endResetModel();
}

void ResultsModel::setYear(int year, const QList<YearResultRow> &rows)
{
    beginResetModel();
    m_isYear = true;
    m_year = year;
    m_yearRows = rows;
    m_quarterRows.clear();
    updateTexts();
    endResetModel();
}

QString ResultsModel::personnelNo(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    return m_isYear ? m_yearRows.at(index.row()).personnelNo
                    : m_quarterRows.at(index.row()).personnelNo;
}

QString ResultsModel::fullName(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    return m_isYear ? m_yearRows.at(index.row()).fullName : m_quarterRows.at(index.row()).fullName;
}

void ResultsModel::retranslate()
{
    updateTexts();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ResultsModel::updateTexts()
{
    m_texts.clear();
    if (m_isYear) {
        m_texts.reserve(m_yearRows.size());
        for (const YearResultRow &row : std::as_const(m_yearRows)) {
            QStringList texts{row.personnelNo, row.fullName};
            for (int number = 1; number <= 4; ++number) {
                const auto score = row.quarters.constFind(Quarter(m_year, number).key());
                texts << (score != row.quarters.constEnd() ? score->toLocaleString(QLocale())
                                                           : QString());
            }
            texts << scoreText(row.annualScore) << bandText(row.annualBand());
            m_texts << texts;
        }
        return;
    }
    m_texts.reserve(m_quarterRows.size());
    for (const QuarterResultRow &row : std::as_const(m_quarterRows)) {
        QString note;
        if (!row.eligibility.evaluated || row.eligibility.withoutParticipation)
            note = row.eligibility.reasonText();
        else if (!row.score)
            note =
                row.sheetStatus.isEmpty() ? tr("no score sheet yet") : tr("score sheet not signed");
        QString score = scoreText(row.score);
        if (row.calibrated)
            score += QStringLiteral(" *");
        m_texts << QStringList{row.personnelNo, row.fullName,
            row.method == QLatin1String("kci") ? tr("KCI") : tr("ranking"), score,
            bandText(row.band()), note};
    }
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_isYear ? m_yearRows.size() : m_quarterRows.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_isYear ? int(YearColumnCount) : int(QuarterColumnCount));
}

QVariant ResultsModel::sortValue(int row, int column) const
{
    std::optional<Score> score;
    if (m_isYear) {
        const YearResultRow &result = m_yearRows.at(row);
        if (column >= FirstQuarterColumn && column < AnnualColumn) {
            const auto found =
                result.quarters.constFind(Quarter(m_year, column - FirstQuarterColumn + 1).key());
            if (found != result.quarters.constEnd())
                score = *found;
        } else if (column == AnnualColumn || column == AnnualBandColumn) {
            score = result.annualScore;
        } else {
            return m_texts.at(row).at(column);
        }
    } else {
        if (column != ScoreColumn && column != BandColumn)
            return m_texts.at(row).at(column);
        score = m_quarterRows.at(row).score;
    }
    return score ? score->hundredths() : -1;
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return m_texts.at(row).at(column);
    case Qt::ToolTipRole:
        if (!m_isYear && column == ScoreColumn && m_quarterRows.at(row).calibrated)
            return tr("Adopted by a calibration session: it replaces the evaluator's score");
        return m_texts.at(row).at(column);
    case Qt::TextAlignmentRole: {
        const bool figure = m_isYear ? (column >= FirstQuarterColumn && column <= AnnualColumn)
                                     : column == ScoreColumn;
        return figure ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    case PersonnelNoRole:
        return m_isYear ? m_yearRows.at(row).personnelNo : m_quarterRows.at(row).personnelNo;
    case SortRole:
        return sortValue(row, column);
    case CalibratedRole:
        return !m_isYear && m_quarterRows.at(row).calibrated;
    default:
        return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == PersonnelNoColumn)
        return tr("Personnel no.");
    if (section == NameColumn)
        return tr("Full name");
    if (m_isYear) {
        if (section >= FirstQuarterColumn && section < AnnualColumn)
            return tr("Q%1", "a quarter's column").arg(section - FirstQuarterColumn + 1);
        if (section == AnnualColumn)
            return tr("Annual score");
        if (section == AnnualBandColumn)
            return tr("Annual band");
        return {};
    }
    switch (section) {
    case MethodColumn:
        return tr("Method");
    case ScoreColumn:
        return tr("Score");
    case BandColumn:
        return tr("Band");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace bagalau
