// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/settingspage.h"

#include "views/allowedmarkseditor.h"
#include "views/pagetitle.h"

#include "views/organisationsettings.h"
#include "views/recordtable.h"

#include "dialogs/kurbanaitdialog.h"
#include "dialogs/transferdialog.h"
#include "models/deadlinemodel.h"
#include "models/localetext.h"
#include "models/specialdaymodel.h"
#include "services/calendarservice.h"
#include "services/servicecontext.h"

#include "clock.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bagalau {

namespace {

QString policyKey()
{
    return QStringLiteral("deadlines/policy");
}

// The years the calendar service accepts edits for.
constexpr int FirstYear = 2000;
constexpr int LastYear = 2100;

void setUpTable(QTableView *table)
{
    setUpRecordTable(table);
    // One line per row, so a year fits on screen: a long reason is elided, whole in its tooltip.
    table->setTextElideMode(Qt::ElideRight);
}

// Every column but the last to its contents; the last takes the rest of the width, so a long
// reason or note never pushes the table into a horizontal scroll bar.
void fitColumns(QTableView *table)
{
    const int last = table->model()->columnCount() - 1;
    for (int column = 0; column < last; ++column)
        table->resizeColumnToContents(column);
}

} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : ContextPage(parent)
    , m_shipped(WorkingCalendar::shipped())
    , m_policy(savedPolicy())
    , m_tabs(new QTabWidget(this))
    , m_title(new QLabel(this))
    , m_yearLabel(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_warning(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_dayModel(new SpecialDayModel(this))
    , m_days(new QTableView(this))
    , m_monthsLabel(new QLabel(this))
    , m_months(new QWidget(this))
    , m_yearTotal(new QLabel(this))
    , m_kurbanAit(new QPushButton(this))
    , m_addTransfer(new QPushButton(this))
    , m_removeTransfer(new QPushButton(this))
    , m_deadlinesLabel(new QLabel(this))
    , m_moved(new QLabel(this))
    , m_deadlineModel(new DeadlineModel(this))
    , m_deadlines(new QTableView(this))
    , m_policyBox(new QGroupBox(this))
    , m_legal(new QRadioButton(this))
    , m_cautious(new QRadioButton(this))
    , m_legalHint(new QLabel(this))
    , m_cautiousHint(new QLabel(this))
    , m_policyGroup(new QButtonGroup(this))
    , m_languageBox(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_allowedMarks(new AllowedMarksEditor(this))
{
    setObjectName(QStringLiteral("SettingsPage"));
    setUpPageTitle(m_title);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(createCalendarTab(), QString());
    m_tabs->addTab(createGeneralTab(), QString());
    m_tabs->addTab(m_allowedMarks, QString());
    m_allowedMarks->setUndoStackProvider([this] { return undoStack(); });
    m_tabs->addTab(m_organisation = new OrganisationSettings(this), QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    m_year->setValue(QDate::currentDate().year());
    retranslate();
    refresh(false);
}

SettingsPage::~SettingsPage() = default;

QWidget *SettingsPage::createCalendarTab()
{
    auto *tab = new QWidget(this);
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_year->setRange(FirstYear, LastYear);
    m_yearLabel->setBuddy(m_year);
    connect(m_year, &QSpinBox::valueChanged, this, [this] { refresh(false); });

    m_warning->setObjectName(QStringLiteral("unconfirmedWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid "
                                            "#e0b400; padding: 4px; color: #4d3b00; }"));
    m_warning->hide();
    m_readOnly->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnly->setWordWrap(true);

    m_days->setObjectName(QStringLiteral("specialDays"));
    m_days->setModel(m_dayModel);
    setUpTable(m_days);
    connect(m_days->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SettingsPage::updateButtons);
    connect(m_dayModel, &QAbstractItemModel::modelReset, this, &SettingsPage::updateButtons);

    // The counts under the months' names in two bands of six, as the official calendars print
    // them, and the year's total beside them.
    m_months->setObjectName(QStringLiteral("workingDaysPerMonth"));
    auto *monthGrid = new QGridLayout(m_months);
    monthGrid->setContentsMargins(0, 0, 0, 0);
    monthGrid->setHorizontalSpacing(12);
    monthGrid->setVerticalSpacing(0);
    for (int month = 1; month <= 12; ++month) {
        auto *name = new QLabel(m_months);
        auto *count = new QLabel(m_months);
        name->setAlignment(Qt::AlignCenter);
        name->setForegroundRole(QPalette::PlaceholderText);
        count->setAlignment(Qt::AlignCenter);
        count->setObjectName(QStringLiteral("workingDays%1").arg(month));
        const int band = (month - 1) / 6;
        monthGrid->addWidget(name, 2 * band, (month - 1) % 6);
        monthGrid->addWidget(count, 2 * band + 1, (month - 1) % 6);
        m_monthNames << name;
        m_monthCounts << count;
    }
    m_yearTotal->setObjectName(QStringLiteral("workingDaysInYear"));
    m_yearTotal->setAlignment(Qt::AlignCenter);
    m_yearTotal->setFrameShape(QFrame::StyledPanel);
    m_yearTotal->setMargin(6);
    monthGrid->addWidget(m_yearTotal, 0, 6, 4, 1);
    monthGrid->setColumnStretch(7, 1);

    m_kurbanAit->setObjectName(QStringLiteral("kurbanAit"));
    m_addTransfer->setObjectName(QStringLiteral("addTransfer"));
    m_removeTransfer->setObjectName(QStringLiteral("removeTransfer"));
    connect(m_kurbanAit, &QPushButton::clicked, this, &SettingsPage::askKurbanAit);
    connect(m_addTransfer, &QPushButton::clicked, this, &SettingsPage::askTransfer);
    connect(m_removeTransfer, &QPushButton::clicked, this, &SettingsPage::askRemoveTransfer);

    m_deadlines->setObjectName(QStringLiteral("yearDeadlines"));
    m_deadlines->setModel(m_deadlineModel);
    setUpTable(m_deadlines);
    m_moved->setObjectName(QStringLiteral("movedNote"));
    m_moved->setWordWrap(true);

    m_policyBox->setObjectName(QStringLiteral("deadlinePolicy"));
    m_legal->setObjectName(QStringLiteral("policyLegal"));
    m_cautious->setObjectName(QStringLiteral("policyCautious"));
    m_policyGroup->addButton(m_legal, int(DeadlinePolicy::Legal));
    m_policyGroup->addButton(m_cautious, int(DeadlinePolicy::Cautious));
    (m_policy == DeadlinePolicy::Cautious ? m_cautious : m_legal)->setChecked(true);
    for (QLabel *hint : {m_legalHint, m_cautiousHint}) {
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
    }
    connect(m_policyGroup, &QButtonGroup::idClicked, this,
        [this](int id) { setPolicy(DeadlinePolicy(id)); });
    auto *policyLayout = new QGridLayout(m_policyBox);
    policyLayout->setVerticalSpacing(2);
    policyLayout->addWidget(m_legal, 0, 0);
    policyLayout->addWidget(m_legalHint, 0, 1);
    policyLayout->addWidget(m_cautious, 1, 0);
    policyLayout->addWidget(m_cautiousHint, 1, 1);
    policyLayout->setColumnStretch(1, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);
    top->addWidget(m_kurbanAit);
    top->addWidget(m_addTransfer);
    top->addWidget(m_removeTransfer);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_days, 1);
    leftLayout->addWidget(m_monthsLabel);
    leftLayout->addWidget(m_months);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_deadlinesLabel);
    rightLayout->addWidget(m_policyBox);
    rightLayout->addWidget(m_moved);
    rightLayout->addWidget(m_deadlines, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("calendarSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_warning);
    layout->addWidget(m_readOnly);
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *SettingsPage::createGeneralTab()
{
    auto *tab = new QWidget(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language is named in itself, so a user lost in a foreign UI can still find their own.
    m_language->addItem(QStringLiteral("Қазақша"), int(Language::Kazakh));
    m_language->addItem(QStringLiteral("Русский"), int(Language::Russian));
    m_language->addItem(QStringLiteral("English"), int(Language::English));
    m_languageLabel->setBuddy(m_language);
    syncLanguageCombo();
    connect(m_language, &QComboBox::activated, this, [this](int row) {
        const auto language = Language(m_language->itemData(row).toInt());
        if (language != uiLanguage())
            Q_EMIT languageRequested(language);
    });
    auto *form = new QFormLayout(m_languageBox);
    form->addRow(m_languageLabel, m_language);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_languageBox);
    layout->addStretch(1);
    return tab;
}

void SettingsPage::setContext(const ServiceContext *context)
{
    m_context = context;
    m_organisation->setContext(context, undoStack());
    m_editContext.reset();
    m_allowedMarks->setContext(context);
    if (m_context) {
        m_editContext = std::make_unique<ServiceContext>(
            m_context->database(), m_context->actor(), m_context->clock(), m_policy);
        const QSignalBlocker blocker(m_year);
        m_year->setValue(m_context->clock().today().year());
    }
    refresh(false);
}

const WorkingCalendar &SettingsPage::calendar() const
{
    return m_editContext ? m_editContext->calendar() : m_shipped;
}

int SettingsPage::year() const
{
    return m_year->value();
}

void SettingsPage::setYear(int year)
{
    m_year->setValue(year);
}

QString SettingsPage::unconfirmedWarning() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

DeadlinePolicy SettingsPage::savedPolicy()
{
    return deadlinePolicyFromKey(QSettings().value(policyKey()).toString())
        .value_or(DeadlinePolicy::Legal);
}

void SettingsPage::setPolicy(DeadlinePolicy policy)
{
    QSettings().setValue(policyKey(), deadlinePolicyKey(policy));
    (policy == DeadlinePolicy::Cautious ? m_cautious : m_legal)->setChecked(true);
    if (policy == m_policy)
        return;
    m_policy = policy;
    refresh(true);
}

bool SettingsPage::setKurbanAit(QDate date, InputErrors *errors)
{
    if (!m_editContext)
        return false;
    return afterEdit(CalendarService(*m_editContext).setKurbanAit(year(), date, errors));
}

bool SettingsPage::addTransfer(const Transfer &transfer, InputErrors *errors)
{
    if (!m_editContext)
        return false;
    return afterEdit(CalendarService(*m_editContext).addTransfer(transfer, errors));
}

bool SettingsPage::removeTransfer(QDate dayOff, InputErrors *errors)
{
    if (!m_editContext)
        return false;
    return afterEdit(CalendarService(*m_editContext).removeTransfer(dayOff, errors));
}

bool SettingsPage::afterEdit(bool done)
{
    // The service reloads the calendar after a change it wrote; a refused change wrote nothing,
    // and reading again shows what the file holds either way.
    m_editContext->reloadCalendar();
    refresh(true);
    if (done)
        Q_EMIT calendarChanged();
    return done;
}

void SettingsPage::refresh(bool markMoves)
{
    const int shownYear = year();
    const WorkingCalendar &shown = calendar();

    // Only the transfers this file holds can be removed; the shipped ones can only be replaced.
    const QList<Transfer> shippedTransfers = m_shipped.transfers(shownYear);
    QSet<QDate> entered;
    const auto transfers = shown.transfers(shownYear);
    for (const Transfer &transfer : transfers) {
        if (m_editContext && !shippedTransfers.contains(transfer))
            entered.insert(transfer.dayOff);
    }
    const QDate selected = m_dayModel->day(selectedDay()).date;
    m_dayModel->setDays(shown.specialDays(shownYear), entered);
    if (const int row = m_dayModel->rowOf(selected); row >= 0)
        m_days->selectRow(row);
    fitColumns(m_days);

    m_warning->setText(
        tr("The calendar of %1 is not confirmed: the date of Kurban Ait is not entered, so the "
           "working days and every deadline counted in %1 may still change. Enter it with "
           "Kurban Ait… when it is announced.")
            .arg(shownYear));
    m_warning->setVisible(!shown.isYearConfirmed(shownYear));
    m_readOnly->setText(m_editContext
            ? QString()
            : tr("No file is open: this is the calendar shipped with the program. Open a file to "
                 "enter Kurban Ait and transfers."));
    m_readOnly->setVisible(!m_editContext);

    const Deadlines deadlines(shown, m_policy);
    m_deadlineModel->setDeadlines(deadlines, shownYear, markMoves);
    fitColumns(m_deadlines);
    const int moved = m_deadlineModel->movedCount();
    m_moved->setText(
        markMoves ? (moved == 0
                ? tr("No deadline of %1 moved with the last change.").arg(shownYear)
                : tr("%n deadline(s) moved with the last change: shown in bold.", nullptr, moved))
                  : QString());
    m_moved->setVisible(!m_moved->text().isEmpty());
    m_deadlinesLabel->setText(tr("<b>Deadlines of %1</b>").arg(shownYear));
    refreshMonths();
    updateButtons();
}

void SettingsPage::refreshMonths()
{
    const WorkingCalendar &shown = calendar();
    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        QLabel *name = m_monthNames.at(month - 1);
        QLabel *count = m_monthCounts.at(month - 1);
        name->setText(locale.standaloneMonthName(month, QLocale::ShortFormat));
        count->setText(locale.toString(shown.workingDaysInMonth(year(), month)));
        count->setToolTip(tr("Working days in %1 %2")
                              .arg(locale.standaloneMonthName(month, QLocale::LongFormat))
                              .arg(year()));
        name->setToolTip(count->toolTip());
    }
    m_yearTotal->setText(tr("<b>%1</b><br>in %2", "working days in the year")
                             .arg(locale.toString(shown.workingDaysInYear(year())))
                             .arg(year()));
}

void SettingsPage::updateButtons()
{
    const bool editable = m_editContext != nullptr;
    m_kurbanAit->setEnabled(editable);
    m_addTransfer->setEnabled(editable);
    m_removeTransfer->setEnabled(editable && m_dayModel->isRemovable(selectedDay()));
}

QModelIndex SettingsPage::selectedDay() const
{
    const QModelIndexList rows = m_days->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

void SettingsPage::syncLanguageCombo()
{
    const int row = m_language->findData(int(uiLanguage()));
    if (row >= 0)
        m_language->setCurrentIndex(row);
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The window sets the default QLocale only after the translators' LanguageChange, so
        // month names and the language combo are read once it has.
        QMetaObject::invokeMethod(
            this,
            [this] {
                refresh(false);
                syncLanguageCombo();
            },
            Qt::QueuedConnection);
    }
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    m_tabs->setTabText(0, tr("Working &calendar"));
    m_tabs->setTabText(1, tr("&Language"));
    m_tabs->setTabText(2, tr("Appendix &3", "the table of allowed KCI marks"));
    m_allowedMarks->retranslate();
    m_tabs->setTabText(m_tabs->indexOf(m_organisation), tr("&Organisation"));
    m_yearLabel->setText(tr("&Year:"));
    m_kurbanAit->setText(tr("&Kurban Ait…"));
    m_kurbanAit->setToolTip(tr("Enter or correct the date of the first day of Kurban Ait"));
    m_addTransfer->setText(tr("Add &transfer…"));
    m_addTransfer->setToolTip(tr("Enter a transfer act: a weekday off for a weekend working day"));
    m_removeTransfer->setText(tr("&Remove transfer"));
    m_removeTransfer->setToolTip(tr("Remove the selected transfer entered in this file"));
    m_monthsLabel->setText(tr("<b>Working days per month</b>"));
    m_policyBox->setTitle(tr("When a fixed deadline falls on a day off"));
    m_legal->setText(tr("&Legal (default)"));
    m_legalHint->setText(tr("the next working day: the general rule for a period that ends on a "
                            "day off"));
    m_cautious->setText(tr("C&autious"));
    m_cautiousHint->setText(
        tr("the previous working day, so that nothing can be late by any reading"));
    m_languageBox->setTitle(tr("Language of the program"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setToolTip(tr("Switches the menus, pages and printed forms at once"));
    syncLanguageCombo();
    m_dayModel->retranslate();
    m_deadlineModel->retranslate();
}

void SettingsPage::showErrors(const QString &title, const InputErrors &errors)
{
    QStringList messages;
    for (const InputError &error : errors)
        messages << error.message;
    QMessageBox::warning(this, title, messages.join(QLatin1Char('\n')));
}

// The dialogs below run their own event loop, during which the window may lock and sign out:
// the context is read again after each one, so a change never runs in a context that has gone.
void SettingsPage::askKurbanAit()
{
    if (!m_editContext)
        return;
    KurbanAitDialog dialog(year(), calendar().kurbanAit(year()).value_or(QDate()), this);
    if (dialog.exec() != QDialog::Accepted || !m_editContext)
        return;
    InputErrors errors;
    if (!setKurbanAit(dialog.date(), &errors))
        showErrors(tr("Kurban Ait"), errors);
}

void SettingsPage::askTransfer()
{
    if (!m_editContext)
        return;
    TransferDialog dialog(year(), this);
    if (dialog.exec() != QDialog::Accepted || !m_editContext)
        return;
    InputErrors errors;
    if (!addTransfer(dialog.transfer(), &errors))
        showErrors(tr("Add transfer"), errors);
}

void SettingsPage::askRemoveTransfer()
{
    const QDate dayOff = m_dayModel->transferDayOff(selectedDay());
    if (!dayOff.isValid() || !m_editContext)
        return;
    const auto answer = QMessageBox::question(this, tr("Remove transfer"),
        tr("Remove the transfer of the day off %1? The deadlines are counted again without it.")
            .arg(dateText(dayOff)));
    if (answer != QMessageBox::Yes || !m_editContext)
        return;
    InputErrors errors;
    if (!removeTransfer(dayOff, &errors))
        showErrors(tr("Remove transfer"), errors);
}

} // namespace bagalau
