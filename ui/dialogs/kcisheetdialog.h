// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/period.h"
#include "services/inputerror.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace bagalau {

class KciSheetModel;
class ServiceContext;

// The KCI score sheet of the head of the apparatus for a quarter (§27, appendix 2): each KCI with
// its plan, the actual the evaluator types, the realization, the marks appendix 3 allows and the
// mark; the score and band as they stand; save the draft, sign, reopen with a reason.
class KciSheetDialog : public QDialog
{
    Q_OBJECT

public:
    KciSheetDialog(const ServiceContext &context, const QString &personnelNo,
        const Quarter &quarter, QWidget *parent = nullptr);

    // Draft saves become undoable commands on this stack (the window's); without it they are not.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    KciSheetModel *model() const { return m_model; }
    // Whether the sheet could be shown; the reason is in problem() otherwise.
    bool isLoaded() const { return m_loaded; }
    QString problem() const;

    // What the buttons do, for the keyboard and for tests: false with the messages shown.
    bool saveDraft();
    bool sign();
    bool reopen(const QString &reason);

private:
    void reload();
    void updateScore();
    void showErrors(const InputErrors &errors);

    const ServiceContext &m_context;
    QString m_personnelNo;
    Quarter m_quarter;
    QUndoStack *m_undoStack = nullptr;
    bool m_loaded = false;
    InputErrors m_lastErrors;

    QLabel *m_heading;
    QLabel *m_tableNote;
    KciSheetModel *m_model;
    QTableView *m_table;
    QLabel *m_score;
    QLabel *m_errors;
    QPushButton *m_saveDraft;
    QPushButton *m_sign;
    QPushButton *m_reopen;
    QDialogButtonBox *m_buttons;
};

} // namespace bagalau
