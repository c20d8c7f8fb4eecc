// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/appealservice.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace bagalau {

class ServiceContext;

// An edit of an appeal that the law lets be taken back while it is a draft. The page makes the
// change through the service first and pushes the command only when it succeeded, so the first
// redo() does nothing; undo() and a later redo() call the service again (each audited) and then
// `changed` so the page reads the file again. A step the service refuses makes the command
// obsolete: the stack drops it rather than pretend.
class AppealCommand : public QUndoCommand
{
public:
    using Changed = std::function<void()>;
    AppealCommand(const ServiceContext &context, Changed changed, const QString &text);

    void undo() override;
    void redo() override;
    // The errors of the last undo or redo the service refused.
    InputErrors errors() const { return m_errors; }

protected:
    virtual bool apply(AppealService &service, InputErrors *errors) = 0;
    virtual bool revert(AppealService &service, InputErrors *errors) = 0;

private:
    const ServiceContext &m_context;
    Changed m_changed;
    bool m_first = true;
    InputErrors m_errors;
};

// §12: a registered application; undo takes it back while nothing followed it.
class RegisterApplicationCommand : public AppealCommand
{
    Q_DECLARE_TR_FUNCTIONS(RegisterApplicationCommand)

public:
    RegisterApplicationCommand(const ServiceContext &context, Changed changed, qint64 appealId,
        qint64 sheetId, QDate appliedOn, const QString &text);

protected:
    bool apply(AppealService &service, InputErrors *errors) override;
    bool revert(AppealService &service, InputErrors *errors) override;

private:
    qint64 m_appealId;
    qint64 m_sheetId;
    QDate m_appliedOn;
    QString m_text;
};

// §40: the hearing; undo writes back what was there before.
class RecordHearingCommand : public AppealCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordHearingCommand)

public:
    RecordHearingCommand(const ServiceContext &context, Changed changed, qint64 appealId,
        const SessionHearing &before, const SessionHearing &after);

protected:
    bool apply(AppealService &service, InputErrors *errors) override;
    bool revert(AppealService &service, InputErrors *errors) override;

private:
    qint64 m_appealId;
    SessionHearing m_before;
    SessionHearing m_after;
};

// §41: a proposal for the score; undo removes it (with any ballots cast on it since).
class AddProposalCommand : public AppealCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddProposalCommand)

public:
    AddProposalCommand(const ServiceContext &context, Changed changed, qint64 appealId,
        qint64 proposalId, Score score, const QString &argument);

protected:
    bool apply(AppealService &service, InputErrors *errors) override;
    bool revert(AppealService &service, InputErrors *errors) override;

private:
    qint64 m_appealId;
    qint64 m_proposalId;
    Score m_score;
    QString m_argument;
};

// §41: a member's ballot; undo restores the ballot before (or none).
class SetVoteCommand : public AppealCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetVoteCommand)

public:
    SetVoteCommand(const ServiceContext &context, Changed changed, qint64 proposalId,
        qint64 memberId, std::optional<Vote> before, std::optional<Vote> after);

protected:
    bool apply(AppealService &service, InputErrors *errors) override;
    bool revert(AppealService &service, InputErrors *errors) override;

private:
    qint64 m_proposalId;
    qint64 m_memberId;
    std::optional<Vote> m_before;
    std::optional<Vote> m_after;
};

} // namespace bagalau
