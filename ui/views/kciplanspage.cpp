// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/kciplanspage.h"

#include "views/filteredtable.h"
#include "views/pagetitle.h"
#include "views/recordtable.h"

#include "access/permissions.h"
#include "clock.h"
#include "commands/kcicommands.h"
#include "dialogs/kcisheetdialog.h"
#include "models/kcihistorymodel.h"
#include "models/kciitemmodel.h"
#include "models/kciplanlistmodel.h"
#include "models/localetext.h"
#include "models/quarterrostermodel.h"
#include "services/servicecontext.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace bagalau {

namespace {

const auto PlansHeaderKey = QStringLiteral("kciplanspage/plansHeader");
const auto KciHeaderKey = QStringLiteral("kciplanspage/kciHeader");
const auto FilterKey = QStringLiteral("kciplanspage/filter");

// "Better when" is chosen from the two directions the methodology knows.
class DirectionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (KciDirection direction : {KciDirection::MoreIsBetter, KciDirection::LessIsBetter})
            combo->addItem(kciDirectionLabel(direction), kciDirectionKey(direction));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData());
    }
};

void rememberHeader(QTableView *table, const QString &key)
{
    const QByteArray state = QSettings().value(key).toByteArray();
    if (!state.isEmpty())
        table->horizontalHeader()->restoreState(state);
    QObject::connect(table->horizontalHeader(), &QHeaderView::sectionResized, table,
        [table, key] { QSettings().setValue(key, table->horizontalHeader()->saveState()); });
}

} // namespace

