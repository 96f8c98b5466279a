// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace besuk {

struct CsvRecord {
    int line = 0;     // 1-based line where the record starts in the input
    int lastLine = 0; // and where it ends (a quoted field may hold line breaks)
    QStringList fields;
    bool validUtf8 = true; // false: some byte of the record is not UTF-8 (its fields hold U+FFFD there)
};

// RFC 4180 CSV, UTF-8.
class Csv {
    Q_DECLARE_TR_FUNCTIONS(Csv)
public:
    enum class InvalidUtf8 {
        RefuseFile, // the whole input is an error
        MarkRecord, // the records holding invalid bytes are read, with validUtf8 false
    };

    // Accepts CRLF or LF line ends, an optional UTF-8 byte-order mark, quoted fields with "" escapes and
    // line breaks inside quotes; skips empty lines. InvalidInput error (with the line number) for an unterminated
    // quote, and for invalid UTF-8 unless the records holding it are to be marked.
    static Result<QList<CsvRecord>> parse(const QByteArray &utf8, InvalidUtf8 invalidUtf8 = InvalidUtf8::RefuseFile);

    // One record with CRLF at the end; fields quoted only when they hold a comma, quote, CR or LF
    // (or begin with a space). Fields that start with = + - @ are NOT altered (data stays verbatim).
    static QByteArray formatRow(const QStringList &fields);
};

} // namespace besuk
