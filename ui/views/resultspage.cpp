// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/resultspage.h"

#include "views/filteredtable.h"
#include "views/pagetitle.h"

#include "charts/scoretrendchart.h"
#include "evaluation/resultsexport.h"
#include "evaluation/resultsservice.h"
#include "methodology/score.h"
#include "models/resultsmodel.h"
#include "navigation.h"
#include "services/servicecontext.h"

#include "clock.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bagalau {

namespace {

const auto FilterKey = QStringLiteral("resultspage/filter");
const auto SplitterKey = QStringLiteral("resultspage/splitter");
const auto FolderKey = QStringLiteral("resultspage/exportFolder");

} // namespace

ResultsPage::ResultsPage(QWidget *parent)
    : ContextPage(parent)
    , m_model(new ResultsModel(this))
    , m_title(new QLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_quarter(new QComboBox(this))
    , m_list(new FilteredTable(this, m_model, ResultsModel::SortRole,
          [](int shown, int total) {
              return shown == total ? tr("%n servant(s)", nullptr, total)
                                    : tr("%1 of %n servant(s)", nullptr, total).arg(shown);
          }))
    , m_proxy(m_list->proxy())
    , m_filter(m_list->filter())
    , m_count(m_list->count())
    , m_legend(new QLabel(this))
    , m_table(m_list->table())
    , m_trend(new ScoreTrendChart(this))
    , m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("ResultsPage"));
    setUpPageTitle(m_title);

    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_quarter->setObjectName(QStringLiteral("quarter"));
    for (int number = 0; number <= 4; ++number)
        m_quarter->addItem(QString(), number);
    m_periodLabel->setBuddy(m_year);
    connect(m_year, &QSpinBox::valueChanged, this, &ResultsPage::reload);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &ResultsPage::reload);

    m_table->setObjectName(QStringLiteral("results"));
    m_table->sortByColumn(ResultsModel::PersonnelNoColumn, Qt::AscendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ResultsPage::updateTrend);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    m_legend->setWordWrap(true);

    m_export->setObjectName(QStringLiteral("exportCsv"));
    connect(m_export, &QPushButton::clicked, this, &ResultsPage::askExport);
    auto *exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportShortcut, &QShortcut::activated, this, &ResultsPage::askExport);
    auto *top = new QHBoxLayout;
    top->addWidget(m_periodLabel);
    top->addWidget(m_year);
    top->addWidget(m_quarter);
    top->addSpacing(12);
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("resultsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_trend);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_legend, 1);
    bottom->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    setTabOrder(m_year, m_quarter);
    setTabOrder(m_quarter, m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_export);

    m_list->restoreFilter(FilterKey);
    splitter->restoreState(QSettings().value(SplitterKey).toByteArray());
    retranslate();
    reload();
}

ResultsPage::~ResultsPage()
{
    saveHeader();
}

void ResultsPage::setContext(const ServiceContext *context)
{
    m_context = context;
    if (m_context) {
        // The quarter in evaluation's year, and the last quarter that ended.
        const Quarter last = Quarter::containing(m_context->clock().today()).previous();
        const QSignalBlocker yearBlocker(m_year);
        const QSignalBlocker quarterBlocker(m_quarter);
        m_year->setValue(last.year());
        m_quarter->setCurrentIndex(last.number());
    }
    reload();
}

void ResultsPage::setPeriod(int year, int quarter)
{
    const QSignalBlocker yearBlocker(m_year);
    const QSignalBlocker quarterBlocker(m_quarter);
    m_year->setValue(year);
    m_quarter->setCurrentIndex(std::clamp(quarter, 0, 4));
    reload();
}

int ResultsPage::year() const
{
    return m_year->value();
}

int ResultsPage::quarter() const
{
    return m_quarter->currentIndex();
}

QString ResultsPage::headerKey() const
{
    return m_model->isYear() ? QStringLiteral("resultspage/headerYear")
                             : QStringLiteral("resultspage/headerQuarter");
}

