// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/FacilityKey.h"

#include "db/FileProblem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <filesystem>
#include <mutex>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

QByteArray fileHeader() {
    return QByteArrayLiteral("besuk-facility-key v1");
}
constexpr int SeedBytes = crypto_sign_SEEDBYTES;
constexpr int SecretKeyBytes = crypto_sign_SECRETKEYBYTES;

static_assert(FacilityKey::PublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(FacilityKey::SignatureBytes == crypto_sign_BYTES);

void wipe(QByteArray &bytes) {
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

// A copy that shares no buffer with `bytes`, so wiping one never touches the other.
QByteArray deepCopy(const QByteArray &bytes) {
    return QByteArray(bytes.constData(), bytes.size());
}

QByteArray toHex(const QByteArray &bytes) {
    QByteArray hex(bytes.size() * 2, Qt::Uninitialized);
    sodium_bin2hex(hex.data(), static_cast<size_t>(hex.size()) + 1,
                   reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<size_t>(bytes.size()));
    return hex;
}

// Strict: exactly 2 * byteCount lowercase hex digits, as toHex() writes them.
std::optional<QByteArray> fromHex(const QByteArray &hex, int byteCount) {
    if (hex.size() != 2 * byteCount)
        return std::nullopt;
    for (const char c : hex) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return std::nullopt;
    }
    QByteArray bytes(byteCount, Qt::Uninitialized);
    size_t written = 0;
    if (sodium_hex2bin(reinterpret_cast<unsigned char *>(bytes.data()), static_cast<size_t>(bytes.size()),
                       hex.constData(), static_cast<size_t>(hex.size()), nullptr, &written, nullptr) != 0 ||
        written != static_cast<size_t>(byteCount)) {
        wipe(bytes);
        return std::nullopt;
    }
    return bytes;
}

void deriveKeyPair(const QByteArray &seed, QByteArray &publicKey, QByteArray &secretKey) {
    publicKey = QByteArray(FacilityKey::PublicKeyBytes, Qt::Uninitialized);
    secretKey = QByteArray(SecretKeyBytes, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                             reinterpret_cast<unsigned char *>(secretKey.data()),
                             reinterpret_cast<const unsigned char *>(seed.constData()));
}

QString nativePath(const QString &path) {
    return QDir::toNativeSeparators(path);
}

void syncDirectoryOf(const QString &path) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

void ensureSodium() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised; Besuk cannot sign or check tickets.");
    });
}

FacilityKey FacilityKey::generate() {
    ensureSodium();
    FacilityKey key;
    key.m_seed = QByteArray(SeedBytes, Qt::Uninitialized);
    randombytes_buf(key.m_seed.data(), static_cast<size_t>(key.m_seed.size()));
    deriveKeyPair(key.m_seed, key.m_publicKey, key.m_secretKey);
    return key;
}

Result<FacilityKey> FacilityKey::load(const QString &path) {
    ensureSodium();
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::KeyProblem, tr("The facility key file %1 does not exist.").arg(nativePath(path)));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return makeError(
            ErrorCode::KeyProblem,
            tr("The facility key file %1 cannot be read: %2").arg(nativePath(path), FileProblem::readReason(path)),
            file.errorString());
    }
    // A valid file is about 155 bytes; reading a little more is enough to tell that a big file is not one.
    QByteArray contents = file.read(4096);
    file.close();

    const auto malformed = [&path] {
        return makeError(ErrorCode::KeyProblem,
                         tr("The facility key file %1 is not a valid Besuk key file.").arg(nativePath(path)));
    };

    QList<QByteArray> lines = contents.split('\n');
    wipe(contents);
    if (lines.size() == 4 && lines.last().isEmpty())
        lines.removeLast();
    const auto wipeLines = [&lines] {
        for (QByteArray &line : lines)
            wipe(line);
    };
    if (lines.size() != 3 || lines.at(0) != fileHeader()) {
        wipeLines();
        return malformed();
    }

    std::optional<QByteArray> seed = fromHex(lines.at(1), SeedBytes);
    const std::optional<QByteArray> storedPublicKey = fromHex(lines.at(2), PublicKeyBytes);
    wipeLines();
    if (!seed || !storedPublicKey) {
        if (seed)
            wipe(*seed);
        return malformed();
    }

    FacilityKey key;
    key.m_seed = std::move(*seed);
    deriveKeyPair(key.m_seed, key.m_publicKey, key.m_secretKey);
    if (sodium_memcmp(key.m_publicKey.constData(), storedPublicKey->constData(), PublicKeyBytes) != 0) {
        return makeError(ErrorCode::KeyProblem,
                         tr("The facility key file %1 is damaged: its public key does not match its secret key.")
                             .arg(nativePath(path)));
    }
    return key;
}