KciPlansPage::KciPlansPage(QWidget *parent)
    : ContextPage(parent)
    , m_title(new QLabel(this))
    , m_quarterLabel(new QLabel(this))
    , m_quarter(new QComboBox(this))
    , m_planModel(new KciPlanListModel(this))
    , m_planList(new FilteredTable(this, m_planModel, KciPlanListModel::SortRole))
    , m_filter(m_planList->filter())
    , m_proxy(m_planList->proxy())
    , m_plans(m_planList->table())
    , m_planHeading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_kciModel(new KciItemModel(this))
    , m_kcis(new QTableView(this))
    , m_historyModel(new KciHistoryModel(this))
    , m_history(new QTableView(this))
    , m_errors(new QLabel(this))
    , m_addKci(new QPushButton(this))
    , m_removeKci(new QPushButton(this))
    , m_approve(new QPushButton(this))
    , m_changeKci(new QPushButton(this))
    , m_openSheet(new QPushButton(this))
{
    setObjectName(QStringLiteral("KciPlansPage"));
    setUpPageTitle(m_title);
    QFont headingFont = m_planHeading->font();
    headingFont.setBold(true);
    m_planHeading->setFont(headingFont);
    m_planHeading->setWordWrap(true);

    m_quarter->setObjectName(QStringLiteral("quarter"));
    m_quarterLabel->setBuddy(m_quarter);
    fillQuarters();
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &KciPlansPage::reload);

    // The filter is kept as it is typed: the page has no moment of its own to save it.
    m_planList->restoreFilter(FilterKey);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_planList->saveFilter(FilterKey); });

    m_plans->setObjectName(QStringLiteral("plans"));
    m_plans->sortByColumn(KciPlanListModel::NameColumn, Qt::AscendingOrder);
    const int planWidths[] = {110, 260, 120, 50, 110, 110};
    // Never narrower than the header in the user's language ("Табельный номер" is longer).
    for (int column = 0; column < int(std::size(planWidths)); ++column) {
        QHeaderView *header = m_plans->horizontalHeader();
        header->resizeSection(column, std::max(planWidths[column], header->sectionSize(column)));
    }
    rememberHeader(m_plans, PlansHeaderKey);
    connect(m_plans->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &KciPlansPage::showPlan);
    connect(m_plans, &QTableView::activated, this, [this] { m_kcis->setFocus(); });

    m_kcis->setObjectName(QStringLiteral("kcis"));
    m_kcis->setModel(m_kciModel);
    setUpRecordTable(m_kcis);
    // The SMART fields are edited in place, one cell at a time (F2 or typing).
    m_kcis->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_kcis->setTabKeyNavigation(true);
    m_kcis->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_kcis->setItemDelegateForColumn(KciItemModel::DirectionColumn, new DirectionDelegate(m_kcis));
    m_kcis->setWordWrap(false);
    // Widths a first run starts with, before the user's own are remembered.
    const int widths[] = {36, 240, 125, 80, 110, 125, 170};
    for (int column = 0; column < int(std::size(widths)); ++column) {
        QHeaderView *header = m_kcis->horizontalHeader();
        header->resizeSection(column, std::max(widths[column], header->sectionSize(column)));
    }
    rememberHeader(m_kcis, KciHeaderKey);
    // Queued: the answer reloads the model and may ask for a reason, which must not happen while
    // the delegate is still committing its editor.
    connect(m_kciModel, &KciItemModel::editRequested, this, &KciPlansPage::onEditRequested,
        Qt::QueuedConnection);
    connect(m_kcis->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &KciPlansPage::updateButtons);

    m_history->setObjectName(QStringLiteral("history"));
    m_history->setModel(m_historyModel);
    setUpRecordTable(m_history);

    m_tabs->addTab(m_kcis, QString());
    m_tabs->addTab(m_history, QString());
    m_errors->setObjectName(QStringLiteral("kciErrors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #a00000"));
    m_errors->hide();

    m_addKci->setObjectName(QStringLiteral("addKci"));
    m_removeKci->setObjectName(QStringLiteral("removeKci"));
    m_approve->setObjectName(QStringLiteral("approve"));
    m_changeKci->setObjectName(QStringLiteral("changeKci"));
    m_openSheet->setObjectName(QStringLiteral("openSheet"));
    m_addKci->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    connect(m_addKci, &QPushButton::clicked, this, &KciPlansPage::addKci);
    connect(m_removeKci, &QPushButton::clicked, this,
        [this] { removeKci(m_kciModel->kci(m_kcis->currentIndex()).number); });
    // Delete in the KCI table removes the current draft KCI, as the button does.
    m_kcis->installEventFilter(this);
    connect(m_approve, &QPushButton::clicked, this, &KciPlansPage::askApprove);
    // After approval a cell is still edited in place; the edit asks for its reason (§25).
    connect(m_changeKci, &QPushButton::clicked, this, [this] {
        QModelIndex index = m_kcis->currentIndex();
        if (!index.isValid() || index.column() == KciItemModel::NumberColumn)
            index = m_kciModel->index(qMax(0, index.row()), KciItemModel::PlanColumn);
        m_kcis->setFocus();
        m_kcis->setCurrentIndex(index);
        m_kcis->edit(index);
    });
    connect(m_openSheet, &QPushButton::clicked, this, &KciPlansPage::askOpenSheet);

    auto *top = new QHBoxLayout;
    top->addWidget(m_quarterLabel);
    top->addWidget(m_quarter);
    top->addSpacing(12);
    top->addWidget(m_filter, 1);
    auto *listPart = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPart);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(top);
    listLayout->addWidget(m_plans);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addKci);
    buttons->addWidget(m_removeKci);
    buttons->addStretch();
    buttons->addWidget(m_changeKci);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_openSheet);
    auto *planPart = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planPart);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(m_planHeading);
    planLayout->addWidget(m_tabs, 1);
    planLayout->addWidget(m_errors);
    planLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(listPart);
    splitter->addWidget(planPart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24); // as every other page
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);

    setTabOrder(m_quarter, m_filter);
    setTabOrder(m_filter, m_plans);
    setTabOrder(m_plans, m_tabs);
    setTabOrder(m_tabs, m_kcis);
    retranslate();
    updateButtons();
}

