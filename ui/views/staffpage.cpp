// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/staffpage.h"

#include "views/filteredtable.h"
#include "views/pagetitle.h"

#include "access/permissions.h"
#include "commands/staffcommands.h"
#include "dialogs/absencedialog.h"
#include "dialogs/servantcard.h"
#include "dialogs/servantdialog.h"
#include "dialogs/staffchangedialogs.h"
#include "dialogs/staffimportdialog.h"
#include "models/localetext.h"
#include "models/staffmodel.h"
#include "services/servicecontext.h"

#include "clock.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

namespace bagalau {

namespace {

const auto HeaderKey = QStringLiteral("staffpage/header");
const auto FilterKey = QStringLiteral("staffpage/filter");

QStringList sortedUnique(QStringList values)
{
    values.removeAll(QString());
    values.sort(Qt::CaseInsensitive);
    values.removeDuplicates();
    return values;
}

} // namespace

StaffPage::StaffPage(QWidget *parent)
    : ContextPage(parent)
    , m_model(new StaffModel(this))
    , m_title(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_dayLabel(new QLabel(this))
    , m_day(new QDateEdit(this))
    , m_list(new FilteredTable(this, m_model, StaffModel::SortRole,
          [](int shown, int total) {
              return shown == total ? tr("%n servant(s)", nullptr, total)
                                    : tr("%1 of %n servant(s)", nullptr, total).arg(shown);
          }))
    , m_proxy(m_list->proxy())
    , m_filter(m_list->filter())
    , m_count(m_list->count())
    , m_table(m_list->table())
    , m_card(new QPushButton(this))
    , m_addServant(new QPushButton(this))
    , m_addAbsence(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_newPosition(new QPushButton(this))
    , m_endAssignment(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("StaffPage"));
    setUpPageTitle(m_title);
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_day->setObjectName(QStringLiteral("day"));
    m_day->setCalendarPopup(true);
    m_day->setDate(QDate::currentDate());
    m_dayLabel->setBuddy(m_day);
    connect(m_day, &QDateEdit::dateChanged, this, &StaffPage::reload);

    m_table->setObjectName(QStringLiteral("staff"));
    m_table->sortByColumn(StaffModel::PersonnelNoColumn, Qt::AscendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &StaffPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StaffPage::updateButtons);
    // Enter and a double click both activate a row.
    connect(m_table, &QTableView::activated, this, &StaffPage::askCard);

    m_card->setObjectName(QStringLiteral("servantCard"));
    m_addServant->setObjectName(QStringLiteral("addServant"));
    m_addAbsence->setObjectName(QStringLiteral("addAbsence"));
    m_import->setObjectName(QStringLiteral("importStaff"));
    connect(m_card, &QPushButton::clicked, this, &StaffPage::askCard);
    connect(m_addServant, &QPushButton::clicked, this, &StaffPage::askAddServant);
    connect(m_addAbsence, &QPushButton::clicked, this, &StaffPage::askAddAbsence);
    connect(m_import, &QPushButton::clicked, this, &StaffPage::askImport);
    m_edit->setObjectName(QStringLiteral("editServant"));
    m_newPosition->setObjectName(QStringLiteral("newPosition"));
    m_endAssignment->setObjectName(QStringLiteral("endAssignment"));
    m_dismiss->setObjectName(QStringLiteral("dismiss"));
    connect(m_edit, &QPushButton::clicked, this, &StaffPage::askEdit);
    connect(m_newPosition, &QPushButton::clicked, this, &StaffPage::askNewPosition);
    connect(m_endAssignment, &QPushButton::clicked, this, [this] { askEndOfService(false); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { askEndOfService(true); });
    // Keys of their own besides the mnemonics, working anywhere on the page while allowed.
    for (const auto &[button, key] : {std::pair{m_edit, QKeySequence(Qt::Key_F2)},
             std::pair{m_newPosition, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
             std::pair{m_endAssignment, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
             std::pair{m_dismiss, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}}) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, [button = button] {
            if (button->isEnabled())
                button->click();
        });
    }

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_dayLabel);
    filterRow->addWidget(m_day);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_card);
    buttons->addStretch();
    buttons->addWidget(m_addServant);
    buttons->addWidget(m_addAbsence);
    buttons->addWidget(m_import);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_problem);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    // The changes of the selected servant's service, a row of their own so the page still fits
    // a narrow window.
    auto *changes = new QHBoxLayout;
    changes->addWidget(m_edit);
    changes->addWidget(m_newPosition);
    changes->addWidget(m_endAssignment);
    changes->addWidget(m_dismiss);
    changes->addStretch();
    layout->addLayout(changes);
    layout->addLayout(buttons);

