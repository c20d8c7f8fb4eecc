// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/scoresheetservice.h"
#include "services/inputerror.h"
#include "services/staffservice.h"

#include <QCoreApplication>

namespace bagalau {

class CsvTable;

// The columns of staff.csv and marks.csv, turned into the rows the services take. Only the
// shape of each field is checked here (a date is a date); the services check the rest.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    // personnel_no, full_name, category, unit, position, appointed; optional dismissed, iin,
    // manager_personnel_no.
    // Rows whose fields have the wrong shape come back too, with those fields left empty, so
    // that the service's checks can report every other problem of the file at once.
    static QList<NewServant> staff(const CsvTable &table, InputErrors *errors);
    // personnel_no, quarter, kind; for ranking quality, deadlines, initiative, discipline; for
    // KCI kci_no, plan, actual, mark.
    static QList<MarkRow> marks(const CsvTable &table, InputErrors *errors);

    // Adds the service's problems to the shape problems, one per line and column, by line.
    static void merge(InputErrors *errors, const InputErrors &more);
};

} // namespace bagalau