void KciPlansPage::fillQuarters()
{
    const QSignalBlocker blocker(m_quarter);
    const Quarter current =
        Quarter::containing(m_context ? m_context->clock().today() : QDate::currentDate());
    m_quarter->clear();
    Quarter quarter = Quarter(current.year() - 2, 1);
    const Quarter last = current.next().next();
    for (; quarter <= last; quarter = quarter.next())
        m_quarter->addItem(
            tr("%1, quarter %2").arg(quarter.year()).arg(quarter.number()), quarter.key());
    m_quarter->setCurrentIndex(m_quarter->findData(current.key()));
}

void KciPlansPage::setContext(const ServiceContext *context)
{
    m_context = context;
    fillQuarters();
    reload();
}

Quarter KciPlansPage::quarter() const
{
    return Quarter::parse(m_quarter->currentData().toString()).value_or(Quarter());
}

void KciPlansPage::setQuarter(const Quarter &quarter)
{
    int index = m_quarter->findData(quarter.key());
    if (index < 0) {
        m_quarter->addItem(
            tr("%1, quarter %2").arg(quarter.year()).arg(quarter.number()), quarter.key());
        index = m_quarter->count() - 1;
    }
    m_quarter->setCurrentIndex(index);
}

QString KciPlansPage::selectedPersonnelNo() const
{
    return m_plans->currentIndex().data(KciPlanListModel::PersonnelNoRole).toString();
}

void KciPlansPage::selectPlan(const QString &personnelNo)
{
    const int row = m_planModel->rowOf(personnelNo);
    if (row < 0)
        return;
    m_plans->setCurrentIndex(m_proxy->mapFromSource(m_planModel->index(row, 0)));
    m_plans->selectRow(m_plans->currentIndex().row());
}

void KciPlansPage::showKey(const QString &key, const QString &personnelNo)
{
    if (const auto shown = Quarter::parse(key))
        setQuarter(*shown);
    if (personnelNo.isEmpty())
        return;
    selectPlan(personnelNo);
    // A filter typed earlier would hide the plan asked for.
    if (selectedPersonnelNo() != personnelNo && !m_filter->text().isEmpty()) {
        m_filter->clear();
        selectPlan(personnelNo);
    }
    m_plans->setFocus(Qt::OtherFocusReason);
}

void KciPlansPage::reload()
{
    const QString selected = selectedPersonnelNo();
    m_planModel->setPlans(
        m_context ? KciPlanService(*m_context).plansOf(quarter()) : QList<KciPlanRecord>());
    if (!selected.isEmpty())
        selectPlan(selected);
    else if (m_proxy->rowCount() > 0)
        selectPlan(m_proxy->index(0, 0).data(KciPlanListModel::PersonnelNoRole).toString());
    showPlan();
}

