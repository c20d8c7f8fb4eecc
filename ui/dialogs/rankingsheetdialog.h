// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/fieldproblems.h"
#include "evaluation/rankingsheetservice.h"

#include <QDialog>

#include <array>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bagalau {

// The ranking score sheet of appendix 4: a mark 0–5 and a comment for each parameter of §32,
// the mean shown as it is typed. Save keeps a draft; Sign (Enter) signs after a confirmation
// and closes; a signed sheet is read-only until reopened with a reason. Which marks are allowed
// and what the score is are the service's decisions, the dialog only shows them.
class RankingSheetDialog : public QDialog
{
    Q_OBJECT

public:
    struct Actions
    {
        std::function<bool(const RankingMarks &, InputErrors *)> save;
        std::function<bool(const RankingMarks &, InputErrors *)> sign;
        std::function<bool(const QString &reason, InputErrors *)> reopen;
        // The sheet as the file holds it now, after a save or a reopening.
        std::function<std::optional<RankingSheetRecord>()> reload;
    };
    // Asked before signing (the question) and before reopening (the reason); the defaults are
    // message boxes, tests replace them.
    using Confirm = std::function<bool(const QString &question)>;
    using AskReason = std::function<std::optional<QString>()>;

    RankingSheetDialog(const RankingSheetRecord &sheet, Actions actions, QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setAskReason(AskReason askReason) { m_askReason = std::move(askReason); }
    RankingMarks marks() const;
    const RankingSheetRecord &sheet() const { return m_sheet; }
    QSpinBox *markBox(RankingParameter parameter) const;
    QLineEdit *commentEdit(RankingParameter parameter) const;
    QString meanText() const;
    // The message shown at a field ("quality", "reason"...), or for the whole sheet ("").
    QString problemAt(const QString &column) const;

    bool saveDraft();
    bool signSheet();
    bool reopenSheet();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setSheet(const RankingSheetRecord &sheet);
    void updateMean();
    void updateState();
    void retranslate();

    RankingSheetRecord m_sheet;
    Actions m_actions;
    Confirm m_confirm;
    AskReason m_askReason;
    QLabel *m_heading;
    QLabel *m_details;
    QLabel *m_state;
    std::array<QLabel *, 4> m_parameterLabels{};
    std::array<QSpinBox *, 4> m_marks{};
    std::array<QLineEdit *, 4> m_comments{};
    QLabel *m_markHeader;
    QLabel *m_commentHeader;
    QLabel *m_meanLabel;
    QLabel *m_mean;
    // By InputError::column: a parameter's key and its "_comment" share the parameter's line.
    FieldProblems m_problems;
    QPushButton *m_save;
    QPushButton *m_sign;
    QPushButton *m_reopen;
    QPushButton *m_close;
};

} // namespace bagalau
