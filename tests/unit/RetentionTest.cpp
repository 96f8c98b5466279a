// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFacility.h"
#include "db/BanStore.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"
#include "db/RetentionService.h"
#include "db/TallyService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QString Officer = u"Pak Joko"_s;
const QDate Today = TestFacility::reportDay();
constexpr int KeepDays = 5; // visits before Today - 5 are old

// 1 -> "A", 27 -> "AA": names may not hold digits.
QString letters(int index) {
    QString text;
    for (int n = index; n > 0; n = (n - 1) / 26)
        text.prepend(QChar(u'A' + (n - 1) % 26));
    return text;
}

struct Person {
    QString nik;
    QString name;
};

QByteArray fileBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Thirteen facility days (Today - 12 ... Today), three groups a day with people of their own, and two people who
// came on an old day and again on a recent one.
class History {
public:
    History() {
        f.addInmates(6);
        Rules rules = f->rules();
        rules.visitsPerInmatePerWeek = 0;
        REQUIRE(f->saveRules(rules, u"admin"_s).ok());
        shared = {person(Sex::Male), person(Sex::Female)};
        for (int back = 12; back >= 0; --back) {
            const QDate day = Today.addDays(-back);
            days.append(day);
            const bool old = day < Today.addDays(-KeepDays);
            QList<Person> &own = old ? oldOnly : recentOnly;
            const Person a = person(Sex::Male), b = person(Sex::Female), e = person(Sex::Female, 17);
            const Person c = person(Sex::Female, 30), d = person(Sex::Male);
            own += {a, b, e, c, d};

            at(day, 8, 15);
            const QString g1 = issue(u"WB-00%1"_s.arg(1 + back % 6), {a, b, e}, 1);
            at(day, 9, 0);
            inspect(g1, InspectionOutcome::Cleared, u"Ditemani "_s + a.name);
            REQUIRE(gate.admit(g1, Officer)->verdict == Verdict::Admitted);
            at(day, 10, 5);
            const QString g2 = issue(u"WB-00%1"_s.arg(1 + (back + 1) % 6), {c});
            if (back % 3 == 0) {
                at(day, 10, 20);
                inspect(g2, InspectionOutcome::Refused, {});
            }
            at(day, 11, 0);
            issue(u"WB-00%1"_s.arg(1 + (back + 2) % 6), {d}, 0, Service::Deposit);
            if (back % 2 == 0) {
                at(day, 12, 30);
                REQUIRE(gate.checkOut(g1, Officer)->verdict == Verdict::CheckedOut);
            }
            if (back == 10 || back == 2) {
                at(day, 13, 0);
                issue(u"WB-006"_s, shared, 2);
            }
        }
        at(Today, 14, 0);
    }

    Person person(Sex sex, int age = 40) {
        ++m_serial;
        return {makeNik(QDate(Today.year() - age, 1 + m_serial % 12, 1 + m_serial % 28), sex, m_serial),
                u"Wiryawan "_s + letters(m_serial) + u" Purbakusuma"_s};
    }
    void at(const QDate &date, int hour, int minute) { f.setLocal(date, QTime(hour, minute)); }
    QString issue(const QString &inmate, const QList<Person> &people, int children = 0,
                  Service service = Service::Visit) {
        QList<AdultEntry> adults;
        for (const Person &p : people)
            adults.append({p.nik, p.name});
        auto ticket = RegistrationService(*f).registerGroup({inmate, adults, children, service, u"kiosk-1"_s});
        INFO((ticket.ok() ? QString() : ticket.error().message));
        REQUIRE(ticket.ok());
        return ticket->payload;
    }
    void inspect(const QString &payload, InspectionOutcome outcome, const QString &notes) {
        const InspectionRequest request{InspectionPhase::Entry,
                                        Officer,
                                        {},
                                        outcome,
                                        outcome == InspectionOutcome::Refused ? u"Membawa ponsel"_s : QString(),
                                        notes};
        REQUIRE(gate.inspect(payload, request).ok());
    }

