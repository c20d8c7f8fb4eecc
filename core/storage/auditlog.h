// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace bagalau {

// One row of the audit log: who, when, what, old value → new value, why.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor; // the acting user's login, or "chief_specialist" in single-user mode
    QString action; // "create", "update", "delete", "sign", "sign-in", "refused", ...
    QString entity; // "servant", "score_sheet", ...
    QString entityId; // the entity's key, as text
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
    QString previousHash;
    QString hash;
};

// A problem that verify() found.
struct AuditProblem
{
    qint64 id = 0;
    QString message;
};

// The append-only audit log. Rows cannot be updated or deleted (triggers refuse it), and each
// row carries the SHA-256 of its content and of the previous row's hash, so a row changed,
// removed or inserted by anyone who bypasses the program breaks the chain. (The chain has no
// secret: it shows tampering by hand, not a forger who recomputes every later hash.)
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(QSqlDatabase connection);

    // Appends inside the caller's transaction; false with the reason in `error`.
    bool append(AuditEntry entry, QString *error);
    // Newest last; `limit` 0 for all.
    QList<AuditEntry> entries(int limit = 0) const;
    // Empty when the chain is intact.
    QList<AuditProblem> verify() const;

    static QString hashOf(const AuditEntry &entry);

private:
    QSqlDatabase m_connection;
};

} // namespace bagalau
