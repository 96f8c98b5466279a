// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/InmateStore.h"

#include "TestFacility.h"
#include "db/AuditLog.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

// The names found, joined with "; " (std::string, so that a failure prints readably).
std::string namesOf(const Result<QList<Inmate>> &found) {
    REQUIRE(found.ok());
    QStringList names;
    for (const Inmate &inmate : *found)
        names.append(inmate.name);
    return names.join(u"; "_s).toStdString();
}

void addRoster(InmateStore &store) {
    REQUIRE(store.add(u"B.I-101/2025"_s, u"Budi Santoso"_s, u"Blok A"_s, u"admin"_s).ok());
    REQUIRE(store.add(u"B.I-102/2025"_s, u"Siti Budiarti"_s, u"Blok B"_s, u"admin"_s).ok());
    REQUIRE(store.add(u"AI 0042"_s, u"Yohanes Kristianto"_s, {}, u"admin"_s).ok());
    REQUIRE(store.add(u"B.II-7"_s, u"Ni Nyoman Ayu"_s, u"Blok C"_s, u"admin"_s).ok());
}

} // namespace

TEST_CASE("An inmate is added and found by number and id", "[inmates]") {
    TestFacility f;
    InmateStore store(*f);
    const auto added = store.add(u"  B.I-101/2025 "_s, u" Budi Santoso "_s, u" Blok A "_s, u"admin"_s);
    REQUIRE(added.ok());
    CHECK(added->id > 0);
    CHECK(added->number == u"B.I-101/2025"_s);
    CHECK(added->name == u"Budi Santoso"_s);
    CHECK(added->block == u"Blok A"_s);
    CHECK(added->active);

    const auto byNumber = store.findByNumber(u"B.I-101/2025"_s);
    REQUIRE(byNumber.ok());
    CHECK(byNumber->id == added->id);
    CHECK(byNumber->name == u"Budi Santoso"_s);
    CHECK(byNumber->block == u"Blok A"_s);
    CHECK(byNumber->active);

    const auto byId = store.findById(added->id);
    REQUIRE(byId.ok());
    CHECK(byId->number == u"B.I-101/2025"_s);

    CHECK(store.findByNumber(u"B.I-999"_s).error().code == ErrorCode::NotFound);
    CHECK(store.findById(added->id + 100).error().code == ErrorCode::NotFound);
}

TEST_CASE("A taken number is a Conflict and changes nothing", "[inmates]") {
    TestFacility f;
    InmateStore store(*f);
    REQUIRE(store.add(u"B.I-101/2025"_s, u"Budi Santoso"_s, u"Blok A"_s, u"admin"_s).ok());
    const Snapshot before = f.snapshot();

    const auto again = store.add(u"B.I-101/2025"_s, u"Andi Wijaya"_s, u"Blok B"_s, u"admin"_s);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().message.contains(u"B.I-101/2025"_s));
    CHECK(f.snapshot() == before);
    CHECK(store.findByNumber(u"B.I-101/2025"_s)->name == u"Budi Santoso"_s);
}

TEST_CASE("Bad inmate input is refused and changes nothing", "[inmates]") {
    TestFacility f;
    InmateStore store(*f);
    const Snapshot before = f.snapshot();
    CHECK(store.add(u"B.I_101"_s, u"Budi Santoso"_s, {}, u"admin"_s).error().code == ErrorCode::InvalidInput);
    CHECK(store.add({}, u"Budi Santoso"_s, {}, u"admin"_s).error().code == ErrorCode::InvalidInput);
    CHECK(store.add(u"B.I-1"_s, u"Budi 2"_s, {}, u"admin"_s).error().code == ErrorCode::InvalidInput);
    CHECK(store.add(u"B.I-1"_s, {}, {}, u"admin"_s).error().code == ErrorCode::InvalidInput);
    CHECK(store.add(u"B.I-1"_s, u"Budi"_s, u"Blok\tA"_s, u"admin"_s).error().code == ErrorCode::InvalidInput);
    CHECK(f.snapshot() == before);
}

