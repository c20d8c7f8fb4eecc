// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/servantdialog.h"

#include "models/localetext.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bagalau {

namespace {

void suggest(QLineEdit *edit, const QStringList &values)
{
    auto *completer = new QCompleter(values, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
}

} // namespace

ServantDialog::ServantDialog(Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_personnelNoLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_iinLabel(new QLabel(this))
    , m_categoryLabel(new QLabel(this))
    , m_unitLabel(new QLabel(this))
    , m_positionLabel(new QLabel(this))
    , m_appointedLabel(new QLabel(this))
    , m_managerLabel(new QLabel(this))
    , m_personnelNo(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_iin(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_unit(new QLineEdit(this))
    , m_position(new QLineEdit(this))
    , m_appointed(new QDateEdit(this))
    , m_manager(new QLineEdit(this))
    , m_problems(this)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ServantDialog"));
    m_personnelNo->setObjectName(QStringLiteral("personnelNo"));
    m_name->setObjectName(QStringLiteral("fullName"));
    m_iin->setObjectName(QStringLiteral("iin"));
    m_category->setObjectName(QStringLiteral("category"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_position->setObjectName(QStringLiteral("position"));
    m_appointed->setObjectName(QStringLiteral("appointed"));
    m_manager->setObjectName(QStringLiteral("managerPersonnelNo"));
    m_category->addItem(QString(), int(PositionCategory::CorpsB));
    m_category->addItem(QString(), int(PositionCategory::Head));
    m_appointed->setCalendarPopup(true);
    m_appointed->setDisplayFormat(localDateFormat());
    m_appointed->setDate(QDate::currentDate());
    m_name->setMinimumWidth(320);

    m_personnelNoLabel->setBuddy(m_personnelNo);
    m_nameLabel->setBuddy(m_name);
    m_iinLabel->setBuddy(m_iin);
    m_categoryLabel->setBuddy(m_category);
    m_unitLabel->setBuddy(m_unit);
    m_positionLabel->setBuddy(m_position);
    m_appointedLabel->setBuddy(m_appointed);
    m_managerLabel->setBuddy(m_manager);

    // The columns are StaffService's names for the fields, so its errors find their place.
    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(
        m_personnelNoLabel, m_problems.withProblem(QStringLiteral("personnel_no"), m_personnelNo));
    form->addRow(m_nameLabel, m_problems.withProblem(QStringLiteral("full_name"), m_name));
    form->addRow(m_iinLabel, m_problems.withProblem(QStringLiteral("iin"), m_iin));
    form->addRow(m_categoryLabel, m_problems.withProblem(QStringLiteral("category"), m_category));
    form->addRow(m_unitLabel, m_problems.withProblem(QStringLiteral("unit"), m_unit));
    form->addRow(m_positionLabel, m_problems.withProblem(QStringLiteral("position"), m_position));
    form->addRow(
        m_appointedLabel, m_problems.withProblem(QStringLiteral("appointed"), m_appointed));
    form->addRow(
        m_managerLabel, m_problems.withProblem(QStringLiteral("manager_personnel_no"), m_manager));
    m_problems.setGeneralNamesField(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems.general());
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServantDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServantDialog::reject);
    retranslate();
}

void ServantDialog::setEditing(bool editing)
{
    m_editing = editing;
    // Shown for reference, greyed: the personnel number names the servant throughout the file.
    m_personnelNo->setReadOnly(editing);
    m_personnelNo->setEnabled(!editing);
    const QList<QWidget *> positionFields = {
        m_category, m_unit, m_position, m_appointed, m_manager};
    for (QWidget *field : positionFields)
        m_form->setRowVisible(field->parentWidget(), !editing);
    if (editing)
        m_name->setFocus();
    retranslate();
    adjustSize();
}

NewServant ServantDialog::servant() const
{
    NewServant servant;
    servant.personnelNo = m_personnelNo->text().trimmed();
    servant.fullName = m_name->text().simplified();
    servant.iin = m_iin->text().trimmed();
    servant.category = PositionCategory(m_category->currentData().toInt());
    servant.unit = m_unit->text().simplified();
    servant.position = m_position->text().simplified();
    servant.appointed = m_appointed->date();
    servant.managerPersonnelNo = m_manager->text().trimmed();
    return servant;
}

void ServantDialog::setServant(const NewServant &servant)
{
    m_personnelNo->setText(servant.personnelNo);
    m_name->setText(servant.fullName);
    m_iin->setText(servant.iin);
    m_category->setCurrentIndex(m_category->findData(int(servant.category)));
    m_unit->setText(servant.unit);
    m_position->setText(servant.position);
    if (servant.appointed.isValid())
        m_appointed->setDate(servant.appointed);
    m_manager->setText(servant.managerPersonnelNo);
}

void ServantDialog::setSuggestions(
    const QStringList &units, const QStringList &positions, const QStringList &personnelNos)
{
    suggest(m_unit, units);
    suggest(m_position, positions);
    suggest(m_manager, personnelNos);
}

QString ServantDialog::problemAt(const QString &column) const
{
    return m_problems.text(column);
}

void ServantDialog::accept()
{
    m_problems.clear();
    InputErrors errors;
    if (!m_submit || !m_submit(servant(), &errors)) {
        if (errors.isEmpty())
            errors << InputError{0, QString(), QString(),
                m_editing ? tr("The servant could not be changed.")
                          : tr("The servant could not be added.")};
        m_problems.show(errors);
        return;
    }
    QDialog::accept();
}

void ServantDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ServantDialog::retranslate()
{
    setWindowTitle(m_editing ? tr("Edit servant") : tr("New servant"));
    m_personnelNoLabel->setText(tr("&Personnel number:"));
    m_nameLabel->setText(tr("&Full name:"));
    m_iinLabel->setText(tr("&IIN:"));
    m_iin->setPlaceholderText(tr("12 digits; may be left empty"));
    m_categoryLabel->setText(tr("&Category:"));
    m_category->setItemText(0, tr("corps B"));
    m_category->setItemText(1, tr("head of the apparatus"));
    m_unitLabel->setText(tr("&Unit:"));
    m_positionLabel->setText(tr("P&osition:"));
    m_appointedLabel->setText(tr("&Appointed on:"));
    m_appointed->setDisplayFormat(localDateFormat());
    m_managerLabel->setText(tr("&Manager's personnel number:"));
    m_manager->setPlaceholderText(tr("empty when the servant reports to no one on the list"));
}

} // namespace bagalau