    setTabOrder(m_day, m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_edit);
    setTabOrder(m_edit, m_newPosition);
    setTabOrder(m_newPosition, m_endAssignment);
    setTabOrder(m_endAssignment, m_dismiss);
    setTabOrder(m_dismiss, m_card);
    setTabOrder(m_card, m_addServant);
    setTabOrder(m_addServant, m_addAbsence);
    setTabOrder(m_addAbsence, m_import);

    restoreSettings();
    retranslate();
    updateButtons();
}

StaffPage::~StaffPage()
{
    saveSettings();
}

void StaffPage::setContext(const ServiceContext *context)
{
    m_context = context;
    if (m_context) {
        // The list opens on the file's today; the signal would read the file a second time.
        const QSignalBlocker blocker(m_day);
        m_day->setDate(m_context->clock().today());
    }
    reload();
}

QDate StaffPage::day() const
{
    return m_day->date();
}

void StaffPage::setDay(QDate day)
{
    m_day->setDate(day);
}

void StaffPage::reload()
{
    const QString selected = selectedPersonnelNo();
    const QDate day = m_day->date();
    QList<StaffMember> staff;
    if (m_context)
        staff = StaffService(*m_context).staffVisibleDuring({day, day});
    m_model->setStaff(staff, day);
    m_problem->setVisible(false);
    if (!m_list->columnsSized() && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        // A long unit or position would push the dates out of sight; its tooltip shows it whole.
        QHeaderView *header = m_table->horizontalHeader();
        const int widest = header->fontMetrics().averageCharWidth() * 30;
        for (int column : {StaffModel::UnitColumn, StaffModel::PositionColumn})
            header->resizeSection(column, std::min(header->sectionSize(column), widest));
        m_list->setColumnsSized(true);
    }
    // The selection survives a reload, so adding an absence leaves the user where they were.
    if (!selected.isEmpty()) {
        const QModelIndexList found = m_proxy->match(
            m_proxy->index(0, 0), StaffModel::PersonnelNoRole, selected, 1, Qt::MatchExactly);
        if (!found.isEmpty()) {
            m_table->selectRow(found.first().row());
            m_table->scrollTo(found.first());
        }
    }
    // A row is always current, so Enter opens a card as soon as the list has the focus.
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    m_list->updateCount();
    updateButtons();
}

bool StaffPage::addServant(const NewServant &servant, InputErrors *errors)
{
    if (!m_context || !StaffService(*m_context).add({servant}, errors))
        return false;
    push(new AddServantCommand(
        *m_context, servant, [this](const InputErrors &e) { commandDone(e); }));
    changed();
    return true;
}

bool StaffPage::addAbsence(const QString &personnelNo, const Absence &absence, InputErrors *errors)
{
    if (!m_context || !StaffService(*m_context).addAbsence(personnelNo, absence, errors))
        return false;
    push(new AddAbsenceCommand(
        *m_context, personnelNo, absence, [this](const InputErrors &e) { commandDone(e); }));
    changed();
    return true;
}

bool StaffPage::editServant(
    const QString &personnelNo, const ServantDetails &details, InputErrors *errors)
{
    if (!m_context)
        return false;
    QString error;
    const auto before = history(personnelNo, &error);
    if (!before) {
        *errors << InputError{0, QStringLiteral("personnel_no"), personnelNo, error};
        return false;
    }
    const ServantDetails old{before->fullName, before->iin};
    if (!StaffService(*m_context).editServant(personnelNo, details, errors))
        return false;
    push(new EditServantCommand(*m_context, personnelNo, old,
        {details.fullName.trimmed(), details.iin.trimmed()},
        [this](const InputErrors &e) { commandDone(e); }));
    changed();
    return true;
}

bool StaffPage::reassign(
    const QString &personnelNo, const NewAssignment &assignment, InputErrors *errors)
{
    if (!m_context)
        return false;
    const auto made = StaffService(*m_context).reassign(personnelNo, assignment, errors);
    if (!made)
        return false;
    push(new ReassignCommand(*m_context, personnelNo, assignment, *made,
        [this](const InputErrors &e) { commandDone(e); }));
    changed();
    return true;
}

bool StaffPage::endAssignment(const QString &personnelNo, QDate lastDay, InputErrors *errors)
{
    if (!m_context || !StaffService(*m_context).endAssignment(personnelNo, lastDay, errors))
        return false;
    push(new EndAssignmentCommand(
        *m_context, personnelNo, lastDay, [this](const InputErrors &e) { commandDone(e); }));
    changed();
    return true;
}

bool StaffPage::dismiss(
    const QString &personnelNo, QDate day, const QString &reason, InputErrors *errors)
{
    if (!m_context || !StaffService(*m_context).dismiss(personnelNo, day, reason, errors))
        return false;
    push(new DismissCommand(*m_context, personnelNo, day, reason.trimmed(),
        [this](const InputErrors &e) { commandDone(e); }));
    changed();
    return true;
}

