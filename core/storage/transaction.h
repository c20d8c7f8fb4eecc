// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace bagalau {

// A write transaction that rolls back unless committed. BEGIN IMMEDIATE takes the write lock at
// once, so two programs writing the same file queue on the busy timeout instead of failing
// half-way. Move-only.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase connection);
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // false when BEGIN failed (the file is locked for longer than the busy timeout, say).
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_connection;
    bool m_active = false;
    QString m_error;
};

} // namespace bagalau
