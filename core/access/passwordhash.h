// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bagalau {

// Passwords are kept only as Argon2id hashes in the standard encoded form
// ("$argon2id$v=19$m=…,t=…,p=…$salt$hash"), made and checked by libsodium.
class PasswordHash
{
public:
    // An empty string when libsodium could not hash (out of memory).
    static QString hash(const QString &password);
    static bool verify(const QString &encodedHash, const QString &password);
    static bool isArgon2id(const QString &encodedHash);
};

} // namespace bagalau
