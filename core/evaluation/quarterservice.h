// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/band.h"
#include "methodology/eligibility.h"
#include "methodology/period.h"
#include "methodology/score.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bagalau {

class ServiceContext;

// One servant on the roster of a quarter's evaluation.
struct QuarterRosterRow
{
    QString personnelNo;
    QString fullName;
    QString unit;
    QString position;
    QString method; // "kci" (the head, §21) or "ranking" (corps B, §28)
    Eligibility eligibility; // evaluated or not and why (§5), without participation (§5, §6)
    QString evaluatorPersonnelNo; // the direct manager on the quarter's last day (§17, §29)
    QString evaluatorName;
    QString sheetStatus; // "", "draft", "signed", "returned"
    QString returnReason; // why a signed sheet was returned for correction (SheetReopening)
    QDate signedOn;
    std::optional<Score> score; // the signed (or calibrated) score of an evaluated servant
    bool calibrated = false;
    QDate acquaintedOn; // invalid until acquainted (§11)
    QString acquaintanceMethod;
    QDate acquaintanceDue; // §11: 2 working days after signing
    QDate appealDue; // §12: 5 working days after acquaintance

    std::optional<Band> band() const;
};

// The roster of one quarter's evaluation: everyone who held a position in it, with how they are
// evaluated and how far their sheet has come. Built on ResultsService, so the eligibility and
// the score are read by the same rules everywhere; the account sees only whom it may (§20).
class QuarterService
{
    Q_DECLARE_TR_FUNCTIONS(QuarterService)

public:
    explicit QuarterService(const ServiceContext &context);

    QList<QuarterRosterRow> roster(const Quarter &quarter) const;
    // The quarter whose evaluation is under way on a day: the one before the day's quarter.
    static Quarter currentFor(QDate today);

private:
    const ServiceContext &m_context;
};

} // namespace bagalau
