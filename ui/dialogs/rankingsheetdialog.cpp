// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/rankingsheetdialog.h"

#include "models/localetext.h"
#include "models/quarterrostermodel.h"

#include "methodology/band.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bagalau {

namespace {

// No mark yet: the spin box's minimum, shown as a dash.
constexpr int NoMark = -1;

// A mark is one digit: typing it sets the mark whatever the box shows, so a keyboard user types
// "4", Tab, "5"... without first clearing the dash or the previous mark; Delete clears it.
class MarkSpinBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const int key = event->key();
        if (!isReadOnly() && key >= Qt::Key_0 && key <= Qt::Key_9
            && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            const int digit = key - Qt::Key_0;
            if (digit <= maximum())
                setValue(digit);
            event->accept();
            return;
        }
        if (!isReadOnly() && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
            setValue(minimum());
            event->accept();
            return;
        }
        QSpinBox::keyPressEvent(event);
    }
};

} // namespace

RankingSheetDialog::RankingSheetDialog(
    const RankingSheetRecord &sheet, Actions actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(std::move(actions))
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_state(new QLabel(this))
    , m_markHeader(new QLabel(this))
    , m_commentHeader(new QLabel(this))
    , m_meanLabel(new QLabel(this))
    , m_mean(new QLabel(this))
    , m_problems(this)
    , m_save(new QPushButton(this))
    , m_sign(new QPushButton(this))
    , m_reopen(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("RankingSheetDialog"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question,
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    m_askReason = [this]() -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(
            this, tr("Reopen the sheet"), tr("Why is the signed sheet reopened?"), QString(), &ok);
        return ok ? std::optional<QString>(reason) : std::nullopt;
    };

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_details->setWordWrap(true);
    m_state->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("state"));
    QFont bold = m_markHeader->font();
    bold.setBold(true);
    m_markHeader->setFont(bold);
    m_commentHeader->setFont(bold);
    m_meanLabel->setFont(bold);
    m_mean->setFont(bold);
    m_mean->setObjectName(QStringLiteral("mean"));

    auto *grid = new QGridLayout;
    grid->addWidget(m_markHeader, 0, 1);
    grid->addWidget(m_commentHeader, 0, 2);
    const QList<RankingParameter> parameters = rankingParameters();
    for (int i = 0; i < 4; ++i) {
        const QString key = rankingParameterKey(parameters.at(i));
        auto *label = new QLabel(this);
        label->setWordWrap(true);
        auto *mark = new MarkSpinBox(this);
        mark->setObjectName(key);
        mark->setRange(NoMark, 5);
        mark->setSpecialValueText(QStringLiteral("–"));
        mark->setAlignment(Qt::AlignCenter);
        mark->setMinimumWidth(mark->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 6);
        auto *comment = new QLineEdit(this);
        comment->setObjectName(key + QStringLiteral("_comment"));
        label->setBuddy(mark);
        connect(mark, &QSpinBox::valueChanged, this, &RankingSheetDialog::updateMean);
        m_parameterLabels[i] = label;
        m_marks[i] = mark;
        m_comments[i] = comment;
        grid->addWidget(label, 1 + 2 * i, 0);
        grid->addWidget(mark, 1 + 2 * i, 1);
        grid->addWidget(comment, 1 + 2 * i, 2);
        grid->addWidget(m_problems.add(key, mark), 2 + 2 * i, 0, 1, 3);
        m_problems.addToLabelOf(key, key + QStringLiteral("_comment"), comment);
    }
    grid->addWidget(m_meanLabel, 9, 0);
    grid->addWidget(m_mean, 9, 1, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(2, 3);

    m_save->setObjectName(QStringLiteral("saveDraft"));
    m_sign->setObjectName(QStringLiteral("sign"));
    m_reopen->setObjectName(QStringLiteral("reopen"));
    m_close->setObjectName(QStringLiteral("close"));
    m_save->setAutoDefault(false);
    m_reopen->setAutoDefault(false);
    m_close->setAutoDefault(false);
    m_sign->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &RankingSheetDialog::saveDraft);
    connect(m_sign, &QPushButton::clicked, this, &RankingSheetDialog::signSheet);
    connect(m_reopen, &QPushButton::clicked, this, &RankingSheetDialog::reopenSheet);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            saveDraft();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reopen);
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_sign);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addWidget(m_state);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addWidget(m_problems.general());
    layout->addStretch();
    layout->addLayout(buttons);

    for (int i = 0; i < 4; ++i) {
        setTabOrder(i == 0 ? static_cast<QWidget *>(m_close) : m_comments[i - 1], m_marks[i]);
        setTabOrder(m_marks[i], m_comments[i]);
    }
    setTabOrder(m_comments[3], m_sign);
    setTabOrder(m_sign, m_save);
    setTabOrder(m_save, m_reopen);
    setTabOrder(m_reopen, m_close);

    setSheet(sheet);
    retranslate();
    resize(720, sizeHint().height());
    m_marks[0]->setFocus();
}

void RankingSheetDialog::setSheet(const RankingSheetRecord &sheet)
{
    m_sheet = sheet;
    const QList<RankingParameter> parameters = rankingParameters();
    for (int i = 0; i < 4; ++i) {
        const QSignalBlocker blocker(m_marks[i]);
        m_marks[i]->setValue(sheet.marks.mark(parameters.at(i)).value_or(NoMark));
        m_comments[i]->setText(sheet.marks.comment(parameters.at(i)));
    }
    updateMean();
    updateState();
}

