// SPDX-License-Identifier: GPL-3.0-or-later
// Names, inmate numbers and free text typed at any station: any text.
// Property: the checks never crash; what they accept is no longer than allowed, holds no control character, and is
// accepted again unchanged (checking twice changes nothing).
#include "FuzzSupport.h"
#include "db/Validation.h"

#include <cstdint>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

bool holdsControlCharacter(const QString &text) {
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

void checkStable(const Result<QString> &first, Result<QString> (*again)(const QString &), int maxLength) {
    if (!first.ok())
        return;
    fuzz::require(first->toUcs4().size() <= maxLength, "accepted text longer than allowed", *first);
    fuzz::require(!holdsControlCharacter(*first), "accepted a control character", *first);
    auto second = again(*first);
    fuzz::require(second.ok() && *second == *first, "a second check changed accepted text", *first);
}

Result<QString> note(const QString &text) {
    return Validation::freeText(text, 200, u"note"_s);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkStable(Validation::personName(text), &Validation::personName, Validation::MaxNameLength);
    checkStable(Validation::inmateNumber(text), &Validation::inmateNumber, 40);
    auto freeText = note(text);
    if (freeText.ok())
        fuzz::require(freeText->toUcs4().size() <= 200, "free text longer than allowed", *freeText);
    return 0;
}
