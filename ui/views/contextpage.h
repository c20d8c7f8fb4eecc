// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QUndoStack;

namespace bagalau {

class ServiceContext;

// A page that works on the open file as the signed-in account. The window hands it the context
// whenever the file or the account changes, and nullptr when the page may not be used.
class ContextPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    // The window keeps the context alive until it sets another.
    virtual void setContext(const ServiceContext *context) = 0;
    // The window's one undo stack (Edit → Undo): a page pushes its edits there as commands that
    // call the services, so undoing an edit is itself an audited change. It is cleared whenever
    // the file or the account changes.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    // Shows what the dashboard points at (core/evaluation/dashboardservice.h, DueTarget): `key`
    // names a quarter, an appeal or a year, `personnelNo` the servant concerned, if any. A page
    // with nothing to point at just shows itself.
    virtual void showKey(const QString &key, const QString &personnelNo)
    {
        Q_UNUSED(key)
        Q_UNUSED(personnelNo)
    }

protected:
    QUndoStack *undoStack() const { return m_undoStack; }

private:
    QUndoStack *m_undoStack = nullptr;
};

} // namespace bagalau
