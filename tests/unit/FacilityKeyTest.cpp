// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/FacilityKey.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

QByteArray readAll(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &contents) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

unsigned modeOf(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0xffff;
    return info.st_mode & 07777;
}

void requireKeyProblemNaming(const Result<FacilityKey> &loaded, const QString &path) {
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == ErrorCode::KeyProblem);
    CHECK(loaded.error().message.contains(QDir::toNativeSeparators(path)));
}

} // namespace

TEST_CASE("A generated key signs and verifies", "[key]") {
    const FacilityKey key = FacilityKey::generate();
    const QByteArray message = "visit 42"_ba;
    const QByteArray signature = key.sign(message);

    CHECK(key.publicKey().size() == FacilityKey::PublicKeyBytes);
    CHECK(signature.size() == FacilityKey::SignatureBytes);
    CHECK(FacilityKey::verify(key.publicKey(), message, signature));
    CHECK(key.sign(message) == signature); // Ed25519 is deterministic

    CHECK_FALSE(FacilityKey::verify(key.publicKey(), "visit 43"_ba, signature));
    QByteArray tampered = signature;
    tampered[10] = static_cast<char>(tampered.at(10) ^ 0x01);
    CHECK_FALSE(FacilityKey::verify(key.publicKey(), message, tampered));
    CHECK_FALSE(FacilityKey::verify(FacilityKey::generate().publicKey(), message, signature));
}

TEST_CASE("Verify refuses keys and signatures of the wrong size", "[key]") {
    const FacilityKey key = FacilityKey::generate();
    const QByteArray message = "m"_ba;
    const QByteArray signature = key.sign(message);

    CHECK_FALSE(FacilityKey::verify(QByteArray(), message, signature));
    CHECK_FALSE(FacilityKey::verify(key.publicKey().left(31), message, signature));
    CHECK_FALSE(FacilityKey::verify(key.publicKey() + '\0', message, signature));
    CHECK_FALSE(FacilityKey::verify(key.publicKey(), message, QByteArray()));
    CHECK_FALSE(FacilityKey::verify(key.publicKey(), message, signature.left(63)));
    CHECK_FALSE(FacilityKey::verify(key.publicKey(), message, signature + '\0'));
}

TEST_CASE("Two generated keys differ", "[key]") {
    CHECK(FacilityKey::generate().publicKey() != FacilityKey::generate().publicKey());
}

TEST_CASE("Copies and assignments sign like the original", "[key]") {
    const FacilityKey original = FacilityKey::generate();
    const QByteArray message = "copy"_ba;
    FacilityKey assigned = FacilityKey::generate();
    {
        const FacilityKey copy(original);
        CHECK(copy.publicKey() == original.publicKey());
        CHECK(copy.sign(message) == original.sign(message));
        assigned = copy;
    }
    CHECK(assigned.publicKey() == original.publicKey());
    CHECK(assigned.sign(message) == original.sign(message));
    const FacilityKey &alias = assigned;
    assigned = alias;
    CHECK(assigned.sign(message) == original.sign(message));
}

TEST_CASE("A saved key loads with the same public key and signatures", "[key]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"nested/keys/facility.key"_s);
    const FacilityKey key = FacilityKey::generate();

    const Result<void> saved = key.save(path);
    REQUIRE(saved.ok());
    CHECK_FALSE(QFile::exists(path + u".tmp"_s));

    const Result<FacilityKey> loaded = FacilityKey::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->publicKey() == key.publicKey());
    const QByteArray message = "ticket"_ba;
    CHECK(loaded->sign(message) == key.sign(message));
    CHECK(FacilityKey::verify(key.publicKey(), message, loaded->sign(message)));
}

TEST_CASE("The key file is three lines of header, seed hex and public key hex", "[key]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"facility.key"_s);
    const FacilityKey key = FacilityKey::generate();
    REQUIRE(key.save(path).ok());

    const QList<QByteArray> lines = readAll(path).split('\n');
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) == "besuk-facility-key v1"_ba);
    CHECK(lines.at(1).size() == 64);
    CHECK(lines.at(1) == lines.at(1).toLower());
    CHECK(lines.at(2) == key.publicKey().toHex());
    CHECK(lines.at(3).isEmpty());
}