TEST_CASE("Search by number prefix and by any part of the name, ignoring case", "[inmates]") {
    TestFacility f;
    InmateStore store(*f);
    addRoster(store);

    CHECK(namesOf(store.search(u"B.I-10"_s)) == "Budi Santoso; Siti Budiarti");
    CHECK(namesOf(store.search(u"b.i-102"_s)) == "Siti Budiarti");
    CHECK(namesOf(store.search(u"ai 00"_s)) == "Yohanes Kristianto");
    CHECK(namesOf(store.search(u"0042"_s)) == ""); // the number matches from its start only
    CHECK(namesOf(store.search(u"budi"_s)) == "Budi Santoso; Siti Budiarti");
    CHECK(namesOf(store.search(u"BUDI"_s)) == "Budi Santoso; Siti Budiarti");
    CHECK(namesOf(store.search(u"  nyoman "_s)) == "Ni Nyoman Ayu");
    CHECK(namesOf(store.search(u"kristianto"_s)) == "Yohanes Kristianto");
    CHECK(namesOf(store.search(u"tidak ada"_s)) == "");
    CHECK(namesOf(store.search(u"budi"_s, 1)) == "Budi Santoso");

    const auto found = store.search(u"B.II"_s);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().number == u"B.II-7"_s);
    CHECK(found->first().block == u"Blok C"_s);
}

TEST_CASE("Search treats % and _ literally", "[inmates]") {
    TestFacility f;
    InmateStore store(*f);
    addRoster(store);
    for (const QString &text :
         {u"%"_s, u"_"_s, u"B%i"_s, u"Bud_"_s, u"b.i-10%"_s, u"b_i"_s, u"%santoso"_s, u"\\"_s, u"budi\\"_s}) {
        INFO("search: " << text);
        CHECK(namesOf(store.search(text)) == "");
    }
}

TEST_CASE("Search finds names outside ASCII as spelled and in another case", "[inmates]") {
    TestFacility f;
    InmateStore store(*f);
    REQUIRE(store.add(u"B.I-200"_s, u"Đặng Thị Hoa"_s, {}, u"admin"_s).ok());
    REQUIRE(store.add(u"B.I-201"_s, u"Ömer Çelik"_s, {}, u"admin"_s).ok());
    CHECK(namesOf(store.search(u"Hoa"_s)) == "Đặng Thị Hoa");
    CHECK(namesOf(store.search(u"Đặng"_s)) == "Đặng Thị Hoa");
    CHECK(namesOf(store.search(u"đặng"_s)) == "Đặng Thị Hoa");
    CHECK(namesOf(store.search(u"Ömer"_s)) == "Ömer Çelik");
    CHECK(namesOf(store.search(u"ÇELIK"_s)) == "Ömer Çelik");
}

TEST_CASE("Inactive inmates are found after active ones, and can be reactivated", "[inmates]") {
    TestFacility f;
    InmateStore store(*f);
    addRoster(store);
    REQUIRE(store.setActive(u"B.I-101/2025"_s, false, u"admin"_s).ok());
    CHECK_FALSE(store.findByNumber(u"B.I-101/2025"_s)->active);
    CHECK(namesOf(store.search(u"budi"_s)) == "Siti Budiarti; Budi Santoso");

    const Snapshot before = f.snapshot();
    CHECK(store.setActive(u"B.I-999"_s, false, u"admin"_s).error().code == ErrorCode::NotFound);
    CHECK(f.snapshot() == before);

    REQUIRE(store.setActive(u"B.I-101/2025"_s, true, u"admin"_s).ok());
    CHECK(store.findByNumber(u"B.I-101/2025"_s)->active);
    CHECK(namesOf(store.search(u"budi"_s)) == "Budi Santoso; Siti Budiarti");
}

