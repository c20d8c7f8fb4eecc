// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/commissiondialogs.h"

#include "models/localetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace bagalau {

namespace {

QDateEdit *dateEdit(QWidget *parent, const char *name, QDate date)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(localDateFormat());
    edit->setDate(date);
    return edit;
}

QListWidgetItem *checkItem(QListWidget *list, const QString &text, qint64 id)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    return item;
}

} // namespace

CommissionDialog::CommissionDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_problems(this)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problems.general());
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CommissionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CommissionDialog::reject);
}

void CommissionDialog::addRow(const QString &label, QWidget *field, const QString &problemField)
{
    auto *text = new QLabel(label, this);
    text->setBuddy(field);
    m_form->addRow(text, field);
    if (!problemField.isEmpty())
        m_form->addRow(QString(), m_problems.add(problemField));
}

void CommissionDialog::accept()
{
    InputErrors errors;
    if (!m_submit || !m_submit(&errors)) {
        m_problems.show(errors, tr("Nothing was written."));
        return;
    }
    QDialog::accept();
}

CommissionFormDialog::CommissionFormDialog(QDate today, Form form, QWidget *parent)
    : CommissionDialog(tr("Form the Commission"), parent)
    , m_date(dateEdit(this, "formedOn", today))
    , m_order(new QLineEdit(this))
    , m_chair(new QLineEdit(this))
    , m_members(new QPlainTextEdit(this))
    , m_secretary(new QLineEdit(this))
{
    setObjectName(QStringLiteral("CommissionFormDialog"));
    m_members->setTabChangesFocus(true);
    m_members->setPlaceholderText(tr("One name a line"));
    addRow(tr("&Formed on:"), m_date, QStringLiteral("formed_on"));
    addRow(tr("&Order:"), m_order);
    addRow(tr("&Chair:"), m_chair);
    addRow(tr("&Members:"), m_members);
    addRow(tr("&Secretary (does not vote, §59):"), m_secretary, QStringLiteral("members"));
    setSubmit([this, form](InputErrors *errors) {
        return form(m_date->date(), m_order->text(), seats(), errors);
    });
}

void CommissionFormDialog::fill(QDate formedOn, const QString &order, const QString &chair,
    const QStringList &members, const QString &secretary)
{
    m_date->setDate(formedOn);
    m_order->setText(order);
    m_chair->setText(chair);
    m_members->setPlainText(members.join(QLatin1Char('\n')));
    m_secretary->setText(secretary);
}

QList<CommissionSeat> CommissionFormDialog::seats() const
{
    QList<CommissionSeat> seats;
    if (!m_chair->text().trimmed().isEmpty())
        seats << CommissionSeat{0, m_chair->text(), CommissionRole::Chair};
    const QStringList lines = m_members->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            seats << CommissionSeat{0, line, CommissionRole::Member};
    }
    if (!m_secretary->text().trimmed().isEmpty())
        seats << CommissionSeat{0, m_secretary->text(), CommissionRole::Secretary};
    return seats;
}

Chapter6PlanDialog::Chapter6PlanDialog(
    const QList<Candidate> &servants, QDate today, Create create, QWidget *parent)
    : CommissionDialog(tr("Annual plan of chapter 6"), parent)
    , m_servant(new QComboBox(this))
    , m_first(dateEdit(this, "periodFirst", QDate(2022, 1, 1)))
    , m_last(dateEdit(this, "periodLast", QDate(2022, 12, 31)))
    , m_drawnUp(dateEdit(this, "drawnUpOn", today))
{
    setObjectName(QStringLiteral("Chapter6PlanDialog"));
    m_servant->setObjectName(QStringLiteral("servant"));
    for (const Candidate &servant : servants)
        m_servant->addItem(servant.fullName, servant.personnelNo);
    addRow(tr("&Servant:"), m_servant, QStringLiteral("personnel_no"));
    auto *period = new QWidget(this);
    auto *periodRow = new QHBoxLayout(period);
    periodRow->setContentsMargins(0, 0, 0, 0);
    periodRow->addWidget(m_first);
    periodRow->addWidget(new QLabel(QStringLiteral("–"), period));
    periodRow->addWidget(m_last);
    periodRow->addStretch();
    addRow(tr("&Period:"), period, QStringLiteral("period"));
    addRow(tr("&Drawn up on:"), m_drawnUp, QStringLiteral("drawn_up_on"));
    auto *grid = new QWidget(this);
    auto *layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("KCI"), grid), 0, 1);
    layout->addWidget(new QLabel(tr("Unit"), grid), 0, 2);
    layout->addWidget(new QLabel(tr("Plan"), grid), 0, 3);
    layout->addWidget(new QLabel(tr("Less is better"), grid), 0, 4);
    for (int i = 0; i < 5; ++i) {
        m_titles[i] = new QLineEdit(grid);
        m_units[i] = new QLineEdit(grid);
        m_plans[i] = new QLineEdit(grid);
        m_less[i] = new QCheckBox(grid);
        m_titles[i]->setObjectName(QStringLiteral("kciTitle%1").arg(i + 1));
        m_plans[i]->setObjectName(QStringLiteral("kciPlan%1").arg(i + 1));
        m_titles[i]->setMinimumWidth(280);
        m_units[i]->setMaximumWidth(80);
        m_plans[i]->setMaximumWidth(80);
        layout->addWidget(new QLabel(QString::number(i + 1), grid), i + 1, 0);
        layout->addWidget(m_titles[i], i + 1, 1);
        layout->addWidget(m_units[i], i + 1, 2);
        layout->addWidget(m_plans[i], i + 1, 3);
        layout->addWidget(m_less[i], i + 1, 4, Qt::AlignCenter);
    }
    addRow(tr("&Five KCI (§46):"), grid, QStringLiteral("kci"));
    setSubmit([this, create](InputErrors *errors) {
        QString problem;
        const QList<Kci> list = kcis(&problem);
        if (!problem.isEmpty()) {
            *errors << InputError{0, QStringLiteral("kci"), QString(), problem};
            return false;
        }
        return create(m_servant->currentData().toString(), {m_first->date(), m_last->date()},
            m_drawnUp->date(), list, errors);
    });
}

