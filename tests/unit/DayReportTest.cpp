// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/reports/DayReport.h"

#include "TestFacility.h"
#include "db/BookingService.h"
#include "db/ExportService.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"
#include "db/TallyService.h"
#include "db/offline/JournalUpload.h"
#include "db/offline/MirrorRefresh.h"
#include "db/offline/OfflineKiosk.h"
#include "db/offline/StationJournal.h"
#include "platform/reports/RangeWorkbook.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace besuk;
using besuk::reports::DayReport;
using besuk::reports::ReportData;

namespace {

const QDate Day = TestFacility::reportDay();

// The news report's day through the domain: 109 groups, 86 men, 220 women, 99 children, registered 08:00-14:59,
// each inspected (food allowed; a few phones deposited, two things confiscated) and admitted; one more group
// refused at the inspection.
class NewsDay {
public:
    NewsDay() : f(u"Asia/Makassar"_s) {
        struct Kind {
            int men, women, children, count;
        };
        const QList<Kind> kinds{{3, 0, 1, 2}, {2, 1, 1, 10}, {1, 2, 1, 30}, {0, 3, 1, 25}, {1, 1, 2, 5}, {1, 1, 2, 5},
                                {0, 2, 2, 3}, {1, 0, 3, 1},  {0, 1, 3, 1},  {1, 2, 0, 19}, {0, 3, 0, 6}, {0, 1, 0, 2}};
        QList<Kind> groups;
        for (const Kind &kind : kinds)
            for (int i = 0; i < kind.count; ++i)
                groups.append(kind);
        REQUIRE(groups.size() == 109);
        f.addInmates(110);
        int person = 0;
        GateService gate(*f);
        for (qsizetype i = 0; i <= groups.size(); ++i) {
            const bool refused = i == groups.size();
            const Kind kind = refused ? Kind{0, 1, 0, 1} : groups.at(i);
            const int minute = refused ? 200 : int(i * 419 / (groups.size() - 1));
            f.setLocal(Day, QTime(8, 0).addSecs(minute * 60));
            QList<AdultEntry> adults;
            for (int m = 0; m < kind.men + kind.women; ++m)
                adults.append({makeNik(QDate(1970 + person % 30, 1 + person % 12, 7),
                                       m >= kind.men ? Sex::Female : Sex::Male, ++person),
                               u"Pengunjung"_s});
            auto ticket = RegistrationService(*f).registerGroup(
                {u"WB-%1"_s.arg(i + 1, 3, 10, QLatin1Char('0')), adults, kind.children, Service::Visit, u"kiosk"_s});
            REQUIRE(ticket.ok());
            QList<InspectionItem> items{{u"Makanan"_s, Disposition::Allowed, {}}};
            if (i % 20 == 0)
                items.append({u"Ponsel"_s, Disposition::Deposited, u"T-%1"_s.arg(i)});
            if (i == 30 || i == 31)
                items.append({i == 30 ? u"Rokok"_s : u"Korek api"_s, Disposition::Confiscated, {}});
            InspectionRequest request{
                InspectionPhase::Entry, u"Petugas P2U"_s, items, InspectionOutcome::Cleared, {}, {}};
            if (refused) {
                request.outcome = InspectionOutcome::Refused;
                request.reason = u"Membawa narkotika"_s;
            }
            auto inspected = gate.inspect(ticket->payload, request);
            REQUIRE(inspected.ok());
            if (!refused)
                REQUIRE(gate.admit(ticket->payload, u"Gate-1"_s)->verdict == Verdict::Admitted);
        }
        f.setLocal(Day, QTime(17, 0));
    }

