// SPDX-License-Identifier: GPL-3.0-or-later
// The facility key file as found on disk (hand-copied, truncated, edited): any bytes.
// Property: loading never crashes; a key it accepts signs a message that verifies with its own public key.
#include "FuzzSupport.h"
#include "db/FacilityKey.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

using namespace Qt::StringLiterals;
using namespace besuk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static QTemporaryDir folder;
    const QString path = folder.filePath(u"facility.key"_s);
    QFile file(path);
    fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the key file");
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);

    auto key = FacilityKey::load(path);
    if (!key.ok()) {
        fuzz::require(!key.error().message.isEmpty(), "a refusal without a message");
        return 0;
    }
    const QByteArray message = "besuk fuzz";
    fuzz::require(FacilityKey::verify(key->publicKey(), message, key->sign(message)),
                  "an accepted key signs what its public key refuses");
    return 0;
}