Result<void> FacilityKey::save(const QString &path) const {
    const auto failure = [&path](const QString &reason, const QString &detail = {}) {
        return makeError(ErrorCode::KeyProblem,
                         tr("The facility key could not be saved to %1: %2").arg(nativePath(path), reason), detail);
    };

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return failure(tr("the folder %1 cannot be created.").arg(nativePath(info.absolutePath())));

    const QString tempPath = path + u".tmp"_s;
    QFile::remove(tempPath);
    QFile file(tempPath);
    constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered, OwnerOnly))
        return failure(FileProblem::writeReason(tempPath), file.errorString());
    if (!file.setPermissions(OwnerOnly)) {
        const QString reason = FileProblem::writeReason(tempPath);
        const QString detail = file.errorString();
        file.close();
        QFile::remove(tempPath);
        return failure(reason, detail);
    }

    // Reserved up front so that appending never leaves a copy of the secret in a freed buffer.
    QByteArray contents;
    contents.reserve(256);
    contents += fileHeader();
    contents += '\n';
    QByteArray seedHex = toHex(m_seed);
    contents += seedHex;
    wipe(seedHex);
    contents += '\n';
    contents += toHex(m_publicKey);
    contents += '\n';

    bool written = file.write(contents) == contents.size() && file.flush();
    wipe(contents);
#ifdef Q_OS_UNIX
    written = written && ::fsync(file.handle()) == 0;
#endif
    if (!written) {
        const QString reason = FileProblem::writeReason(tempPath);
        const QString detail = file.errorString();
        file.close();
        QFile::remove(tempPath);
        return failure(reason, detail);
    }
    file.close();

    std::error_code error;
    std::filesystem::rename(QFile::encodeName(tempPath).toStdString(), QFile::encodeName(path).toStdString(), error);
    if (error) {
        QFile::remove(tempPath);
        return failure(FileProblem::writeReason(path), QString::fromLocal8Bit(error.message()));
    }
    syncDirectoryOf(path);
    return {};
}

FacilityKey::FacilityKey(const FacilityKey &other)
    : m_seed(deepCopy(other.m_seed)), m_secretKey(deepCopy(other.m_secretKey)), m_publicKey(other.m_publicKey) {}

FacilityKey &FacilityKey::operator=(const FacilityKey &other) {
    if (this != &other) {
        wipe(m_seed);
        wipe(m_secretKey);
        m_seed = deepCopy(other.m_seed);
        m_secretKey = deepCopy(other.m_secretKey);
        m_publicKey = other.m_publicKey;
    }
    return *this;
}

FacilityKey::~FacilityKey() {
    wipe(m_seed);
    wipe(m_secretKey);
}

QByteArray FacilityKey::publicKey() const {
    return m_publicKey;
}

QByteArray FacilityKey::sign(const QByteArray &message) const {
    Q_ASSERT(m_secretKey.size() == SecretKeyBytes);
    QByteArray signature(SignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secretKey.constData()));
    return signature;
}

bool FacilityKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature) {
    if (publicKey.size() != PublicKeyBytes || signature.size() != SignatureBytes)
        return false;
    ensureSodium();
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

} // namespace besuk
