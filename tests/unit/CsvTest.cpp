// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Csv.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace besuk;
using namespace Qt::StringLiterals;

namespace {

std::vector<std::string> toStd(const QStringList &list) {
    std::vector<std::string> out;
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

std::vector<std::vector<std::string>> fieldsOf(const QList<CsvRecord> &records) {
    std::vector<std::vector<std::string>> out;
    for (const CsvRecord &record : records)
        out.push_back(toStd(record.fields));
    return out;
}

std::vector<int> linesOf(const QList<CsvRecord> &records) {
    std::vector<int> out;
    for (const CsvRecord &record : records)
        out.push_back(record.line);
    return out;
}

} // namespace

TEST_CASE("Csv round trip keeps tricky fields intact", "[csv]") {
    const QList<QStringList> rows = {
        {u"plain"_s, u"a,b"_s, u"say \"hi\""_s, u"\""_s, u"\"\""_s},
        {u"line1\nline2"_s, u"cr\rlf\r\n"_s, u"\r\n"_s, u"\n"_s},
        {u"Đặng Thị Hoa"_s, u"Nguyễn Văn Bình, S.H."_s, u"日本語"_s},
        {u""_s, u""_s, u""_s},
        {u""_s},
        {u"=SUM(A1:A2)"_s, u"+62812"_s, u"-5"_s, u"@cmd"_s},
        {u" leading"_s, u"trailing "_s, u" "_s, u"in side"_s},
        {u"mid\"quote"_s, u"x"_s},
    };

    QByteArray all;
    for (const QStringList &row : rows) {
        const QByteArray bytes = Csv::formatRow(row);
        all += bytes;
        const auto parsed = Csv::parse(bytes);
        INFO(bytes.toStdString());
        REQUIRE(parsed.ok());
        REQUIRE(parsed->size() == 1);
        CHECK(toStd(parsed->first().fields) == toStd(row));
        CHECK(parsed->first().line == 1);
    }

    const auto parsed = Csv::parse(all);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->size() == rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        CHECK(toStd(parsed->at(i).fields) == toStd(rows.at(i)));
}

TEST_CASE("Csv record lines count physical lines inside quoted fields", "[csv]") {
    const QByteArray input = "a,\"one\ntwo\nthree\"\r\nb,c\n\n\"x\r\ny\",z\rlast"_ba;
    const auto parsed = Csv::parse(input);
    REQUIRE(parsed.ok());
    CHECK(linesOf(*parsed) == std::vector<int>{1, 4, 6, 8});
    CHECK(fieldsOf(*parsed) ==
          std::vector<std::vector<std::string>>{{"a", "one\ntwo\nthree"}, {"b", "c"}, {"x\r\ny", "z"}, {"last"}});
}

TEST_CASE("Csv strips a leading byte-order mark", "[csv]") {
    const auto parsed = Csv::parse("\xEF\xBB\xBFnik,name\r\n1,Ana\r\n"_ba);
    REQUIRE(parsed.ok());
    CHECK(fieldsOf(*parsed) == std::vector<std::vector<std::string>>{{"nik", "name"}, {"1", "Ana"}});

    const auto onlyBom = Csv::parse("\xEF\xBB\xBF"_ba);
    REQUIRE(onlyBom.ok());
    CHECK(onlyBom->isEmpty());
}

TEST_CASE("Csv gives the same records for CRLF, LF and CR line ends", "[csv]") {
    const QByteArray crlf = "h1,h2\r\n\"q,1\",x\r\n\r\nlast,row\r\n"_ba;
    QByteArray lf = crlf;
    lf.replace("\r\n"_ba, "\n"_ba);
    QByteArray cr = crlf;
    cr.replace("\r\n"_ba, "\r"_ba);

    const auto a = Csv::parse(crlf);
    const auto b = Csv::parse(lf);
    const auto c = Csv::parse(cr);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    CHECK(fieldsOf(*a) == std::vector<std::vector<std::string>>{{"h1", "h2"}, {"q,1", "x"}, {"last", "row"}});
    CHECK(fieldsOf(*a) == fieldsOf(*b));
    CHECK(fieldsOf(*a) == fieldsOf(*c));
    CHECK(linesOf(*a) == std::vector<int>{1, 2, 4});
    CHECK(linesOf(*a) == linesOf(*b));
    CHECK(linesOf(*a) == linesOf(*c));
}

TEST_CASE("Csv skips empty lines but keeps empty fields", "[csv]") {
    const auto parsed = Csv::parse("\n\r\n\"\"\n,\na,\n \n"_ba);
    REQUIRE(parsed.ok());
    CHECK(fieldsOf(*parsed) == std::vector<std::vector<std::string>>{{""}, {"", ""}, {"a", ""}, {" "}});
    CHECK(linesOf(*parsed) == std::vector<int>{3, 4, 5, 6});

    const auto empty = Csv::parse(QByteArray());
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());
}

TEST_CASE("Csv accepts a last record without a line end", "[csv]") {
    const auto parsed = Csv::parse("a,b\nc,\"d\""_ba);
    REQUIRE(parsed.ok());
    CHECK(fieldsOf(*parsed) == std::vector<std::vector<std::string>>{{"a", "b"}, {"c", "d"}});

    const auto trailingComma = Csv::parse("a,"_ba);
    REQUIRE(trailingComma.ok());
    CHECK(fieldsOf(*trailingComma) == std::vector<std::vector<std::string>>{{"a", ""}});
}