RankingMarks RankingSheetDialog::marks() const
{
    RankingMarks marks;
    const QList<RankingParameter> parameters = rankingParameters();
    for (int i = 0; i < 4; ++i) {
        const int value = m_marks[i]->value();
        marks.setMark(parameters.at(i), value == NoMark ? std::nullopt : std::optional<int>(value));
        marks.setComment(parameters.at(i), m_comments[i]->text().trimmed());
    }
    return marks;
}

QSpinBox *RankingSheetDialog::markBox(RankingParameter parameter) const
{
    return m_marks.at(rankingParameters().indexOf(parameter));
}

QLineEdit *RankingSheetDialog::commentEdit(RankingParameter parameter) const
{
    return m_comments.at(rankingParameters().indexOf(parameter));
}

QString RankingSheetDialog::meanText() const
{
    return m_mean->text();
}

QString RankingSheetDialog::problemAt(const QString &column) const
{
    return m_problems.text(column);
}

void RankingSheetDialog::updateMean()
{
    const auto score = marks().score();
    if (!score) {
        m_mean->setText(tr("– (every parameter needs a mark)"));
        return;
    }
    // §7: the band is read from the rounded mean (decision 5).
    m_mean->setText(tr("%1 — %2", "score and band")
                        .arg(score->toLocaleString(QLocale()), bandLabel(bandOf(*score))));
}

void RankingSheetDialog::updateState()
{
    const bool isSigned = m_sheet.isSigned();
    for (int i = 0; i < 4; ++i) {
        m_marks[i]->setReadOnly(isSigned);
        m_marks[i]->setButtonSymbols(
            isSigned ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
        m_comments[i]->setReadOnly(isSigned);
    }
    m_save->setEnabled(!isSigned);
    m_sign->setEnabled(!isSigned);
    m_sign->setDefault(!isSigned);
    m_reopen->setVisible(isSigned);
    m_close->setDefault(isSigned);
    QStringList state;
    if (isSigned)
        state << tr("Signed on %1. Reopen the sheet to change a mark.")
                     .arg(dateText(m_sheet.signedOn));
    else if (m_sheet.exists)
        state << tr("Draft: not signed yet.");
    else
        state << tr("Not filled yet.");
    if (!m_sheet.returnReason.isEmpty())
        state << tr("Reopened because: %1").arg(m_sheet.returnReason);
    if (m_sheet.eligibility.withoutParticipation)
        state << m_sheet.eligibility.reasonText();
    m_state->setText(state.join(QLatin1Char('\n')));
}

bool RankingSheetDialog::saveDraft()
{
    m_problems.clear();
    InputErrors errors;
    if (!m_actions.save || !m_actions.save(marks(), &errors)) {
        m_problems.show(errors);
        return false;
    }
    if (m_actions.reload) {
        if (const auto sheet = m_actions.reload())
            setSheet(*sheet);
    }
    return true;
}

bool RankingSheetDialog::signSheet()
{
    m_problems.clear();
    const auto score = marks().score();
    const QString question = score
        ? tr("Sign the ranking sheet of %1 with the score %2? A signed sheet changes only when "
             "it is reopened with a reason.")
              .arg(m_sheet.fullName, score->toLocaleString(QLocale()))
        : tr("Sign the ranking sheet of %1?").arg(m_sheet.fullName);
    // An incomplete sheet goes to the service without asking: its messages say what is missing.
    if (score && m_confirm && !m_confirm(question))
        return false;
    InputErrors errors;
    if (!m_actions.sign || !m_actions.sign(marks(), &errors)) {
        m_problems.show(errors);
        return false;
    }
    accept();
    return true;
}

bool RankingSheetDialog::reopenSheet()
{
    m_problems.clear();
    const auto reason = m_askReason ? m_askReason() : std::nullopt;
    if (!reason)
        return false;
    InputErrors errors;
    if (!m_actions.reopen || !m_actions.reopen(*reason, &errors)) {
        m_problems.show(errors);
        return false;
    }
    if (m_actions.reload) {
        if (const auto sheet = m_actions.reload())
            setSheet(*sheet);
    }
    m_marks[0]->setFocus();
    return true;
}

void RankingSheetDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RankingSheetDialog::retranslate()
{
    setWindowTitle(tr("Ranking score sheet"));
    m_heading->setText(tr("%1 (%2)").arg(m_sheet.fullName, m_sheet.personnelNo));
    QStringList details;
    details << tr("%1, %2").arg(m_sheet.position, m_sheet.unit);
    details << tr("Evaluated period: %1").arg(QuarterRosterModel::quarterLabel(m_sheet.quarter));
    if (!m_sheet.evaluatorName.isEmpty())
        details << tr("Evaluator: %1").arg(m_sheet.evaluatorName);
    m_details->setText(details.join(QLatin1Char('\n')));
    m_markHeader->setText(tr("Mark (0–5)"));
    m_commentHeader->setText(tr("Comment"));
    const QList<RankingParameter> parameters = rankingParameters();
    for (int i = 0; i < 4; ++i) {
        m_parameterLabels[i]->setText(
            QStringLiteral("&%1. %2").arg(i + 1).arg(rankingParameterLabel(parameters.at(i))));
        m_marks[i]->setToolTip(tr("Type a digit from 0 to 5"));
    }
    m_meanLabel->setText(tr("Mean (§32):"));
    m_save->setText(tr("Save &draft"));
    m_save->setToolTip(tr("Keep the marks without signing (Ctrl+S)"));
    m_sign->setText(tr("&Sign"));
    m_sign->setToolTip(tr("Sign the sheet (Enter)"));
    m_reopen->setText(tr("&Reopen…"));
    m_reopen->setToolTip(tr("Make the signed sheet a draft again; the reason is kept"));
    m_close->setText(tr("Close"));
    updateMean();
    updateState();
}

} // namespace bagalau