    TestFacility f;
};

QString tool(const QString &name) {
    const QString path = QStandardPaths::findExecutable(name);
    INFO(name.toStdString() << " not found: install poppler-utils (packaging/install-deps.sh)");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

QString run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(tool(program), arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct Pdf {
    QString text;   // pdftotext -layout
    QString info;   // pdfinfo
    QString simple; // the text with all white space runs made one space
};

Pdf examine(const QByteArray &bytes) {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"laporan.pdf"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    Pdf pdf;
    pdf.text = run(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    pdf.info = run(u"pdfinfo"_s, {path});
    pdf.simple = pdf.text.simplified();
    return pdf;
}

// The line of the layout text that starts with `label`, white space collapsed.
QString lineOf(const QString &text, const QString &label) {
    for (const QString &line : text.split(u'\n'))
        if (line.trimmed().startsWith(label))
            return line.simplified();
    return {};
}

// Each font of the PDF, from pdffonts: its name and whether it is embedded.
QStringList fontsOf(const QByteArray &bytes) {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"laporan.pdf"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    QStringList fonts;
    const QStringList lines = run(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts);
    // Columns: name, type (one or two words), encoding, emb, sub, uni, object ID.
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 7);
        fonts.append(columns.first() + u' ' + columns.at(columns.size() - 5));
    }
    return fonts;
}

} // namespace

TEST_CASE("The day report of the news report's day: figures, date and summary in the PDF", "[report][pdf]") {
    NewsDay d;
    QElapsedTimer timer;
    timer.start();
    auto pdf = DayReport::build(*d.f, Day, Day);
    const qint64 ms = timer.elapsed();
    REQUIRE(pdf.ok());
    std::cout << "[report] day report of 110 groups: " << pdf->size() << " bytes in " << ms << " ms\n";
    if (const QString dump = qEnvironmentVariable("BESUK_REPORT_DUMP_DIR"); !dump.isEmpty()) { // to look at it
        QFile file(dump + u"/news-day.pdf"_s);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(*pdf);
    }
    const Pdf examined = examine(*pdf);
    INFO(examined.text.toStdString());
    CHECK(examined.info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));
    CHECK(examined.info.contains(u"595 x 842 pts (A4)"_s));
    CHECK(examined.info.contains(u"Title:           Laporan Kunjungan Harian - Rutan Uji - Sabtu, 27 Desember 2025"_s));
    CHECK(examined.text.contains(u"Rutan Uji"_s));
    CHECK(examined.text.contains(u"Laporan Kunjungan Harian"_s));
    CHECK(examined.text.contains(u"Sabtu, 27 Desember 2025"_s));
    CHECK(examined.simple.contains(u"Pada hari Sabtu, 27 Desember 2025, Rutan Uji menerima 405 pengunjung tatap "
                                   u"muka, terdiri atas 86 laki-laki, 220 perempuan, dan 99 anak-anak."_s));
    CHECK(examined.simple.contains(u"Mereka datang dalam 109 rombongan."_s));
    CHECK(examined.simple.contains(u"Sebanyak 1 rombongan (1 orang) ditolak masuk setelah pemeriksaan."_s));
    CHECK(examined.simple.contains(u"Petugas menyita 2 barang terlarang, antara lain korek api dan rokok."_s));

    CHECK(lineOf(examined.text, u"Status"_s) == u"Status Rombongan Laki-laki Perempuan Anak-anak Jumlah"_s);
    CHECK(lineOf(examined.text, u"Terdaftar"_s) == u"Terdaftar 110 86 221 99 406"_s);
    CHECK(lineOf(examined.text, u"Diizinkan masuk"_s) == u"Diizinkan masuk 109 86 220 99 405"_s);
    CHECK(lineOf(examined.text, u"Ditolak saat pemeriksaan"_s) == u"Ditolak saat pemeriksaan 1 0 1 0 1"_s);
    CHECK(lineOf(examined.text, u"Masih di dalam"_s) == u"Masih di dalam 109 86 220 99 405"_s);
    CHECK(lineOf(examined.text, u"Dibatalkan"_s) == u"Dibatalkan 0 0 0 0 0"_s);

