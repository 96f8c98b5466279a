// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Csv.h"

#include <QStringDecoder>

#include <algorithm>

namespace besuk {

using namespace Qt::StringLiterals;

namespace {

constexpr QChar Quote = u'"';
constexpr QChar Comma = u',';
constexpr QChar Cr = u'\r';
constexpr QChar Lf = u'\n';

bool isLineEnd(QChar c) {
    return c == Cr || c == Lf;
}

QStringDecoder strictUtf8Decoder() {
    // Stateless: a multi-byte sequence cut off at the end is an error, not something to wait for.
    // Without ConvertInitialBom the decoder drops a leading byte-order mark.
    return QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
}

bool isValidUtf8(QByteArrayView bytes) {
    auto decoder = strictUtf8Decoder();
    [[maybe_unused]] const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

// The 1-based physical lines holding invalid bytes. Line ends are ASCII and can never be part of a multi-byte
// sequence, so each line can be checked on its own.
QList<int> linesOfInvalidUtf8(QByteArrayView bytes) {
    QList<int> lines;
    int line = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        const bool atEnd = i == bytes.size();
        if (!atEnd && bytes[i] != '\r' && bytes[i] != '\n')
            continue;
        if (!isValidUtf8(bytes.sliced(start, i - start)))
            lines.append(line);
        if (!atEnd && bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
            ++i;
        start = i + 1;
        ++line;
    }
    return lines;
}

class Parser {
public:
    explicit Parser(const QString &text) : m_text(text) {}

    Result<QList<CsvRecord>> run() {
        QList<CsvRecord> records;
        while (!atEnd()) {
            if (isLineEnd(peek())) {
                skipLineEnd();
                continue;
            }
            CsvRecord record;
            record.line = m_line;
            for (;;) {
                auto field = readField();
                if (!field.ok())
                    return field.error();
                record.fields.append(std::move(field).value());
                record.lastLine = m_line;
                if (atEnd())
                    break;
                if (peek() == Comma) {
                    ++m_pos;
                    continue;
                }
                skipLineEnd();
                break;
            }
            records.append(std::move(record));
        }
        return records;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return m_text.at(m_pos); }

    void skipLineEnd() {
        if (peek() == Cr && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == Lf)
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    Result<QString> readField() {
        if (!atEnd() && peek() == Quote)
            return readQuotedField();
        const qsizetype start = m_pos;
        while (!atEnd() && peek() != Comma && !isLineEnd(peek()))
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }

    Result<QString> readQuotedField() {
        const int startLine = m_line;
        ++m_pos;
        QString field;
        for (;;) {
            if (atEnd())
                return makeError(ErrorCode::InvalidInput,
                                 Csv::tr("Line %1: a quoted field is not closed.").arg(startLine));
            const QChar c = peek();
            ++m_pos;
            if (c == Quote) {
                if (atEnd() || peek() != Quote)
                    break;
                ++m_pos;
            } else if (c == Lf || (c == Cr && (atEnd() || peek() != Lf))) {
                ++m_line;
            }
            field.append(c);
        }
        if (!atEnd() && peek() != Comma && !isLineEnd(peek()))
            return makeError(ErrorCode::InvalidInput,
                             Csv::tr("Line %1: unexpected text after a closing quote.").arg(m_line));
        return field;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

bool needsQuotes(const QString &field) {
    if (field.startsWith(u' ') || field.endsWith(u' '))
        return true;
    // At the start of a file, a leading U+FEFF would be read back as the byte-order mark and lost (found by fuzzing).
    if (field.startsWith(QChar(0xFEFF)))
        return true;
    for (const QChar c : field) {
        if (c == Comma || c == Quote || isLineEnd(c))
            return true;
    }
    return false;
}

QString quoted(QString field) {
    return Quote + field.replace(Quote, u"\"\""_s) + Quote;
}

} // namespace

Result<QList<CsvRecord>> Csv::parse(const QByteArray &utf8, InvalidUtf8 invalidUtf8) {
    auto decoder = strictUtf8Decoder();
    const QString text = decoder.decode(utf8);
    if (!decoder.hasError())
        return Parser(text).run();
    // The decoder put U+FFFD in place of each invalid sequence and kept every line end where it was.
    const QList<int> badLines = linesOfInvalidUtf8(utf8);
    if (invalidUtf8 == InvalidUtf8::RefuseFile)
        return makeError(ErrorCode::InvalidInput, tr("Line %1: the text is not valid UTF-8.").arg(badLines.value(0)));
    auto records = Parser(text).run();
    if (!records)
        return records;
    for (CsvRecord &record : records.value()) {
        record.validUtf8 = std::none_of(badLines.begin(), badLines.end(),
                                        [&](int line) { return line >= record.line && line <= record.lastLine; });
    }
    return records;
}

QByteArray Csv::formatRow(const QStringList &fields) {
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &field : fields)
        cells.append(needsQuotes(field) ? quoted(field) : field);
    // A lone empty field would be an empty line, which parse() skips; "" keeps the record.
    if (fields.size() == 1 && fields.first().isEmpty())
        cells.first() = u"\"\""_s;
    return (cells.join(Comma) + u"\r\n"_s).toUtf8();
}

} // namespace besuk
