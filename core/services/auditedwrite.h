// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/transaction.h"

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace bagalau {

class ServiceContext;
struct AuditEntry;

// One audited change as every service writes it: a transaction, its statements, the audit entry,
// the commit. It keeps the first failure as the database's (or the audit log's) own text and
// takes no later step, so each service words the refusal in its own message ("nothing was
// written: …") and that message keeps its translation in the service's class.
class AuditedWrite
{
public:
    explicit AuditedWrite(const ServiceContext &context);

    QSqlDatabase connection() const { return m_connection; }
    // false when the transaction did not begin (the file is locked, say).
    bool isActive() const { return m_transaction.isActive(); }
    // Runs a prepared statement; false when the transaction did not begin or the statement failed.
    bool exec(QSqlQuery &query);
    // Appends to the audit log in the transaction; false when it failed or the transaction did not
    // begin.
    bool audit(const AuditEntry &entry);
    bool commit();
    // The usual end of a change: its audit entry, then the commit.
    bool commit(const AuditEntry &entry) { return audit(entry) && commit(); }
    // Why the failed step failed.
    QString error() const { return m_error; }

private:
    const ServiceContext &m_context;
    QSqlDatabase m_connection;
    Transaction m_transaction;
    QString m_error;
};

} // namespace bagalau