    CHECK(lineOf(examined.text, u"Rombongan diperiksa saat masuk"_s) == u"Rombongan diperiksa saat masuk 110"_s);
    CHECK(lineOf(examined.text, u"Barang diizinkan masuk"_s) == u"Barang diizinkan masuk 110"_s);
    CHECK(lineOf(examined.text, u"Barang dititipkan"_s) == u"Barang dititipkan 6"_s);
    CHECK(lineOf(examined.text, u"Barang disita"_s) == u"Barang disita 2"_s);
    CHECK(examined.simple.contains(u"Terbanyak: Korek api (1), Rokok (1)"_s));
    CHECK(lineOf(examined.text, u"Rombongan ditolak masuk"_s) == u"Rombongan ditolak masuk 1"_s);
    CHECK(examined.simple.contains(u"Alasan: Membawa narkotika (1)"_s));

    // The chart: its legend, the hours 08.00 to 14.00 on the axis.
    CHECK(examined.simple.contains(u"Laki-laki Perempuan Anak-anak"_s));
    for (int hour = 8; hour <= 14; ++hour)
        CHECK(examined.text.contains(u"%1.00"_s.arg(hour, 2, 10, QLatin1Char('0'))));
    CHECK(examined.text.contains(u"Halaman 1 dari 1"_s));
    CHECK(examined.text.contains(u"Dibuat oleh Besuk pada 27 Desember 2025 pukul 17.00"_s));
}

TEST_CASE("A day without visitors makes a report too", "[report][pdf]") {
    TestFacility f;
    f.setLocal(Day, QTime(7, 0));
    auto pdf = DayReport::build(*f, Day, Day);
    REQUIRE(pdf.ok());
    const Pdf examined = examine(*pdf);
    CHECK(examined.simple.contains(u"Pada hari Sabtu, 27 Desember 2025, Rutan Uji tidak menerima pengunjung tatap "
                                   u"muka."_s));
    CHECK(examined.text.contains(u"Tidak ada pendaftaran."_s));
    CHECK(lineOf(examined.text, u"Terdaftar"_s) == u"Terdaftar 0 0 0 0 0"_s);
    CHECK(examined.info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));
}

TEST_CASE("The day report names the numbers kiosks gave apart from the server and the reserved numbers left unused",
          "[report][pdf]") {
    TestFacility f;
    f.addInmates(2);
    f.setLocal(Day, QTime(9, 0));
    // No outage: reserved numbers are no gap and the report says nothing of them.
    auto journal = StationJournal::open(f.filePath(u"kiosk-1.db"_s), u"kiosk-1"_s);
    REQUIRE(journal.ok());
    REQUIRE(MirrorRefresh::refreshKiosk(*f, **journal).ok());
    auto quiet = DayReport::collect(*f, Day, Day);
    REQUIRE(quiet.ok());
    CHECK(DayReport::offlineNote(*quiet).isEmpty());
    // Two groups registered at the kiosk while the server was away, and uploaded.
    OfflineKiosk kiosk(*f, **journal);
    for (const QString &inmate : {u"WB-001"_s, u"WB-002"_s})
        REQUIRE(
            kiosk
                .registerGroup({inmate,
                                {{makeNik(QDate(1985, 3, 14), Sex::Male, inmate.right(1).toInt()), u"Budi Santoso"_s}},
                                0,
                                Service::Visit,
                                u"kiosk-1"_s})
                .ok());
    REQUIRE(JournalUpload::upload(*f, **journal).ok());
    auto pdf = DayReport::build(*f, Day, Day);
    REQUIRE(pdf.ok());
    const Pdf examined = examine(*pdf);
    CHECK(examined.simple.contains(u"Pendaftaran saat server terputus"_s));
    CHECK(examined.simple.contains(u"kios memberi 2 nomor antrean dari nomor cadangannya."_s));
    CHECK(examined.simple.contains(u"(satu-satunya celah dalam nomor antrean): A-903–A-920 (kiosk-1), B-901–B-920 "
                                   u"(kiosk-1)."_s));
}

