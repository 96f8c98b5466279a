// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "db/Csv.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk::e2e;

namespace {

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pdfText(const QString &path) {
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    INFO("pdftotext not found: install poppler-utils (packaging/install-deps.sh)");
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString lineOf(const QString &text, const QString &label) {
    for (const QString &line : text.split(u'\n'))
        if (line.trimmed().startsWith(label))
            return line.simplified();
    return {};
}

// Friday: one group admitted. Saturday: three groups; one with a phone confiscated, one refused. Sunday: nothing.
class ExportDays {
public:
    ExportDays() {
        fixture.init(u"Asia/Makassar"_s, u"Rutan Kelas IIA Balikpapan"_s);
        fixture.importInmates(u"WB"_s, 4);
        const QString friday = issue(1, u"2025-12-26T09:00"_s, {{false, 1}}, 1);
        inspect(friday, u"2025-12-26T09:05"_s, {u"Makanan|allowed"_s});
        admit(friday, u"2025-12-26T09:06"_s);

        const QString a = issue(2, u"2025-12-27T08:30"_s, {{false, 2}, {true, 3}}, 2);
        inspect(a, u"2025-12-27T08:35"_s, {u"Makanan|allowed"_s, u"Ponsel|confiscated"_s});
        admit(a, u"2025-12-27T08:36"_s);
        const QString b = issue(3, u"2025-12-27T09:10"_s, {{true, 4}, {true, 5}});
        inspect(b, u"2025-12-27T09:15"_s, {u"Dompet|deposited|T-7"_s});
        admit(b, u"2025-12-27T09:16"_s);
        const QString c = issue(4, u"2025-12-27T10:40"_s, {{false, 6}});
        const CliResult refused =
            fixture.run({u"inspect"_s, c, u"--officer"_s, u"Petugas P2U"_s, u"--outcome"_s, u"refused"_s, u"--reason"_s,
                         u"Membawa ponsel"_s, u"--now"_s, u"2025-12-27T10:45"_s});
        INFO(refused.describe());
        REQUIRE(refused.exitCode == 3);
    }

    QString issue(int inmate, const QString &now, const QList<QPair<bool, int>> &adults, int children = 0) {
        QStringList arguments{u"register"_s,
                              u"--inmate"_s,
                              u"WB-%1"_s.arg(inmate, 3, 10, QLatin1Char('0')),
                              u"--children"_s,
                              QString::number(children),
                              u"--now"_s,
                              now};
        for (const auto &[female, serial] : adults)
            arguments +=
                {u"--adult"_s, adult(makeNik(u"647105"_s, QDate(1980, 3, 4), female, serial), u"Pengunjung"_s)};
        const CliResult ticket = fixture.run(arguments);
        INFO(ticket.describe());
        REQUIRE(ticket.exitCode == 0);
        return ticket.json.value(u"payload"_s).toString();
    }
    void inspect(const QString &payload, const QString &now, const QStringList &items) {
        QStringList arguments{u"inspect"_s,   payload,      u"--officer"_s, u"Petugas P2U"_s,
                              u"--outcome"_s, u"cleared"_s, u"--now"_s,     now};
        for (const QString &item : items)
            arguments += {u"--item"_s, item};
        const CliResult done = fixture.run(arguments);
        INFO(done.describe());
        REQUIRE(done.exitCode == 0);
    }
    void admit(const QString &payload, const QString &now) {
        const CliResult done = fixture.run({u"admit"_s, payload, u"--officer"_s, u"Gate-1"_s, u"--now"_s, now});
        INFO(done.describe());
        REQUIRE(done.exitCode == 0);
    }
    QJsonObject tally(const QString &date) {
        const CliResult result = fixture.run({u"tally"_s, u"--date"_s, date});
        INFO(result.describe());
        REQUIRE(result.exitCode == 0);
        return result.json;
    }

    CliFixture fixture;
};

QStringList countsFields(const QJsonObject &counts) {
    QStringList fields;
    for (const QString &key : {u"groups"_s, u"men"_s, u"women"_s, u"children"_s, u"total"_s})
        fields.append(QString::number(counts.value(key).toInt(-1)));
    return fields;
}

// The counts an export row holds after the date and weekday, in the export's order, from `tally --date`'s JSON.
QStringList exportFields(const QJsonObject &tally) {
    QStringList fields;
    for (const QString &status :
         {u"registered"_s, u"admitted"_s, u"refused"_s, u"checked_out"_s, u"inside"_s, u"cancelled"_s})
        fields += countsFields(tally.value(status).toObject());
    fields += countsFields(tally.value(u"walk_ins"_s).toObject());
    const QJsonObject bookings = tally.value(u"bookings"_s).toObject();
    for (const QString &status : {u"booked"_s, u"arrived"_s, u"no_show"_s})
        fields += countsFields(bookings.value(status).toObject());
    return fields;
}

} // namespace

TEST_CASE("export csv: one row per day whose figures are the tally's, and an audit entry", "[cli][export]") {
    ExportDays d;
    const QString path = d.fixture.filePath(u"kunjungan.csv"_s);
    const CliResult result =
        d.fixture.run({u"export"_s, u"--from"_s, u"2025-12-26"_s, u"--to"_s, u"2025-12-28"_s, u"--format"_s, u"csv"_s,
                       u"--output"_s, path, u"--now"_s, u"2025-12-28T18:00"_s});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    const QByteArray csv = readFile(path);
    CHECK(result.json.value(u"output"_s).toString() == QFileInfo(path).absoluteFilePath());
    CHECK(result.json.value(u"days"_s).toInt() == 3);
    CHECK(result.json.value(u"bytes"_s).toInteger() == csv.size());
    CHECK(result.json.value(u"format"_s).toString() == u"csv"_s);

    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.count("\n") == csv.count("\r\n"));
    auto records = besuk::Csv::parse(csv.mid(3));
    REQUIRE(records.ok());
    REQUIRE(records->size() == 1 + 3 + 1);
    const QStringList header = records->at(0).fields;
    REQUIRE(header.size() == 52);
    CHECK(header.mid(32, 2) == QStringList{u"walk_in_groups"_s, u"walk_in_men"_s});
    CHECK(header.mid(37, 1) + header.mid(42, 1) + header.mid(47, 1) ==
          QStringList{u"booked_groups"_s, u"arrived_groups"_s, u"no_show_groups"_s});
    const QStringList dates{u"2025-12-26"_s, u"2025-12-27"_s, u"2025-12-28"_s};
    const QStringList weekdays{u"Jumat"_s, u"Sabtu"_s, u"Minggu"_s};
    for (int i = 0; i < 3; ++i) {
        const QStringList expected = QStringList{dates.at(i), weekdays.at(i)} + exportFields(d.tally(dates.at(i)));
        INFO(dates.at(i).toStdString());
        CHECK(records->at(i + 1).fields == expected);
    }
    CHECK(records->at(2).fields.mid(0, 12).join(u',') == u"2025-12-27,Sabtu,3,2,3,2,7,2,1,3,2,6"_s);
    // Every group registered at the kiosk: the walk-in columns repeat the registered ones, no bookings.
    CHECK(records->at(2).fields.mid(32, 5).join(u',') == u"3,2,3,2,7"_s);
    CHECK(records->at(2).fields.mid(37).join(u',') == QStringList(15, u"0"_s).join(u','));
    CHECK(records->at(4).fields.mid(0, 7).join(u',') == u"total,,4,3,3,3,9"_s);

