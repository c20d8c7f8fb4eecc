// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/servantcard.h"

#include "views/recordtable.h"

#include "models/localetext.h"
#include "models/staffmodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bagalau {

namespace {

QTableWidget *readOnlyTable(QWidget *parent, int columns)
{
    auto *table = new QTableWidget(0, columns, parent);
    setUpRecordTable(table);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &texts)
{
    for (int column = 0; column < texts.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
}

} // namespace

ServantCard::ServantCard(const ServantHistory &history, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_assignmentsTitle(new QLabel(this))
    , m_absencesTitle(new QLabel(this))
    , m_assignments(readOnlyTable(this, 6))
    , m_absences(readOnlyTable(this, 4))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("ServantCard"));
    m_assignments->setObjectName(QStringLiteral("assignments"));
    m_absences->setObjectName(QStringLiteral("absences"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_assignmentsTitle->font();
    titleFont.setBold(true);
    m_assignmentsTitle->setFont(titleFont);
    m_absencesTitle->setFont(titleFont);
    m_assignmentsTitle->setBuddy(m_assignments);
    m_absencesTitle->setBuddy(m_absences);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addSpacing(8);
    layout->addWidget(m_assignmentsTitle);
    layout->addWidget(m_assignments, 3);
    layout->addWidget(m_absencesTitle);
    layout->addWidget(m_absences, 2);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServantCard::reject);
    resize(820, 520);
    retranslate();
}

void ServantCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ServantCard::retranslate()
{
    setWindowTitle(tr("Servant's card — %1").arg(m_history.fullName));
    m_name->setText(m_history.fullName);
    QStringList details{tr("Personnel number %1").arg(m_history.personnelNo)};
    if (!m_history.iin.isEmpty())
        details << tr("IIN %1").arg(m_history.iin);
    details << (m_history.dismissed.isValid()
            ? tr("dismissed on %1").arg(dateText(m_history.dismissed))
            : tr("in service"));
    if (m_history.dismissed.isValid() && !m_history.dismissalReason.isEmpty())
        details << m_history.dismissalReason;
    m_details->setText(details.join(QStringLiteral(" · ")));

    m_assignmentsTitle->setText(tr("&Positions held"));
    m_assignments->setHorizontalHeaderLabels(
        {tr("From"), tr("To"), tr("Unit"), tr("Position"), tr("Category"), tr("Manager")});
    m_assignments->setRowCount(int(m_history.assignments.size()));
    for (int row = 0; row < m_history.assignments.size(); ++row) {
        const AssignmentRecord &record = m_history.assignments.at(row);
        const QString manager = record.managerPersonnelNo.isEmpty()
            ? QString()
            : tr("%1 (%2)").arg(record.managerName, record.managerPersonnelNo);
        setRow(m_assignments, row,
            {dateText(record.days.first),
                record.days.last.isValid() ? dateText(record.days.last) : tr("to date"),
                record.unit, record.position, StaffModel::categoryLabel(record.category), manager});
    }

    m_absencesTitle->setText(tr("&Absences"));
    m_absences->setHorizontalHeaderLabels({tr("Kind"), tr("From"), tr("To"), tr("Days")});
    m_absences->setRowCount(int(m_history.absences.size()));
    for (int row = 0; row < m_history.absences.size(); ++row) {
        const Absence &absence = m_history.absences.at(row);
        setRow(m_absences, row,
            {absenceKindLabel(absence.kind), dateText(absence.days.first),
                dateText(absence.days.last),
                QLocale().toString(absence.days.first.daysTo(absence.days.last) + 1)});
    }
    m_assignments->resizeColumnsToContents();
    m_absences->resizeColumnsToContents();
}

} // namespace bagalau
