// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace bagalau {

// A table of records that the user reads and picks from, never edits in place: whole rows, one at
// a time, no row numbers, alternating colours, the last column taking the rest of the width, one
// line a row of one height (so a view of 2,000 rows need not measure them), and Tab leaving the
// table for the next control.
void setUpRecordTable(QTableView *table);

} // namespace bagalau
