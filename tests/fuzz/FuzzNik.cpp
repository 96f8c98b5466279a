// SPDX-License-Identifier: GPL-3.0-or-later
// The NIK (national ID number) as typed at the kiosk or read from a roster: any text.
// Property: parse never crashes, and what it accepts is 16 ASCII digits starting with the region it reports, with a
// birth date that exists and is not after today.
#include "FuzzSupport.h"
#include "db/Nik.h"

#include <cstdint>

using namespace besuk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDate today(2025, 12, 27);
    auto parsed = Nik::parse(text, today);
    if (!parsed.ok()) {
        fuzz::require(!parsed.error().message.isEmpty(), "a refusal without a message", text);
        return 0;
    }
    const QString &nik = parsed->nik;
    fuzz::require(nik.size() == 16, "accepted a NIK that is not 16 long", text);
    for (const QChar c : nik)
        fuzz::require(c >= u'0' && c <= u'9', "accepted a NIK with a non-digit", text);
    fuzz::require(nik.startsWith(parsed->regionCode), "the region code is not the NIK's start", text);
    fuzz::require(parsed->birthDate.isValid() && parsed->birthDate <= today, "accepted an impossible birth date", text);
    return 0;
}