TEST_CASE("An inmate's name and block are corrected, the number and history kept", "[inmates]") {
    TestFacility f;
    InmateStore store(*f);
    addRoster(store);
    REQUIRE(store.setActive(u"B.II-7"_s, false, u"admin"_s).ok());
    const auto before = store.findByNumber(u"B.II-7"_s);
    REQUIRE(before.ok());

    const auto updated = store.update(u" B.II-7 "_s, u" Ni Nyoman Ayu Lestari "_s, u" Blok D "_s, u"rina"_s);
    REQUIRE(updated.ok());
    CHECK(updated->id == before->id);
    CHECK(updated->number == u"B.II-7"_s);
    CHECK(updated->name == u"Ni Nyoman Ayu Lestari"_s);
    CHECK(updated->block == u"Blok D"_s);
    CHECK_FALSE(updated->active); // the status is not the form's business

    const auto found = store.findByNumber(u"B.II-7"_s);
    REQUIRE(found.ok());
    CHECK(found->name == u"Ni Nyoman Ayu Lestari"_s);
    CHECK(found->block == u"Blok D"_s);
    CHECK(namesOf(store.search(u"lestari"_s)) == "Ni Nyoman Ayu Lestari");

    AuditFilter filter;
    filter.actionPrefix = u"inmate.update"_s;
    auto logged = AuditLog::entries(f->database(), filter);
    REQUIRE(logged.ok());
    REQUIRE(logged->size() == 1);
    CHECK(logged->first().actor == u"rina"_s);
    CHECK(logged->first().subject == u"B.II-7"_s);
}

TEST_CASE("A bad correction or an unknown number is refused and changes nothing", "[inmates]") {
    TestFacility f;
    InmateStore store(*f);
    addRoster(store);
    const Snapshot before = f.snapshot();
    CHECK(store.update(u"B.I-101/2025"_s, {}, u"Blok A"_s, u"admin"_s).error().code == ErrorCode::InvalidInput);
    CHECK(store.update(u"B.I-101/2025"_s, u"Budi 2"_s, u"Blok A"_s, u"admin"_s).error().code ==
          ErrorCode::InvalidInput);
    CHECK(store.update(u"B.I-101/2025"_s, u"Budi"_s, u"Blok\tA"_s, u"admin"_s).error().code == ErrorCode::InvalidInput);
    CHECK(store.update(u"B.I-101/2025"_s, u"Budi"_s, QString(41, u'x'), u"admin"_s).error().code ==
          ErrorCode::InvalidInput);
    const auto unknown = store.update(u"B.I-999"_s, u"Budi Santoso"_s, {}, u"admin"_s);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(unknown.error().message.contains(u"B.I-999"_s));
    CHECK(f.snapshot() == before);
    CHECK(store.findByNumber(u"B.I-101/2025"_s)->name == u"Budi Santoso"_s);
}

TEST_CASE("A partial CSV import adds, updates and reports bad rows by line", "[inmates]") {
    TestFacility f;
    const QList<Inmate> existing = f.addInmates(1); // WB-001 "Warga A"
    InmateStore store(*f);
    const QByteArray csv = "number,name,block\r\n"                        // 1
                           "B.I-001/2025,Budi Santoso,Blok A\r\n"         // 2 added
                           "B.I-002/2025,Siti Aminah,Blok B\r\n"          // 3 added
                           "B.I-003/2025,R0b0t Sianturi,Blok A\r\n"       // 4 digits in the name
                           "B.I_004,Andi Wijaya,Blok A\r\n"               // 5 '_' in the number
                           "B.I-005/2025,Dewi Lestari\r\n"                // 6 too few fields
                           "B.I-001/2025,Budi Lagi,Blok C\r\n"            // 7 number repeated in the file
                           "WB-001,Warga Baru,Blok D\r\n"                 // 8 updated
                           "\r\n"                                         // 9 empty, skipped
                           ",Tanpa Nomor,Blok A\r\n"                      // 10 no number
                           "\"B.I-006/2025\",\"Ma'ruf, S.H.\",Blok E\r\n" // 11 added
                           "\"B.I-007/2025\",\"Dua\r\nBaris\",Blok A\r\n" // 12-13 line break in the name
                           "B.I-008/2025,Yohanes Kristianto,\r\n"         // 14 added, no block
                           "B.I-009/2025,Agus Salim,Blok A,lebih\r\n";    // 15 too many fields
    const auto report = store.importCsv(csv, u"admin"_s, ImportMode::Partial);
    REQUIRE(report.ok());
    CHECK(report->stored);
    CHECK(report->added == 4);
    CHECK(report->updated == 1);
    QList<int> lines;
    for (const auto &rejection : report->rejected) {
        lines.append(rejection.line);
        CHECK_FALSE(rejection.reason.isEmpty());
    }
    CHECK(lines == QList<int>{4, 5, 6, 7, 10, 12, 15});
    REQUIRE(report->rejected.size() == 7);
    CHECK(report->rejected[3].reason.contains(u"B.I-001/2025"_s));

    CHECK(store.findByNumber(u"B.I-001/2025"_s)->name == u"Budi Santoso"_s);
    CHECK(store.findByNumber(u"B.I-001/2025"_s)->block == u"Blok A"_s);
    CHECK(store.findByNumber(u"B.I-006/2025"_s)->name == u"Ma'ruf, S.H."_s);
    CHECK(store.findByNumber(u"B.I-008/2025"_s)->block == QString());
    const auto updated = store.findByNumber(u"WB-001"_s);
    REQUIRE(updated.ok());
    CHECK(updated->id == existing[0].id);
    CHECK(updated->name == u"Warga Baru"_s);
    CHECK(updated->block == u"Blok D"_s);
    CHECK(updated->active);
    for (const QString &number :
         {u"B.I-003/2025"_s, u"B.I_004"_s, u"B.I-005/2025"_s, u"B.I-007/2025"_s, u"B.I-009/2025"_s})
        CHECK(store.findByNumber(number).error().code == ErrorCode::NotFound);
    CHECK(f.rowCount(u"inmates"_s) == 5);
}

