// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/quarterpage.h"

#include "views/filteredtable.h"
#include "views/pagetitle.h"

#include "access/permissions.h"
#include "commands/recordacquaintancecommand.h"
#include "commands/saverankingdraftcommand.h"
#include "dialogs/acquaintancedialog.h"
#include "dialogs/kcisheetdialog.h"
#include "dialogs/rankingsheetdialog.h"
#include "evaluation/quarterservice.h"
#include "models/localetext.h"
#include "models/quarterrostermodel.h"
#include "services/servicecontext.h"

#include "clock.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bagalau {

namespace {

const auto HeaderKey = QStringLiteral("quarterpage/header");
const auto FilterKey = QStringLiteral("quarterpage/filter");

} // namespace

QuarterPage::QuarterPage(QWidget *parent)
    : ContextPage(parent)
    , m_model(new QuarterRosterModel(this))
    , m_title(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_quarterLabel(new QLabel(this))
    , m_number(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_list(new FilteredTable(this, m_model, QuarterRosterModel::SortRole,
          [](int shown, int total) {
              return shown == total ? tr("%n servant(s)", nullptr, total)
                                    : tr("%1 of %n servant(s)", nullptr, total).arg(shown);
          }))
    , m_proxy(m_list->proxy())
    , m_filter(m_list->filter())
    , m_count(m_list->count())
    , m_table(m_list->table())
    , m_open(new QPushButton(this))
    , m_acquaint(new QPushButton(this))
{
    setObjectName(QStringLiteral("QuarterPage"));
    setUpPageTitle(m_title);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    const Quarter current = QuarterService::currentFor(QDate::currentDate());
    m_number->setObjectName(QStringLiteral("quarterNumber"));
    for (int number = 1; number <= 4; ++number)
        m_number->addItem(QString(), number);
    m_number->setCurrentIndex(current.number() - 1);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(current.year());
    m_quarterLabel->setBuddy(m_number);
    connect(m_number, &QComboBox::currentIndexChanged, this, &QuarterPage::reload);
    connect(m_year, &QSpinBox::valueChanged, this, &QuarterPage::reload);

    m_table->setObjectName(QStringLiteral("roster"));
    m_table->sortByColumn(QuarterRosterModel::PersonnelNoColumn, Qt::AscendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &QuarterPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QuarterPage::updateButtons);
    // Enter and a double click both open the sheet.
    connect(m_table, &QTableView::activated, this, &QuarterPage::openSheet);

    m_open->setObjectName(QStringLiteral("openSheet"));
    m_acquaint->setObjectName(QStringLiteral("recordAcquaintance"));
    connect(m_open, &QPushButton::clicked, this, &QuarterPage::openSheet);
    connect(m_acquaint, &QPushButton::clicked, this, &QuarterPage::recordAcquaintance);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_quarterLabel);
    filterRow->addWidget(m_number);
    filterRow->addWidget(m_year);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_acquaint);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_problem);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    setTabOrder(m_number, m_year);
    setTabOrder(m_year, m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_open);
    setTabOrder(m_open, m_acquaint);

    restoreSettings();
    retranslate();
    updateButtons();
}

QuarterPage::~QuarterPage()
{
    saveSettings();
}

void QuarterPage::setContext(const ServiceContext *context)
{
    m_context = context;
    if (m_sheetDialog)
        m_sheetDialog->reject();
    if (m_acquaintanceDialog)
        m_acquaintanceDialog->reject();
    if (m_context) {
        // The roster opens on the quarter whose evaluation is under way on the file's today.
        const Quarter current = QuarterService::currentFor(m_context->clock().today());
        const QSignalBlocker numberBlocker(m_number);
        const QSignalBlocker yearBlocker(m_year);
        m_number->setCurrentIndex(current.number() - 1);
        m_year->setValue(current.year());
    }
    reload();
}

Quarter QuarterPage::quarter() const
{
    return Quarter(m_year->value(), m_number->currentIndex() + 1);
}

void QuarterPage::setQuarter(const Quarter &quarter)
{
    const QSignalBlocker numberBlocker(m_number);
    const QSignalBlocker yearBlocker(m_year);
    m_number->setCurrentIndex(quarter.number() - 1);
    m_year->setValue(quarter.year());
    reload();
}