void StaffPage::changed()
{
    reload();
    Q_EMIT staffChanged();
}

void StaffPage::push(QUndoCommand *command)
{
    // The change is made already; the command's first redo() does nothing.
    if (undoStack())
        undoStack()->push(command);
    else
        delete command;
}

void StaffPage::commandDone(const InputErrors &errors)
{
    changed();
    if (!errors.isEmpty())
        showErrors(tr("Undo"), errors);
}

InputErrors StaffPage::validate(const QList<NewServant> &servants) const
{
    return m_context ? StaffService(*m_context).validate(servants) : InputErrors();
}

// Not a command: a batch is checked on a preview before it is written, and taking back dozens of
// servants, some of them soon referred to, is not an undo a user could foresee.
bool StaffPage::importServants(const QList<NewServant> &servants, InputErrors *errors)
{
    if (!m_context)
        return false;
    const bool done = StaffService(*m_context).add(servants, errors);
    if (done) {
        reload();
        Q_EMIT staffChanged();
    }
    return done;
}

std::optional<ServantHistory> StaffPage::history(const QString &personnelNo, QString *error) const
{
    if (!m_context)
        return std::nullopt;
    return StaffService(*m_context).history(personnelNo, error);
}

QString StaffPage::selectedPersonnelNo() const
{
    const QModelIndex row = m_list->selectedRow();
    return row.isValid() ? m_model->personnelNo(row) : QString();
}

void StaffPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StaffPage::hideEvent(QHideEvent *event)
{
    saveSettings();
    ContextPage::hideEvent(event);
}

void StaffPage::retranslate()
{
    m_title->setText(tr("Staff"));
    m_dayLabel->setText(tr("Staff &on:"));
    m_day->setLocale(QLocale());
    m_day->setDisplayFormat(localDateFormat());
    m_day->setToolTip(tr("The list shows who held a position on this day"));
    m_filter->setPlaceholderText(tr("Filter by any column (Ctrl+F)"));
    m_card->setText(tr("&Card…"));
    m_card->setToolTip(tr("The servant's positions, absences and dismissal (Enter)"));
    m_addServant->setText(tr("Add &servant…"));
    m_addAbsence->setText(tr("Add a&bsence…"));
    m_import->setText(tr("&Import from CSV…"));
    m_edit->setText(tr("Edi&t…")); // Alt+E opens the Edit menu
    m_edit->setToolTip(tr("Change the servant's full name or IIN (F2)"));
    m_newPosition->setText(tr("&New position…"));
    m_newPosition->setToolTip(
        tr("Move the servant to another position or under another manager (Ctrl+Shift+P)"));
    m_endAssignment->setText(tr("End assi&gnment…"));
    m_endAssignment->setToolTip(
        tr("The end of a secondment, without dismissal from the body (Ctrl+Shift+E)"));
    m_dismiss->setText(tr("&Dismiss…"));
    m_dismiss->setToolTip(tr("Dismissal from the body; it ends the position (Ctrl+Shift+D)"));
    m_model->retranslate();
    m_list->updateCount();
}

void StaffPage::updateButtons()
{
    const bool selected = !selectedPersonnelNo().isEmpty();
    const bool mayChange = mayChangeStaff();
    m_card->setEnabled(m_context && selected);
    m_addServant->setEnabled(mayChange);
    m_addAbsence->setEnabled(mayChange && selected);
    m_import->setEnabled(mayChange);
    for (QPushButton *button : {m_edit, m_newPosition, m_endAssignment, m_dismiss})
        button->setEnabled(mayChange && selected);
}

void StaffPage::restoreSettings()
{
    m_list->restoreColumns(HeaderKey);
    m_list->restoreFilter(FilterKey);
}

void StaffPage::saveSettings() const
{
    m_list->saveColumns(HeaderKey);
    m_list->saveFilter(FilterKey);
}

bool StaffPage::mayChangeStaff() const
{
    // Only the face: StaffService refuses whatever the permission table does not grant.
    return m_context && scopesOf(m_context->actor(), Action::ChangeStaff).contains(Scope::Everyone);
}

void StaffPage::showErrors(const QString &title, const InputErrors &errors)
{
    QStringList messages;
    for (const InputError &error : errors)
        messages << error.message;
    QMessageBox::warning(this, title, messages.join(QLatin1Char('\n')));
}

// The dialogs below run their own event loop, during which the window may lock and sign out:
// every service call goes through the page, which reads m_context at that moment.
void StaffPage::askCard()
{
    const QString personnelNo = selectedPersonnelNo();
    if (personnelNo.isEmpty() || !m_context)
        return;
    QString error;
    const auto found = history(personnelNo, &error);
    if (!found) {
        QMessageBox::warning(this, tr("Servant's card"), error);
        return;
    }
    ServantCard card(*found, this);
    card.exec();
}

