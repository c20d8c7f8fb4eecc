// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/recordtable.h"

#include <QHeaderView>
#include <QTableView>

namespace bagalau {

void setUpRecordTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 4);
    table->horizontalHeader()->setStretchLastSection(true);
    // A selected row would set every header in bold: the lists look alike on every page.
    table->horizontalHeader()->setHighlightSections(false);
    // Until rows come (or the user's widths are restored), every header reads whole.
    // Room for the sort arrow on every column, as any column may become the sorted one.
    if (table->model()) {
        QHeaderView *header = table->horizontalHeader();
        const bool indicator = header->isSortIndicatorShown();
        header->setSortIndicatorShown(true);
        table->resizeColumnsToContents();
        header->setSortIndicatorShown(indicator);
    }
}

} // namespace bagalau