    QMap<QDate, QJsonObject> tallies() {
        QMap<QDate, QJsonObject> result;
        for (const QDate &day : days) {
            auto tally = TallyService(*f).day(day);
            REQUIRE(tally.ok());
            result.insert(day, TallyFormat::toJson(*tally));
        }
        return result;
    }
    QList<VisitRecord> visitsOf(const QDate &day) {
        auto visits = VisitRepository::ofDay(f->database(), day);
        REQUIRE(visits.ok());
        return *visits;
    }

    TestFacility f;
    GateService gate{*f};
    QList<QDate> days;
    QList<Person> oldOnly;
    QList<Person> recentOnly;
    QList<Person> shared;

private:
    int m_serial = 0;
};

} // namespace

TEST_CASE("The retention period is 365 days until set, and setting it is checked and audited", "[retention]") {
    TestFacility f;
    RetentionService retention(*f);
    CHECK(retention.retentionDays().value() == 365);
    REQUIRE(retention.setRetentionDays(90, u"admin"_s).ok());
    CHECK(retention.retentionDays().value() == 90);
    CHECK(retention.setRetentionDays(0, u"admin"_s).error().code == ErrorCode::InvalidInput);
    CHECK(retention.setRetentionDays(40000, u"admin"_s).error().code == ErrorCode::InvalidInput);
    CHECK(retention.retentionDays().value() == 90);
    CHECK(f.database.rows(u"SELECT actor, detail FROM audit_log WHERE action = 'retention.set'"_s) ==
          QStringList{u"admin|days=90"_s});
}