void QuarterPage::reload()
{
    const QString selected = selectedPersonnelNo();
    const Quarter shown = quarter();
    QList<QuarterRosterRow> rows;
    if (m_context)
        rows = QuarterService(*m_context).roster(shown);
    m_model->setRoster(rows, shown);
    if (!m_list->columnsSized() && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        // A long position or reason would push the rest out of sight; the tooltip shows it whole.
        QHeaderView *header = m_table->horizontalHeader();
        const int widest = header->fontMetrics().averageCharWidth() * 22;
        for (int column : {QuarterRosterModel::PositionColumn, QuarterRosterModel::ReasonColumn,
                 QuarterRosterModel::BandColumn, QuarterRosterModel::AcquaintedColumn})
            header->resizeSection(column, std::min(header->sectionSize(column), widest));
        m_list->setColumnsSized(true);
    }
    if (!selected.isEmpty())
        selectServant(selected);
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    m_list->updateCount();
    updateButtons();
}

bool QuarterPage::selectServant(const QString &personnelNo)
{
    const QModelIndexList found = m_proxy->match(m_proxy->index(0, 0),
        QuarterRosterModel::PersonnelNoRole, personnelNo, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    m_table->selectRow(found.first().row());
    m_table->scrollTo(found.first());
    return true;
}

void QuarterPage::showKey(const QString &key, const QString &personnelNo)
{
    if (const auto shown = Quarter::parse(key))
        setQuarter(*shown);
    // A filter typed earlier would hide the servant asked for.
    if (!personnelNo.isEmpty() && !selectServant(personnelNo) && !m_filter->text().isEmpty()) {
        m_filter->clear();
        selectServant(personnelNo);
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

RankingSheetDialog *QuarterPage::sheetDialog() const
{
    return m_sheetDialog;
}

AcquaintanceDialog *QuarterPage::acquaintanceDialog() const
{
    return m_acquaintanceDialog;
}

QString QuarterPage::selectedPersonnelNo() const
{
    const QModelIndex row = m_list->selectedRow();
    return row.isValid() ? m_model->personnelNo(row) : QString();
}

void QuarterPage::afterCommand(const InputErrors &errors)
{
    reload();
    QStringList messages;
    for (const InputError &error : errors)
        messages << error.message;
    m_problem->setText(messages.join(QLatin1Char('\n')));
    m_problem->setVisible(!messages.isEmpty());
    Q_EMIT evaluationChanged();
}

// The dialogs stay open while the window may lock and sign out: every service call reads
// m_context at that moment, and a change of context closes them.
void QuarterPage::openSheet()
{
    const QString personnelNo = selectedPersonnelNo();
    if (personnelNo.isEmpty() || !m_context)
        return;
    const QuarterRosterRow row = m_model->row(m_list->selectedRow());
    const Quarter shown = quarter();
    m_problem->hide();
    if (row.method == QLatin1String("kci")) {
        openKciSheet(personnelNo, shown);
        return;
    }
    QString error;
    const auto sheet = RankingSheetService(*m_context).read(personnelNo, shown, &error);
    if (!sheet) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    QPointer<QuarterPage> page(this);
    RankingSheetDialog::Actions actions;
    actions.save = [this, personnelNo, shown, page](
                       const RankingMarks &marks, InputErrors *errors) {
        if (!m_context)
            return false;
        const auto before = RankingSheetService(*m_context).read(personnelNo, shown, nullptr);
        if (!before)
            return RankingSheetService(*m_context).saveDraft(personnelNo, shown, marks, errors);
        const bool saved = SaveRankingDraftCommand::apply(
            undoStack(), *m_context, *before, marks,
            [page](const InputErrors &errors) {
                if (page)
                    page->afterCommand(errors);
            },
            errors);
        if (saved)
            reload();
        return saved;
    };
    actions.sign = [this, personnelNo, shown](const RankingMarks &marks, InputErrors *errors) {
        if (!m_context)
            return false;
        const bool done = RankingSheetService(*m_context).sign(personnelNo, shown, marks, errors);
        if (done) {
            reload();
            Q_EMIT evaluationChanged();
        }
        return done;
    };
    actions.reopen = [this, personnelNo, shown](const QString &reason, InputErrors *errors) {
        if (!m_context)
            return false;
        const bool done =
            RankingSheetService(*m_context).reopen(personnelNo, shown, reason, errors);
        if (done) {
            reload();
            Q_EMIT evaluationChanged();
        }
        return done;
    };
    actions.reload = [this, personnelNo, shown]() -> std::optional<RankingSheetRecord> {
        if (!m_context)
            return std::nullopt;
        return RankingSheetService(*m_context).read(personnelNo, shown, nullptr);
    };
    if (m_sheetDialog)
        m_sheetDialog->reject();
    m_sheetDialog = new RankingSheetDialog(*sheet, actions, this);
    m_sheetDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_sheetDialog->open();
}

KciSheetDialog *QuarterPage::kciSheetDialog() const
{
    return m_kciSheetDialog;
}

// The head's KCI sheet (§27) is drawn from the approved individual work plan.
void QuarterPage::openKciSheet(const QString &personnelNo, const Quarter &shown)
{
    if (m_kciSheetDialog)
        m_kciSheetDialog->reject();
    m_kciSheetDialog = new KciSheetDialog(*m_context, personnelNo, shown, this);
    m_kciSheetDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_kciSheetDialog->setUndoStack(undoStack());
    connect(m_kciSheetDialog, &QDialog::finished, this, [this] {
        reload();
        Q_EMIT evaluationChanged();
    });
    m_kciSheetDialog->open();
}

void QuarterPage::recordAcquaintance()
{
    const QString personnelNo = selectedPersonnelNo();
    if (personnelNo.isEmpty() || !m_context)
        return;
    const QuarterRosterRow row = m_model->row(m_list->selectedRow());
    const Quarter shown = quarter();
    m_problem->hide();
    QStringList subject;
    subject << tr("%1 (%2)").arg(row.fullName, row.personnelNo);
    if (row.score) {
        subject << tr("Score for %1: %2, %3")
                       .arg(QuarterRosterModel::quarterLabel(shown),
                           row.score->toLocaleString(QLocale()), bandLabel(bandOf(*row.score)));
    }
    if (row.signedOn.isValid()) {
        subject << tr("Signed on %1; acquaint by %2 (§11)")
                       .arg(dateText(row.signedOn), dateText(row.acquaintanceDue));
    }
    QPointer<QuarterPage> page(this);
    const auto submit = [this, personnelNo, shown, page](
                            const Acquaintance &acquaintance, InputErrors *errors) {
        if (!m_context)
            return false;
        const bool done = RecordAcquaintanceCommand::apply(
            undoStack(), *m_context, personnelNo, shown, acquaintance,
            [page](const InputErrors &errors) {
                if (page)
                    page->afterCommand(errors);
            },
            errors);
        if (done) {
            reload();
            Q_EMIT evaluationChanged();
        }
        return done;
    };
    const auto appealDue = [this](QDate day) {
        return m_context ? AcquaintanceService(*m_context).appealDue(day) : QDate();
    };
    if (m_acquaintanceDialog)
        m_acquaintanceDialog->reject();
    m_acquaintanceDialog = new AcquaintanceDialog(
        subject.join(QLatin1Char('\n')), m_context->clock().today(), submit, appealDue, this);
    m_acquaintanceDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_acquaintanceDialog->open();
}

void QuarterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuarterPage::hideEvent(QHideEvent *event)
{
    saveSettings();
    ContextPage::hideEvent(event);
}

void QuarterPage::retranslate()
{
    m_title->setText(tr("Quarter evaluation"));
    m_quarterLabel->setText(tr("&Quarter:"));
    const QStringList numerals = {
        QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV")};
    for (int i = 0; i < 4; ++i)
        m_number->setItemText(i, tr("%1 quarter", "I quarter").arg(numerals.at(i)));
    m_number->setToolTip(
        tr("The quarter evaluated; it opens on the one whose evaluation is under way (§4)"));
    m_year->setToolTip(tr("Year"));
    m_filter->setPlaceholderText(tr("Filter by any column (Ctrl+F)"));
    m_open->setText(tr("&Open sheet…"));
    m_open->setToolTip(tr("The score sheet of the selected servant (Enter)"));
    m_acquaint->setText(tr("Record &acquaintance…"));
    m_acquaint->setToolTip(tr("The day and the means of acquaintance with the result (§11)"));
    m_model->retranslate();
    m_list->updateCount();
}

void QuarterPage::updateButtons()
{
    const QModelIndex index = m_list->selectedRow();
    const QuarterRosterRow row = index.isValid() ? m_model->row(index) : QuarterRosterRow{};
    const bool selected = !row.personnelNo.isEmpty();
    m_open->setEnabled(m_context && selected && row.eligibility.evaluated);
    m_acquaint->setEnabled(mayRecordAcquaintance() && selected
        && row.sheetStatus == QLatin1String("signed") && !row.acquaintedOn.isValid());
}

void QuarterPage::restoreSettings()
{
    m_list->restoreColumns(HeaderKey);
    m_list->restoreFilter(FilterKey);
}

void QuarterPage::saveSettings() const
{
    m_list->saveColumns(HeaderKey);
    m_list->saveFilter(FilterKey);
}

bool QuarterPage::mayRecordAcquaintance() const
{
    // Only the face: AcquaintanceService refuses whatever the permission table does not grant.
    return m_context && !scopesOf(m_context->actor(), Action::RecordAcquaintance).isEmpty();
}

} // namespace bagalau
