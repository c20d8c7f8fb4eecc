// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/band.h"
#include "methodology/eligibility.h"
#include "methodology/score.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace bagalau {

class ServiceContext;

// One servant's result in a quarter.
struct QuarterResultRow
{
    QString personnelNo;
    QString fullName;
    QString method; // "kci" (the head, §21) or "ranking" (corps B, §28)
    Eligibility eligibility;
    QString sheetStatus; // "", "draft", "signed", "returned"
    std::optional<Score> score; // the signed sheet's score, or the calibrated one (decision 6)
    bool calibrated = false;
    std::optional<Band> band() const;
};

// One servant's year: the quarterly scores and the annual score (§4).
struct YearResultRow
{
    QString personnelNo;
    QString fullName;
    QMap<QString, Score> quarters; // "2024Q1" → the quarter's final score
    std::optional<Score> annualScore;
    std::optional<Band> annualBand() const;
};

// One quarter's final score of one servant, for a trend over the years.
struct QuarterScore
{
    Quarter quarter;
    Score score; // the signed sheet's, or the calibrated one (decision 6)
    bool calibrated = false;
};

// The results the methodology gives from what the file holds.
class ResultsService
{
public:
    explicit ResultsService(const ServiceContext &context);
    // The results the acting account may read (§15, §20): everyone's for the chief specialist,
    // the evaluated people's for an evaluator, one's own for a servant.
    QList<QuarterResultRow> quarter(const Quarter &quarter) const;
    QList<YearResultRow> year(int year) const;
    // One servant's signed quarterly scores over the whole file, oldest first: only the quarters
    // whose results the account may read (§15, §20).
    QList<QuarterScore> history(const QString &personnelNo) const;
    // Whether the account may read this servant's results in the period; refusals are audited.
    bool mayRead(const QString &personnelNo, const DateRange &when, QString *refusal) const;

private:
    const ServiceContext &m_context;
};

} // namespace bagalau