TEST_CASE("The day report shows walk-ins and booked, arrived, no-show and cancelled bookings", "[report][pdf]") {
    TestFacility f;
    Rules rules = f->rules();
    rules.bookingSlots = Rules::demoBookingSlots(rules.anyVisitingDays());
    REQUIRE(f->saveRules(rules, u"admin"_s).ok());
    const QList<Inmate> inmates = f.addInmates(4);
    const QDate sunday = Day.addDays(1);
    const auto adult = [](Sex sex, int serial) { return AdultEntry{makeNik(QDate(1985, 3, 14), sex, serial), u"P"_s}; };
    BookingService bookings(*f);
    const auto book = [&](const Inmate &inmate, const QList<AdultEntry> &adults, int children) {
        auto issued = bookings.book(
            {sunday, QTime(9, 0), inmate.number, inmate.name, adults, children, Service::Visit, u"web"_s});
        REQUIRE(issued.ok());
        return issued->booking;
    };
    const Booking arrives = book(inmates.at(0), {adult(Sex::Male, 1), adult(Sex::Female, 2)}, 1);
    book(inmates.at(1), {adult(Sex::Male, 3)}, 0); // never comes
    const Booking cancelled = book(inmates.at(2), {adult(Sex::Female, 4)}, 0);
    REQUIRE(bookings.cancel(cancelled.code, adult(Sex::Female, 4).nik, u"web"_s).ok());
    f.setLocal(sunday, QTime(9, 5));
    REQUIRE(bookings.arrive(arrives.id, u"kiosk"_s).ok());
    REQUIRE(RegistrationService(*f)
                .registerGroup({inmates.at(3).number, {adult(Sex::Female, 5)}, 2, Service::Visit, u"kiosk"_s})
                .ok());
    f.setLocal(sunday.addDays(1), QTime(8, 0));
    REQUIRE(bookings.markNoShows().value() == 1);

    auto pdf = DayReport::build(*f, sunday, sunday);
    REQUIRE(pdf.ok());
    if (const QString dump = qEnvironmentVariable("BESUK_REPORT_DUMP_DIR"); !dump.isEmpty()) { // to look at it
        QFile file(dump + u"/bookings-day.pdf"_s);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(*pdf);
    }
    const Pdf examined = examine(*pdf);
    INFO(examined.text.toStdString());
    CHECK(examined.info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));
    CHECK(lineOf(examined.text, u"Terdaftar"_s) == u"Terdaftar 2 1 2 3 6"_s);
    // Beside the inspections: groups and people.
    CHECK(examined.text.contains(u"Pendaftaran dan pemesanan"_s));
    CHECK(examined.simple.contains(u"Datang langsung 1 3"_s));
    CHECK(examined.simple.contains(u"Pesanan: sudah datang 1 3"_s));
    CHECK(examined.simple.contains(u"Pesanan: belum datang 0 0"_s));
    CHECK(examined.simple.contains(u"Pesanan: tidak datang 1 1"_s));
    CHECK(examined.simple.contains(u"Pesanan: dibatalkan 1 1"_s));

    // Without bookings the block is left out: every registered group walked in (the news day stays one page).
    auto saturday = DayReport::build(*f, Day, Day);
    REQUIRE(saturday.ok());
    CHECK_FALSE(examine(*saturday).text.contains(u"Pendaftaran dan pemesanan"_s));
}

