// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffTestSupport.h"
#include "db/GateService.h"
#include "db/TallyService.h"
#include "ui/staff/AuditPage.h"
#include "ui/staff/DataPage.h"
#include "ui/staff/ExportsPage.h"

#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

// Three groups today: 2 men, 1 woman, 3 children, one group admitted.
void makeDay(StaffFixture &f) {
    const IssuedTicket first = f.registerGroup(u"B.I-001/2025"_s, true, 2);
    GateService gate(*f.facility);
    REQUIRE(
        gate.inspect(first.payload, {InspectionPhase::Entry, u"Joko"_s, {}, InspectionOutcome::Cleared, {}, {}}).ok());
    REQUIRE(gate.admit(first.payload, u"Joko"_s).ok());
    f.registerGroup(u"B.I-002/2025"_s, false, 1);
}

QString exportThrough(StaffFixture &f, ExportsPage *page, const QString &format, const QString &name) {
    const QString path = f.db.filePath(name);
    page->setFileChooser([path](const QString &) { return path; });
    page->setFormat(format);
    QSignalSpy finished(page, &ExportsPage::finished);
    QTest::mouseClick(f.find<QPushButton>(u"exportPushButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return finished.count() == 1; }));
    INFO(finished.at(0).at(1).toString().toStdString());
    REQUIRE(finished.at(0).at(0).toString() == path);
    return path;
}

} // namespace

TEST_CASE("Exports from the console: CSV with BOM and the PDF day report hold the domain's figures",
          "[gui][staff][exports]") {
    StaffFixture f;
    makeDay(f);
    f.open();
    f.signIn(StaffLogin);
    auto *page = f.openPage<ExportsPage>();
    auto tally = TallyService(*f.facility).day(f.facility->today());
    REQUIRE(tally.ok());

    QFile csv(exportThrough(f, page, u"csv"_s, u"day.csv"_s));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3); // header, the day, the total
    const QStringList header = lines[0].split(u',');
    const QStringList day = lines[1].split(u',');
    REQUIRE(header.size() == day.size());
    const auto column = [&](const QString &name) { return day.value(int(header.indexOf(name))); };
    CHECK(column(u"date"_s) == f.facility->today().toString(Qt::ISODate));
    CHECK(column(u"registered_men"_s) == QString::number(tally->registered.men));
    CHECK(column(u"registered_women"_s) == QString::number(tally->registered.women));
    CHECK(column(u"registered_children"_s) == QString::number(tally->registered.children));
    CHECK(column(u"admitted_total"_s) == QString::number(tally->admitted.total()));
    f.shoot(u"exports"_s);

    const QString pdf = exportThrough(f, page, u"pdf"_s, u"day.pdf"_s);
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(text.waitForFinished(20000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(content.contains(u"Laporan Kunjungan Harian"_s));
    CHECK(content.contains(u"Sabtu, 27 Desember 2025"_s));
    CHECK(content.contains(u"Rutan Uji"_s));

    QFile xlsx(exportThrough(f, page, u"xlsx"_s, u"day.xlsx"_s));
    REQUIRE(xlsx.open(QIODevice::ReadOnly));
    CHECK(xlsx.read(2) == "PK"); // a zip container, as .xlsx files are
    const QStringList audited =
        f.db.rows(u"SELECT action, actor FROM audit_log WHERE action LIKE 'export.%' ORDER BY id"_s);
    CHECK(audited == QStringList{u"export.csv|rina"_s, u"export.pdf|rina"_s, u"export.xlsx|rina"_s});
}

TEST_CASE("The console previews the report's pages before export", "[gui][staff][exports]") {
    StaffFixture f;
    makeDay(f);
    f.open();
    f.signIn(StaffLogin);
    auto *page = f.openPage<ExportsPage>();
    const QDate today = f.facility->today();
    page->setRange(today, today);
    QTest::mouseClick(f.find<QPushButton>(u"previewPushButton"_s), Qt::LeftButton);
    REQUIRE(page->preview() != nullptr);
    REQUIRE(waitUntil([&] { return page->preview()->pageCount() == 1; }));
    CHECK(page->preview()->isVisible());

    page->setRange(today.addDays(-30), today.addDays(14)); // a row per day: two pages
    QTest::mouseClick(f.find<QPushButton>(u"previewPushButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return page->preview() && page->preview()->pageCount() == 2; }));
    CHECK(f.db.rows(u"SELECT action FROM audit_log WHERE action LIKE 'export.%'"_s).isEmpty());
}

TEST_CASE("The audit viewer lists and filters the log and its check finds an altered entry", "[gui][staff][audit]") {
    StaffFixture f;
    makeDay(f);
    f.open();
    f.signIn(AdminLogin);
    auto *page = f.openPage<AuditPage>();
    REQUIRE_FALSE(page->shown().isEmpty());
    CHECK(page->shown().first().action == u"user.signin.ok"_s); // newest first: this sign-in
    f.find<QLineEdit>(u"actionLineEdit"_s)->setText(u"visit.admit"_s);
    QTest::mouseClick(f.find<QPushButton>(u"searchPushButton"_s), Qt::LeftButton);
    REQUIRE(page->shown().size() == 1);
    CHECK(page->shown().first().actor == u"Joko"_s);
    CHECK(f.find<QTableWidget>(u"entriesTableWidget"_s)->rowCount() == 1);

    QTest::mouseClick(f.find<QPushButton>(u"verifyPushButton"_s), Qt::LeftButton);
    CHECK(f.text(u"verifyLabel"_s).startsWith(u"The audit log is intact"_s));
    f.shoot(u"audit"_s);

    if (f.db.backend() == Backend::Sqlite) {
        // Someone with the database file in hand rewrites history.
        f.db.execute({u"DROP TRIGGER audit_log_no_update"_s,
                      u"UPDATE audit_log SET actor = 'someone else' WHERE action = 'visit.admit'"_s});
        QTest::mouseClick(f.find<QPushButton>(u"verifyPushButton"_s), Qt::LeftButton);
        CHECK(f.text(u"verifyLabel"_s).startsWith(u"The audit log has been tampered with"_s));
    }
}

TEST_CASE("Staff cannot open the audit log - admins can", "[gui][staff][audit]") {
    StaffFixture f;
    StaffWindow &window = f.open();
    f.signIn(StaffLogin);
    bool auditAllowed = false;
    for (StaffPage *page : window.allowedPages())
        auditAllowed = auditAllowed || qobject_cast<AuditPage *>(page) != nullptr;
    CHECK_FALSE(auditAllowed);
}

TEST_CASE("Retention and backups from the console: tallies unchanged, the person erased, a checked backup",
          "[gui][staff][data]") {
    StaffFixture f;
    f.clock.advanceSeconds(-400 * 24 * 3600); // a visit long ago
    f.registerGroup(u"B.I-001/2025"_s, true, 1);
    const QDate longAgo = f.facility->today();
    f.clock.advanceSeconds(400 * 24 * 3600);
    makeDay(f);
    auto oldTally = TallyService(*f.facility).day(longAgo);
    REQUIRE(oldTally.ok());
    REQUIRE(oldTally->registered.total() == 3);

    f.open();
    f.signIn(AdminLogin);
    auto *page = f.openPage<DataPage>();
    auto *days = f.find<QSpinBox>(u"daysSpinBox"_s);
    days->setValue(365);
    click(page, u"saveDaysPushButton"_s);
    QStringList questions;
    page->setConfirmer([&](const QString &question) {
        questions.append(question);
        return true;
    });
    click(page, u"anonymisePushButton"_s);
    REQUIRE(questions.size() == 1);
    INFO(f.text(u"messageLabel"_s).toStdString());
    CHECK(f.text(u"messageLabel"_s).startsWith(u"1 visit anonymised"_s));
    auto after = TallyService(*f.facility).day(longAgo);
    REQUIRE(after.ok());
    CHECK(after->registered == oldTally->registered);
    CHECK(f.db.rows(u"SELECT COUNT(*) FROM visitors WHERE nik = '%1'"_s.arg(BudiNik)) == QStringList{u"1"_s});

    const QString exported = f.db.filePath(u"budi.json"_s);
    page->setFileChooser([exported](const QString &) { return exported; });
    f.find<QLineEdit>(u"nikLineEdit"_s)->setText(BudiNik);
    click(page, u"exportPersonPushButton"_s);
    QFile json(exported);
    REQUIRE(json.open(QIODevice::ReadOnly));
    CHECK(json.readAll().contains("Budi Santoso"));

    f.find<QLineEdit>(u"nikLineEdit"_s)->setText(BudiNik);
    click(page, u"erasePersonPushButton"_s);
    CHECK(f.db.rows(u"SELECT COUNT(*) FROM visitors WHERE nik = '%1'"_s.arg(BudiNik)) == QStringList{u"0"_s});
    CHECK(TallyService(*f.facility).day(f.facility->today())->registered.total() == 6);

    if (f.db.backend() == Backend::Sqlite) {
        page->setBackupFolder(f.db.filePath(u"backups"_s));
        click(page, u"backupPushButton"_s);
        CHECK(f.text(u"messageLabel"_s).startsWith(u"Backup written and checked"_s));
        CHECK(f.find<QListWidget>(u"backupsListWidget"_s)->count() == 1);
    }
    f.shoot(u"data"_s);
}
