// SPDX-License-Identifier: GPL-3.0-or-later
// The facility's rules as stored JSON (a restored backup or a hand-edited settings row): any bytes.
// Property: reading never crashes; rules it accepts write back to JSON that reads as the same rules.
#include "FuzzSupport.h"
#include "db/Rules.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using namespace besuk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    auto rules = Rules::fromJson(document.object());
    if (!rules.ok()) {
        fuzz::require(!rules.error().message.isEmpty(), "a refusal without a message");
        return 0;
    }
    auto again = Rules::fromJson(rules->toJson());
    fuzz::require(again.ok(), "accepted rules do not read back",
                  QString::fromUtf8(QJsonDocument(rules->toJson()).toJson()));
    fuzz::require(*again == *rules, "rules changed on the way back");
    return 0;
}
