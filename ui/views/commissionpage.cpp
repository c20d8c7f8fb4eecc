// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/commissionpage.h"

#include "views/emptyhint.h"
#include "views/pagetitle.h"
#include "views/recordtable.h"

#include "access/permissions.h"
#include "dialogs/commissiondialogs.h"
#include "methodology/eligibility.h"
#include "models/commissioncasemodel.h"
#include "models/localetext.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"

#include "clock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bagalau {

namespace {

const auto HeaderKey = QStringLiteral("commissionpage/header");

QString messages(const InputErrors &errors)
{
    QStringList lines;
    for (const InputError &error : errors)
        lines << error.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CommissionPage::CommissionPage(QWidget *parent)
    : ContextPage(parent)
    , m_cases(new CommissionCaseModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_seats(new CommissionSeatModel(this))
    , m_title(new QLabel(this))
    , m_window(new QLabel(this))
    , m_message(new QLabel(this))
    , m_seatsLabel(new QLabel(this))
    , m_seatTable(new QTableView(this))
    , m_meetingsLabel(new QLabel(this))
    , m_casesLabel(new QLabel(this))
    , m_caseTable(new QTableView(this))
    , m_form(new QPushButton(this))
    , m_plan(new QPushButton(this))
    , m_sheet(new QPushButton(this))
    , m_agree(new QPushButton(this))
    , m_return(new QPushButton(this))
    , m_meeting(new QPushButton(this))
    , m_vote(new QPushButton(this))
{
    setObjectName(QStringLiteral("CommissionPage"));
    setUpPageTitle(m_title);
    m_window->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_meetingsLabel->setWordWrap(true);

    m_seatTable->setObjectName(QStringLiteral("seats"));
    m_seatTable->setModel(m_seats);
    setUpRecordTable(m_seatTable);
    m_seatTable->setMaximumHeight(150);
    new EmptyHint(m_seatTable);
    m_seatsLabel->setBuddy(m_seatTable);

    m_proxy->setSourceModel(m_cases);
    m_proxy->setSortRole(CommissionCaseModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_caseTable->setObjectName(QStringLiteral("cases"));
    m_caseTable->setModel(m_proxy);
    new EmptyHint(m_caseTable);
    m_caseTable->setSortingEnabled(true);
    setUpRecordTable(m_caseTable);
    m_caseTable->horizontalHeader()->setSectionsMovable(true);
    m_casesLabel->setBuddy(m_caseTable);
    connect(m_caseTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CommissionPage::updateButtons);
    connect(m_caseTable, &QTableView::activated, this, &CommissionPage::askVote);

    m_form->setObjectName(QStringLiteral("formCommission"));
    m_plan->setObjectName(QStringLiteral("newPlan"));
    m_sheet->setObjectName(QStringLiteral("managerSheet"));
    m_agree->setObjectName(QStringLiteral("superiorAgrees"));
    m_return->setObjectName(QStringLiteral("superiorReturns"));
    m_meeting->setObjectName(QStringLiteral("holdMeeting"));
    m_vote->setObjectName(QStringLiteral("vote"));
    connect(m_form, &QPushButton::clicked, this, &CommissionPage::askForm);
    connect(m_plan, &QPushButton::clicked, this, &CommissionPage::askPlan);
    connect(m_sheet, &QPushButton::clicked, this, &CommissionPage::askSheet);
    connect(m_agree, &QPushButton::clicked, this, [this] { superior(true); });
    connect(m_return, &QPushButton::clicked, this, [this] { superior(false); });
    connect(m_meeting, &QPushButton::clicked, this, &CommissionPage::askMeeting);
    connect(m_vote, &QPushButton::clicked, this, &CommissionPage::askVote);

    auto *seatRow = new QHBoxLayout;
    seatRow->addWidget(m_seatTable, 1);
    auto *seatButtons = new QVBoxLayout;
    seatButtons->addWidget(m_form);
    seatButtons->addStretch();
    seatRow->addLayout(seatButtons);
    auto *caseButtons = new QHBoxLayout;
    caseButtons->addWidget(m_plan);
    caseButtons->addWidget(m_sheet);
    caseButtons->addWidget(m_agree);
    caseButtons->addWidget(m_return);
    caseButtons->addStretch();
    caseButtons->addWidget(m_meeting);
    caseButtons->addWidget(m_vote);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_window);
    layout->addWidget(m_message);
    layout->addWidget(m_seatsLabel);
    layout->addLayout(seatRow);
    layout->addWidget(m_meetingsLabel);
    layout->addWidget(m_casesLabel);
    layout->addWidget(m_caseTable, 1);
    layout->addLayout(caseButtons);

    setTabOrder(m_seatTable, m_form);
    setTabOrder(m_form, m_caseTable);
    setTabOrder(m_caseTable, m_plan);
    setTabOrder(m_plan, m_sheet);
    setTabOrder(m_sheet, m_agree);
    setTabOrder(m_agree, m_return);
    setTabOrder(m_return, m_meeting);
    setTabOrder(m_meeting, m_vote);

    m_columnsRestored =
        m_caseTable->horizontalHeader()->restoreState(QSettings().value(HeaderKey).toByteArray());
    m_columnsSized = m_columnsRestored;
    retranslate();
    updateButtons();
}

CommissionPage::~CommissionPage()
{
    if (m_columnsSized)
        QSettings().setValue(HeaderKey, m_caseTable->horizontalHeader()->saveState());
}

void CommissionPage::setContext(const ServiceContext *context)
{
    m_context = context;
    m_message->hide();
    reload();
}

void CommissionPage::reload()
{
    const qint64 selected = selectedCaseId();
    m_seats->setSeats(m_context ? CommissionService(*m_context).seats() : QList<CommissionSeat>());
    m_cases->setCases(m_context ? CommissionService(*m_context).cases() : QList<CommissionCase>());
    m_seatTable->resizeColumnsToContents();
    // Until the user sizes the columns, they follow the contents as the records grow.
    if (!m_columnsRestored && m_cases->rowCount() > 0) {
        m_caseTable->resizeColumnsToContents();
        m_columnsSized = true;
    }
    QStringList meetings;
    if (m_context) {
        const auto list = CommissionService(*m_context).meetings();
        for (const CommissionMeeting &meeting : list)
            meetings << (meeting.quorum
                    ? tr("Meeting of %1, protocol No. %2: %n member(s) present, quorum.", nullptr,
                        int(meeting.present.size()))
                    : tr("Meeting of %1, protocol No. %2: %n member(s) present, no quorum "
                         "(§55): it decides nothing.",
                        nullptr, int(meeting.present.size())))
                            .arg(dateText(meeting.heldOn), meeting.protocolNumber);
    }
    m_meetingsLabel->setText(meetings.join(QLatin1Char('\n')));
    m_meetingsLabel->setVisible(!meetings.isEmpty());
    if (selected != 0) {
        const QModelIndexList found = m_proxy->match(
            m_proxy->index(0, 0), CommissionCaseModel::CaseIdRole, selected, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            m_caseTable->selectRow(found.first().row());
    }
    if (!m_caseTable->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_caseTable->selectRow(0);
    updateButtons();
}

QString CommissionPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CommissionPage::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

qint64 CommissionPage::selectedCaseId() const
{
    return selectedCase().id;
}

CommissionCase CommissionPage::selectedCase() const
{
    const QModelIndexList rows = m_caseTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? CommissionCase()
                          : m_cases->commissionCase(m_proxy->mapToSource(rows.first()));
}

void CommissionPage::updateButtons()
{
    const bool runs =
        m_context && scopesOf(m_context->actor(), Action::RunCommission).contains(Scope::Everyone);
    const CommissionCase c = selectedCase();
    m_form->setEnabled(runs);
    m_plan->setEnabled(runs);
    m_sheet->setEnabled(runs && c.id != 0 && c.superiorDecision == QLatin1String("return"));
    m_agree->setEnabled(runs && c.id != 0 && c.superiorDecision.isEmpty());
    m_return->setEnabled(runs && c.id != 0 && c.superiorDecision.isEmpty());
    m_meeting->setEnabled(runs && m_seats->rowCount() > 0);
    m_vote->setEnabled(runs && c.meetingId != 0 && c.decision.isEmpty());
}

void CommissionPage::askForm()
{
    if (!m_context)
        return;
    CommissionFormDialog dialog(
        m_context->clock().today(),
        [this](QDate formedOn, const QString &order, const QList<CommissionSeat> &seats,
            InputErrors *errors) {
            if (!m_context || !CommissionService(*m_context).form(formedOn, order, seats, errors))
                return false;
            reload();
            return true;
        },
        this);
    dialog.exec();
}

void CommissionPage::askPlan()
{
    if (!m_context)
        return;
    QList<Chapter6PlanDialog::Candidate> servants;
    const DateRange window = chapter6WorkPeriod();
    const auto staff = StaffService(*m_context).staffVisibleDuring(window);
    for (const StaffMember &member : staff)
        servants << Chapter6PlanDialog::Candidate{member.personnelNo, member.fullName};
    Chapter6PlanDialog dialog(
        servants, m_context->clock().today(),
        [this](const QString &personnelNo, const DateRange &period, QDate drawnUpOn,
            const QList<Kci> &kcis, InputErrors *errors) {
            if (!m_context)
                return false;
            CommissionService service(*m_context);
            const auto plan = service.createPlan(personnelNo, period, drawnUpOn, kcis, errors);
            if (!plan)
                return false;
            say(tr("The plan is recorded. The direct manager's sheet comes next."), false);
            // The sheet follows the plan at once: its dialog asks for the actual values.
            QStringList titles;
            for (int i = 0; i < kcis.size(); ++i)
                titles << tr("KCI %1, %2 (plan %3):")
                              .arg(i + 1)
                              .arg(kcis.at(i).title, kcis.at(i).plan.toLocaleString(QLocale()));
            ManagerSheetDialog sheet(
                personnelNo, titles, m_context->clock().today(),
                [this, planId = *plan](
                    const QList<Decimal> &actuals, QDate signedOn, InputErrors *sheetErrors) {
                    return m_context
                        && CommissionService(*m_context)
                               .submitSheet(planId, actuals, signedOn, sheetErrors)
                               .has_value();
                },
                this);
            sheet.exec();
            reload();
            return true;
        },
        this);
    dialog.exec();
}

void CommissionPage::askSheet()
{
    const CommissionCase c = selectedCase();
    if (!m_context || c.id == 0)
        return;
    QStringList titles;
    for (int i = 1; i <= 5; ++i)
        titles << tr("KCI %1:").arg(i);
    ManagerSheetDialog dialog(
        c.fullName, titles, m_context->clock().today(),
        [this, planId = c.planId](
            const QList<Decimal> &actuals, QDate signedOn, InputErrors *errors) {
            if (!m_context
                || !CommissionService(*m_context).submitSheet(planId, actuals, signedOn, errors))
                return false;
            reload();
            return true;
        },
        this);
    dialog.exec();
}

void CommissionPage::superior(bool agree)
{
    const CommissionCase c = selectedCase();
    if (!m_context || c.id == 0)
        return;
    InputErrors errors;
    if (!CommissionService(*m_context)
             .superiorDecision(c.id, agree, m_context->clock().today(), &errors)) {
        say(messages(errors), true);
        return;
    }
    reload();
    const CommissionCase after = selectedCase();
    say(agree ? tr("Agreed: to the Commission by %1 (§53).").arg(dateText(after.submissionDue))
              : tr("Returned: the sheet is to be resubmitted by %1 (§52).")
                    .arg(dateText(after.resubmissionDue)),
        false);
}

void CommissionPage::askMeeting()
{
    if (!m_context)
        return;
    const CommissionService service(*m_context);
    MeetingDialog dialog(
        service.seats(), service.cases(), m_context->clock().today(),
        [this](QDate heldOn, const QString &number, const QList<qint64> &present,
            const QList<qint64> &cases, InputErrors *errors) {
            if (!m_context
                || !CommissionService(*m_context)
                        .holdMeeting(heldOn, number, present, cases, errors))
                return false;
            reload();
            return true;
        },
        this);
    dialog.exec();
}

void CommissionPage::askVote()
{
    const CommissionCase c = selectedCase();
    if (!m_context || c.meetingId == 0 || !c.decision.isEmpty())
        return;
    const CommissionService service(*m_context);
    QList<CommissionSeat> present;
    const auto meetings = service.meetings();
    const auto seats = service.seats();
    for (const CommissionMeeting &meeting : meetings) {
        if (meeting.id != c.meetingId)
            continue;
        for (const CommissionSeat &seat : seats) {
            if (meeting.present.contains(seat.id))
                present << seat;
        }
    }
    CaseVoteDialog dialog(
        tr("%1: %2 of 5 KCI achieved, %3")
            .arg(c.fullName)
            .arg(c.achieved.value_or(0))
            .arg(c.band ? bandLabel(*c.band) : QString()),
        present,
        [this, id = c.id](
            const CaseProposal &proposal, const QMap<qint64, Vote> &votes, InputErrors *errors) {
            if (!m_context)
                return false;
            const auto outcome = CommissionService(*m_context).decide(id, proposal, votes, errors);
            if (!outcome)
                return false;
            reload();
            say(outcome->decision == CommissionDecision::Adopted
                    ? (outcome->decidedByChair
                            ? tr("Adopted by the chair's vote in a tie (§58): %1 for, %2 against.")
                            : tr("Adopted: %1 for, %2 against."))
                          .arg(outcome->votesFor)
                          .arg(outcome->votesAgainst)
                    : tr("Not adopted: %1 for, %2 against. The case awaits another proposal.")
                          .arg(outcome->votesFor)
                          .arg(outcome->votesAgainst),
                outcome->decision != CommissionDecision::Adopted);
            return true;
        },
        this);
    dialog.exec();
}

void CommissionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CommissionPage::retranslate()
{
    m_title->setText(tr("Commission (chapter 6)"));
    m_window->setText(
        tr("For servants on social or sick leave during work from %1 to %2: an annual "
           "plan of five KCI, graded by the number achieved (§43–48). The chapter "
           "ceased to be in force on %3.")
            .arg(dateText(chapter6WorkPeriod().first), dateText(chapter6WorkPeriod().last),
                dateText(chapter6LastDayInForce())));
    m_seatsLabel->setText(tr("&Members of the Commission"));
    m_casesLabel->setText(tr("C&ases"));
    if (auto *hint = m_seatTable->findChild<EmptyHint *>())
        hint->setText(tr("No members yet: Form… sets up the Commission and its chairman."));
    if (auto *hint = m_caseTable->findChild<EmptyHint *>())
        hint->setText(tr("No cases yet: New plan… opens one for a servant who was on social or "
                         "sick leave between 01.07.2021 and 31.12.2022 (§43)."));
    m_form->setText(tr("&Form…"));
    m_plan->setText(tr("&New plan…"));
    m_sheet->setText(tr("Manager's &sheet…"));
    m_agree->setText(tr("Superior &agrees"));
    m_return->setText(tr("Superior &returns"));
    m_meeting->setText(tr("&Meeting…"));
    m_vote->setText(tr("&Vote…"));
    m_cases->retranslate();
    m_seats->retranslate();
}

} // namespace bagalau
