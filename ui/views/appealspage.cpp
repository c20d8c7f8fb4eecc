// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/appealspage.h"

#include "views/filteredtable.h"
#include "views/pagetitle.h"

#include "access/permissions.h"
#include "commands/appealcommands.h"
#include "dialogs/applicationdialog.h"
#include "dialogs/protocoldialog.h"
#include "dialogs/sessiondecisiondialog.h"
#include "models/appealmodel.h"
#include "models/localetext.h"
#include "models/quarterrostermodel.h"
#include "models/votemodel.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"

#include "clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bagalau {

namespace {

// "I quarter 2024" for the file's 2024Q1.
QString quarterText(const QString &key)
{
    const auto quarter = Quarter::parse(key);
    return quarter ? QuarterRosterModel::quarterLabel(*quarter) : key;
}

const auto HeaderKey = QStringLiteral("appealspage/header");
const auto SplitterKey = QStringLiteral("appealspage/splitter");

// A ballot is chosen from the three the methodology knows, or none.
class VoteDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(QString(), QString());
        for (Vote vote : {Vote::For, Vote::Against, Vote::Abstain})
            combo->addItem(voteLabel(vote), voteKey(vote));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

AppealsPage::AppealsPage(QWidget *parent)
    : ContextPage(parent)
    , m_model(new AppealModel(this))
    , m_votes(new VoteModel(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_list(new FilteredTable(this, m_model, AppealModel::SortRole,
          [](int shown, int total) {
              return shown == total ? tr("%n application(s)", nullptr, total)
                                    : tr("%1 of %n application(s)", nullptr, total).arg(shown);
          }))
    , m_proxy(m_list->proxy())
    , m_filter(m_list->filter())
    , m_count(m_list->count())
    , m_table(m_list->table())
    , m_session(new QGroupBox(this))
    , m_summary(new QLabel(m_session))
    , m_heldOnLabel(new QLabel(m_session))
    , m_heldOn(new QDateEdit(m_session))
    , m_placeLabel(new QLabel(m_session))
    , m_place(new QLineEdit(m_session))
    , m_argumentLabel(new QLabel(m_session))
    , m_argument(new QPlainTextEdit(m_session))
    , m_positionLabel(new QLabel(m_session))
    , m_position(new QPlainTextEdit(m_session))
    , m_saveHearing(new QPushButton(m_session))
    , m_proposalLabel(new QLabel(m_session))
    , m_proposalScore(new QLineEdit(m_session))
    , m_proposalArgument(new QLineEdit(m_session))
    , m_addProposal(new QPushButton(m_session))
    , m_voteTable(new QTableView(m_session))
    , m_outcome(new QLabel(m_session))
    , m_register(new QPushButton(this))
    , m_decide(new QPushButton(this))
    , m_sign(new QPushButton(this))
    , m_feedback(new QPushButton(this))
{
    setObjectName(QStringLiteral("AppealsPage"));
    setUpPageTitle(m_title);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_table->setObjectName(QStringLiteral("appeals"));
    m_table->sortByColumn(AppealModel::AppliedColumn, Qt::DescendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AppealsPage::updateSession);

    m_session->setObjectName(QStringLiteral("session"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heldOn->setObjectName(QStringLiteral("heldOn"));
    m_heldOn->setCalendarPopup(true);
    m_place->setObjectName(QStringLiteral("place"));
    m_argument->setObjectName(QStringLiteral("evaluatorArgument"));
    m_position->setObjectName(QStringLiteral("servantPosition"));
    for (QPlainTextEdit *edit : {m_argument, m_position}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(64);
    }
    m_saveHearing->setObjectName(QStringLiteral("saveHearing"));
    m_proposalScore->setObjectName(QStringLiteral("proposalScore"));
    m_proposalScore->setMaximumWidth(90);
    m_proposalArgument->setObjectName(QStringLiteral("proposalArgument"));
    m_addProposal->setObjectName(QStringLiteral("addProposal"));
    m_voteTable->setObjectName(QStringLiteral("votes"));
    m_voteTable->setModel(m_votes);
    m_voteTable->setItemDelegate(new VoteDelegate(m_voteTable));
    m_voteTable->verticalHeader()->hide();
    m_voteTable->horizontalHeader()->setStretchLastSection(true);
    m_voteTable->setEditTriggers(QAbstractItemView::DoubleClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    QFont outcomeFont = m_outcome->font();
    outcomeFont.setBold(true);
    m_outcome->setFont(outcomeFont);
    m_heldOnLabel->setBuddy(m_heldOn);
    m_placeLabel->setBuddy(m_place);
    m_argumentLabel->setBuddy(m_argument);
    m_positionLabel->setBuddy(m_position);
    m_proposalLabel->setBuddy(m_proposalScore);
    connect(m_saveHearing, &QPushButton::clicked, this, &AppealsPage::saveHearing);
    connect(m_addProposal, &QPushButton::clicked, this, &AppealsPage::addProposal);
    connect(m_proposalScore, &QLineEdit::returnPressed, this, &AppealsPage::addProposal);
    connect(m_proposalArgument, &QLineEdit::returnPressed, this, &AppealsPage::addProposal);
    connect(m_votes, &VoteModel::voteRequested, this, &AppealsPage::requestVote);

    m_register->setObjectName(QStringLiteral("registerApplication"));
    m_decide->setObjectName(QStringLiteral("decide"));
    m_sign->setObjectName(QStringLiteral("signProtocol"));
    m_feedback->setObjectName(QStringLiteral("feedbackMeeting"));
    connect(m_register, &QPushButton::clicked, this, &AppealsPage::askRegister);
    connect(m_decide, &QPushButton::clicked, this, &AppealsPage::askDecide);
    connect(m_sign, &QPushButton::clicked, this, &AppealsPage::askSign);
    connect(m_feedback, &QPushButton::clicked, this, &AppealsPage::askFeedback);

    auto *hearing = new QFormLayout;
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_heldOn);
    dateRow->addSpacing(12);
    dateRow->addWidget(m_placeLabel);
    dateRow->addWidget(m_place, 1);
    hearing->addRow(m_heldOnLabel, dateRow);
    hearing->addRow(m_argumentLabel, m_argument);
    hearing->addRow(m_positionLabel, m_position);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_saveHearing);
    hearing->addRow(saveRow);
    auto *proposalRow = new QHBoxLayout;
    proposalRow->addWidget(m_proposalLabel);
    proposalRow->addWidget(m_proposalScore);
    proposalRow->addWidget(m_proposalArgument, 1);
    proposalRow->addWidget(m_addProposal);
    auto *sessionLayout = new QVBoxLayout(m_session);
    sessionLayout->addWidget(m_summary);
    sessionLayout->addLayout(hearing);
    sessionLayout->addLayout(proposalRow);
    sessionLayout->addWidget(m_voteTable, 1);
    sessionLayout->addWidget(m_outcome);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_session);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_register);
    buttons->addWidget(m_decide);
    buttons->addStretch();
    buttons->addWidget(m_sign);
    buttons->addWidget(m_feedback);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_heldOn);
    setTabOrder(m_heldOn, m_place);
    setTabOrder(m_place, m_argument);
    setTabOrder(m_argument, m_position);
    setTabOrder(m_position, m_saveHearing);
    setTabOrder(m_saveHearing, m_proposalScore);
    setTabOrder(m_proposalScore, m_proposalArgument);
    setTabOrder(m_proposalArgument, m_addProposal);
    setTabOrder(m_addProposal, m_voteTable);
    setTabOrder(m_voteTable, m_register);
    setTabOrder(m_register, m_decide);
    setTabOrder(m_decide, m_sign);
    setTabOrder(m_sign, m_feedback);

    m_columnsRestored = m_list->restoreColumns(HeaderKey);
    splitter->restoreState(QSettings().value(SplitterKey).toByteArray());
    retranslate();
    updateSession();
}

AppealsPage::~AppealsPage()
{
    m_list->saveColumns(HeaderKey);
    if (const auto *splitter = findChild<QSplitter *>(QStringLiteral("splitter")))
        QSettings().setValue(SplitterKey, splitter->saveState());
}

void AppealsPage::setContext(const ServiceContext *context)
{
    m_context = context;
    m_message->hide();
    reload();
}

void AppealsPage::reload()
{
    const qint64 selected = selectedAppealId();
    m_model->setAppeals(m_context ? AppealService(*m_context).appeals() : QList<AppealRecord>());
    // Until the user sizes the columns, they follow the contents as the records grow.
    if (!m_columnsRestored && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        m_list->setColumnsSized(true);
    }
    if (selected != 0)
        selectAppeal(selected);
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    retranslate();
    updateSession();
}

qint64 AppealsPage::selectedAppealId() const
{
    const QModelIndex row = m_list->selectedRow();
    return row.isValid() ? m_model->appealId(row) : 0;
}

void AppealsPage::selectAppeal(qint64 appealId)
{
    const QModelIndexList found = m_proxy->match(
        m_proxy->index(0, 0), AppealModel::AppealIdRole, appealId, 1, Qt::MatchExactly);
    if (!found.isEmpty()) {
        m_table->selectRow(found.first().row());
        m_table->scrollTo(found.first());
    }
}

void AppealsPage::showKey(const QString &key, const QString &personnelNo)
{
    Q_UNUSED(personnelNo)
    bool isId = false;
    const qint64 appealId = key.toLongLong(&isId);
    if (!isId)
        return;
    selectAppeal(appealId);
    // A filter typed earlier would hide the appeal asked for.
    if (selectedAppealId() != appealId && !m_filter->text().isEmpty()) {
        m_filter->clear();
        selectAppeal(appealId);
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

QString AppealsPage::outcomeText() const
{
    return m_outcome->text();
}

QString AppealsPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AppealsPage::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

bool AppealsPage::may(Action action) const
{
    // Only the face: the services refuse what the permission table does not grant.
    return m_context && scopesOf(m_context->actor(), action).contains(Scope::Everyone);
}

void AppealsPage::changed()
{
    reload();
    Q_EMIT appealsChanged();
}

void AppealsPage::updateSession()
{
    const qint64 id = selectedAppealId();
    const AppealRecord appeal = id != 0 ? m_model->appeal(m_list->selectedRow()) : AppealRecord();
    const bool runs = may(Action::RunAppeals);
    const bool open = id != 0 && appeal.isOpen();
    QList<SessionMember> members;
    QList<SessionProposal> proposals;
    if (m_context && id != 0 && appeal.decided) {
        const AppealService service(*m_context);
        members = service.members(id);
        proposals = service.proposals(id);
    }
    m_votes->setSession(members, proposals, open && runs);
    m_voteTable->resizeColumnsToContents();

    QStringList lines;
    if (id != 0) {
        lines << tr("<b>%1</b>, %2: score %3; acquainted on %4, applied on %5.")
                     .arg(appeal.fullName.toHtmlEscaped(), quarterText(appeal.quarter),
                         appeal.sheetScore ? appeal.sheetScore->toLocaleString(QLocale())
                                           : QString(),
                         dateText(appeal.acquaintedOn), dateText(appeal.appliedOn));
        if (!appeal.text.isEmpty())
            lines << tr("Application: %1").arg(appeal.text.toHtmlEscaped());
        if (appeal.status == QLatin1String("refused_late"))
            lines << tr("Refused: the application came after the five working days of §12.");
        else if (!appeal.decided)
            lines << tr("The appointing official decides by %1 (§38); the session is held by %2 "
                        "(§39).")
                         .arg(dateText(appeal.decisionDue), dateText(appeal.sessionDue));
        else if (!appeal.sessionOrdered)
            lines << tr("No session was ordered (decision of %1).").arg(dateText(appeal.decidedOn));
        else {
            QStringList names;
            for (const SessionMember &member : std::as_const(members))
                names << (member.evaluator ? tr("%1 (evaluator)").arg(member.fullName)
                                           : member.fullName)
                             .toHtmlEscaped();
            lines << tr("Session ordered on %1 by %2; to be held by %3. Members: %4.")
                         .arg(dateText(appeal.decidedOn), appeal.orderReference.toHtmlEscaped(),
                             dateText(appeal.sessionDue), names.join(QStringLiteral(", ")));
        }
        if (appeal.protocolSignedOn.isValid())
            lines << tr("Protocol No. %1 signed on %2; to be posted by %3 (§41).")
                         .arg(appeal.protocolNumber.toHtmlEscaped(),
                             dateText(appeal.protocolSignedOn), dateText(appeal.protocolPostedDue));
        if (appeal.feedbackOn.isValid())
            lines << tr("Feedback meeting held on %1 (§42).").arg(dateText(appeal.feedbackOn));
    } else {
        lines << tr("Choose an application in the list.");
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    {
        const QSignalBlocker blocker(m_heldOn);
        m_heldOn->setDate(appeal.heldOn.isValid() ? appeal.heldOn
                : m_context                       ? m_context->clock().today()
                                                  : QDate::currentDate());
    }
    m_place->setText(appeal.place);
    m_argument->setPlainText(appeal.evaluatorArgument);
    m_position->setPlainText(appeal.servantPosition);
    for (QWidget *edit : std::initializer_list<QWidget *>{m_heldOn, m_place, m_argument, m_position,
             m_saveHearing, m_proposalScore, m_proposalArgument, m_addProposal})
        edit->setEnabled(open && runs);
    // The summary stays readable; only what can still change is enabled.
    m_voteTable->setEnabled(id != 0 && appeal.sessionOrdered);

    QString outcome;
    if (id != 0 && appeal.protocolSignedOn.isValid() && appeal.finalScore) {
        outcome =
            tr("Final score by the protocol: %1").arg(appeal.finalScore->toLocaleString(QLocale()));
    } else if (m_context && open) {
        QString problem;
        const auto score = AppealService(*m_context).outcome(id, &problem);
        outcome = score ? (score == appeal.sheetScore ? tr("Outcome so far: the score stays %1")
                                                      : tr("Outcome so far: the score becomes %1"))
                              .arg(score->toLocaleString(QLocale()))
                        : problem;
    }
    m_outcome->setText(outcome);
    updateButtons();
}

void AppealsPage::updateButtons()
{
    const qint64 id = selectedAppealId();
    const AppealRecord appeal = id != 0 ? m_model->appeal(m_list->selectedRow()) : AppealRecord();
    m_register->setEnabled(may(Action::RunAppeals));
    m_decide->setEnabled(
        may(Action::DecideAppeals) && appeal.status == QLatin1String("registered"));
    m_sign->setEnabled(may(Action::RunAppeals) && appeal.isOpen());
    m_feedback->setEnabled(may(Action::RunAppeals) && appeal.protocolSignedOn.isValid());
}

void AppealsPage::askRegister()
{
    if (!m_context)
        return;
    const QList<AppealableSheet> sheets = AppealService(*m_context).appealableSheets();
    ApplicationDialog dialog(
        sheets, m_context->clock().today(),
        [this](qint64 sheetId, QDate appliedOn, const QString &text, InputErrors *errors) {
            if (!m_context)
                return false;
            const auto result =
                AppealService(*m_context).registerApplication(sheetId, appliedOn, text, errors);
            if (!result)
                return false;
            if (undoStack()) {
                undoStack()->push(new RegisterApplicationCommand(
                    *m_context, [this] { changed(); }, result->appealId, sheetId, appliedOn, text));
            }
            changed();
            selectAppeal(result->appealId);
            if (result->refusedLate)
                say(result->refusal, true);
            else
                say(tr("The application is registered; the decision is due by %1.")
                        .arg(dateText(m_context->deadlines().sessionDecisionDue(appliedOn))),
                    false);
            return true;
        },
        this);
    dialog.exec();
}

void AppealsPage::askDecide()
{
    const qint64 id = selectedAppealId();
    if (!m_context || id == 0)
        return;
    const AppealRecord appeal = m_model->appeal(m_list->selectedRow());
    QList<SessionCandidate> candidates;
    const QDate today = m_context->clock().today();
    const auto staff = StaffService(*m_context).staffVisibleDuring({today, today});
    for (const StaffMember &member : staff) {
        if (member.personnelNo != appeal.personnelNo)
            candidates << SessionCandidate{member.id, member.fullName};
    }
    SessionDecisionDialog dialog(
        tr("%1, %2: application of %3")
            .arg(appeal.fullName, quarterText(appeal.quarter), dateText(appeal.appliedOn)),
        candidates, today,
        [this, id](const SessionDecision &decision, InputErrors *errors) {
            if (!m_context || !AppealService(*m_context).decide(id, decision, errors))
                return false;
            // A decision of the appointing official is a signed act: not an undoable edit.
            changed();
            return true;
        },
        this);
    dialog.exec();
}

void AppealsPage::saveHearing()
{
    const qint64 id = selectedAppealId();
    if (!m_context || id == 0)
        return;
    const AppealRecord appeal = m_model->appeal(m_list->selectedRow());
    const SessionHearing before{
        appeal.heldOn, appeal.place, appeal.evaluatorArgument, appeal.servantPosition};
    const SessionHearing after{
        m_heldOn->date(), m_place->text(), m_argument->toPlainText(), m_position->toPlainText()};
    InputErrors errors;
    if (!AppealService(*m_context).recordHearing(id, after, &errors)) {
        QStringList messages;
        for (const InputError &error : std::as_const(errors))
            messages << error.message;
        say(messages.join(QLatin1Char('\n')), true);
        return;
    }
    if (undoStack())
        undoStack()->push(new RecordHearingCommand(
            *m_context, [this] { changed(); }, id, before, after));
    say(QString(), false);
    changed();
}

void AppealsPage::addProposal()
{
    const qint64 id = selectedAppealId();
    if (!m_context || id == 0)
        return;
    const auto score =
        Score::parse(m_proposalScore->text().replace(QLatin1Char(','), QLatin1Char('.')));
    if (!score) {
        say(tr("A proposed score is a number from 0 to 5 with up to two decimals, such as 4 or "
               "3,75."),
            true);
        m_proposalScore->setFocus();
        return;
    }
    InputErrors errors;
    const QString argument = m_proposalArgument->text();
    const auto proposal = AppealService(*m_context).addProposal(id, *score, argument, &errors);
    if (!proposal) {
        QStringList messages;
        for (const InputError &error : std::as_const(errors))
            messages << error.message;
        say(messages.join(QLatin1Char('\n')), true);
        return;
    }
    if (undoStack())
        undoStack()->push(new AddProposalCommand(
            *m_context, [this] { changed(); }, id, *proposal, *score, argument));
    m_proposalScore->clear();
    m_proposalArgument->clear();
    say(QString(), false);
    changed();
}

void AppealsPage::requestVote(qint64 proposalId, qint64 memberId, std::optional<Vote> vote)
{
    if (!m_context)
        return;
    std::optional<Vote> before;
    for (int row = 0; row < m_votes->rowCount(); ++row) {
        const SessionProposal proposal = m_votes->proposal(m_votes->index(row, 0));
        if (proposal.id == proposalId && proposal.votes.contains(memberId))
            before = proposal.votes.value(memberId);
    }
    if (before == vote)
        return;
    InputErrors errors;
    if (!AppealService(*m_context).setVote(proposalId, memberId, vote, &errors)) {
        say(errors.isEmpty() ? QString() : errors.first().message, true);
        return;
    }
    if (undoStack())
        undoStack()->push(new SetVoteCommand(
            *m_context, [this] { changed(); }, proposalId, memberId, before, vote));
    // The grid is reset after the edit has finished, not inside the delegate's commit.
    QMetaObject::invokeMethod(this, &AppealsPage::changed, Qt::QueuedConnection);
}

void AppealsPage::askSign()
{
    const qint64 id = selectedAppealId();
    if (!m_context || id == 0)
        return;
    ProtocolDialog dialog(
        m_outcome->text(), m_context->clock().today(),
        [this, id](const QString &number, QDate signedOn, InputErrors *errors) {
            if (!m_context || !AppealService(*m_context).signProtocol(id, number, signedOn, errors))
                return false;
            // A signature is not undone (§41): what came before it can no longer be undone
            // either, so the stack starts again from here.
            if (undoStack())
                undoStack()->clear();
            changed();
            return true;
        },
        this);
    dialog.exec();
}

void AppealsPage::askFeedback()
{
    const qint64 id = selectedAppealId();
    if (!m_context || id == 0)
        return;
    const AppealRecord appeal = m_model->appeal(m_list->selectedRow());
    FeedbackDialog dialog(
        tr("%1, %2").arg(appeal.fullName, quarterText(appeal.quarter)),
        {appeal.feedbackOn.isValid() ? appeal.feedbackOn : m_context->clock().today(),
            appeal.feedbackAchievements, appeal.feedbackSkills, appeal.feedbackPotential},
        [this, id](const FeedbackDialog::Meeting &meeting, InputErrors *errors) {
            if (!m_context
                || !AppealService(*m_context)
                        .recordFeedback(id,
                            {meeting.heldOn, meeting.achievements, meeting.skills,
                                meeting.potential},
                            errors))
                return false;
            changed();
            return true;
        },
        this);
    dialog.exec();
}

void AppealsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The status lines are sentences written from the file: written again in the new language.
        reload();
    }
    QWidget::changeEvent(event);
}

void AppealsPage::hideEvent(QHideEvent *event)
{
    m_list->saveColumns(HeaderKey);
    ContextPage::hideEvent(event);
}

void AppealsPage::retranslate()
{
    m_title->setText(tr("Appeals and calibration"));
    m_filter->setPlaceholderText(tr("Filter by any column (Ctrl+F)"));
    m_list->updateCount();
    m_session->setTitle(tr("Calibration session"));
    m_heldOnLabel->setText(tr("&Held on:"));
    m_heldOn->setDisplayFormat(localDateFormat());
    m_placeLabel->setText(tr("&Place:"));
    m_argumentLabel->setText(tr("E&valuator's argument:"));
    m_positionLabel->setText(tr("Ser&vant's position:"));
    m_saveHearing->setText(tr("Save the &hearing"));
    m_proposalLabel->setText(tr("&Proposal:"));
    m_proposalScore->setPlaceholderText(tr("score"));
    m_proposalArgument->setPlaceholderText(tr("why the score should change"));
    m_addProposal->setText(tr("&Add proposal"));
    m_register->setText(tr("&Register application…"));
    m_decide->setText(tr("&Decide…"));
    m_decide->setToolTip(tr("The appointing official's decision and the members (§38)"));
    m_sign->setText(tr("&Sign protocol…"));
    m_feedback->setText(tr("&Feedback meeting…"));
    m_model->retranslate();
    m_votes->retranslate();
}

} // namespace bagalau
