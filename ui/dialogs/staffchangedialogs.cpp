// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/staffchangedialogs.h"

#include "models/localetext.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace bagalau {

namespace {

// A field with its problem label under it, as one row of a form.
QWidget *withProblem(QWidget *parent, QWidget *field, QLabel *problem)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(box);
    problem->setParent(box);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
}

void suggest(QLineEdit *edit, const QStringList &values)
{
    auto *completer = new QCompleter(values, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
}

QDateEdit *dateEdit(QWidget *parent, const char *name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    return edit;
}

// "Аппарат / Главный специалист since 01.03.2021, manager Жусупова Айгуль (001)"
QString describe(const AssignmentRecord &current)
{
    if (current.position.isEmpty())
        return NewPositionDialog::tr("no position in the file");
    QString text = NewPositionDialog::tr("%1 / %2 since %3")
                       .arg(current.unit, current.position, dateText(current.days.first));
    if (current.days.last.isValid())
        text = NewPositionDialog::tr("%1 / %2, %3 – %4")
                   .arg(current.unit, current.position, dateText(current.days.first),
                       dateText(current.days.last));
    if (!current.managerPersonnelNo.isEmpty())
        text += NewPositionDialog::tr(", manager %1 (%2)")
                    .arg(current.managerName, current.managerPersonnelNo);
    return text;
}

} // namespace

NewPositionDialog::NewPositionDialog(
    const QString &servant, const AssignmentRecord &current, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_servant(servant)
    , m_current(current)
    , m_submit(std::move(submit))
    , m_problems(this)
    , m_servantLabel(new QLabel(this))
    , m_currentLabel(new QLabel(this))
    , m_fromLabel(new QLabel(this))
    , m_categoryLabel(new QLabel(this))
    , m_unitLabel(new QLabel(this))
    , m_positionLabel(new QLabel(this))
    , m_managerLabel(new QLabel(this))
    , m_from(dateEdit(this, "from"))
    , m_category(new QComboBox(this))
    , m_unit(new QLineEdit(this))
    , m_position(new QLineEdit(this))
    , m_manager(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("NewPositionDialog"));
    m_category->setObjectName(QStringLiteral("category"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_position->setObjectName(QStringLiteral("position"));
    m_manager->setObjectName(QStringLiteral("managerPersonnelNo"));
    m_category->addItem(QString(), int(PositionCategory::CorpsB));
    m_category->addItem(QString(), int(PositionCategory::Head));
    m_currentLabel->setWordWrap(true);
    m_unit->setMinimumWidth(320);
    m_fromLabel->setBuddy(m_from);
    m_categoryLabel->setBuddy(m_category);
    m_unitLabel->setBuddy(m_unit);
    m_positionLabel->setBuddy(m_position);
    m_managerLabel->setBuddy(m_manager);
    // The current position is the starting point: most moves keep the unit or the manager.
    setAssignment({current.days.first.isValid() ? QDate::currentDate() : QDate(), current.category,
        current.unit, current.position, current.managerPersonnelNo});

    // The fields are StaffService's names for them, so its errors find their place.
    auto *form = new QFormLayout;
    form->addRow(m_servantLabel);
    form->addRow(m_currentLabel);
    form->addRow(m_fromLabel, withProblem(this, m_from, m_problems.add(QStringLiteral("from"))));
    form->addRow(
        m_categoryLabel, withProblem(this, m_category, m_problems.add(QStringLiteral("category"))));
    form->addRow(m_unitLabel, withProblem(this, m_unit, m_problems.add(QStringLiteral("unit"))));
    form->addRow(
        m_positionLabel, withProblem(this, m_position, m_problems.add(QStringLiteral("position"))));
    form->addRow(m_managerLabel,
        withProblem(this, m_manager, m_problems.add(QStringLiteral("manager_personnel_no"))));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems.general());
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewPositionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewPositionDialog::reject);
    retranslate();
}

NewAssignment NewPositionDialog::assignment() const
{
    NewAssignment assignment;
    assignment.from = m_from->date();
    assignment.category = PositionCategory(m_category->currentData().toInt());
    assignment.unit = m_unit->text().simplified();
    assignment.position = m_position->text().simplified();
    assignment.managerPersonnelNo = m_manager->text().trimmed();
    return assignment;
}

void NewPositionDialog::setAssignment(const NewAssignment &assignment)
{
    if (assignment.from.isValid())
        m_from->setDate(assignment.from);
    m_category->setCurrentIndex(m_category->findData(int(assignment.category)));
    m_unit->setText(assignment.unit);
    m_position->setText(assignment.position);
    m_manager->setText(assignment.managerPersonnelNo);
}