    CHECK(d.fixture.queryRows(u"SELECT action, subject FROM audit_log WHERE action LIKE 'export.%'"_s) ==
          QStringList{u"export.csv|2025-12-26..2025-12-28"_s});
}

TEST_CASE("export pdf: the Indonesian report holds the tally's figures", "[cli][export]") {
    ExportDays d;
    const QString path = d.fixture.filePath(u"laporan.pdf"_s);
    const CliResult result = d.fixture.run(
        {u"export"_s, u"--from"_s, u"2025-12-27"_s, u"--output"_s, path, u"--now"_s, u"2025-12-27T17:00"_s});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    CHECK(result.json.value(u"format"_s).toString() == u"pdf"_s); // from the extension
    CHECK(result.json.value(u"days"_s).toInt() == 1);
    CHECK(result.json.value(u"to"_s).toString() == u"2025-12-27"_s);
    const QByteArray pdf = readFile(path);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(result.json.value(u"bytes"_s).toInteger() == pdf.size());

    const QJsonObject tally = d.tally(u"2025-12-27"_s);
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(u"Rutan Kelas IIA Balikpapan"_s));
    CHECK(text.contains(u"Sabtu, 27 Desember 2025"_s));
    CHECK(lineOf(text, u"Terdaftar"_s) ==
          u"Terdaftar "_s + countsFields(tally.value(u"registered"_s).toObject()).join(u' '));
    CHECK(lineOf(text, u"Diizinkan masuk"_s) ==
          u"Diizinkan masuk "_s + countsFields(tally.value(u"admitted"_s).toObject()).join(u' '));
    CHECK(lineOf(text, u"Ditolak saat pemeriksaan"_s) ==
          u"Ditolak saat pemeriksaan "_s + countsFields(tally.value(u"refused"_s).toObject()).join(u' '));
    CHECK(text.simplified().contains(u"Pada hari Sabtu, 27 Desember 2025, Rutan Kelas IIA Balikpapan menerima 6 "
                                     u"pengunjung tatap muka, terdiri atas 1 laki-laki, 3 perempuan, dan 2 "
                                     u"anak-anak."_s));
    CHECK(lineOf(text, u"Barang disita"_s) == u"Barang disita 1"_s);
    CHECK(lineOf(text, u"Barang dititipkan"_s) == u"Barang dititipkan 1"_s);
    CHECK(text.simplified().contains(u"Alasan: Membawa ponsel (1)"_s));

    CHECK(d.fixture.queryRows(u"SELECT action, subject FROM audit_log WHERE action LIKE 'export.%'"_s) ==
          QStringList{u"export.pdf|2025-12-27..2025-12-27"_s});

    // --from defaults to today (facility time), --to to --from.
    const CliResult today = d.fixture.run({u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s,
                                           d.fixture.filePath(u"today.out"_s), u"--now"_s, u"2025-12-27T23:30"_s});
    INFO(today.describe());
    REQUIRE(today.exitCode == 0);
    CHECK(today.json.value(u"from"_s).toString() == u"2025-12-27"_s);
    CHECK(today.json.value(u"to"_s).toString() == u"2025-12-27"_s);
}

