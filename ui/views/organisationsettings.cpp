// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/organisationsettings.h"

#include "access/permissions.h"
#include "commands/editorganisationcommand.h"
#include "services/servicecontext.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bagalau {

namespace {

// The fields in the order of the form, by the names the service gives its errors.
const QStringList &fieldNames()
{
    static const QStringList names = {QStringLiteral("name_kk"), QStringLiteral("name_ru"),
        QStringLiteral("chairman"), QStringLiteral("appointing_official")};
    return names;
}

} // namespace

OrganisationSettings::OrganisationSettings(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
{
    setObjectName(QStringLiteral("organisationSettings"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(QStringLiteral("organisationStatus"));
    m_status->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2);
    int row = 0;
    QWidget *previous = nullptr;
    for (const QString &name : fieldNames()) {
        auto *label = new QLabel(this);
        auto *edit = new QLineEdit(this);
        auto *error = new QLabel(this);
        edit->setObjectName(name);
        edit->setMaxLength(OrganisationService::MaxLength + 1);
        label->setBuddy(edit);
        error->setObjectName(name + QStringLiteral("Error"));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        error->hide();
        connect(edit, &QLineEdit::textEdited, this, [this, error] {
            error->hide();
            m_savedNote.clear();
            updateButtons();
        });
        connect(edit, &QLineEdit::returnPressed, this, &OrganisationSettings::save);
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row, 1);
        grid->addWidget(error, row + 1, 1);
        grid->setRowMinimumHeight(row + 1, 4);
        row += 2;
        m_fields.insert(name, edit);
        m_labels.insert(name, label);
        m_errors.insert(name, error);
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
    }
    m_save->setObjectName(QStringLiteral("saveOrganisation"));
    m_revert->setObjectName(QStringLiteral("revertOrganisation"));
    connect(m_save, &QPushButton::clicked, this, &OrganisationSettings::save);
    connect(m_revert, &QPushButton::clicked, this, &OrganisationSettings::reload);
    setTabOrder(previous, m_save);
    setTabOrder(m_save, m_revert);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addLayout(grid);
    layout->addLayout(buttons);
    layout->addStretch(1);
    retranslate();
    reload();
}

void OrganisationSettings::setContext(const ServiceContext *context, QUndoStack *undoStack)
{
    m_context = context;
    m_undoStack = undoStack;
    m_savedNote.clear();
    reload();
}

Organisation OrganisationSettings::typed() const
{
    return {m_fields.value(QStringLiteral("name_ru"))->text(),
        m_fields.value(QStringLiteral("name_kk"))->text(),
        m_fields.value(QStringLiteral("chairman"))->text(),
        m_fields.value(QStringLiteral("appointing_official"))->text()};
}

QString OrganisationSettings::errorAt(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

bool OrganisationSettings::save()
{
    if (!m_context)
        return false;
    const Organisation before = m_saved;
    const Organisation after = typed();
    InputErrors errors;
    if (!apply(after, &errors)) {
        showErrors(errors);
        return false;
    }
    m_savedNote = tr("Saved. Edit → Undo brings the previous details back.");
    m_status->setText(m_savedNote);
    if (m_undoStack && !(m_saved == before)) {
        m_undoStack->push(
            new EditOrganisationCommand(before, m_saved, [this](const Organisation &organisation) {
                InputErrors problems;
                const bool done = apply(organisation, &problems);
                if (!done)
                    showErrors(problems);
                return done;
            }));
    }
    return true;
}

bool OrganisationSettings::apply(const Organisation &organisation, InputErrors *errors)
{
    if (!m_context)
        return false;
    const bool done = OrganisationService(*m_context).update(organisation, errors);
    if (done) {
        reload();
        Q_EMIT organisationChanged();
    }
    return done;
}

void OrganisationSettings::reload()
{
    m_saved = Organisation{};
    if (m_context) {
        if (const auto organisation = OrganisationService(*m_context).organisation())
            m_saved = *organisation;
    }
    m_fields.value(QStringLiteral("name_ru"))->setText(m_saved.nameRu);
    m_fields.value(QStringLiteral("name_kk"))->setText(m_saved.nameKk);
    m_fields.value(QStringLiteral("chairman"))->setText(m_saved.chairman);
    m_fields.value(QStringLiteral("appointing_official"))->setText(m_saved.appointingOfficial);
    for (QLabel *error : std::as_const(m_errors))
        error->hide();
    updateButtons();
}

void OrganisationSettings::showErrors(const InputErrors &errors)
{
    QStringList general;
    QLineEdit *first = nullptr;
    for (const InputError &error : errors) {
        QLabel *label = m_errors.value(error.column);
        if (!label) {
            general << error.message;
            continue;
        }
        label->setText(error.message);
        label->show();
        if (!first)
            first = m_fields.value(error.column);
    }
    m_status->setText(general.join(QLatin1Char('\n')));
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        first->selectAll();
    }
}

void OrganisationSettings::updateButtons()
{
    const bool mayChange = m_context
        && scopesOf(m_context->actor(), Action::ChangeOrganisation).contains(Scope::Everyone);
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->setReadOnly(!mayChange);
    const bool changed = !(typed() == m_saved);
    m_save->setEnabled(mayChange && changed);
    m_revert->setEnabled(mayChange && changed);
    if (!m_context)
        m_status->setText(tr("Open a database file to see its organisation."));
    else if (!mayChange)
        m_status->setText(tr("Only the chief specialist changes these details."));
    else
        m_status->setText(changed ? QString() : m_savedNote);
}

void OrganisationSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrganisationSettings::retranslate()
{
    m_title->setText(tr("Organisation"));
    m_hint->setText(tr("The printed forms are headed with these details: the Kazakh forms with "
                       "the Kazakh name, the Russian forms with the Russian one."));
    m_labels.value(QStringLiteral("name_kk"))->setText(tr("Name in &Kazakh:"));
    m_labels.value(QStringLiteral("name_ru"))->setText(tr("Name in &Russian:"));
    m_labels.value(QStringLiteral("chairman"))->setText(tr("&Chairman of the maslikhat:"));
    m_labels.value(QStringLiteral("appointing_official"))->setText(tr("&Appointing official:"));
    m_fields.value(QStringLiteral("name_ru"))->setPlaceholderText(tr("required"));
    m_fields.value(QStringLiteral("chairman"))
        ->setPlaceholderText(tr("surname and initials, e.g. Ахметов Б. К."));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Re&vert"));
    updateButtons();
}

} // namespace bagalau
