// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace besuk {

// Calls sodium_init() once; safe from any thread. Every user of libsodium calls this first.
void ensureSodium();

// The facility's Ed25519 signing key. The secret never leaves this object except into the key file.
class FacilityKey {
    Q_DECLARE_TR_FUNCTIONS(FacilityKey)
public:
    static constexpr int PublicKeyBytes = 32;
    static constexpr int SignatureBytes = 64;

    static FacilityKey generate();
    // Reads a key file written by save(). KeyProblem error if missing, unreadable or malformed.
    static Result<FacilityKey> load(const QString &path);
    // Writes the key file atomically with permissions 0600 (owner read/write only).
    Result<void> save(const QString &path) const;

    FacilityKey(const FacilityKey &other);
    FacilityKey &operator=(const FacilityKey &other);
    ~FacilityKey(); // wipes the secret from memory

    [[nodiscard]] QByteArray publicKey() const;
    [[nodiscard]] QByteArray sign(const QByteArray &message) const; // detached, SignatureBytes long

    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    FacilityKey() = default;
    QByteArray m_seed;      // 32 bytes
    QByteArray m_secretKey; // 64 bytes, libsodium's layout
    QByteArray m_publicKey; // 32 bytes
};

} // namespace besuk