TEST_CASE("Csv keeps a quote inside an unquoted field literally", "[csv]") {
    const auto parsed = Csv::parse("5\" tall,a\"b\"c, \"x\"\n"_ba);
    REQUIRE(parsed.ok());
    CHECK(fieldsOf(*parsed) == std::vector<std::vector<std::string>>{{"5\" tall", "a\"b\"c", " \"x\""}});
}

TEST_CASE("Csv refuses text after a closing quote", "[csv]") {
    const auto parsed = Csv::parse("a,b\n\"multi\nline\",ok\n\"ab\"c,d\n"_ba);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
    CHECK(parsed.error().message.toStdString() == "Line 4: unexpected text after a closing quote.");
}

TEST_CASE("Csv refuses an unterminated quote and names the line it started on", "[csv]") {
    const auto parsed = Csv::parse("a,b\r\nc,\"open\r\nstill open\r\nand more"_ba);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
    CHECK(parsed.error().message.toStdString() == "Line 2: a quoted field is not closed.");

    const auto lone = Csv::parse("\""_ba);
    REQUIRE_FALSE(lone.ok());
    CHECK(lone.error().message.toStdString() == "Line 1: a quoted field is not closed.");
}

TEST_CASE("Csv refuses invalid UTF-8 and names the line", "[csv]") {
    const auto badByte = Csv::parse("ok,row\n\"multi\nline\"\nbad,\xFF\n"_ba);
    REQUIRE_FALSE(badByte.ok());
    CHECK(badByte.error().code == ErrorCode::InvalidInput);
    CHECK(badByte.error().message.toStdString() == "Line 4: the text is not valid UTF-8.");

    const auto latin1 = Csv::parse("D\xE9sir\xE9\r\n"_ba);
    REQUIRE_FALSE(latin1.ok());
    CHECK(latin1.error().message.toStdString() == "Line 1: the text is not valid UTF-8.");

    const auto truncated = Csv::parse("a\nb\xC3"_ba);
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().message.toStdString() == "Line 2: the text is not valid UTF-8.");

    const auto overlong = Csv::parse("\xC0\xAF"_ba);
    REQUIRE_FALSE(overlong.ok());
    CHECK(overlong.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("Csv can mark the records holding invalid UTF-8 and read the rest", "[csv]") {
    const auto parsed =
        Csv::parse("a,b\n\"multi\nl\xFFine\",x\nbad\xC3\nok,\xC3\xA9\n\xC0\xAF,y"_ba, Csv::InvalidUtf8::MarkRecord);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->size() == 5);
    QList<bool> valid;
    QList<int> lines;
    for (const CsvRecord &record : *parsed) {
        valid.append(record.validUtf8);
        lines.append(record.line);
    }
    CHECK(valid == QList<bool>{true, false, false, true, false});
    CHECK(lines == QList<int>{1, 2, 4, 5, 6});
    CHECK(parsed->at(1).lastLine == 3);
    CHECK(parsed->at(3).fields == QStringList{u"ok"_s, u"\u00e9"_s});
    CHECK(parsed->at(4).fields.last() == u"y"_s);
}

TEST_CASE("Csv formatRow writes the exact bytes", "[csv]") {
    CHECK(Csv::formatRow({u"a"_s, u"b"_s, u"c"_s}).toStdString() == "a,b,c\r\n");
    CHECK(Csv::formatRow({u"a,b"_s, u"say \"hi\""_s}).toStdString() == "\"a,b\",\"say \"\"hi\"\"\"\r\n");
    CHECK(Csv::formatRow({u"x\ny"_s, u"z\r"_s}).toStdString() == "\"x\ny\",\"z\r\"\r\n");
    CHECK(Csv::formatRow({u" a"_s, u"b "_s, u"c d"_s}).toStdString() == "\" a\",\"b \",c d\r\n");
    CHECK(Csv::formatRow({u""_s, u""_s}).toStdString() == ",\r\n");
    CHECK(Csv::formatRow({u""_s}).toStdString() == "\"\"\r\n");
    CHECK(Csv::formatRow({u"=1+2"_s, u"+62"_s, u"-1"_s, u"@x"_s}).toStdString() == "=1+2,+62,-1,@x\r\n");
    CHECK(Csv::formatRow({u"Đặng Thị Hoa"_s}) == "\xC4\x90\xE1\xBA\xB7ng Th\xE1\xBB\x8B Hoa\r\n"_ba);
    CHECK_FALSE(Csv::formatRow({u"a"_s}).startsWith("\xEF\xBB\xBF"_ba));
}

TEST_CASE("A field that starts with a byte-order mark survives being written and read back", "[csv]") {
    // Found by the csv fuzz target: a file with two marks kept the second in the first field, and writing that field
    // unquoted at the start of a file made the next read take it for the file's own mark.
    const QString field = QChar(0xFEFF) + u"WB-1"_s;
    CHECK(Csv::formatRow({field, u"b"_s}) == "\"\xEF\xBB\xBFWB-1\",b\r\n"_ba);
    const auto parsed = Csv::parse("\xEF\xBB\xBF\xEF\xBB\xBFWB-1,b\n"_ba);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->first().fields.first() == field);
    const auto again = Csv::parse(Csv::formatRow(parsed->first().fields));
    REQUIRE(again.ok());
    CHECK(again->first().fields == parsed->first().fields);
}
