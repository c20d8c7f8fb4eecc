// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/acquaintanceservice.h"

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace bagalau {

class ServiceContext;

// Recording a servant's acquaintance with a quarter's result (§11). Undo removes it through
// AcquaintanceService, audited.
class RecordAcquaintanceCommand : public QUndoCommand
{
public:
    // Told after every redo and undo, with the service's errors (empty when it went through).
    using Done = std::function<void(const InputErrors &)>;

    // Records now; on success pushes the command onto `stack` (when there is one).
    static bool apply(QUndoStack *stack, const ServiceContext &context, const QString &personnelNo,
        const Quarter &quarter, const Acquaintance &acquaintance, Done done, InputErrors *errors);

    void redo() override;
    void undo() override;

private:
    RecordAcquaintanceCommand(const ServiceContext &context, const QString &personnelNo,
        const Quarter &quarter, const Acquaintance &acquaintance, Done done);

    const ServiceContext &m_context;
    QString m_personnelNo;
    Quarter m_quarter;
    Acquaintance m_acquaintance;
    Done m_done;
    bool m_skipRedo = true; // the first redo happened in apply()
};

} // namespace bagalau