TEST_CASE("export xlsx: dates as dates and the tally's counts and totals as numbers", "[cli][export]") {
    ExportDays d;
    const QString path = d.fixture.filePath(u"kunjungan.xlsx"_s);
    const CliResult result = d.fixture.run({u"export"_s, u"--from"_s, u"2025-12-26"_s, u"--to"_s, u"2025-12-28"_s,
                                            u"--output"_s, path, u"--now"_s, u"2025-12-28T18:00"_s});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    CHECK(result.json.value(u"format"_s).toString() == u"xlsx"_s); // from the extension
    CHECK(result.json.value(u"bytes"_s).toInteger() == readFile(path).size());

    // Each row as openpyxl reads it: the cell's Python type name and value, tab-separated.
    const QString script = uR"(import sys, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1]).active
for row in sheet.iter_rows(min_row=2, values_only=True):
    print("	".join(type(v).__name__ + ":" + str(v) for v in row))
)"_s;
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {u"-c"_s, script, path});
    REQUIRE(python.waitForFinished(30000));
    INFO(QString::fromUtf8(python.readAllStandardError()).toStdString());
    REQUIRE(python.exitCode() == 0);
    const QStringList rows = QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 1 + 3 + 1);
    const QStringList header = rows.at(0).split(u'\t');
    REQUIRE(header.size() == 52);
    CHECK(header.at(2) == u"str:registered_groups"_s);
    CHECK(header.at(32) == u"str:walk_in_groups"_s);
    CHECK(header.at(51) == u"str:no_show_total"_s);
    const QStringList dates{u"2025-12-26"_s, u"2025-12-27"_s, u"2025-12-28"_s};
    QList<int> totals(50, 0);
    for (int i = 0; i < 3; ++i) {
        QStringList expected{u"datetime:%1 00:00:00"_s.arg(dates.at(i))};
        expected.append(rows.at(i + 1).split(u'\t').at(1));
        int column = 0;
        for (const QString &count : exportFields(d.tally(dates.at(i)))) {
            expected.append(u"int:"_s + count);
            totals[column++] += count.toInt();
        }
        INFO(dates.at(i).toStdString());
        CHECK(rows.at(i + 1).split(u'\t') == expected);
    }
    QStringList total{u"str:Jumlah"_s, u"NoneType:None"_s};
    for (const int sum : std::as_const(totals))
        total.append(u"int:%1"_s.arg(sum));
    CHECK(rows.at(4).split(u'\t') == total);
    CHECK(rows.at(4).split(u'\t').mid(2, 5).join(u',') == u"int:4,int:3,int:3,int:3,int:9"_s);
    CHECK(rows.at(4).split(u'\t').mid(32, 5).join(u',') == u"int:4,int:3,int:3,int:3,int:9"_s); // walk-ins
    CHECK(d.fixture.queryRows(u"SELECT action, subject FROM audit_log WHERE action LIKE 'export.%'"_s) ==
          QStringList{u"export.xlsx|2025-12-26..2025-12-28"_s});
}

