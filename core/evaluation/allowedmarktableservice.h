// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/kci.h"
#include "services/inputerror.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace bagalau {

class ServiceContext;

// One row of the appendix-3 table as the user typed it: percents such as "80" or "99.99", an
// empty upper bound for the open "and above" row, marks 0–5.
struct AllowedMarkRowText
{
    QString fromPercent;
    QString toPercent;
    QString minMark;
    QString maxMark;
};

// The appendix-3 table "allowed mark by percent of KCI realization" (DIGEST decision 10: data the
// chief specialist enters; until then any mark 0–5 is accepted).
class AllowedMarkTableService
{
    Q_DECLARE_TR_FUNCTIONS(AllowedMarkTableService)

public:
    explicit AllowedMarkTableService(const ServiceContext &context);

    // The rows by their lower bound; empty when the table has not been entered.
    QList<AllowedMarkRow> rows() const;
    static QList<AllowedMarkRow> readRows(QSqlDatabase connection);

    // Every problem of the typed rows (line = row number from 1); empty when they make a table
    // validateAllowedMarkTable accepts.
    InputErrors validate(const QList<AllowedMarkRowText> &rows) const;
    // All or nothing: validates, then replaces the whole table in one transaction, audited.
    bool replace(const QList<AllowedMarkRowText> &rows, InputErrors *errors);

    static AllowedMarkRowText toText(const AllowedMarkRow &row);

private:
    const ServiceContext &m_context;
};

} // namespace bagalau