TEST_CASE("Anonymising old visits keeps every tally and the recent visits, and forgets the old visitors",
          "[retention]") {
    History h;
    const auto talliesBefore = h.tallies();
    QMap<QDate, QList<VisitRecord>> before;
    for (const QDate &day : h.days)
        before.insert(day, h.visitsOf(day));

    // A ban in force for one old visitor stays; a ban lifted long ago goes.
    h.at(Today.addDays(-9), 14, 0);
    auto lifted = BanStore(*h.f).add(h.oldOnly.at(1).nik, u"Membawa narkoba"_s, u"admin"_s);
    REQUIRE(lifted.ok());
    h.at(Today.addDays(-8), 9, 0);
    REQUIRE(BanStore(*h.f).lift(lifted->id, u"admin"_s).ok());
    h.at(Today, 14, 0);
    REQUIRE(BanStore(*h.f).add(h.oldOnly.at(2).nik, u"Membuat keributan"_s, u"admin"_s).ok());

    auto report = RetentionService(*h.f).anonymiseOlderThan(KeepDays, u"admin"_s);
    REQUIRE(report.ok());
    CHECK(report->before == Today.addDays(-KeepDays));
    CHECK(report->visits == 7 * 3 + 1); // seven old days of three groups, and the shared pair's old visit
    CHECK(report->members == 7 * 5 + 2);
    CHECK(report->peopleRemoved == 7 * 5);
    CHECK(report->peopleKept == 2);
    CHECK(report->bansRemoved == 1);
    CHECK(report->bansInForce == 1);

    CHECK(h.tallies() == talliesBefore);
    for (const QDate &day : h.days) {
        const QList<VisitRecord> now = h.visitsOf(day);
        const QList<VisitRecord> &was = before.value(day);
        REQUIRE(now.size() == was.size());
        const bool old = day < report->before;
        for (qsizetype v = 0; v < now.size(); ++v) {
            CHECK(now.at(v).queueLabel() == was.at(v).queueLabel());
            CHECK(now.at(v).status == was.at(v).status);
            CHECK(now.at(v).inmate.number == was.at(v).inmate.number);
            REQUIRE(now.at(v).members.size() == was.at(v).members.size());
            for (qsizetype m = 0; m < now.at(v).members.size(); ++m) {
                const Member &member = now.at(v).members.at(m);
                CHECK(member.category == was.at(v).members.at(m).category);
                CHECK(member.name == (old ? QString() : was.at(v).members.at(m).name));
                CHECK(member.maskedNik == (old ? QString() : was.at(v).members.at(m).maskedNik));
            }
        }
    }
    // Old visitors are gone, recent and shared ones stay, and the banned one stays banned.
    const QStringList niks = h.f.database.rows(u"SELECT nik FROM visitors WHERE nik IS NOT NULL"_s);
    for (const Person &p : h.oldOnly)
        CHECK_FALSE(niks.contains(p.nik));
    for (const Person &p : h.recentOnly + h.shared)
        CHECK(niks.contains(p.nik));
    auto banned = BanStore::inForce(h.f->database(), {h.oldOnly.at(2).nik}, h.f->now());
    REQUIRE(banned.ok());
    CHECK(banned->size() == 1);
    CHECK(h.f.rowCount(u"bans"_s) == 1);
    // Someone who came before and after the cutoff keeps the recent visit only, and no trace of the first date.
    auto shared = RetentionService(*h.f).exportPerson(h.shared.at(0).nik, u"admin"_s);
    REQUIRE(shared.ok());
    CHECK(shared->value(u"visits"_s).toArray().size() == 1);
    CHECK(shared->value(u"visitor"_s)
              .toObject()
              .value(u"first_registered_at"_s)
              .toString()
              .startsWith(Today.addDays(-2).toString(Qt::ISODate)));
    // Inspection notes of old visits are emptied; recent ones keep theirs.
    CHECK(h.f.database.rows(u"SELECT COUNT(*) FROM inspections i JOIN visits v ON v.id = i.visit_id "
                            u"WHERE v.facility_date < '%1' AND i.notes <> ''"_s.arg(
                                report->before.toString(Qt::ISODate))) == QStringList{u"0"_s});
    CHECK(h.f.database.rows(u"SELECT COUNT(*) FROM inspections i JOIN visits v ON v.id = i.visit_id "
                            u"WHERE v.facility_date >= '%1' AND i.notes <> ''"_s.arg(
                                report->before.toString(Qt::ISODate))) == QStringList{u"6"_s});
    CHECK(h.f.database.rows(u"SELECT actor, subject FROM audit_log WHERE action = 'retention.anonymise'"_s) ==
          QStringList{u"admin|"_s + report->before.toString(Qt::ISODate)});

    SECTION("a second run finds nothing left to do and changes no tally") {
        auto again = RetentionService(*h.f).anonymiseOlderThan(KeepDays, u"admin"_s);
        REQUIRE(again.ok());
        CHECK(again->visits == 0);
        CHECK(again->members == 0);
        CHECK(again->peopleRemoved == 0);
        CHECK(h.tallies() == talliesBefore);
    }
    SECTION("an anonymised person registers again as a new visitor") {
        h.at(Today, 14, 30);
        h.issue(u"WB-005"_s, {h.oldOnly.at(0)});
        CHECK(h.f.database.rows(u"SELECT name FROM visitors WHERE nik = '%1'"_s.arg(h.oldOnly.at(0).nik)) ==
              QStringList{h.oldOnly.at(0).name});
    }
}

TEST_CASE("After anonymising, no old NIK or name is left in the database files", "[retention][sqlite-only]") {
    History h;
    const QString db = h.f.location();
    const auto allBytes = [&]() -> QByteArray {
        return fileBytes(db) + fileBytes(db + u"-wal"_s) + fileBytes(db + u"-shm"_s);
    };
    const QByteArray before = allBytes();
    for (const Person &p : h.oldOnly) {
        REQUIRE(before.contains(p.nik.toLatin1())); // the check below can see them
        REQUIRE(before.contains(p.name.toUtf8()));
    }
    auto report = RetentionService(*h.f).anonymiseOlderThan(KeepDays, u"admin"_s);
    REQUIRE(report.ok());
    CHECK(report->fileCompacted);
    CHECK(fileBytes(db + u"-wal"_s).isEmpty());
    const QByteArray after = allBytes();
    for (const Person &p : h.oldOnly) {
        INFO(p.nik.toStdString() << " " << p.name.toStdString());
        CHECK_FALSE(after.contains(p.nik.toLatin1()));
        CHECK_FALSE(after.contains(p.name.toUtf8()));
    }
    CHECK_FALSE(after.contains(QByteArray(QByteArray("Ditemani ") + h.oldOnly.at(0).name.toUtf8())));
    for (const Person &p : h.recentOnly + h.shared)
        CHECK(after.contains(p.nik.toLatin1()));

    SECTION("and after the database is closed and opened again") {
        h.f.reopen();
        const QByteArray reopened = allBytes();
        for (const Person &p : h.oldOnly)
            CHECK_FALSE(reopened.contains(p.nik.toLatin1()));
    }
}

