// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/kcisheetdialog.h"

#include "commands/kcicommands.h"
#include "evaluation/kcisheetservice.h"
#include "methodology/band.h"
#include "models/kcisheetmodel.h"
#include "models/localetext.h"
#include "models/quarterrostermodel.h"
#include "views/recordtable.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace bagalau {

namespace {

const auto HeaderKey = QStringLiteral("kcisheetdialog/header");

// The mark is typed in a spin box that holds only the marks appendix 3 allows on the line.
class MarkDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("markEditor"));
        spin->setRange(index.data(KciSheetModel::MinMarkRole).toInt(),
            index.data(KciSheetModel::MaxMarkRole).toInt());
        return spin;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toInt());
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *spin = static_cast<QSpinBox *>(editor);
        spin->interpretText();
        model->setData(index, spin->value());
    }
};

} // namespace

KciSheetDialog::KciSheetDialog(const ServiceContext &context, const QString &personnelNo,
    const Quarter &quarter, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_personnelNo(personnelNo)
    , m_quarter(quarter)
    , m_heading(new QLabel(this))
    , m_tableNote(new QLabel(this))
    , m_model(new KciSheetModel(this))
    , m_table(new QTableView(this))
    , m_score(new QLabel(this))
    , m_errors(new QLabel(this))
    , m_saveDraft(new QPushButton(tr("Save &draft"), this))
    , m_sign(new QPushButton(tr("&Sign"), this))
    , m_reopen(new QPushButton(tr("&Reopen…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("KciSheetDialog"));
    setWindowTitle(tr("KCI score sheet"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_tableNote->setWordWrap(true);
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #a00000"));
    m_errors->hide();
    m_score->setObjectName(QStringLiteral("score"));
    QFont scoreFont = m_score->font();
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);

    m_table->setObjectName(QStringLiteral("kciSheet"));
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    // The actual and the mark are typed in place: one cell at a time, Tab moves on.
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setTabKeyNavigation(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setItemDelegateForColumn(KciSheetModel::MarkColumn, new MarkDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(KciSheetModel::TitleColumn, QHeaderView::Stretch);
    connect(m_model, &KciSheetModel::edited, this, &KciSheetDialog::updateScore);

    m_saveDraft->setObjectName(QStringLiteral("saveDraft"));
    m_sign->setObjectName(QStringLiteral("sign"));
    m_reopen->setObjectName(QStringLiteral("reopen"));
    // Enter signs: the sheet's one final act, asked for by the issue.
    m_sign->setDefault(true);
    m_buttons->addButton(m_saveDraft, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_reopen, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_sign, QDialogButtonBox::AcceptRole);
    connect(m_saveDraft, &QPushButton::clicked, this, &KciSheetDialog::saveDraft);
    connect(m_sign, &QPushButton::clicked, this, &KciSheetDialog::sign);
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Reopen the KCI sheet"),
            tr("Why is the signed sheet reopened? The reason is kept in the audit log."),
            QLineEdit::Normal, QString(), &ok);
        if (ok)
            reopen(reason);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tableNote);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_score);
    layout->addWidget(m_errors);
    layout->addWidget(m_buttons);
    resize(900, 420);

    reload();
    const QByteArray state = QSettings().value(HeaderKey).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this] { QSettings().setValue(HeaderKey, m_table->horizontalHeader()->saveState()); });
    m_table->setFocus();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, KciSheetModel::ActualColumn));
}

QString KciSheetDialog::problem() const
{
    return m_errors->text();
}

void KciSheetDialog::reload()
{
    QString error;
    KciSheetService service(m_context);
    const auto sheet = service.sheet(m_personnelNo, m_quarter, &error);
    m_loaded = sheet.has_value();
    if (!sheet) {
        m_heading->setText(
            tr("KCI score sheet, %1").arg(QuarterRosterModel::quarterLabel(m_quarter)));
        m_model->setSheet({}, {}, false);
        showErrors({InputError{0, QString(), QString(), error}});
        for (QPushButton *button : {m_saveDraft, m_sign, m_reopen})
            button->setEnabled(false);
        return;
    }
    const bool signedSheet = sheet->status == KciSheetStatus::Signed;
    m_heading->setText(
        tr("%1 (%2), %3", "name (personnel no.), III quarter 2024")
            .arg(sheet->fullName, sheet->personnelNo, QuarterRosterModel::quarterLabel(m_quarter)));
    m_tableNote->setText(sheet->tableEntered
            ? tr("Each mark lies within the range appendix 3 allows for the KCI's realization.")
            : tr("The appendix-3 table has not been entered in Settings: any mark 0–5 is accepted "
                 "and the sheet shows the realization percent (decision 10)."));
    m_model->setSheet(*sheet, service.allowedMarkTable(), !signedSheet);
    m_saveDraft->setEnabled(!signedSheet);
    m_sign->setEnabled(!signedSheet);
    m_reopen->setEnabled(signedSheet);
    updateScore();
}

void KciSheetDialog::updateScore()
{
    const KciSheetRecord &sheet = m_model->sheet();
    QString status;
    switch (sheet.status) {
    case KciSheetStatus::None:
    case KciSheetStatus::Draft:
        status = tr("draft");
        break;
    case KciSheetStatus::Signed:
        status = tr("signed on %1").arg(dateText(sheet.signedOn));
        break;
    case KciSheetStatus::Returned:
        status = tr("reopened: %1").arg(sheet.returnReason);
        break;
    }
    const auto score =
        sheet.status == KciSheetStatus::Signed ? sheet.score : m_model->currentScore();
    if (score)
        m_score->setText(
            tr("Score %1 — %2 (%3)")
                .arg(score->toLocaleString(QLocale()), bandLabel(bandOf(*score)), status));
    else
        m_score->setText(
            tr("Score: every KCI needs its actual and an allowed mark (%1)").arg(status));
}

void KciSheetDialog::showErrors(const InputErrors &errors)
{
    QStringList lines;
    for (const InputError &error : errors)
        lines << (error.line > 0 ? tr("KCI %1: %2").arg(error.line).arg(error.message)
                                 : error.message);
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->setVisible(!lines.isEmpty());
}

bool KciSheetDialog::saveDraft()
{
    KciSheetService service(m_context);
    QString error;
    const auto stored = service.sheet(m_personnelNo, m_quarter, &error);
    QList<KciSheetEntry> before;
    if (stored) {
        for (const KciSheetRow &row : stored->rows)
            before << KciSheetEntry{row.kci.number, row.actual, row.mark};
    }
    const QList<KciSheetEntry> after = m_model->entries();
    m_lastErrors.clear();
    auto *command = new SaveKciSheetDraftCommand(m_context, m_personnelNo, m_quarter, before, after,
        [this](const InputErrors &errors) { m_lastErrors = errors; });
    const bool done = pushCommand(m_undoStack, command, &m_lastErrors);
    showErrors(m_lastErrors);
    if (done)
        reload();
    return done;
}

bool KciSheetDialog::sign()
{
    // A signature is a legal act (§27): it is not an undoable edit.
    InputErrors errors;
    const auto score =
        KciSheetService(m_context).sign(m_personnelNo, m_quarter, m_model->entries(), &errors);
    showErrors(errors);
    if (!score)
        return false;
    reload();
    return true;
}

bool KciSheetDialog::reopen(const QString &reason)
{
    InputErrors errors;
    const bool done = KciSheetService(m_context).reopen(m_personnelNo, m_quarter, reason, &errors);
    showErrors(errors);
    if (done)
        reload();
    return done;
}

} // namespace bagalau
