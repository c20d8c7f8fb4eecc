// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/passwordhash.h"

#include <sodium.h>

namespace bagalau {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString PasswordHash::hash(const QString &password)
{
    if (!sodiumReady())
        return {};
    QByteArray secret = password.toUtf8();
    char encoded[crypto_pwhash_STRBYTES];
    // The interactive limits: a sign-in costs a fraction of a second and 64 MiB, which is what
    // a desktop program can ask of an office computer.
    const int result = crypto_pwhash_str(encoded, secret.constData(),
        static_cast<unsigned long long>(secret.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
        crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    return result == 0 ? QString::fromLatin1(encoded) : QString();
}

bool PasswordHash::verify(const QString &encodedHash, const QString &password)
{
    if (!sodiumReady() || !isArgon2id(encodedHash))
        return false;
    const QByteArray encoded = encodedHash.toLatin1();
    if (encoded.size() >= crypto_pwhash_STRBYTES)
        return false;
    char stored[crypto_pwhash_STRBYTES] = {};
    std::copy(encoded.cbegin(), encoded.cend(), stored);
    QByteArray secret = password.toUtf8();
    const bool matches = crypto_pwhash_str_verify(stored, secret.constData(),
                             static_cast<unsigned long long>(secret.size()))
        == 0;
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    return matches;
}

bool PasswordHash::isArgon2id(const QString &encodedHash)
{
    return encodedHash.startsWith(QLatin1String(crypto_pwhash_argon2id_STRPREFIX));
}

} // namespace bagalau