TEST_CASE("export refuses bad ranges and options, and writes nothing then", "[cli][export]") {
    CliFixture fixture;
    fixture.init();
    const QString path = fixture.filePath(u"x.csv"_s);
    const QString kept = fixture.writeFile(u"kept.csv"_s, "earlier export\r\n");
    struct Case {
        QStringList arguments;
        int exitCode;
        QString message;
    };
    const QList<Case> cases{
        {{u"--from"_s, u"2025-12-28"_s, u"--to"_s, u"2025-12-27"_s, u"--output"_s, path}, 1, u"before it starts"_s},
        {{u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2026-01-02"_s, u"--output"_s, path}, 1, u"at most 366 days"_s},
        {{u"--from"_s, u"2025-12-28"_s, u"--to"_s, u"2025-12-27"_s, u"--output"_s, kept}, 1, u"before it starts"_s},
        {{u"--from"_s, u"2025-13-01"_s, u"--output"_s, path}, 2, u"--from"_s},
        {{u"--from"_s, u"2025-12-27"_s, u"--to"_s, u"27/12/2025"_s, u"--output"_s, path}, 2, u"--to"_s},
        {{u"--from"_s, u"2025-12-27"_s}, 2, u"--output"_s},
        {{u"--output"_s, fixture.filePath(u"x.ods"_s)}, 2, u"--format"_s},
        {{u"--format"_s, u"xls"_s, u"--output"_s, path}, 2, u"--format"_s},
        {{u"--output"_s, fixture.filePath(u"no/such/folder/x.csv"_s)}, 1, u"could not be written"_s},
    };
    for (const Case &c : cases) {
        const CliResult result = fixture.run(QStringList{u"export"_s} + c.arguments);
        INFO(c.arguments.join(u' ').toStdString() << " -> " << result.describe().toStdString());
        CHECK(result.exitCode == c.exitCode);
        CHECK(result.oneErrorLine());
        CHECK(result.err.contains(c.message));
        CHECK(result.out.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(fixture.filePath(u"x.ods"_s)));
    CHECK(readFile(kept) == "earlier export\r\n");
    CHECK(fixture.queryRows(u"SELECT action FROM audit_log WHERE action LIKE 'export.%'"_s).isEmpty());

    const CliResult help = runCli({u"export"_s, u"--help"_s});
    CHECK(help.exitCode == 0);
    for (const QString &option : {u"--from"_s, u"--to"_s, u"--format"_s, u"--output"_s})
        CHECK(help.out.contains(option));
}
