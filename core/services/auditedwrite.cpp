// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/auditedwrite.h"

#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bagalau {

AuditedWrite::AuditedWrite(const ServiceContext &context)
    : m_context(context)
    , m_connection(context.database().connection())
    , m_transaction(m_connection)
    , m_error(m_transaction.error())
{ }

bool AuditedWrite::exec(QSqlQuery &query)
{
    if (!m_transaction.isActive())
        return false;
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

bool AuditedWrite::audit(const AuditEntry &entry)
{
    return m_transaction.isActive() && m_context.audit(entry, &m_error);
}

bool AuditedWrite::commit()
{
    if (!m_transaction.isActive())
        return false;
    if (m_transaction.commit())
        return true;
    m_error = m_transaction.error();
    return false;
}

} // namespace bagalau