TEST_CASE("The key file is readable and writable by its owner only", "[key]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"facility.key"_s);

    REQUIRE(FacilityKey::generate().save(path).ok());
    CHECK(modeOf(path) == 0600u);

    SECTION("also when it replaces a file that others could read") {
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        REQUIRE(modeOf(path) == 0644u);
        const FacilityKey replacement = FacilityKey::generate();
        REQUIRE(replacement.save(path).ok());
        CHECK(modeOf(path) == 0600u);
        const Result<FacilityKey> loaded = FacilityKey::load(path);
        REQUIRE(loaded.ok());
        CHECK(loaded->publicKey() == replacement.publicKey());
    }

    SECTION("also when a stale temporary file is left over") {
        REQUIRE(writeAll(path + u".tmp"_s, "stale"_ba));
        REQUIRE(QFile::setPermissions(path + u".tmp"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                            QFileDevice::ReadOther | QFileDevice::WriteOther));
        REQUIRE(FacilityKey::generate().save(path).ok());
        CHECK(modeOf(path) == 0600u);
        CHECK_FALSE(QFile::exists(path + u".tmp"_s));
    }
}

TEST_CASE("Loading a missing key file is a key problem", "[key]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"absent.key"_s);
    requireKeyProblemNaming(FacilityKey::load(path), path);
}

TEST_CASE("A key file whose seed does not match its public key is refused as damaged", "[key]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"facility.key"_s);
    REQUIRE(FacilityKey::generate().save(path).ok());

    QByteArray contents = readAll(path);
    const qsizetype seedStart = contents.indexOf('\n') + 1;
    for (const qsizetype position : {seedStart, seedStart + 17, seedStart + 63}) {
        QByteArray flipped = contents;
        flipped[position] = flipped.at(position) == 'a' ? 'b' : 'a';
        REQUIRE(writeAll(path, flipped));
        const Result<FacilityKey> loaded = FacilityKey::load(path);
        requireKeyProblemNaming(loaded, path);
        CHECK(loaded.error().message.contains(u"damaged"_s));
    }
}

TEST_CASE("Malformed key files are refused", "[key]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"facility.key"_s);
    const FacilityKey key = FacilityKey::generate();
    REQUIRE(key.save(path).ok());
    const QByteArray good = readAll(path);
    REQUIRE(FacilityKey::load(path).ok());
    const QList<QByteArray> lines = good.split('\n');

    const QList<QByteArray> bad = {
        QByteArray(),
        "garbage\x01\x02\xff not a key"_ba,
        QByteArray(5000, 'x'),
        lines.at(0) + '\n',
        lines.at(0) + '\n' + lines.at(1) + '\n',
        "besuk-facility-key v2\n"_ba + lines.at(1) + '\n' + lines.at(2) + '\n',
        lines.at(0) + '\n' + lines.at(1).toUpper() + '\n' + lines.at(2) + '\n',
        lines.at(0) + '\n' + lines.at(1).left(62) + '\n' + lines.at(2) + '\n',
        lines.at(0) + '\n' + lines.at(1) + "00\n"_ba + lines.at(2) + '\n',
        lines.at(0) + '\n' + lines.at(1) + '\n' + lines.at(2).left(63) + "g\n"_ba,
        lines.at(0) + '\n' + lines.at(1) + '\n' + lines.at(2) + "\nextra\n"_ba,
        lines.at(0) + "\r\n"_ba + lines.at(1) + "\r\n"_ba + lines.at(2) + "\r\n"_ba,
        " "_ba + good,
    };
    for (const QByteArray &contents : bad) {
        INFO("contents: " << contents.toStdString());
        REQUIRE(writeAll(path, contents));
        requireKeyProblemNaming(FacilityKey::load(path), path);
    }

    const QByteArray withoutFinalNewline = good.chopped(1);
    REQUIRE(writeAll(path, withoutFinalNewline));
    CHECK(FacilityKey::load(path).ok());
}

TEST_CASE("An unreadable key file is a key problem", "[key]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A folder where the key file should be cannot be read as a file, even by root (CI runs as root, for whom
    // file permissions would not stop reading).
    const QString path = dir.filePath(u"facility.key"_s);
    REQUIRE(QDir().mkdir(path));
    requireKeyProblemNaming(FacilityKey::load(path), path);
}

TEST_CASE("Saving where no folder can be made is a key problem", "[key]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString blocker = dir.filePath(u"not-a-folder"_s);
    REQUIRE(writeAll(blocker, "x"_ba));
    const Result<void> saved = FacilityKey::generate().save(blocker + u"/facility.key"_s);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == ErrorCode::KeyProblem);
}
