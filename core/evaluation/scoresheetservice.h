// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/period.h"
#include "services/inputerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bagalau {

class ServiceContext;

// One row of marks.csv: the four ranking marks of a sheet, or one KCI line of a KCI sheet.
struct MarkRow
{
    int line = 0;
    QString personnelNo;
    QString quarter;
    QString kind; // "ranking" or "kci"
    // ranking
    QString quality;
    QString deadlines;
    QString initiative;
    QString discipline;
    // kci
    QString kciNumber;
    QString plan;
    QString actual;
    QString mark;
};

// Score sheets (appendix 2 and 4): filled, signed, read back.
class ScoreSheetService
{
    Q_DECLARE_TR_FUNCTIONS(ScoreSheetService)

public:
    explicit ScoreSheetService(const ServiceContext &context);

    // Every problem of the rows; nothing is written.
    InputErrors validate(const QList<MarkRow> &rows) const;
    // All or nothing: validates, then writes every sheet as signed, in one transaction, audited.
    // Returns the number of sheets written.
    int import(const QList<MarkRow> &rows, InputErrors *errors);

private:
    const ServiceContext &m_context;
};

} // namespace bagalau