void ResultsPage::reload()
{
    saveHeader();
    const QString selected = selectedPersonnelNo();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (quarter() == 0) {
        m_model->setYear(
            year(), m_context ? ResultsService(*m_context).year(year()) : QList<YearResultRow>());
    } else {
        const Quarter period(year(), quarter());
        m_model->setQuarter(period,
            m_context ? ResultsService(*m_context).quarter(period) : QList<QuarterResultRow>());
    }
    QApplication::restoreOverrideCursor();
    restoreHeader();
    if (!selected.isEmpty()) {
        const QModelIndexList found = m_proxy->match(
            m_proxy->index(0, 0), ResultsModel::PersonnelNoRole, selected, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            m_table->selectRow(found.first().row());
    }
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    m_export->setEnabled(m_context && m_model->rowCount() > 0);
    m_list->updateCount();
    updateTrend();
}

void ResultsPage::restoreHeader()
{
    if (!m_list->restoreColumns(headerKey()) && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        m_list->setColumnsSized(true);
    }
    QHeaderView *header = m_table->horizontalHeader();
    // The columns changed with the period: the last one takes the rest of the width again.
    header->setStretchLastSection(false);
    header->setStretchLastSection(true);
}

void ResultsPage::saveHeader() const
{
    m_list->saveColumns(headerKey());
    m_list->saveFilter(FilterKey);
    if (const auto *splitter = findChild<QSplitter *>(QStringLiteral("resultsSplitter")))
        QSettings().setValue(SplitterKey, splitter->saveState());
}

QString ResultsPage::selectedPersonnelNo() const
{
    const QModelIndex row = m_list->selectedRow();
    return row.isValid() ? m_model->personnelNo(row) : QString();
}

void ResultsPage::updateTrend()
{
    const QModelIndex source = m_list->selectedRow();
    if (!source.isValid() || !m_context) {
        m_trend->setTrend(QString(), {});
        return;
    }
    const QString personnelNo = m_model->personnelNo(source);
    m_trend->setTrend(m_model->fullName(source), ResultsService(*m_context).history(personnelNo));
}

bool ResultsPage::exportCsv(const QString &path, QString *error) const
{
    const QByteArray csv = m_model->isYear()
        ? ResultsExport::yearCsv(m_model->year(), m_model->yearRows())
        : ResultsExport::quarterCsv(m_model->quarterRows());
    return ResultsExport::write(path, csv, error);
}

void ResultsPage::askExport()
{
    if (!m_context || m_model->rowCount() == 0)
        return;
    const QString name = m_model->isYear()
        ? QStringLiteral("results-%1.csv").arg(m_model->year())
        : QStringLiteral("results-%1.csv").arg(m_model->quarter().key());
    QSettings settings;
    const QString folder = settings.value(FolderKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export results to CSV"), QDir(folder).filePath(name), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(FolderKey, QFileInfo(path).absolutePath());
    QString error;
    if (!exportCsv(path, &error)) {
        QMessageBox::warning(this, tr("Export results to CSV"), error);
        return;
    }
    QMessageBox::information(this, tr("Export results to CSV"),
        tr("%n servant(s) written to %1.", nullptr, m_model->rowCount())
            .arg(QDir::toNativeSeparators(path)));
}

void ResultsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResultsPage::hideEvent(QHideEvent *event)
{
    saveHeader();
    ContextPage::hideEvent(event);
}

void ResultsPage::retranslate()
{
    m_title->setText(Navigation::title(Area::Results));
    m_periodLabel->setText(tr("&Period:"));
    m_quarter->setItemText(0, tr("whole year"));
    for (int number = 1; number <= 4; ++number)
        m_quarter->setItemText(number, tr("quarter %1").arg(number));
    m_filter->setPlaceholderText(tr("Filter by any column (Ctrl+F)"));
    // The bands' bounds in the user's notation: 4,00 in Kazakh and Russian.
    const auto bound = [](int hundredths) {
        return Score::fromHundredths(hundredths).toLocaleString(QLocale());
    };
    m_legend->setText(tr("* the score adopted by a calibration session (§41), which replaces the "
                         "evaluator's. Bands by §7: %1–%2, %3–%4, %5–%6, %7–%8.")
                          .arg(bound(400), bound(500), bound(300), bound(399), bound(200),
                              bound(299), QLocale().toString(0), bound(199)));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("Save the whole list of the period as a CSV file (Ctrl+E)"));
    m_model->retranslate();
    m_trend->retranslate();
    m_list->updateCount();
}

} // namespace bagalau