void NewPositionDialog::setSuggestions(
    const QStringList &units, const QStringList &positions, const QStringList &personnelNos)
{
    suggest(m_unit, units);
    suggest(m_position, positions);
    suggest(m_manager, personnelNos);
}

void NewPositionDialog::accept()
{
    m_problems.clear();
    InputErrors errors;
    if (!m_submit || !m_submit(assignment(), &errors)) {
        m_problems.show(errors, tr("The new position could not be recorded."));
        return;
    }
    QDialog::accept();
}

void NewPositionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void NewPositionDialog::retranslate()
{
    setWindowTitle(tr("New position"));
    m_servantLabel->setText(tr("Servant: %1").arg(m_servant));
    m_currentLabel->setText(tr("Now: %1").arg(describe(m_current)));
    m_fromLabel->setText(tr("&From:"));
    m_from->setToolTip(tr("The first day in the new position; the current one ends the day "
                          "before"));
    m_from->setDisplayFormat(localDateFormat());
    m_categoryLabel->setText(tr("&Category:"));
    m_category->setItemText(0, tr("corps B"));
    m_category->setItemText(1, tr("head of the apparatus"));
    m_unitLabel->setText(tr("&Unit:"));
    m_positionLabel->setText(tr("P&osition:"));
    m_managerLabel->setText(tr("&Manager's personnel number:"));
    m_manager->setPlaceholderText(tr("empty when the servant reports to no one on the list"));
}

EndOfServiceDialog::EndOfServiceDialog(Kind kind, const QString &servant,
    const AssignmentRecord &current, QDate day, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_servant(servant)
    , m_current(current)
    , m_submit(std::move(submit))
    , m_problems(this)
    , m_servantLabel(new QLabel(this))
    , m_currentLabel(new QLabel(this))
    , m_dayLabel(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_day(dateEdit(this, "day"))
    , m_reason(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(kind == Kind::Dismissal ? QStringLiteral("DismissalDialog")
                                          : QStringLiteral("EndAssignmentDialog"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMinimumWidth(360);
    // Room for the position's description on two lines at most, with or without the reason.
    setMinimumWidth(480);
    m_currentLabel->setWordWrap(true);
    m_day->setDate(day.isValid() ? day : QDate::currentDate());
    m_dayLabel->setBuddy(m_day);
    m_reasonLabel->setBuddy(m_reason);

    auto *form = new QFormLayout;
    form->addRow(m_servantLabel);
    form->addRow(m_currentLabel);
    form->addRow(m_dayLabel, withProblem(this, m_day, m_problems.add(dayField())));
    if (m_kind == Kind::Dismissal) {
        form->addRow(
            m_reasonLabel, withProblem(this, m_reason, m_problems.add(QStringLiteral("reason"))));
    } else {
        m_reasonLabel->hide();
        m_reason->hide();
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems.general());
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EndOfServiceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EndOfServiceDialog::reject);
    retranslate();
}

QString EndOfServiceDialog::dayField() const
{
    // StaffService's names: endAssignment's "last_day", dismiss's "day".
    return m_kind == Kind::Dismissal ? QStringLiteral("day") : QStringLiteral("last_day");
}

QDate EndOfServiceDialog::day() const
{
    return m_day->date();
}

void EndOfServiceDialog::setDay(QDate day)
{
    m_day->setDate(day);
}

QString EndOfServiceDialog::reason() const
{
    return m_reason->text().simplified();
}

void EndOfServiceDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

void EndOfServiceDialog::accept()
{
    m_problems.clear();
    InputErrors errors;
    if (!m_submit || !m_submit(day(), reason(), &errors)) {
        m_problems.show(errors,
            m_kind == Kind::Dismissal ? tr("The dismissal could not be recorded.")
                                      : tr("The assignment could not be ended."));
        return;
    }
    QDialog::accept();
}

void EndOfServiceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EndOfServiceDialog::retranslate()
{
    m_servantLabel->setText(tr("Servant: %1").arg(m_servant));
    m_currentLabel->setText(tr("Position: %1").arg(describe(m_current)));
    m_day->setDisplayFormat(localDateFormat());
    if (m_kind == Kind::Dismissal) {
        setWindowTitle(tr("Dismissal"));
        m_dayLabel->setText(tr("&Day of dismissal:"));
        m_day->setToolTip(tr("The last day in the body; the position ends on it"));
        m_reasonLabel->setText(tr("&Reason:"));
        m_reason->setPlaceholderText(tr("the order and the article of the law"));
    } else {
        setWindowTitle(tr("End of assignment"));
        m_dayLabel->setText(tr("&Last day in the position:"));
        m_day->setToolTip(tr("The end of a secondment, without dismissal from the body"));
    }
}

} // namespace bagalau
