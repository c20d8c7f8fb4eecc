// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace bagalau {

// A page's list of records with its filter, the same on every page: a line edit that filters on
// every column (Ctrl+F goes to it, Enter goes down to the list), a sorting proxy that orders names
// by the alphabet, a record table (recordtable.h) with movable columns, an optional "3 of 10"
// count, and the columns (widths, order, sort) and filter remembered in QSettings. The widgets
// are the page's children: the page lays them out and sets their tab order.
class FilteredTable : public QObject
{
    Q_OBJECT

public:
    // The count's text from the rows shown and the rows in the model.
    using CountText = std::function<QString(int shown, int total)>;

    FilteredTable(QWidget *page, QAbstractItemModel *model, int sortRole, CountText countText = {});

    QLineEdit *filter() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // Null without a CountText.
    QLabel *count() const { return m_count; }

    void updateCount();
    // The model's index of the selected row (its first column), invalid when none is selected.
    QModelIndex selectedRow() const;

    // Restores the columns saved under the key and sorts as they were sorted; false when nothing
    // (or a header of another column count) was saved. Until then the columns count as unsized.
    bool restoreColumns(const QString &key);
    void restoreFilter(const QString &key);
    // The columns are saved only once sized, by the user or by a real list's contents, never the
    // empty list's defaults.
    bool columnsSized() const { return m_columnsSized; }
    void setColumnsSized(bool sized) { m_columnsSized = sized; }
    void saveColumns(const QString &key) const;
    void saveFilter(const QString &key) const;

private:
    QLineEdit *m_filter;
    QLabel *m_count = nullptr;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    CountText m_countText;
    bool m_columnsSized = false;
};

} // namespace bagalau