void Chapter6PlanDialog::fill(
    const QString &personnelNo, const DateRange &period, QDate drawnUpOn, const QList<Kci> &kcis)
{
    m_servant->setCurrentIndex(m_servant->findData(personnelNo));
    m_first->setDate(period.first);
    m_last->setDate(period.last);
    m_drawnUp->setDate(drawnUpOn);
    for (int i = 0; i < 5; ++i) {
        const bool has = i < kcis.size();
        m_titles[i]->setText(has ? kcis.at(i).title : QString());
        m_units[i]->setText(has ? kcis.at(i).unit : QString());
        m_plans[i]->setText(has ? kcis.at(i).plan.toString() : QString());
        m_less[i]->setChecked(has && kcis.at(i).direction == KciDirection::LessIsBetter);
    }
}

QList<Kci> Chapter6PlanDialog::kcis(QString *problem) const
{
    QList<Kci> list;
    for (int i = 0; i < 5; ++i) {
        if (m_titles[i]->text().trimmed().isEmpty() && m_plans[i]->text().trimmed().isEmpty())
            continue;
        const auto plan = Decimal::parse(
            m_plans[i]->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.')));
        if (!plan) {
            *problem = tr("The plan of KCI %1 is a number such as 95 or 12.5.").arg(i + 1);
            return {};
        }
        list << Kci{m_titles[i]->text(), m_units[i]->text(), *plan, Decimal(),
            m_less[i]->isChecked() ? KciDirection::LessIsBetter : KciDirection::MoreIsBetter};
    }
    return list;
}

ManagerSheetDialog::ManagerSheetDialog(
    const QString &servant, const QStringList &kciTitles, QDate today, Sign sign, QWidget *parent)
    : CommissionDialog(tr("Direct manager's sheet"), parent)
    , m_date(dateEdit(this, "signedOn", today))
{
    setObjectName(QStringLiteral("ManagerSheetDialog"));
    form()->addRow(new QLabel(servant, this));
    for (int i = 0; i < kciTitles.size(); ++i) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("actual%1").arg(i + 1));
        m_actuals << edit;
        addRow(kciTitles.at(i), edit);
    }
    addRow(tr("&Signed on:"), m_date, QStringLiteral("signed_on"));
    form()->addRow(QString(),
        new QLabel(tr("A KCI counts as achieved when its plan is fully met "
                      "(§48)."),
            this));
    setSubmit([this, sign](InputErrors *errors) {
        QList<Decimal> values;
        for (int i = 0; i < m_actuals.size(); ++i) {
            const auto value = Decimal::parse(
                m_actuals.at(i)->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.')));
            if (!value) {
                *errors << InputError{0, QStringLiteral("actual"), m_actuals.at(i)->text(),
                    tr("The actual value of KCI %1 is a number such as 95 or 12.5.").arg(i + 1)};
                return false;
            }
            values << *value;
        }
        return sign(values, m_date->date(), errors);
    });
}

void ManagerSheetDialog::fill(const QStringList &actuals, QDate signedOn)
{
    for (int i = 0; i < m_actuals.size() && i < actuals.size(); ++i)
        m_actuals.at(i)->setText(actuals.at(i));
    m_date->setDate(signedOn);
}

