// SPDX-License-Identifier: GPL-3.0-or-later
// A roster CSV as staff import it: any bytes, through the real import into a real (temporary) facility.
// Property: the import never crashes; it either refuses the file with a message or accounts for every record
// (added + updated + rejected = data rows, in partial mode), and every rejection names a line and a reason; all or
// nothing stores no row of a file with a rejected row. The roster is emptied after each input, so each input starts
// from the same state.
#include "FuzzSupport.h"
#include "db/Clock.h"
#include "db/Csv.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/InmateStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdint>
#include <memory>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

struct Scene {
    QTemporaryDir folder;
    FixedClock clock{QDateTime(QDate(2025, 12, 27), QTime(9, 0), QTimeZone("Asia/Makassar"))};
    std::unique_ptr<Facility> facility;

    Scene() {
        auto database = Database::open(folder.filePath(u"fuzz.db"_s), Database::OpenMode::CreateIfMissing);
        fuzz::require(database.ok(), "cannot create the database");
        auto made = Facility::initialise(std::move(database).value(), clock, u"Rutan Uji"_s, u"Asia/Makassar"_s,
                                         folder.filePath(u"fuzz.key"_s));
        fuzz::require(made.ok(), "cannot initialise the facility");
        facility = std::move(made).value();
    }
};

Scene &scene() {
    static Scene instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Scene &s = scene();
    const QByteArray csv(reinterpret_cast<const char *>(data), qsizetype(size));
    auto whole = InmateStore(*s.facility).importCsv(csv, u"fuzz"_s);
    if (whole.ok() && !whole->rejected.isEmpty()) {
        fuzz::require(!whole->stored && whole->added + whole->updated == 0, "all or nothing stored some rows");
        auto count = SqlQuery(s.facility->database(), u"SELECT COUNT(*) FROM inmates"_s).scalar();
        fuzz::require(count.ok() && count->toInt() == 0, "all or nothing left rows in the roster");
    }
    auto report = InmateStore(*s.facility).importCsv(csv, u"fuzz"_s, ImportMode::Partial);
    if (report.ok()) {
        auto records = Csv::parse(csv, Csv::InvalidUtf8::MarkRecord);
        fuzz::require(records.ok(), "an import accepted a file that is not CSV");
        fuzz::require(report->stored, "a partial import stored nothing");
        const qsizetype rows = records->size() - 1; // the header
        fuzz::require(report->added + report->updated + report->rejected.size() == rows,
                      "the import lost or doubled a row");
        for (const auto &rejection : report->rejected)
            fuzz::require(rejection.line >= 1 && !rejection.reason.isEmpty(), "a rejection without line or reason");
    } else {
        fuzz::require(!report.error().message.isEmpty(), "a refusal without a message");
    }
    auto emptied = s.facility->database().execute(u"DELETE FROM inmates"_s);
    fuzz::require(emptied.ok(), "cannot empty the roster");
    return 0;
}