TEST_CASE("CSV import accepts columns in any order and without block", "[inmates]") {
    TestFacility f;
    InmateStore store(*f);
    const auto report = store.importCsv("\xEF\xBB\xBFName,NUMBER\nNyoman Ayu Pratiwi,B.III-12\n", u"admin"_s);
    REQUIRE(report.ok());
    CHECK(report->added == 1);
    CHECK(report->updated == 0);
    CHECK(report->rejected.isEmpty());
    const auto inmate = store.findByNumber(u"B.III-12"_s);
    REQUIRE(inmate.ok());
    CHECK(inmate->name == u"Nyoman Ayu Pratiwi"_s);
    CHECK(inmate->block == QString());
}

TEST_CASE("CSV import with a bad header or no rows is refused and changes nothing", "[inmates]") {
    TestFacility f;
    f.addInmates(1);
    InmateStore store(*f);
    const Snapshot before = f.snapshot();
    for (const QByteArray &csv : {"nomor,nama,blok\r\nB.I-1,Budi Santoso,A\r\n"_ba, "name,block\r\nBudi,A\r\n"_ba,
                                  "number\r\nB.I-1\r\n"_ba, ""_ba, "\r\n\r\n"_ba}) {
        INFO("csv: " << csv.toStdString());
        const auto report = store.importCsv(csv, u"admin"_s);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(report.error().message.isEmpty());
    }
    CHECK(f.snapshot() == before);
}

// A file with any rejected row, whatever the reason: nothing stored, every rejected row reported.
TEST_CASE("An all-or-nothing CSV import with a rejected row stores nothing and reports every bad row", "[inmates]") {
    TestFacility f;
    f.addInmates(1);
    InmateStore store(*f);
    const Snapshot before = f.snapshot();
    const QByteArray csv = "number,name,block\n"                        // 1
                           "B.I-001/2025,Budi Santoso,Blok A\n"         // 2 good
                           "B.I-002/2025,Siti \xFF\xFE Aminah,Blok B\n" // 3 not UTF-8
                           "B.I-003/2025," +
                           QByteArray(2 * 1024 * 1024, 'a') + ",Blok A\n" + // 4 2 MB name
                           "WB-001,Warga Baru,Blok D\n";                    // 5 good (update)
    const auto report = store.importCsv(csv, u"admin"_s);
    REQUIRE(report.ok());
    CHECK_FALSE(report->stored);
    CHECK(report->added == 0);
    CHECK(report->updated == 0);
    REQUIRE(report->rejected.size() == 2);
    CHECK(report->rejected[0].line == 3);
    CHECK(report->rejected[0].reason.contains(u"UTF-8"_s));
    CHECK(report->rejected[1].line == 4);
    CHECK(report->rejected[1].reason.size() < 200);
    CHECK(f.snapshot() == before);

    // The same file, partially: the good rows are stored and the same rows rejected.
    const auto partial = store.importCsv(csv, u"admin"_s, ImportMode::Partial);
    REQUIRE(partial.ok());
    CHECK(partial->stored);
    CHECK(partial->added == 1);
    CHECK(partial->updated == 1);
    REQUIRE(partial->rejected.size() == 2);
    CHECK(partial->rejected[0].line == 3);
    CHECK(partial->rejected[1].line == 4);
    CHECK(store.findByNumber(u"WB-001"_s)->name == u"Warga Baru"_s);
    CHECK(store.findByNumber(u"B.I-002/2025"_s).error().code == ErrorCode::NotFound);
}