void KciPlansPage::showPlan()
{
    const QString personnelNo = selectedPersonnelNo();
    m_plan = KciPlanRecord();
    QString error;
    if (m_context && !personnelNo.isEmpty()) {
        if (const auto plan = KciPlanService(*m_context).plan(personnelNo, quarter(), &error))
            m_plan = *plan;
    }
    const bool mayManage =
        m_context && !scopesOf(m_context->actor(), Action::ManageKciPlans).isEmpty();
    const int currentRow = m_kcis->currentIndex().row();
    const int currentColumn = m_kcis->currentIndex().column();
    m_kciModel->setKcis(m_plan.kcis, mayManage && !m_plan.personnelNo.isEmpty());
    if (m_kciModel->rowCount() > 0)
        m_kcis->setCurrentIndex(m_kciModel->index(qBound(0, currentRow, m_kciModel->rowCount() - 1),
            qMax(currentColumn, int(KciItemModel::TitleColumn))));
    m_historyModel->setEvents(m_context && !personnelNo.isEmpty()
            ? KciPlanService(*m_context).history(personnelNo, quarter(), &error)
            : QList<KciPlanEvent>());
    if (m_plan.personnelNo.isEmpty()) {
        m_planHeading->setText(
            error.isEmpty() ? tr("Select a head of the apparatus above.") : error);
    } else {
        QString state;
        switch (m_plan.status) {
        case KciPlanStatus::None:
            state = tr("not drawn up yet; due by %1 (§22)").arg(dateText(m_plan.due));
            break;
        case KciPlanStatus::Draft:
            state = tr("draft of %n KCI, due by %1 (§22); 3 to 5 KCI are needed (§23)", nullptr,
                int(m_plan.kcis.size()))
                        .arg(dateText(m_plan.due));
            break;
        case KciPlanStatus::Approved:
            state = tr("approved on %1 by %2; a KCI is changed only for a change of functions or "
                       "structure (§25)")
                        .arg(dateText(m_plan.approvedOn), m_plan.approvedBy);
            break;
        }
        if (!m_plan.kciAllowed)
            state = tr("no KCI: less than three months remain from the appointment (§22)");
        m_planHeading->setText(
            tr("Individual work plan of %1, %2: %3")
                .arg(m_plan.fullName, QuarterRosterModel::quarterLabel(quarter()), state));
    }
    updateButtons();
}

void KciPlansPage::updateButtons()
{
    const bool has = !m_plan.personnelNo.isEmpty() && m_context;
    const bool mayManage = has && !scopesOf(m_context->actor(), Action::ManageKciPlans).isEmpty();
    const bool mayApprove = has && !scopesOf(m_context->actor(), Action::ApproveKciPlans).isEmpty();
    const bool draft = m_plan.status != KciPlanStatus::Approved;
    m_addKci->setEnabled(
        mayManage && draft && m_plan.kciAllowed && m_plan.kcis.size() < MaxKciCount);
    m_removeKci->setEnabled(mayManage && draft && m_kcis->currentIndex().isValid());
    m_approve->setEnabled(mayApprove && m_plan.status == KciPlanStatus::Draft);
    m_changeKci->setEnabled(mayManage && !draft && !m_plan.kcis.isEmpty());
    m_openSheet->setEnabled(
        has && !draft && !scopesOf(m_context->actor(), Action::FillScoreSheets).isEmpty());
}

void KciPlansPage::showErrors(const InputErrors &errors)
{
    m_kciModel->setErrors(errors);
    QStringList lines;
    for (const InputError &error : errors)
        lines << (error.line > 0 ? tr("KCI %1: %2").arg(error.line).arg(error.message)
                                 : error.message);
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->setVisible(!lines.isEmpty());
}

QString KciPlansPage::errorText() const
{
    return m_errors->text();
}

bool KciPlansPage::runCommand(QUndoCommand *command)
{
    m_lastErrors.clear();
    const bool done = pushCommand(undoStack(), command, &m_lastErrors);
    showErrors(m_lastErrors);
    return done;
}

bool KciPlansPage::addKci()
{
    if (!m_context || m_plan.personnelNo.isEmpty())
        return false;
    int number = 1;
    for (const KciItem &kci : std::as_const(m_plan.kcis))
        number = qMax(number, kci.number + 1);
    // A new KCI starts as a valid template the user then rewrites cell by cell.
    KciItem item;
    item.number = number;
    item.title = tr("KCI %1", "title of a new KCI").arg(number);
    item.unit = QStringLiteral("%");
    item.planValue = QStringLiteral("100");
    item.due = quarter().lastDay();
    const auto done = [this](const InputErrors &errors) {
        m_lastErrors = errors;
        reload();
    };
    const bool ok = runCommand(new SaveDraftKciCommand(
        *m_context, m_plan.personnelNo, quarter(), std::nullopt, item, done));
    if (ok) {
        const int row = int(m_kciModel->rowCount()) - 1;
        m_kcis->setFocus();
        m_kcis->setCurrentIndex(m_kciModel->index(row, KciItemModel::TitleColumn));
    }
    return ok;
}

