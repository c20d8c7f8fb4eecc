// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/contextpage.h"

#include "evaluation/dashboardservice.h"
#include "navigation.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bagalau {

class DueItemModel;
class FilteredTable;
class GradeDistributionChart;

// The Dashboard area: what is due in the next 30 days and what is overdue across the
// organisation, the progress of the quarter in evaluation and of the 360 survey, and the bands
// of the last finished quarter. Everything comes from DashboardService, filtered for the
// account; the page is read again whenever it is shown.
class DashboardPage : public ContextPage
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setContext(const ServiceContext *context) override;
    void reload();
    const Dashboard &dashboard() const { return m_dashboard; }
    DueItemModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    GradeDistributionChart *chart() const { return m_chart; }
    QProgressBar *quarterProgress() const { return m_quarterBar; }
    QProgressBar *surveyProgress() const { return m_surveyBar; }

    static Area areaOf(DueTarget target);

Q_SIGNALS:
    // The user asked to deal with an item: the window shows the area and there the quarter,
    // appeal or year `key` names, with the servant `personnelNo` (empty for the organisation's
    // duties) selected.
    void openRequested(bagalau::Area area, const QString &key, const QString &personnelNo);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void openCurrent();
    void restoreSettings();
    void saveSettings() const;

    const ServiceContext *m_context = nullptr;
    Dashboard m_dashboard;
    DueItemModel *m_model;
    QLabel *m_title;
    QLabel *m_asOf;
    QLabel *m_quarterLabel;
    QProgressBar *m_quarterBar;
    QLabel *m_surveyLabel;
    QProgressBar *m_surveyBar;
    QLabel *m_dueLabel;
    // The list and, for brevity, its parts.
    FilteredTable *m_list;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_open;
    QPushButton *m_refresh;
    GradeDistributionChart *m_chart;
};

} // namespace bagalau
