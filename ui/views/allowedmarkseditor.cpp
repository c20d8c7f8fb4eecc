// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/allowedmarkseditor.h"

#include "access/permissions.h"
#include "commands/kcicommands.h"
#include "evaluation/allowedmarktableservice.h"
#include "models/allowedmarkmodel.h"
#include "services/servicecontext.h"
#include "views/recordtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace bagalau {

namespace {

const auto HeaderKey = QStringLiteral("settingspage/appendix3Header");

} // namespace

AllowedMarksEditor::AllowedMarksEditor(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_model(new AllowedMarkModel(this))
    , m_table(new QTableView(this))
    , m_errors(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("AllowedMarksEditor"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("appendix3"));
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_table->verticalHeader()->show();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setTabKeyNavigation(true);
    m_table->setAlternatingRowColors(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const QByteArray header = QSettings().value(HeaderKey).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this] { QSettings().setValue(HeaderKey, m_table->horizontalHeader()->saveState()); });
    m_errors->setObjectName(QStringLiteral("appendix3Errors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #a00000"));
    m_errors->hide();
    m_add->setObjectName(QStringLiteral("addAppendix3Row"));
    m_remove->setObjectName(QStringLiteral("removeAppendix3Row"));
    m_save->setObjectName(QStringLiteral("saveAppendix3"));
    connect(m_add, &QPushButton::clicked, this, &AllowedMarksEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &AllowedMarksEditor::removeSelectedRow);
    connect(m_save, &QPushButton::clicked, this, &AllowedMarksEditor::save);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_errors);
    layout->addLayout(buttons);
    retranslate();
    setContext(nullptr);
}

void AllowedMarksEditor::setContext(const ServiceContext *context)
{
    m_context = context;
    const bool mayChange =
        m_context && !scopesOf(m_context->actor(), Action::ChangeAllowedMarks).isEmpty();
    for (QPushButton *button : {m_add, m_remove, m_save})
        button->setEnabled(mayChange);
    m_table->setEditTriggers(mayChange
            ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked
            : QAbstractItemView::NoEditTriggers);
    reload();
}

void AllowedMarksEditor::reload()
{
    QList<AllowedMarkRowText> rows;
    if (m_context) {
        const auto table = AllowedMarkTableService(*m_context).rows();
        for (const AllowedMarkRow &row : table)
            rows << AllowedMarkTableService::toText(row);
    }
    m_model->setRows(rows);
}

QString AllowedMarksEditor::errorText() const
{
    return m_errors->text();
}

void AllowedMarksEditor::addRow()
{
    m_model->appendRow();
    m_table->setFocus();
    m_table->setCurrentIndex(m_model->index(m_model->rowCount() - 1, AllowedMarkModel::ToColumn));
}

void AllowedMarksEditor::removeSelectedRow()
{
    m_model->removeRowAt(m_table->currentIndex().row());
}

bool AllowedMarksEditor::save()
{
    if (!m_context)
        return false;
    QList<AllowedMarkRowText> before;
    const auto table = AllowedMarkTableService(*m_context).rows();
    for (const AllowedMarkRow &row : table)
        before << AllowedMarkTableService::toText(row);
    const QList<AllowedMarkRowText> after = m_model->rows();
    // Validated before the command exists, so that the messages stay at the cells typed.
    InputErrors errors = AllowedMarkTableService(*m_context).validate(after);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return false;
    }
    m_lastErrors.clear();
    auto *command = new ReplaceAllowedMarksCommand(
        *m_context, before, after, [this](const InputErrors &result) {
            m_lastErrors = result;
            if (result.isEmpty())
                reload();
        });
    const bool done = pushCommand(m_undoStack ? m_undoStack() : nullptr, command, &m_lastErrors);
    showErrors(m_lastErrors);
    return done;
}

void AllowedMarksEditor::showErrors(const InputErrors &errors)
{
    m_model->setErrors(errors);
    QStringList lines;
    for (const InputError &error : errors)
        lines << (error.line > 0 ? tr("row %1: %2").arg(error.line).arg(error.message)
                                 : error.message);
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->setVisible(!lines.isEmpty());
}

void AllowedMarksEditor::retranslate()
{
    m_intro->setText(tr("Appendix 3: the marks allowed on a KCI score sheet for each percent of a "
                        "KCI's realization. Bounds are included and have up to two decimals; leave "
                        "the last row's upper bound empty for \"and above\". Until rows are "
                        "entered, any mark 0–5 is accepted (decision 10)."));
    m_add->setText(tr("&Add row"));
    m_remove->setText(tr("Re&move row"));
    m_save->setText(tr("&Save table"));
}

} // namespace bagalau