TEST_CASE("Everything stored about one NIK is exported as JSON, and the export is audited", "[retention]") {
    History h;
    const Person &person = h.shared.at(1);
    h.at(Today, 14, 10);
    REQUIRE(BanStore(*h.f).add(person.nik, u"Membuat keributan"_s, u"admin"_s).ok());

    auto exported = RetentionService(*h.f).exportPerson(person.nik, u"admin"_s);
    REQUIRE(exported.ok());
    const QJsonObject json = *exported;
    CHECK(json.value(u"nik"_s).toString() == person.nik);
    CHECK(json.value(u"facility"_s).toString() == u"Rutan Uji"_s);
    const QJsonObject visitor = json.value(u"visitor"_s).toObject();
    CHECK(visitor.value(u"name"_s).toString() == person.name);
    CHECK(visitor.value(u"sex"_s).toString() == u"F"_s);
    CHECK(visitor.value(u"first_registered_at"_s).toString().startsWith(Today.addDays(-10).toString(Qt::ISODate)));
    const QJsonArray visits = json.value(u"visits"_s).toArray();
    REQUIRE(visits.size() == 2);
    const QJsonObject first = visits.at(0).toObject();
    CHECK(first.value(u"date"_s).toString() == Today.addDays(-10).toString(Qt::ISODate));
    CHECK(first.value(u"queue_number"_s).toString() == u"A-003"_s);
    CHECK(first.value(u"service"_s).toString() == u"visit"_s);
    CHECK(first.value(u"status"_s).toString() == u"registered"_s);
    CHECK(first.value(u"name_as_registered"_s).toString() == person.name);
    CHECK(first.value(u"category"_s).toString() == u"woman"_s);
    CHECK_FALSE(first.value(u"lead_visitor"_s).toBool());
    CHECK(first.value(u"inmate"_s).toObject().value(u"number"_s).toString() == u"WB-006"_s);
    CHECK(first.value(u"registered_at"_s).toString() ==
          Today.addDays(-10).toString(Qt::ISODate) + u"T13:00:00+08:00"_s);
    CHECK(visits.at(1).toObject().value(u"date"_s).toString() == Today.addDays(-2).toString(Qt::ISODate));
    const QJsonArray bans = json.value(u"bans"_s).toArray();
    REQUIRE(bans.size() == 1);
    CHECK(bans.at(0).toObject().value(u"reason"_s).toString() == u"Membuat keributan"_s);
    CHECK(bans.at(0).toObject().value(u"in_force"_s).toBool());
    CHECK(json.contains(u"note"_s));

    const QString masked = Nik::mask(person.nik);
    CHECK(h.f.database.rows(u"SELECT actor, subject, detail FROM audit_log WHERE action = 'person.export'"_s) ==
          QStringList{u"admin|%1|visits=2 bans=1"_s.arg(masked)});
    // No audit entry anywhere holds a NIK in the clear.
    const QStringList audit = h.f.database.rows(u"SELECT subject || ' ' || detail FROM audit_log"_s);
    for (const Person &p : h.oldOnly + h.recentOnly + h.shared)
        for (const QString &entry : audit)
            CHECK_FALSE(entry.contains(p.nik));

    CHECK(RetentionService(*h.f).exportPerson(makeNik(QDate(1970, 1, 1), Sex::Male, 9999), u"admin"_s).error().code ==
          ErrorCode::NotFound);
    CHECK(RetentionService(*h.f).exportPerson(u"12345"_s, u"admin"_s).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("Erasing a person removes their name and NIK from every visit, keeps the tallies and the ban",
          "[retention]") {
    History h;
    const Person person = h.shared.at(0);
    const auto talliesBefore = h.tallies();
    REQUIRE(BanStore(*h.f).add(person.nik, u"Membuat keributan"_s, u"admin"_s).ok());

    auto report = RetentionService(*h.f).erasePerson(person.nik, u"admin"_s);
    REQUIRE(report.ok());
    CHECK(report->visits == 2);
    CHECK(report->personRemoved);
    CHECK(report->bansKept == 1);
    CHECK(report->bansRemoved == 0);
    CHECK(h.tallies() == talliesBefore);
    CHECK(h.f.database.rows(u"SELECT COUNT(*) FROM visitors WHERE nik = '%1'"_s.arg(person.nik)) ==
          QStringList{u"0"_s});
    CHECK(h.f.database.rows(u"SELECT COUNT(*) FROM visit_members WHERE name = '%1'"_s.arg(person.name)) ==
          QStringList{u"0"_s});
    // The other member of the same groups is untouched.
    const QList<VisitRecord> day = h.visitsOf(Today.addDays(-2));
    const auto group =
        std::find_if(day.begin(), day.end(), [](const VisitRecord &v) { return v.inmate.number == u"WB-006"_s; });
    REQUIRE(group != day.end());
    REQUIRE(group->members.size() == 2);
    CHECK(group->members.at(0).name.isEmpty());
    CHECK(group->members.at(0).category == Category::Man);
    CHECK(group->members.at(1).name == h.shared.at(1).name);
    CHECK(h.f.database.rows(u"SELECT subject, detail FROM audit_log WHERE action = 'person.erase'"_s) ==
          QStringList{u"%1|visits=2 bans_kept=1 bans_removed=0"_s.arg(Nik::mask(person.nik))});

    // Still banned: registering again is refused, and the export shows the ban only.
    auto again = RegistrationService(*h.f).registerGroup(
        {u"WB-001"_s, {{person.nik, person.name}}, 0, Service::Visit, u"kiosk-1"_s});
    CHECK(again.error().code == ErrorCode::SeeOfficer);
    auto exported = RetentionService(*h.f).exportPerson(person.nik, u"admin"_s);
    REQUIRE(exported.ok());
    CHECK(exported->value(u"visitor"_s).isNull());
    CHECK(exported->value(u"visits"_s).toArray().isEmpty());
    CHECK(exported->value(u"bans"_s).toArray().size() == 1);

    SECTION("erasing again with the bans removes the ban too") {
        auto bans = RetentionService(*h.f).erasePerson(person.nik, u"admin"_s, true);
        REQUIRE(bans.ok());
        CHECK_FALSE(bans->personRemoved);
        CHECK(bans->bansRemoved == 1);
        CHECK(RetentionService(*h.f).erasePerson(person.nik, u"admin"_s).error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("Purging deletes only old operational rows", "[retention]") {
    History h;
    const auto talliesBefore = h.tallies();
    const int visits = h.f.rowCount(u"visits"_s);
    const int audit = h.f.rowCount(u"audit_log"_s);
    CHECK(RetentionService(*h.f).purgeBefore(Today.addDays(1), u"admin"_s).error().code == ErrorCode::InvalidInput);

    // A kiosk's offline numbers of yesterday go, today's stay.
    h.f.database.execute(
        {u"INSERT INTO offline_numbers (facility_date, service, queue_number, visit_id, station, "
         u"reserved_at) VALUES ('%1', 'visit', 901, 900001, 'kiosk-1', 0), ('%2', 'visit', 901, "
         u"900002, 'kiosk-1', 0)"_s.arg(Today.addDays(-1).toString(Qt::ISODate), Today.toString(Qt::ISODate))});
    auto report = RetentionService(*h.f).purgeBefore(Today, u"admin"_s);
    REQUIRE(report.ok());
    CHECK(report->offlineNumbers == 1);
    CHECK(h.f.rowCount(u"offline_numbers"_s) == 1);
    CHECK(report->queueCounters == 12 * 2); // visit and deposit counters of the twelve days before today
    CHECK(report->changes > 0);
    CHECK(h.f.database.rows(u"SELECT COUNT(*) FROM queue_counters WHERE facility_date < '%1'"_s.arg(
              Today.toString(Qt::ISODate))) == QStringList{u"0"_s});
    CHECK(h.f.database.rows(u"SELECT COUNT(*) FROM queue_counters WHERE facility_date = '%1'"_s.arg(
              Today.toString(Qt::ISODate))) == QStringList{u"2"_s});
    CHECK(h.f.rowCount(u"visits"_s) == visits);
    CHECK(h.f.rowCount(u"audit_log"_s) == audit + 1);
    CHECK(h.tallies() == talliesBefore);
    // Today's numbering goes on where it was.
    h.at(Today, 14, 30);
    auto next = RegistrationService(*h.f).registerGroup(
        {u"WB-001"_s, {{makeNik(QDate(1980, 2, 2), Sex::Male, 8888), u"Budi Santoso"_s}}, 0, Service::Visit, u"k"_s});
    REQUIRE(next.ok());
    CHECK(next->visit.queueLabel() == u"A-003"_s);
}

// Figures for docs/deployment.md: besuk_unit_tests "[.benchmark]"
TEST_CASE("Anonymising many visits: time", "[.benchmark][retention]") {
    TestFacility f;
    const auto inmate = f.addInmates(1).first();
    Database &db = f->database();
    constexpr int Days = 400, PerDay = 50;
    REQUIRE(db.write([&]() -> Result<void> {
                  int serial = 0;
                  for (int d = 0; d < Days; ++d) {
                      const QString date = Today.addDays(-d).toString(Qt::ISODate);
                      for (int n = 1; n <= PerDay; ++n) {
                          SqlQuery visit(db, u"INSERT INTO visits (facility_date, service, queue_number, status, "
                                             u"inmate_id, men, women, children, registered_at) "
                                             u"VALUES (?, 'visit', ?, 'registered', ?, 1, 1, 0, 0) RETURNING id"_s);
                          visit.bind(date).bind(n).bind(inmate.id);
                          auto id = visit.scalar();
                          if (!id)
                              return id.error();
                          for (int m = 0; m < 2; ++m) {
                              ++serial;
                              SqlQuery person(db, u"INSERT INTO visitors (nik, name, sex, created_at, updated_at) "
                                                  u"VALUES (?, ?, ?, 0, 0) RETURNING id"_s);
                              // Four serial digits: the region makes the NIK unique beyond 9,000 people.
                              person
                                  .bind(makeNik(QString::number(640000 + serial / 9000), QDate(1980, 1, 1),
                                                m ? Sex::Female : Sex::Male, serial % 9000 + 1))
                                  .bind(QString(u"Orang "_s + letters(serial)))
                                  .bind(m ? u"F"_s : u"M"_s);
                              auto pid = person.scalar();
                              if (!pid)
                                  return pid.error();
                              SqlQuery member(db, u"INSERT INTO visit_members (visit_id, position, visitor_id, name, "
                                                  u"category) VALUES (?, ?, ?, ?, ?)"_s);
                              member.bind(*id)
                                  .bind(m)
                                  .bind(*pid)
                                  .bind(QString(u"Orang "_s + letters(serial)))
                                  .bind(m ? u"woman"_s : u"man"_s);
                              if (auto done = member.exec(); !done)
                                  return done;
                          }
                      }
                  }
                  return {};
              }).ok());
    QElapsedTimer timer;
    timer.start();
    auto report = RetentionService(*f).anonymiseOlderThan(30, u"admin"_s);
    REQUIRE(report.ok());
    WARN("anonymised " << report->visits << " visits, " << report->peopleRemoved << " people in " << timer.elapsed()
                       << " ms (service: " << report->elapsedMs << " ms)");
}