bool KciPlansPage::removeKci(int number)
{
    if (!m_context || m_plan.personnelNo.isEmpty())
        return false;
    const auto kci = std::find_if(m_plan.kcis.cbegin(), m_plan.kcis.cend(),
        [&](const KciItem &item) { return item.number == number; });
    if (kci == m_plan.kcis.cend())
        return false;
    const auto done = [this](const InputErrors &errors) {
        m_lastErrors = errors;
        reload();
    };
    return runCommand(
        new RemoveDraftKciCommand(*m_context, m_plan.personnelNo, quarter(), *kci, done));
}

void KciPlansPage::onEditRequested(const KciItem &before, const KciItem &after)
{
    if (!m_context || m_plan.personnelNo.isEmpty())
        return;
    if (m_plan.status == KciPlanStatus::Approved) {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Change an approved KCI"),
            tr("KCI %1 of an approved plan is changed only for a change of the body's functions "
               "or structure (§25). Name that change and its document:")
                .arg(after.number),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        changeKci(after, reason);
        return;
    }
    const auto done = [this](const InputErrors &errors) {
        m_lastErrors = errors;
        reload();
    };
    runCommand(
        new SaveDraftKciCommand(*m_context, m_plan.personnelNo, quarter(), before, after, done));
}

bool KciPlansPage::changeKci(const KciItem &item, const QString &reason)
{
    if (!m_context || m_plan.personnelNo.isEmpty())
        return false;
    // A change of an approved plan is a recorded act with its reason (§25), not an undoable edit.
    InputErrors errors;
    const bool done =
        KciPlanService(*m_context).changeKci(m_plan.personnelNo, quarter(), item, reason, &errors);
    reload();
    showErrors(errors);
    return done;
}

void KciPlansPage::askApprove()
{
    bool ok = false;
    const QString suggested = m_context && m_context->actor().has(Role::Chairman)
        ? m_context->actor().displayName
        : QString();
    const QString approvedBy = QInputDialog::getText(this, tr("Approve the individual plan"),
        tr("The superior manager who approves the plan of %1 (§22):").arg(m_plan.fullName),
        QLineEdit::Normal, suggested, &ok);
    if (ok)
        approve(approvedBy);
}

bool KciPlansPage::approve(const QString &approvedBy)
{
    if (!m_context || m_plan.personnelNo.isEmpty())
        return false;
    // Approval is a legal act of the superior manager (§22): not an undoable edit.
    InputErrors errors;
    const bool done =
        KciPlanService(*m_context).approve(m_plan.personnelNo, quarter(), approvedBy, &errors);
    reload();
    showErrors(errors);
    return done;
}

void KciPlansPage::askOpenSheet()
{
    if (!m_context || m_plan.personnelNo.isEmpty())
        return;
    KciSheetDialog dialog(*m_context, m_plan.personnelNo, quarter(), this);
    dialog.setUndoStack(undoStack());
    dialog.exec();
}

bool KciPlansPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_kcis && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)
        && m_removeKci->isEnabled()) {
        m_removeKci->click();
        return true;
    }
    return ContextPage::eventFilter(watched, event);
}

void KciPlansPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    ContextPage::changeEvent(event);
}

void KciPlansPage::retranslate()
{
    m_title->setText(tr("KCI plans"));
    m_quarterLabel->setText(tr("&Quarter:"));
    m_filter->setPlaceholderText(tr("Filter by name or status (Ctrl+F)"));
    m_tabs->setTabText(0, tr("&KCI"));
    m_tabs->setTabText(1, tr("&History"));
    m_addKci->setText(tr("&Add KCI"));
    m_removeKci->setText(tr("&Remove KCI"));
    m_approve->setText(tr("A&pprove…"));
    m_changeKci->setText(tr("&Change KCI…"));
    m_openSheet->setText(tr("KCI &sheet…"));
}

} // namespace bagalau
