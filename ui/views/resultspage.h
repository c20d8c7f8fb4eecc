// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/contextpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace bagalau {

class FilteredTable;
class ResultsModel;
class ScoreTrendChart;

// The Results area: the quarterly or annual scores and bands of every servant the account may
// read (§4, §7, §15, §20), calibrated scores marked; the selected servant's scores over all
// quarters as a chart; the list exported to a CSV file.
class ResultsPage : public ContextPage
{
    Q_OBJECT

public:
    explicit ResultsPage(QWidget *parent = nullptr);
    ~ResultsPage() override;

    void setContext(const ServiceContext *context) override;
    // The period shown: a year, or one quarter of it (1–4).
    void setPeriod(int year, int quarter);
    int year() const;
    int quarter() const; // 0 for the whole year
    void reload();
    // Writes what the list shows (the whole period, not the filter) to a CSV file; false with the
    // reason in `error`.
    bool exportCsv(const QString &path, QString *error) const;
    QString selectedPersonnelNo() const;

    ResultsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    ScoreTrendChart *trend() const { return m_trend; }

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void updateTrend();
    void askExport();
    QString headerKey() const;
    void restoreHeader();
    void saveHeader() const;

    const ServiceContext *m_context = nullptr;
    ResultsModel *m_model;
    QLabel *m_title;
    QLabel *m_periodLabel;
    QSpinBox *m_year;
    QComboBox *m_quarter;
    // The list and, for brevity, its parts.
    FilteredTable *m_list;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QLabel *m_legend;
    QTableView *m_table;
    ScoreTrendChart *m_trend;
    QPushButton *m_export;
};

} // namespace bagalau