TEST_CASE("A CSV import whose header is not UTF-8 is refused whole", "[inmates]") {
    TestFacility f;
    InmateStore store(*f);
    const Snapshot before = f.snapshot();
    for (const ImportMode mode : {ImportMode::AllOrNothing, ImportMode::Partial}) {
        const auto report = store.importCsv("number,n\xE4me\nB.I-1,Budi\n"_ba, u"admin"_s, mode);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::InvalidInput);
        CHECK(report.error().message.contains(u"Line 1"_s));
    }
    CHECK(f.snapshot() == before);
}

TEST_CASE("A CSV import reports what became of every row, in file order", "[inmates]") {
    TestFacility f;
    f.addInmates(1); // WB-001
    InmateStore store(*f);
    const QByteArray csv = "number,name,block\r\n"
                           "B.I-001/2025,Budi Santoso,Blok A\r\n" // 2 added
                           "WB-001,Warga Baru,Blok D\r\n"         // 3 updated
                           " B.I-002 ,R0b0t,Blok A\r\n"           // 4 rejected: digits in the name
                           "B.I-001/2025,Budi Lagi,Blok C\r\n"    // 5 rejected: repeated
                           "B.I-003/2025\r\n";                    // 6 rejected: too few fields
    using Outcome = ImportReport::Row::Outcome;
    const auto check = [](const ImportReport &report) {
        REQUIRE(report.rows.size() == 5);
        QList<int> lines;
        QStringList numbers;
        QList<Outcome> outcomes;
        for (const ImportReport::Row &row : report.rows) {
            lines.append(row.line);
            numbers.append(row.number);
            outcomes.append(row.outcome);
            CHECK(row.reason.isEmpty() == (row.outcome != Outcome::Rejected));
        }
        CHECK(lines == QList<int>{2, 3, 4, 5, 6});
        CHECK(numbers ==
              QStringList{u"B.I-001/2025"_s, u"WB-001"_s, u"B.I-002"_s, u"B.I-001/2025"_s, u"B.I-003/2025"_s});
        CHECK(outcomes == QList<Outcome>{Outcome::Added, Outcome::Updated, Outcome::Rejected, Outcome::Rejected,
                                         Outcome::Rejected});
        CHECK(report.rows.at(3).reason == report.rejected.at(1).reason);
    };

    const Snapshot before = f.snapshot();
    SECTION("a preview stores nothing and says what each row would become") {
        const auto preview = store.importCsv(csv, u"admin"_s, ImportMode::Preview);
        REQUIRE(preview.ok());
        CHECK_FALSE(preview->stored);
        check(*preview);
        CHECK(f.snapshot() == before);
    }
    SECTION("all or nothing with a rejected row: nothing stored, the rows as a preview") {
        const auto refused = store.importCsv(csv, u"admin"_s);
        REQUIRE(refused.ok());
        CHECK_FALSE(refused->stored);
        check(*refused);
        CHECK(f.snapshot() == before);
    }
    SECTION("partial: the good rows stored, as reported") {
        const auto partial = store.importCsv(csv, u"admin"_s, ImportMode::Partial);
        REQUIRE(partial.ok());
        CHECK(partial->stored);
        check(*partial);
        CHECK(store.findByNumber(u"B.I-001/2025"_s)->name == u"Budi Santoso"_s);
        CHECK(store.findByNumber(u"WB-001"_s)->name == u"Warga Baru"_s);
        // The same file again: the good rows are updates now.
        const auto again = store.importCsv(csv, u"admin"_s, ImportMode::Preview);
        REQUIRE(again.ok());
        CHECK(again->rows.at(0).outcome == Outcome::Updated);
    }
}
