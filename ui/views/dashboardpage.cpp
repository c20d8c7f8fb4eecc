// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/dashboardpage.h"

#include "views/emptyhint.h"
#include "views/filteredtable.h"
#include "views/pagetitle.h"
#include "views/recordtable.h"

#include "charts/gradedistributionchart.h"
#include "models/dueitemmodel.h"
#include "models/localetext.h"
#include "services/servicecontext.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bagalau {

namespace {

const auto HeaderKey = QStringLiteral("dashboardpage/header");
const auto FilterKey = QStringLiteral("dashboardpage/filter");
const auto SplitterKey = QStringLiteral("dashboardpage/splitter");

QString quarterName(const Quarter &quarter)
{
    return DashboardPage::tr("Q%1 %2", "a quarter: its number, its year")
        .arg(quarter.number())
        .arg(quarter.year());
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : ContextPage(parent)
    , m_model(new DueItemModel(this))
    , m_title(new QLabel(this))
    , m_asOf(new QLabel(this))
    , m_quarterLabel(new QLabel(this))
    , m_quarterBar(new QProgressBar(this))
    , m_surveyLabel(new QLabel(this))
    , m_surveyBar(new QProgressBar(this))
    , m_dueLabel(new QLabel(this))
    , m_list(new FilteredTable(this, m_model, DueItemModel::SortRole,
          [this](int shown, int total) {
              QString count = shown == total ? tr("%n item(s)", nullptr, total)
                                             : tr("%1 of %n item(s)", nullptr, total).arg(shown);
              if (const int overdue = m_model->overdueCount(); overdue > 0)
                  count += QStringLiteral(", ") + tr("%n overdue", nullptr, overdue);
              return count;
          }))
    , m_proxy(m_list->proxy())
    , m_filter(m_list->filter())
    , m_count(m_list->count())
    , m_table(m_list->table())
    , m_open(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_chart(new GradeDistributionChart(this))
{
    setObjectName(QStringLiteral("DashboardPage"));
    setUpPageTitle(m_title);
    m_asOf->setForegroundRole(QPalette::PlaceholderText);

    m_quarterBar->setObjectName(QStringLiteral("quarterProgress"));
    m_surveyBar->setObjectName(QStringLiteral("surveyProgress"));
    for (QProgressBar *bar : {m_quarterBar, m_surveyBar}) {
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setTextVisible(true);
    }
    m_quarterLabel->setBuddy(m_quarterBar);
    m_surveyLabel->setBuddy(m_surveyBar);

    m_dueLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, &DashboardPage::updateSummary);

    m_table->setObjectName(QStringLiteral("dueItems"));
    new EmptyHint(m_table);
    m_table->sortByColumn(DueItemModel::DateColumn, Qt::AscendingOrder);
    // Enter and a double click both open the item where it is dealt with.
    connect(m_table, &QTableView::activated, this, &DashboardPage::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this] { m_open->setEnabled(m_table->currentIndex().isValid()); });

    m_open->setObjectName(QStringLiteral("openItem"));
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_open, &QPushButton::clicked, this, &DashboardPage::openCurrent);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::reload);

    auto *progress = new QGridLayout;
    progress->addWidget(m_quarterLabel, 0, 0);
    progress->addWidget(m_quarterBar, 1, 0);
    progress->addWidget(m_surveyLabel, 0, 1);
    progress->addWidget(m_surveyBar, 1, 1);
    progress->setHorizontalSpacing(24);
    // Both halves share the width: a long Kazakh label wraps instead of losing its due date.
    progress->setColumnStretch(0, 1);
    progress->setColumnStretch(1, 1);
    m_quarterLabel->setWordWrap(true);
    m_surveyLabel->setWordWrap(true);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_dueLabel);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    leftLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_asOf, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addLayout(header);
    layout->addLayout(progress);
    layout->addSpacing(8);
    layout->addWidget(splitter, 1);

    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_open);
    setTabOrder(m_open, m_refresh);

    restoreSettings();
    retranslate();
    reload();
}

DashboardPage::~DashboardPage()
{
    saveSettings();
}

void DashboardPage::setContext(const ServiceContext *context)
{
    m_context = context;
    reload();
}

void DashboardPage::reload()
{
    m_dashboard = m_context ? DashboardService(*m_context).dashboard() : Dashboard{};
    m_model->setItems(m_dashboard.items);
    m_chart->setDistribution(m_dashboard.distribution);
    if (!m_list->columnsSized() && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        QHeaderView *header = m_table->horizontalHeader();
        const int widest = header->fontMetrics().averageCharWidth() * 45;
        header->resizeSection(DueItemModel::KindColumn,
            std::min(header->sectionSize(DueItemModel::KindColumn), widest));
        m_list->setColumnsSized(true);
    }
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateSummary();
}

