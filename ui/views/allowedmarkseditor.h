// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/inputerror.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace bagalau {

class AllowedMarkModel;
class ServiceContext;

// The appendix-3 table in Settings (decision 10): rows of realization percents and the marks they
// allow, typed in place and saved whole — validated as a table, nothing written on an error.
class AllowedMarksEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AllowedMarksEditor(QWidget *parent = nullptr);

    void setContext(const ServiceContext *context);
    // The window's undo stack, asked for when a save is pushed (the page gets it late).
    void setUndoStackProvider(std::function<QUndoStack *()> provider)
    {
        m_undoStack = std::move(provider);
    }
    AllowedMarkModel *model() const { return m_model; }
    QString errorText() const;

    void addRow();
    void removeSelectedRow();
    bool save();
    void retranslate();

private:
    void reload();
    void showErrors(const InputErrors &errors);

    const ServiceContext *m_context = nullptr;
    std::function<QUndoStack *()> m_undoStack;
    InputErrors m_lastErrors;
    QLabel *m_intro;
    AllowedMarkModel *m_model;
    QTableView *m_table;
    QLabel *m_errors;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_save;
};

} // namespace bagalau