TEST_CASE("A range report has a row per day and continues on further pages", "[report][pdf]") {
    NewsDay d;
    const QDate from = Day.addDays(-30);
    const QDate to = Day.addDays(14);
    auto data = DayReport::collect(*d.f, from, to);
    REQUIRE(data.ok());
    REQUIRE(data->days.size() == 45);
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = DayReport::render(*data);
    std::cout << "[report] range report of 45 days: " << bytes.size() << " bytes in " << timer.elapsed() << " ms\n";
    const Pdf examined = examine(bytes);
    INFO(examined.text.toStdString());
    CHECK(examined.info.contains(QRegularExpression(u"Pages:\\s+2\\n"_s)));
    CHECK(examined.text.contains(u"Rekapitulasi Kunjungan"_s));
    CHECK(examined.text.contains(u"27 November 2025 - 10 Januari 2026 (45 hari)"_s));
    CHECK(examined.simple.contains(u"Selama 27 November 2025 - 10 Januari 2026 (45 hari), Rutan Uji menerima 405 "
                                   u"pengunjung tatap muka, terdiri atas 86 laki-laki, 220 perempuan, dan 99 "
                                   u"anak-anak."_s));
    CHECK(lineOf(examined.text, u"27/12/2025"_s) == u"27/12/2025 Sabtu 110 86 221 99 406 405 1"_s);
    CHECK(lineOf(examined.text, u"28/12/2025"_s) == u"28/12/2025 Minggu 0 0 0 0 0 0 0"_s);
    CHECK(lineOf(examined.text, u"10/01/2026"_s) == u"10/01/2026 Sabtu 0 0 0 0 0 0 0"_s);
    CHECK(lineOf(examined.text, u"Jumlah"_s) == u"Jumlah 110 86 221 99 406 405 1"_s);
    CHECK(examined.text.contains(u"Halaman 2 dari 2"_s));

    REQUIRE_FALSE(DayReport::build(*d.f, to, from).ok());
    CHECK(DayReport::build(*d.f, to, from).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("Indonesian numbers group thousands with dots", "[report]") {
    CHECK(DayReport::number(0) == u"0"_s);
    CHECK(DayReport::number(405) == u"405"_s);
    CHECK(DayReport::number(1234) == u"1.234"_s);
    CHECK(DayReport::number(1234567) == u"1.234.567"_s);
}

TEST_CASE("The day report prints Vietnamese, Chinese and Arabic names as written, in embedded fonts", "[report][pdf]") {
    ReportData data;
    data.facility = u"Lapas Nguyễn Thị Ánh"_s;
    data.from = Day;
    data.to = Day;
    data.days = {DayTally{}};
    data.days.first().date = Day;
    data.inspections.refusals = 2;
    data.inspections.refusalReasons = {u"KTP atas nama 李小龙"_s, u"عبد الله"_s};
    const QByteArray pdf = DayReport::render(data);
    const Pdf examined = examine(pdf);
    INFO(examined.text.toStdString());
    CHECK(examined.text.contains(u"Lapas Nguyễn Thị Ánh"_s));
    // Noto Sans CJK's glyphs for 小 and 龙 map back to the Kangxi and CJK radicals (⼩, ⻰) in pdftotext; the
    // compatibility normalisation folds the first, and 李 comes through as is.
    const QString normalized = examined.simple.normalized(QString::NormalizationForm_KC);
    CHECK(normalized.contains(u"KTP atas nama 李小"_s));
    // Arabic comes out in presentation forms inside bidi embedding marks; folded, it is the name as written.
    QString arabic = normalized;
    arabic.remove(QRegularExpression(u"[\\x{202A}-\\x{202E}]"_s));
    CHECK(arabic.contains(u"عبد الله"_s));
    CHECK_FALSE(examined.text.contains(u'?'));

    const QStringList fonts = fontsOf(pdf);
    INFO(fonts.join(u", "_s).toStdString());
    CHECK(fonts.size() >= 3);
    for (const QString &font : fonts)
        CHECK(font.endsWith(u" yes"_s));
    CHECK(fonts.filter(u"DejaVuSans"_s).size() >= 1);
    CHECK(fonts.filter(u"NotoSansCJK"_s).size() == 1);
    CHECK(fonts.filter(u"Arabic"_s).size() + fonts.filter(u"DejaVuSans"_s).size() >= 2);
}