MeetingDialog::MeetingDialog(const QList<CommissionSeat> &seats, const QList<CommissionCase> &cases,
    QDate today, Hold hold, QWidget *parent)
    : CommissionDialog(tr("Meeting of the Commission"), parent)
    , m_date(dateEdit(this, "heldOn", today))
    , m_number(new QLineEdit(this))
    , m_present(new QListWidget(this))
    , m_cases(new QListWidget(this))
{
    setObjectName(QStringLiteral("MeetingDialog"));
    m_number->setObjectName(QStringLiteral("protocolNumber"));
    for (const CommissionSeat &seat : seats) {
        if (seat.role != CommissionRole::Secretary)
            checkItem(m_present, seat.fullName, seat.id);
    }
    for (const CommissionCase &c : cases) {
        if (c.superiorDecision == QLatin1String("agree") && c.meetingId == 0)
            checkItem(m_cases, c.fullName, c.id)->setCheckState(Qt::Checked);
    }
    addRow(tr("&Held on:"), m_date, QStringLiteral("held_on"));
    addRow(tr("Protocol &No. (appendix 11):"), m_number, QStringLiteral("protocol_number"));
    addRow(tr("Members &present:"), m_present, QStringLiteral("present"));
    addRow(tr("&Cases:"), m_cases, QStringLiteral("cases"));
    setSubmit([this, hold](InputErrors *errors) {
        return hold(m_date->date(), m_number->text(), checked(m_present), checked(m_cases), errors);
    });
}

void MeetingDialog::fill(
    QDate heldOn, const QString &number, const QList<qint64> &present, const QList<qint64> &cases)
{
    m_date->setDate(heldOn);
    m_number->setText(number);
    for (QListWidget *list : {m_present, m_cases}) {
        const QList<qint64> &ids = list == m_present ? present : cases;
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            item->setCheckState(
                ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

QList<qint64> MeetingDialog::checked(const QListWidget *list)
{
    QList<qint64> ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ids << list->item(row)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

CaseVoteDialog::CaseVoteDialog(
    const QString &caseText, const QList<CommissionSeat> &present, Decide decide, QWidget *parent)
    : CommissionDialog(tr("Open vote of the Commission"), parent)
    , m_decision(new QComboBox(this))
    , m_band(new QComboBox(this))
    , m_recommendations(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("CaseVoteDialog"));
    form()->addRow(new QLabel(caseText, this));
    m_decision->addItem(tr("approve the result (§62)"), true);
    m_decision->addItem(tr("revise the result (§63)"), false);
    for (Band band : {Band::Effective, Band::Proper, Band::Satisfactory, Band::Unsatisfactory})
        m_band->addItem(bandLabel(band), bandKey(band));
    m_recommendations->setTabChangesFocus(true);
    m_recommendations->setMaximumHeight(70);
    addRow(tr("&Proposal:"), m_decision);
    addRow(tr("&Corrected grade:"), m_band, QStringLiteral("corrected_band"));
    addRow(tr("&Recommendations:"), m_recommendations);
    connect(m_decision, &QComboBox::currentIndexChanged, this,
        [this] { m_band->setEnabled(!m_decision->currentData().toBool()); });
    m_band->setEnabled(false);
    for (const CommissionSeat &seat : present) {
        auto *vote = new QComboBox(this);
        vote->addItem(QString(), QString());
        for (Vote v : {Vote::For, Vote::Against, Vote::Abstain})
            vote->addItem(voteLabel(v), voteKey(v));
        m_votes << std::make_pair(seat.id, vote);
        addRow(seat.role == CommissionRole::Chair ? tr("%1 (chair):").arg(seat.fullName)
                                                  : seat.fullName + QLatin1Char(':'),
            vote);
    }
    form()->addRow(QString(), new QLabel(tr("A tie is decided by the chair's vote (§58)."), this));
    addRow(QString(), new QWidget(this), QStringLiteral("votes"));
    setSubmit([this, decide](InputErrors *errors) {
        CaseProposal proposal;
        proposal.approve = m_decision->currentData().toBool();
        if (!proposal.approve)
            proposal.correctedBand = bandFromKey(m_band->currentData().toString());
        proposal.recommendations = m_recommendations->toPlainText();
        QMap<qint64, Vote> votes;
        for (const auto &[id, combo] : std::as_const(m_votes)) {
            if (const auto vote = voteFromKey(combo->currentData().toString()))
                votes.insert(id, *vote);
        }
        return decide(proposal, votes, errors);
    });
}

void CaseVoteDialog::fill(bool approve, std::optional<Band> corrected,
    const QString &recommendations, const QMap<qint64, Vote> &votes)
{
    m_decision->setCurrentIndex(approve ? 0 : 1);
    if (corrected)
        m_band->setCurrentIndex(m_band->findData(bandKey(*corrected)));
    m_recommendations->setPlainText(recommendations);
    for (const auto &[id, combo] : std::as_const(m_votes)) {
        combo->setCurrentIndex(votes.contains(id) ? combo->findData(voteKey(votes.value(id))) : 0);
    }
}

} // namespace bagalau
