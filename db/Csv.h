#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace besuk {

struct CsvRecord {
    int line = 0; // 1-based line where the record starts in the input
    QStringList fields;
};

// RFC 4180 CSV, UTF-8.
class Csv {
    Q_DECLARE_TR_FUNCTIONS(Csv)
public:
    // Accepts CRLF or LF line ends, an optional UTF-8 byte-order mark, quoted fields with "" escapes and
    // line breaks inside quotes; skips empty lines. InvalidInput error (with the line number) for invalid UTF-8
    // or an unterminated quote.
    static Result<QList<CsvRecord>> parse(const QByteArray &utf8);

    // One record with CRLF at the end; fields quoted only when they hold a comma, quote, CR or LF
    // (or begin with a space). Fields that start with = + - @ are NOT altered (data stays verbatim).
    static QByteArray formatRow(const QStringList &fields);
};

} // namespace besuk
