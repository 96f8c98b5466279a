// SPDX-License-Identifier: GPL-3.0-or-later
// One language per message: with Indonesian selected (LANG=id_ID.UTF-8), a failure that comes from below (the
// SQLite or PostgreSQL driver, the file system) is told in Indonesian, with none of the driver's or system's English
// words in it. BESUK_DEBUG=1 adds that raw text on a second line, for whoever investigates.
#include "CliRunner.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk::e2e;

namespace {

const Environment Indonesian{{u"LANG"_s, u"id_ID.UTF-8"_s}};

// One Indonesian line, holding `expected` and none of the English fragments.
void checkIndonesian(const CliResult &result, int exitCode, const QString &expected, const QStringList &english) {
    INFO(result.describe());
    CHECK(result.exitCode == exitCode);
    CHECK(result.oneErrorLine());
    CHECK(result.err.contains(expected));
    for (const QString &fragment : english)
        CHECK_FALSE(result.err.contains(fragment, Qt::CaseInsensitive));
}

} // namespace

TEST_CASE("database and file failures are told in Indonesian, without the driver's English", "[cli][sqlite-only]") {
    CliFixture fixture;
    const QString folder = fixture.filePath(u"a-folder.db"_s);
    REQUIRE(QDir().mkpath(folder));
    checkIndonesian(runCli({u"--db"_s, folder, u"--key"_s, fixture.keyPath(), u"tally"_s}, Indonesian), 1,
                    u"tidak dapat dibuka: itu sebuah folder"_s,
                    {u"unable to open"_s, u"Error opening database"_s, u"directory"_s});

    const QString garbage = fixture.writeFile(u"notes.db"_s, QByteArray(8192, 'x'));
    checkIndonesian(runCli({u"--db"_s, garbage, u"--key"_s, fixture.keyPath(), u"tally"_s}, Indonesian), 1, u"rusak"_s,
                    {u"file is not a database"_s, u"malformed"_s, u"Unable to execute"_s});

    checkIndonesian(runCli({u"--db"_s, fixture.filePath(u"missing.db"_s), u"tally"_s}, Indonesian), 1,
                    u"Tidak ada basis data Besuk di"_s, {u"There is no"_s});
}

TEST_CASE("an unreachable PostgreSQL server is told in Indonesian, without libpq's English", "[cli][sqlite-only]") {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    const CliResult result = runCli({u"--db"_s, u"postgresql://besuk@127.0.0.1:1/besuk"_s, u"tally"_s}, Indonesian);
    checkIndonesian(result, 1, u"Server basis data di"_s,
                    {u"Connection refused"_s, u"could not connect"_s, u"Is the server running"_s});
    CHECK(result.err.contains(u"periksa jaringan"_s));

    const CliResult debug = runCli({u"--db"_s, u"postgresql://besuk@127.0.0.1:1/besuk"_s, u"tally"_s},
                                   {{u"LANG"_s, u"id_ID.UTF-8"_s}, {u"BESUK_DEBUG"_s, u"1"_s}});
    INFO(debug.describe());
    CHECK(debug.err.count(u'\n') == 2);
    CHECK(debug.err.contains(u"besuk-cli: detail: "_s));
}

TEST_CASE("files that cannot be read or written are told in Indonesian, without the system's English", "[cli]") {
    CliFixture fixture;
    fixture.init();
    checkIndonesian(fixture.run({u"inmate"_s, u"import"_s, fixture.filePath(u"no-such.csv"_s)}, Indonesian), 1,
                    u"tidak dapat dibaca: berkas itu tidak ada."_s, {u"No such file"_s});
    checkIndonesian(fixture.run({u"tally"_s, u"--format"_s, u"csv"_s, u"--output"_s,
                                 fixture.filePath(u"no/such/folder/tally.csv"_s)},
                                Indonesian),
                    1, u"tidak dapat ditulis: folder"_s, {u"No such file"_s, u"directory"_s});
    // The same in English, with our own words too.
    const CliResult english = fixture.run({u"inmate"_s, u"import"_s, fixture.filePath(u"no-such.csv"_s)});
    CHECK(english.err.contains(u"cannot be read: it does not exist."_s));
}

TEST_CASE("an import with rejected rows is reported in Indonesian", "[cli]") {
    CliFixture fixture;
    fixture.init();
    const QString path = fixture.writeFile(u"roster.csv"_s, "number,name\nWB-001,Ahmad Yani\nWB-002,Budi 2\n");
    const CliResult refused = fixture.run({u"inmate"_s, u"import"_s, path}, Indonesian);
    checkIndonesian(refused, 1, u"Baris ditolak: 1; tidak ada yang diimpor."_s, {u"rejected"_s + u":"_s});
    const CliResult partial = fixture.run({u"inmate"_s, u"import"_s, path, u"--partial"_s}, Indonesian);
    checkIndonesian(partial, 4, u"Baris ditolak: 1; baris lainnya telah diimpor."_s, {});
}
