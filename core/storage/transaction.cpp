// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bagalau {

Transaction::Transaction(QSqlDatabase connection)
    : m_connection(std::move(connection))
{
    QSqlQuery begin(m_connection);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = begin.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        QSqlQuery(m_connection).exec(QStringLiteral("ROLLBACK"));
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_connection(std::move(other.m_connection))
    , m_active(other.m_active)
    , m_error(std::move(other.m_error))
{
    other.m_active = false;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = query.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace bagalau