Area DashboardPage::areaOf(DueTarget target)
{
    switch (target) {
    case DueTarget::QuarterEvaluation:
        return Area::QuarterEvaluation;
    case DueTarget::KciPlans:
        return Area::KciPlans;
    case DueTarget::Appeals:
        return Area::AppealsAndCalibration;
    case DueTarget::Survey360:
        return Area::Survey360;
    }
    return Area::Dashboard;
}

void DashboardPage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const DueItem item = m_model->item(m_proxy->mapToSource(current));
    if (item.kind.isEmpty())
        return;
    Q_EMIT openRequested(areaOf(item.target), item.key, item.personnelNo);
}

void DashboardPage::updateSummary()
{
    const bool open = m_context != nullptr;
    const QuarterProgress &progress = m_dashboard.progress;
    m_quarterBar->setEnabled(open);
    if (open && progress.quarter.isValid()) {
        m_quarterLabel->setText(tr("&Score sheets of %1 signed (due %2):")
                                    .arg(quarterName(progress.quarter), dateText(progress.due)));
        m_quarterBar->setRange(0, std::max(progress.sheetsDue, 1));
        m_quarterBar->setValue(progress.sheetsSigned);
        m_quarterBar->setFormat(
            tr("%1 of %n", "sheets signed of due", progress.sheetsDue).arg(progress.sheetsSigned));
    } else {
        m_quarterLabel->setText(tr("&Score sheets of the quarter in evaluation:"));
        m_quarterBar->setValue(0);
        m_quarterBar->setFormat(tr("no file open"));
    }
    const auto &survey = m_dashboard.survey;
    m_surveyLabel->setVisible(survey.has_value() || !open);
    m_surveyBar->setVisible(survey.has_value() || !open);
    if (survey) {
        m_surveyLabel->setText(tr("&360 survey of %1 answered (due %2):")
                                   .arg(survey->year)
                                   .arg(dateText(survey->due)));
        m_surveyBar->setRange(0, std::max(survey->asked, 1));
        m_surveyBar->setValue(survey->answered);
        m_surveyBar->setFormat(survey->status.isEmpty()
                ? tr("not started")
                : tr("%1 of %n", "answers of questionnaires", survey->asked).arg(survey->answered));
    } else {
        m_surveyLabel->setText(tr("&360 survey:"));
        m_surveyBar->setValue(0);
        m_surveyBar->setFormat(tr("no file open"));
    }
    m_asOf->setText(open ? tr("as of %1").arg(dateText(m_dashboard.today)) : QString());
    m_list->updateCount();
    m_open->setEnabled(m_table->currentIndex().isValid());
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    // Other pages change what is due; the dashboard reads it again whenever it comes back.
    if (m_context)
        reload();
    ContextPage::showEvent(event);
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    saveSettings();
    ContextPage::hideEvent(event);
}

void DashboardPage::retranslate()
{
    m_title->setText(Navigation::title(Area::Dashboard));
    m_dueLabel->setText(
        tr("&Due in the next %n day(s) and overdue:", nullptr, DashboardService::HorizonDays));
    m_filter->setPlaceholderText(tr("Filter by any column (Ctrl+F)"));
    if (auto *hint = m_table->findChild<EmptyHint *>())
        hint->setText(tr("Nothing is due in the next %n day(s) and nothing is overdue.", nullptr,
            DashboardService::HorizonDays));
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Go to where this item is dealt with (Enter)"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Read the file again (F5)"));
    m_model->retranslate();
    m_chart->retranslate();
    updateSummary();
}

void DashboardPage::restoreSettings()
{
    m_list->restoreColumns(HeaderKey);
    m_list->restoreFilter(FilterKey);
    const QSettings settings;
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("dashboardSplitter"))) {
        // The list first; the chart needs the width of the longest band's name beside its bar.
        if (!splitter->restoreState(settings.value(SplitterKey).toByteArray()))
            splitter->setSizes({560, 440});
    }
}

void DashboardPage::saveSettings() const
{
    m_list->saveColumns(HeaderKey);
    m_list->saveFilter(FilterKey);
    QSettings settings;
    if (const auto *splitter = findChild<QSplitter *>(QStringLiteral("dashboardSplitter")))
        settings.setValue(SplitterKey, splitter->saveState());
}

} // namespace bagalau