void StaffPage::askAddServant()
{
    if (!m_context)
        return;
    ServantDialog dialog([this](const NewServant &servant,
                             InputErrors *errors) { return addServant(servant, errors); },
        this);
    QStringList units;
    QStringList positions;
    QStringList numbers;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const StaffMember member = m_model->member(m_model->index(row, 0));
        units << member.unit;
        positions << member.position;
        numbers << member.personnelNo;
    }
    dialog.setSuggestions(sortedUnique(units), sortedUnique(positions), sortedUnique(numbers));
    NewServant blank;
    blank.appointed = day();
    dialog.setServant(blank);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Show the newcomer: they may fall outside the filter or the day.
    const QString added = dialog.servant().personnelNo;
    const QModelIndexList found = m_proxy->match(
        m_proxy->index(0, 0), StaffModel::PersonnelNoRole, added, 1, Qt::MatchExactly);
    if (!found.isEmpty()) {
        m_table->selectRow(found.first().row());
        m_table->scrollTo(found.first());
    }
}

void StaffPage::askAddAbsence()
{
    const QString personnelNo = selectedPersonnelNo();
    if (personnelNo.isEmpty() || !m_context)
        return;
    const QString name = m_model->member(m_list->selectedRow()).fullName;
    AbsenceDialog dialog(
        tr("%1 (%2)").arg(name, personnelNo), day(),
        [this, personnelNo](const Absence &absence, InputErrors *errors) {
            return addAbsence(personnelNo, absence, errors);
        },
        this);
    dialog.exec();
}

void StaffPage::askImport()
{
    if (!m_context)
        return;
    StaffImportDialog dialog(
        [this](const QList<NewServant> &servants) { return validate(servants); },
        [this](const QList<NewServant> &servants, InputErrors *errors) {
            return importServants(servants, errors);
        },
        this);
    if (dialog.exec() == QDialog::Accepted) {
        QMessageBox::information(this, tr("Import staff from CSV"),
            tr("%n servant(s) added.", nullptr, int(dialog.servants().size())));
    }
}

QString StaffPage::selectedName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const StaffMember member = m_model->member(m_proxy->mapToSource(rows.first()));
    return tr("%1 (%2)").arg(member.fullName, member.personnelNo);
}

AssignmentRecord StaffPage::currentAssignment(const QString &personnelNo) const
{
    QString error;
    const auto found = history(personnelNo, &error);
    return found && !found->assignments.isEmpty() ? found->assignments.last() : AssignmentRecord();
}

void StaffPage::askEdit()
{
    const QString personnelNo = selectedPersonnelNo();
    if (personnelNo.isEmpty() || !m_context)
        return;
    QString error;
    const auto found = history(personnelNo, &error);
    if (!found) {
        QMessageBox::warning(this, tr("Edit servant"), error);
        return;
    }
    ServantDialog dialog(
        [this, personnelNo](const NewServant &servant, InputErrors *errors) {
            return editServant(personnelNo, {servant.fullName, servant.iin}, errors);
        },
        this);
    NewServant shown;
    shown.personnelNo = personnelNo;
    shown.fullName = found->fullName;
    shown.iin = found->iin;
    dialog.setServant(shown);
    dialog.setEditing(true);
    dialog.exec();
}

void StaffPage::askNewPosition()
{
    const QString personnelNo = selectedPersonnelNo();
    if (personnelNo.isEmpty() || !m_context)
        return;
    NewPositionDialog dialog(
        selectedName(), currentAssignment(personnelNo),
        [this, personnelNo](const NewAssignment &assignment, InputErrors *errors) {
            return reassign(personnelNo, assignment, errors);
        },
        this);
    QStringList units;
    QStringList positions;
    QStringList numbers;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const StaffMember member = m_model->member(m_model->index(row, 0));
        units << member.unit;
        positions << member.position;
        numbers << member.personnelNo;
    }
    dialog.setSuggestions(sortedUnique(units), sortedUnique(positions), sortedUnique(numbers));
    NewAssignment start = dialog.assignment();
    start.from = day();
    dialog.setAssignment(start);
    dialog.exec();
}

void StaffPage::askEndOfService(bool dismissal)
{
    const QString personnelNo = selectedPersonnelNo();
    if (personnelNo.isEmpty() || !m_context)
        return;
    const auto submit = [this, personnelNo, dismissal](
                            QDate day, const QString &reason, InputErrors *errors) {
        return dismissal ? dismiss(personnelNo, day, reason, errors)
                         : endAssignment(personnelNo, day, errors);
    };
    EndOfServiceDialog dialog(
        dismissal ? EndOfServiceDialog::Kind::Dismissal : EndOfServiceDialog::Kind::EndAssignment,
        selectedName(), currentAssignment(personnelNo), day(), submit, this);
    dialog.exec();
}

} // namespace bagalau
