// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/appealcommands.h"

#include "models/localetext.h"

namespace bagalau {

AppealCommand::AppealCommand(const ServiceContext &context, Changed changed, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_changed(std::move(changed))
{ }

void AppealCommand::undo()
{
    AppealService service(m_context);
    m_errors.clear();
    if (!revert(service, &m_errors))
        setObsolete(true);
    if (m_changed)
        m_changed();
}

void AppealCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    AppealService service(m_context);
    m_errors.clear();
    if (!apply(service, &m_errors))
        setObsolete(true);
    if (m_changed)
        m_changed();
}

RegisterApplicationCommand::RegisterApplicationCommand(const ServiceContext &context,
    Changed changed, qint64 appealId, qint64 sheetId, QDate appliedOn, const QString &text)
    : AppealCommand(
        context, std::move(changed), tr("Register the application of %1").arg(dateText(appliedOn)))
    , m_appealId(appealId)
    , m_sheetId(sheetId)
    , m_appliedOn(appliedOn)
    , m_text(text)
{ }

bool RegisterApplicationCommand::apply(AppealService &service, InputErrors *errors)
{
    const auto result = service.registerApplication(m_sheetId, m_appliedOn, m_text, errors);
    if (result)
        m_appealId = result->appealId;
    return result.has_value();
}

bool RegisterApplicationCommand::revert(AppealService &service, InputErrors *errors)
{
    return service.withdrawApplication(m_appealId, errors);
}

RecordHearingCommand::RecordHearingCommand(const ServiceContext &context, Changed changed,
    qint64 appealId, const SessionHearing &before, const SessionHearing &after)
    : AppealCommand(context, std::move(changed), tr("Record the session's hearing"))
    , m_appealId(appealId)
    , m_before(before)
    , m_after(after)
{ }

bool RecordHearingCommand::apply(AppealService &service, InputErrors *errors)
{
    return service.recordHearing(m_appealId, m_after, errors);
}

bool RecordHearingCommand::revert(AppealService &service, InputErrors *errors)
{
    return service.recordHearing(m_appealId, m_before, errors);
}

AddProposalCommand::AddProposalCommand(const ServiceContext &context, Changed changed,
    qint64 appealId, qint64 proposalId, Score score, const QString &argument)
    : AppealCommand(context, std::move(changed),
        tr("Propose the score %1").arg(score.toLocaleString(QLocale())))
    , m_appealId(appealId)
    , m_proposalId(proposalId)
    , m_score(score)
    , m_argument(argument)
{ }

bool AddProposalCommand::apply(AppealService &service, InputErrors *errors)
{
    const auto id = service.addProposal(m_appealId, m_score, m_argument, errors);
    if (id)
        m_proposalId = *id;
    return id.has_value();
}

bool AddProposalCommand::revert(AppealService &service, InputErrors *errors)
{
    return service.removeProposal(m_proposalId, errors);
}

SetVoteCommand::SetVoteCommand(const ServiceContext &context, Changed changed, qint64 proposalId,
    qint64 memberId, std::optional<Vote> before, std::optional<Vote> after)
    : AppealCommand(context, std::move(changed),
        after ? tr("Vote «%1»").arg(voteLabel(*after)) : tr("Take back a vote"))
    , m_proposalId(proposalId)
    , m_memberId(memberId)
    , m_before(before)
    , m_after(after)
{ }

bool SetVoteCommand::apply(AppealService &service, InputErrors *errors)
{
    return service.setVote(m_proposalId, m_memberId, m_after, errors);
}

bool SetVoteCommand::revert(AppealService &service, InputErrors *errors)
{
    return service.setVote(m_proposalId, m_memberId, m_before, errors);
}

} // namespace bagalau
