// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as it arrives in a roster import: any bytes.
// Property: parse never crashes; every record it returns formats back (Csv::formatRow) to text that parses to the
// same fields, so an import, an export and a re-import keep every value verbatim.
#include "FuzzSupport.h"
#include "db/Csv.h"

#include <cstdint>

using namespace besuk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = Csv::parse(bytes);
    if (!parsed.ok())
        return 0;
    QByteArray again;
    QList<QStringList> kept;
    for (const CsvRecord &record : *parsed) {
        if (record.fields.size() == 1 && record.fields.first().isEmpty())
            continue; // one empty field is an empty line, which CSV cannot tell apart
        again += Csv::formatRow(record.fields);
        kept.append(record.fields);
    }
    auto reparsed = Csv::parse(again);
    fuzz::require(reparsed.ok(), "formatted records do not parse", QString::fromUtf8(again));
    fuzz::require(reparsed->size() == kept.size(), "formatted records parse to another count");
    for (qsizetype i = 0; i < kept.size(); ++i)
        fuzz::require(reparsed->at(i).fields == kept.at(i), "a field changed on the way back", kept.at(i).join(u'|'));
    return 0;
}
