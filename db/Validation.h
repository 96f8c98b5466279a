// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QString>

namespace besuk {

// Checks for text that people type. Each returns the cleaned value (surrounding white space trimmed,
// nothing else changed) or an InvalidInput error whose message names the field and what to fix.
class Validation {
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    static constexpr int MaxNameLength = 100;

    // A person's name: 1..MaxNameLength characters after trimming; letters of any script and combining
    // marks, with spaces, apostrophes (' and U+2019), hyphens, periods and commas between them.
    // At least one letter. No digits, symbols, emoji or control characters.
    static Result<QString> personName(const QString &text);

    // An inmate's registration number, e.g. "B.I-123/2025" or "AI 0042": 1..40 characters of ASCII letters,
    // digits, space, '.', '/', '-'; at least one letter or digit.
    static Result<QString> inmateNumber(const QString &text);

    // Free text such as a cell block, an item description or a reason: trimmed, 0..maxLength characters,
    // no control characters (newlines and tabs included). `field` is the translated field name for messages.
    static Result<QString> freeText(const QString &text, int maxLength, const QString &field);

    // freeText that may not be empty, e.g. an officer's or a gate's name.
    static Result<QString> requiredText(const QString &text, int maxLength, const QString &field);
};

} // namespace besuk
