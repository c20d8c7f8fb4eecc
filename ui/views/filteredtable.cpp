// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/filteredtable.h"

#include "views/recordtable.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace bagalau {

FilteredTable::FilteredTable(
    QWidget *page, QAbstractItemModel *model, int sortRole, CountText countText)
    : QObject(page)
    , m_filter(new QLineEdit(page))
    , m_count(countText ? new QLabel(page) : nullptr)
    , m_table(new QTableView(page))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_countText(std::move(countText))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // Kazakh and Russian names sort by the alphabet, not by code point (Ә, Ө, Ү, Ё...).
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &FilteredTable::updateCount);
    // Down from the filter goes to the list, as in a search field of a file manager.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    setUpRecordTable(m_table);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *find = new QShortcut(QKeySequence::Find, page);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

void FilteredTable::updateCount()
{
    if (m_count)
        m_count->setText(m_countText(m_proxy->rowCount(), m_proxy->sourceModel()->rowCount()));
}

QModelIndex FilteredTable::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : m_proxy->mapToSource(rows.first());
}

bool FilteredTable::restoreColumns(const QString &key)
{
    QHeaderView *header = m_table->horizontalHeader();
    m_columnsSized = header->restoreState(QSettings().value(key).toByteArray())
        && header->count() == m_proxy->columnCount();
    // The header keeps the sort it was saved with, but the rows need sorting by it again.
    if (m_columnsSized)
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return m_columnsSized;
}

void FilteredTable::restoreFilter(const QString &key)
{
    m_filter->setText(QSettings().value(key).toString());
}

void FilteredTable::saveColumns(const QString &key) const
{
    if (m_columnsSized)
        QSettings().setValue(key, m_table->horizontalHeader()->saveState());
}

void FilteredTable::saveFilter(const QString &key) const
{
    QSettings().setValue(key, m_filter->text());
}

} // namespace bagalau
