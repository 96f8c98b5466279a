// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFacility.h"
#include "db/BanStore.h"
#include "db/RegistrationService.h"
#include "db/TicketCodec.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

const QDate Day = TestFacility::reportDay(); // Saturday 27 December 2025

QString man(int serial) {
    return makeNik(QDate(1985, 3, 14), Sex::Male, serial);
}
QString woman(int serial) {
    return makeNik(QDate(1990, 7, 2), Sex::Female, serial);
}
QString girl17(int serial) {
    return makeNik(QDate(2008, 6, 1), Sex::Female, serial);
}

RegistrationRequest request(const QString &inmate, const QList<AdultEntry> &adults, int children = 0,
                            Service service = Service::Visit) {
    return RegistrationRequest{inmate, adults, children, service, u"kiosk-1"_s};
}

// One adult man, the smallest group; `serial` keeps NIKs apart.
RegistrationRequest single(const QString &inmate, int serial = 1, Service service = Service::Visit) {
    return request(inmate, {{man(serial), u"Budi Santoso"_s}}, 0, service);
}

IssuedTicket registered(TestFacility &f, const RegistrationRequest &r) {
    auto ticket = RegistrationService(*f).registerGroup(r);
    if (!ticket.ok())
        FAIL("refused: " << ticket.error().message);
    return std::move(ticket).value();
}

// Refused with `code`, a message for the visitor, and nothing stored.
Error refused(TestFacility &f, const RegistrationRequest &r, ErrorCode code) {
    const Snapshot before = f.snapshot();
    const auto ticket = RegistrationService(*f).registerGroup(r);
    REQUIRE_FALSE(ticket.ok());
    CHECK(ticket.error().code == code);
    CHECK_FALSE(ticket.error().message.isEmpty());
    CHECK(f.snapshot() == before);
    return ticket.error();
}

void saveRules(TestFacility &f, const std::function<void(Rules &)> &change) {
    Rules rules = f->rules();
    change(rules);
    REQUIRE(f->saveRules(rules, u"admin"_s).ok());
}

// Sets the process's time zone for one scope, as if the machine were set up elsewhere.
class MachineZone {
public:
    explicit MachineZone(const char *zone) : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ")) {
        qputenv("TZ", zone);
        tzset();
    }
    ~MachineZone() {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST_CASE("The news-report Saturday registers under the default rules", "[registration]") {
    TestFacility f;
    const QList<Inmate> inmates = f.addInmates(1);
    const int auditBefore = f.rowCount(u"audit_log"_s);
    REQUIRE(Day.dayOfWeek() == 6);
    const IssuedTicket ticket =
        registered(f, request(u"WB-001"_s, {{man(1), u"Budi Santoso"_s}, {woman(2), u"Siti Aminah"_s}}, 2));
    const VisitRecord &visit = ticket.visit;
    CHECK(visit.id > 0);
    CHECK(visit.date == Day);
    CHECK(visit.service == Service::Visit);
    CHECK(visit.queueNumber == 1);
    CHECK(visit.queueLabel() == u"A-001"_s);
    CHECK(visit.session == u"1"_s);
    CHECK(visit.status == VisitStatus::Registered);
    CHECK(visit.inmate.id == inmates[0].id);
    CHECK(visit.inmate.number == u"WB-001"_s);
    CHECK(visit.men == 1);
    CHECK(visit.women == 1);
    CHECK(visit.children == 2);
    CHECK(visit.people() == 4);
    CHECK(visit.registeredAt == f.clock.now());
    CHECK_FALSE(visit.admittedAt.isValid());
    REQUIRE(visit.members.size() == 2);
    CHECK(visit.members[0].name == u"Budi Santoso"_s);
    CHECK(visit.members[0].maskedNik == Nik::mask(man(1)));
    CHECK(visit.members[0].maskedNik == u"6471********0001"_s);
    CHECK(visit.members[0].category == Category::Man);
    CHECK(visit.members[1].name == u"Siti Aminah"_s);
    CHECK(visit.members[1].category == Category::Woman);

    const auto claims = TicketCodec::decode(ticket.payload, f->profile().publicKey, f->profile().code);
    REQUIRE(claims.ok());
    CHECK(*claims == TicketClaims{f->profile().code, Day, quint32(visit.id), 'A', 1});
    CHECK(RegistrationService(*f).payloadFor(visit).value() == ticket.payload);

    const auto stored = VisitRepository::load(f->database(), visit.id);
    REQUIRE(stored.ok());
    CHECK(stored->men == 1);
    CHECK(stored->children == 2);
    CHECK(f.rowCount(u"visits"_s) == 1);
    CHECK(f.rowCount(u"visitors"_s) == 2);
    CHECK(f.rowCount(u"visit_members"_s) == 2);
    CHECK(f.rowCount(u"audit_log"_s) == auditBefore + 1);
}

TEST_CASE("Queue numbers count per service and start again the next facility day", "[registration]") {
    TestFacility f;
    f.addInmates(5);
    CHECK(registered(f, single(u"WB-001"_s)).visit.queueLabel() == u"A-001"_s);
    CHECK(registered(f, single(u"WB-002"_s)).visit.queueLabel() == u"A-002"_s);
    const IssuedTicket deposit = registered(f, single(u"WB-001"_s, 1, Service::Deposit));
    CHECK(deposit.visit.queueLabel() == u"B-001"_s);
    CHECK(deposit.visit.service == Service::Deposit);
    CHECK(deposit.visit.session == QString());
    const auto claims = TicketCodec::decode(deposit.payload, f->profile().publicKey, f->profile().code);
    REQUIRE(claims.ok());
    CHECK(claims->service == 'B');
    CHECK(claims->queueNumber == 1);
    CHECK(registered(f, single(u"WB-003"_s)).visit.queueLabel() == u"A-003"_s);
    CHECK(registered(f, single(u"WB-002"_s, 1, Service::Deposit)).visit.queueLabel() == u"B-002"_s);

    f.setLocal(Day.addDays(1), QTime(8, 0));
    const IssuedTicket sunday = registered(f, single(u"WB-004"_s));
    CHECK(sunday.visit.queueLabel() == u"A-001"_s);
    CHECK(sunday.visit.date == Day.addDays(1));
    CHECK(registered(f, single(u"WB-005"_s, 1, Service::Deposit)).visit.queueLabel() == u"B-001"_s);
}

TEST_CASE("Men, women and children are counted from the NIKs", "[registration]") {
    TestFacility f;
    f.addInmates(2);
    const IssuedTicket ticket = registered(
        f, request(u"WB-001"_s,
                   {{man(1), u"Budi Santoso"_s}, {woman(2), u"Siti Aminah"_s}, {girl17(3), u"Putri Aminah"_s}}, 1));
    CHECK(ticket.visit.men == 1);
    CHECK(ticket.visit.women == 1);
    CHECK(ticket.visit.children == 2); // the 17-year-old with a NIK and the one counted
    REQUIRE(ticket.visit.members.size() == 3);
    CHECK(ticket.visit.members[2].category == Category::Child);
    CHECK(ticket.visit.members[2].name == u"Putri Aminah"_s);

    // Turning 18 today makes an adult; turning 18 tomorrow does not.
    const IssuedTicket boundary =
        registered(f, request(u"WB-002"_s, {{makeNik(QDate(2007, 12, 27), Sex::Male, 4), u"Andi Wijaya"_s},
                                            {makeNik(QDate(2007, 12, 28), Sex::Female, 5), u"Dewi Wijaya"_s}}));
    CHECK(boundary.visit.men == 1);
    CHECK(boundary.visit.women == 0);
    CHECK(boundary.visit.children == 1);

    // The adult age is a rule.
    saveRules(f, [](Rules &r) { r.adultAge = 17; });
    f.addInmates(1);
    const IssuedTicket seventeen = registered(f, request(u"WB-003"_s, {{girl17(3), u"Putri Aminah"_s}}, 1));
    CHECK(seventeen.visit.women == 1);
    CHECK(seventeen.visit.children == 1);
    CHECK(seventeen.visit.members[0].category == Category::Woman);
}

TEST_CASE("A group of only minors is refused", "[registration]") {
    TestFacility f;
    f.addInmates(1);
    refused(f, request(u"WB-001"_s, {{girl17(1), u"Putri Aminah"_s}}), ErrorCode::RuleRefused);
    refused(f, request(u"WB-001"_s, {{girl17(1), u"Putri Aminah"_s}}, 2), ErrorCode::RuleRefused);
}

TEST_CASE("The inmate must be on the roster and active", "[registration]") {
    TestFacility f;
    f.addInmates(1);
    const Error unknown = refused(f, single(u"WB-999"_s), ErrorCode::NotFound);
    CHECK(unknown.message.contains(u"WB-999"_s));

    REQUIRE(InmateStore(*f).setActive(u"WB-001"_s, false, u"admin"_s).ok());
    refused(f, single(u"WB-001"_s), ErrorCode::RuleRefused);
    refused(f, single(u"WB-001"_s, 1, Service::Deposit), ErrorCode::RuleRefused);
}

TEST_CASE("Registration is open from 08:00 until before 15:00", "[registration]") {
    TestFacility f;
    f.addInmates(4);
    f.setLocal(Day, QTime(7, 59));
    refused(f, single(u"WB-001"_s), ErrorCode::RuleRefused);
    f.setLocal(Day, QTime(15, 0));
    refused(f, single(u"WB-001"_s), ErrorCode::RuleRefused);
    refused(f, single(u"WB-001"_s, 1, Service::Deposit), ErrorCode::RuleRefused);

    f.setLocal(Day, QTime(8, 0));
    CHECK(registered(f, single(u"WB-001"_s)).visit.registeredAt == f.clock.now());
    f.setLocal(Day, QTime(14, 59));
    CHECK(registered(f, single(u"WB-002"_s)).visit.queueNumber == 2);
    f.setLocal(Day, QTime(14, 59, 59));
    CHECK(registered(f, single(u"WB-003"_s)).visit.queueNumber == 3);
}

TEST_CASE("Visits only on visiting days, per block where the block has its own", "[registration]") {
    TestFacility f;
    f.addInmates(1, u"Blok A"_s);
    f.addInmates(1, u"Blok C"_s);
    f.addInmates(1, u"Blok W"_s);
    saveRules(f, [](Rules &r) {
        r.visitingDays = {1, 2, 3, 4, 5};
        r.blockVisitingDays.insert(u"Blok C"_s, {2, 4});
        r.blockVisitingDays.insert(u"Blok W"_s, {6});
    });
    refused(f, single(u"WB-001"_s), ErrorCode::RuleRefused); // Saturday, not a visiting day
    refused(f, single(u"WB-002"_s), ErrorCode::RuleRefused); // Blok C: Tuesday and Thursday
    CHECK(registered(f, single(u"WB-003"_s)).visit.date == Day);

    f.setLocal(Day.addDays(2), QTime(9, 0)); // Monday
    CHECK(registered(f, single(u"WB-001"_s)).visit.date == Day.addDays(2));
    refused(f, single(u"WB-002"_s), ErrorCode::RuleRefused);
    f.setLocal(Day.addDays(3), QTime(9, 0)); // Tuesday
    CHECK(registered(f, single(u"WB-002"_s)).visit.date == Day.addDays(3));
}

TEST_CASE("Group size and adult limits", "[registration]") {
    TestFacility f;
    f.addInmates(3);
    refused(f, request(u"WB-001"_s, {{man(1), u"Budi Santoso"_s}}, 4), ErrorCode::RuleRefused);
    refused(f,
            request(u"WB-001"_s,
                    {{man(1), u"Budi Santoso"_s}, {woman(2), u"Siti Aminah"_s}, {girl17(3), u"Putri Aminah"_s}}, 2),
            ErrorCode::RuleRefused);
    const QList<AdultEntry> fourAdults{{man(1), u"Budi Santoso"_s},
                                       {woman(2), u"Siti Aminah"_s},
                                       {man(3), u"Andi Wijaya"_s},
                                       {woman(4), u"Dewi Lestari"_s}};
    refused(f, request(u"WB-001"_s, fourAdults), ErrorCode::RuleRefused);

    CHECK(registered(f, request(u"WB-001"_s, {{man(1), u"Budi Santoso"_s}}, 3)).visit.people() == 4);
    CHECK(registered(f, request(u"WB-002"_s, fourAdults.mid(0, 3), 1)).visit.people() == 4);
    saveRules(f, [](Rules &r) { r.maxAdults = 4; });
    CHECK(registered(f, request(u"WB-003"_s, fourAdults)).visit.people() == 4);
}

TEST_CASE("One face-to-face visit per inmate per Monday-Sunday week", "[registration]") {
    TestFacility f;
    f.addInmates(1);
    registered(f, single(u"WB-001"_s, 1));
    refused(f, single(u"WB-001"_s, 2), ErrorCode::RuleRefused); // other visitors, same inmate
    CHECK(registered(f, single(u"WB-001"_s, 3, Service::Deposit)).visit.queueLabel() == u"B-001"_s);
    CHECK(registered(f, single(u"WB-001"_s, 4, Service::Deposit)).visit.queueLabel() == u"B-002"_s);

    f.setLocal(Day.addDays(1), QTime(14, 0)); // Sunday, same week
    refused(f, single(u"WB-001"_s, 2), ErrorCode::RuleRefused);
    f.setLocal(Day.addDays(2), QTime(8, 0)); // Monday, next week
    CHECK(registered(f, single(u"WB-001"_s, 2)).visit.date == Day.addDays(2));
    refused(f, single(u"WB-001"_s, 5), ErrorCode::RuleRefused);

    saveRules(f, [](Rules &r) { r.visitsPerInmatePerWeek = 0; });
    CHECK(registered(f, single(u"WB-001"_s, 5)).visit.queueNumber == 2);
}

TEST_CASE("The daily cap counts face-to-face visitors", "[registration]") {
    TestFacility f;
    f.addInmates(4);
    saveRules(f, [](Rules &r) { r.dailyCapPeople = 5; });
    registered(f, request(u"WB-001"_s, {{man(1), u"Budi Santoso"_s}}, 2));
    refused(f, request(u"WB-002"_s, {{man(2), u"Andi Wijaya"_s}}, 2), ErrorCode::RuleRefused);          // 6 > 5
    CHECK(registered(f, request(u"WB-002"_s, {{man(2), u"Andi Wijaya"_s}}, 1)).visit.queueNumber == 2); // 5
    refused(f, single(u"WB-003"_s, 3), ErrorCode::RuleRefused);
    CHECK(registered(f, request(u"WB-003"_s, {{man(3), u"Agus Salim"_s}}, 3, Service::Deposit)).visit.people() == 4);
}

TEST_CASE("Full sessions move a group to the next one, and all full refuses", "[registration]") {
    TestFacility f;
    f.addInmates(6);
    saveRules(f, [](Rules &r) {
        r.sessions = {VisitSession{u"Pagi"_s, QTime(8, 0), QTime(11, 0), 4},
                      VisitSession{u"Siang"_s, QTime(11, 0), QTime(15, 0), 4}};
    });
    const auto group = [](const QString &inmate, int serial, int children) {
        return request(inmate, {{man(serial), u"Budi Santoso"_s}}, children);
    };
    CHECK(registered(f, group(u"WB-001"_s, 1, 2)).visit.session == u"Pagi"_s);  // Pagi 3
    CHECK(registered(f, group(u"WB-002"_s, 2, 1)).visit.session == u"Siang"_s); // Pagi 3+2 > 4: Siang 2
    CHECK(registered(f, group(u"WB-003"_s, 3, 0)).visit.session == u"Pagi"_s);  // Pagi 4
    refused(f, group(u"WB-004"_s, 4, 2), ErrorCode::RuleRefused);               // Siang 2+3 > 4
    CHECK(registered(f, group(u"WB-004"_s, 4, 1)).visit.session == u"Siang"_s); // Siang 4
    refused(f, group(u"WB-005"_s, 5, 0), ErrorCode::RuleRefused);
    CHECK(registered(f, single(u"WB-005"_s, 5, Service::Deposit)).visit.session == QString());

    saveRules(f, [](Rules &r) { r.sessions[1].capacity = 0; });
    f.setLocal(Day, QTime(11, 0)); // Pagi is over
    CHECK(registered(f, group(u"WB-006"_s, 6, 0)).visit.session == u"Siang"_s);
}

TEST_CASE("A banned visitor is sent to an officer without being told why", "[registration]") {
    TestFacility f;
    f.addInmates(1);
    const QString reason = u"Penyelundupan narkoba 2024"_s;
    const auto ban = BanStore(*f).add(woman(2), reason, u"admin"_s);
    REQUIRE(ban.ok());
    for (const QString &typed : {woman(2), woman(2).insert(12, u' ').insert(6, u' ')}) {
        INFO("typed: " << typed);
        const Error error = refused(f, request(u"WB-001"_s, {{man(1), u"Budi Santoso"_s}, {typed, u"Siti Aminah"_s}}),
                                    ErrorCode::SeeOfficer);
        CHECK_FALSE(error.message.contains(reason));
        CHECK_FALSE(error.message.contains(u"narkoba"_s, Qt::CaseInsensitive));
        CHECK_FALSE(error.message.contains(u"ban"_s, Qt::CaseInsensitive));
        CHECK(error.message.contains(u"officer"_s, Qt::CaseInsensitive));
    }
    refused(f, request(u"WB-001"_s, {{woman(2), u"Siti Aminah"_s}}, 0, Service::Deposit), ErrorCode::SeeOfficer);

    REQUIRE(BanStore(*f).lift(ban->id, u"admin"_s).ok());
    CHECK(registered(f, request(u"WB-001"_s, {{woman(2), u"Siti Aminah"_s}})).visit.women == 1);
}

TEST_CASE("Bad visitor input is refused and changes nothing", "[registration]") {
    TestFacility f;
    f.addInmates(1);
    const auto one = [](const QString &nik, const QString &name, int children = 0) {
        return request(u"WB-001"_s, {{nik, name}}, children);
    };
    refused(f, request(u"WB-001"_s, {}, 2), ErrorCode::InvalidInput);
    refused(f, one(man(1).left(15), u"Budi Santoso"_s), ErrorCode::InvalidInput);
    refused(f, one(man(1) + u"7"_s, u"Budi Santoso"_s), ErrorCode::InvalidInput);
    refused(f, one(u"64710514038500O1"_s, u"Budi Santoso"_s), ErrorCode::InvalidInput);
    refused(f, one(makeNik(QDate(1985, 3, 14), Sex::Male, 0), u"Budi Santoso"_s), ErrorCode::InvalidInput);
    refused(f, one(man(1), QString()), ErrorCode::InvalidInput);
    refused(f, one(man(1), u"   "_s), ErrorCode::InvalidInput);
    refused(f, one(man(1), u"Budi\u0007Santoso"_s), ErrorCode::InvalidInput);
    refused(f, one(man(1), u"Budi\tSantoso"_s), ErrorCode::InvalidInput);
    refused(f, one(man(1), u"Budi\nSantoso"_s), ErrorCode::InvalidInput);
    refused(f, one(man(1), u"Budi Santoso"_s, -1), ErrorCode::InvalidInput);
    refused(f, one(man(1), u"Budi Santoso"_s, RegistrationService::MaxChildren + 1), ErrorCode::InvalidInput);
    refused(f, one(man(1), u"Budi Santoso"_s, RegistrationService::MaxChildren), ErrorCode::RuleRefused);

    const QString dotted = man(1).insert(12, u'.').insert(6, u'.');
    const Error twice = refused(f, request(u"WB-001"_s, {{man(1), u"Budi Santoso"_s}, {dotted, u"Budi Lain"_s}}),
                                ErrorCode::InvalidInput);
    CHECK_FALSE(twice.message.contains(man(1)));
}

TEST_CASE("Names are stored exactly as typed", "[registration]") {
    TestFacility f;
    f.addInmates(2);
    const QStringList names{u"Ma'ruf O'Neil-Siregar, S.H."_s, u"Nyoman Ayu Pratiwi"_s, u"Đặng Thị Hoa"_s};
    const IssuedTicket ticket = registered(
        f, request(u"WB-001"_s, {{man(1), names[0]}, {woman(2), u"  "_s + names[1] + u" "_s}, {woman(3), names[2]}}));
    const auto stored = VisitRepository::load(f->database(), ticket.visit.id);
    REQUIRE(stored.ok());
    REQUIRE(stored->members.size() == 3);
    for (int i = 0; i < 3; ++i)
        CHECK(stored->members[i].name == names[i]);

    const Error sqlish = refused(f, request(u"WB-002"_s, {{man(4), u"O'Brien; DROP"_s}}), ErrorCode::InvalidInput);
    CHECK(sqlish.message.contains(u";"_s));
    const IssuedTicket obrien = registered(f, request(u"WB-002"_s, {{man(4), u"Robert O'Brien"_s}}));
    CHECK(VisitRepository::load(f->database(), obrien.visit.id)->members[0].name == u"Robert O'Brien"_s);
}

TEST_CASE("The facility day is the facility's, whatever the machine's time zone", "[registration]") {
    for (const char *zone : {"America/Los_Angeles", "Pacific/Kiritimati"}) {
        INFO("machine zone " << zone);
        MachineZone machine(zone);
        TestFacility f(u"Asia/Jayapura"_s);
        f.addInmates(1);
        saveRules(f, [](Rules &r) { r.visitingDays = {6}; });            // Saturdays only
        f.clock.set(QDateTime(Day.addDays(-1), QTime(23, 30), Qt::UTC)); // 08:30 Saturday in Jayapura (UTC+9)
        CHECK(f->today() == Day);

        const IssuedTicket ticket = registered(f, single(u"WB-001"_s));
        CHECK(ticket.visit.date == Day);
        CHECK(ticket.visit.registeredAt == QDateTime(Day.addDays(-1), QTime(23, 30), Qt::UTC));
        CHECK(f->toLocal(ticket.visit.registeredAt).time() == QTime(8, 30));
        const auto claims = TicketCodec::decode(ticket.payload, f->profile().publicKey, f->profile().code);
        REQUIRE(claims.ok());
        CHECK(claims->date == Day);

        f.clock.set(QDateTime(Day.addDays(-1), QTime(22, 59), Qt::UTC)); // 07:59 local
        refused(f, single(u"WB-001"_s, 2, Service::Deposit), ErrorCode::RuleRefused);
        f.clock.set(QDateTime(Day, QTime(5, 59), Qt::UTC)); // 14:59 local
        CHECK(registered(f, single(u"WB-001"_s, 2, Service::Deposit)).visit.date == Day);
    }
}

TEST_CASE("Group checks while a group is entered: each NIK once, adults and size within the rules", "[registration]") {
    TestFacility f;
    const RegistrationService service(*f);
    const Snapshot before = f.snapshot();
    auto budi = service.checkJoin({}, 0, {man(1), u"Budi Santoso"_s});
    REQUIRE(budi.ok());
    CHECK(budi->nik == man(1));
    CHECK(budi->name == u"Budi Santoso"_s);
    CHECK(budi->category == Category::Man);
    CHECK(budi->age == 40); // born 14 March 1985; the report day is 27 December 2025
    auto putri = service.checkJoin({*budi}, 0, {girl17(2), u"Putri Aminah"_s});
    REQUIRE(putri.ok());
    CHECK(putri->countsAsChild());

    auto twice = service.checkJoin({*budi}, 0, {man(1), u"Budi Lagi"_s});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::InvalidInput);
    CHECK(twice.error().message.contains(u"already been added"_s));
    CHECK(service.checkJoin({*budi}, 0, {u"12345"_s, u"Siti Aminah"_s}).error().code == ErrorCode::InvalidInput);
    CHECK(service.checkJoin({*budi}, 0, {woman(3), u"Siti 2"_s}).error().code == ErrorCode::InvalidInput);

    // Three adults fit (the default limit); a fourth adult does not, a minor with a NIK still does.
    QList<GroupMember> three{*budi, *service.checkPerson({woman(3), u"Siti Aminah"_s}),
                             *service.checkPerson({man(4), u"Andi Wijaya"_s})};
    auto fourth = service.checkJoin(three, 0, {woman(5), u"Dewi Lestari"_s});
    REQUIRE_FALSE(fourth.ok());
    CHECK(fourth.error().code == ErrorCode::RuleRefused);
    CHECK(fourth.error().message.contains(u"at most 3 adult"_s));
    CHECK(service.checkJoin(three, 0, {girl17(6), u"Putri Aminah"_s}).ok());
    // The group size counts children without a NIK too.
    auto full = service.checkJoin(three, 1, {girl17(6), u"Putri Aminah"_s});
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().message.contains(u"at most 4 people"_s));

    CHECK(service.adultLimit() == 3);
    CHECK(service.childrenRoom(1) == 3);
    CHECK(service.childrenRoom(4) == 0);
    CHECK(service.childrenRoom(7) == 0);
    CHECK(f.snapshot() == before); // asking stores nothing
    saveRules(f, [](Rules &r) {
        r.maxGroupSize = 30;
        r.maxAdults = 2;
        r.adultAge = 17;
    });
    CHECK(service.adultLimit() == 2);
    CHECK(service.childrenRoom(1) == RegistrationService::MaxChildren);
    CHECK(service.checkPerson({girl17(2), u"Putri Aminah"_s})->category == Category::Woman);
}

TEST_CASE("The whole group is checked by the same rules registration uses", "[registration]") {
    TestFacility f;
    f.addInmates(1);
    const RegistrationService service(*f);
    const GroupMember budi = *service.checkPerson({man(1), u"Budi Santoso"_s});
    const GroupMember siti = *service.checkPerson({woman(2), u"Siti Aminah"_s});
    const GroupMember putri = *service.checkPerson({girl17(3), u"Putri Aminah"_s});

    auto counted = service.checkGroup({budi, siti, putri}, 1);
    REQUIRE(counted.ok());
    CHECK(counted->men == 1);
    CHECK(counted->women == 1);
    CHECK(counted->children == 2);
    CHECK(counted->people() == 4);
    CHECK(GroupCount::of({budi, putri}, 2).children == 3);

    CHECK(service.checkGroup({putri}, 0).error().message.contains(u"only with an adult"_s));
    CHECK(service.checkGroup({budi, budi}, 0).error().message.contains(u"entered twice"_s));
    CHECK(service.checkGroup({budi, siti}, 3).error().message.contains(u"this one has 5"_s));
    // What checkGroup refuses, registration refuses with the same words.
    const Error byRegistration =
        refused(f, request(u"WB-001"_s, {{man(1), u"Budi"_s}, {woman(2), u"Siti"_s}}, 3), ErrorCode::RuleRefused);
    CHECK(byRegistration.message == service.checkGroup({budi, siti}, 3).error().message);
}

namespace {

// The same refusal from the early check as from the final one, and nothing stored by either.
void sameRefusal(TestFacility &f, const Result<void> &early, const RegistrationRequest &r) {
    REQUIRE_FALSE(early.ok());
    const Error final = refused(f, r, early.error().code);
    CHECK(early.error().message == final.message);
}

} // namespace

TEST_CASE("The inmate is checked as soon as chosen, with the final check's rules and messages", "[registration]") {
    TestFacility f;
    f.addInmates(6);
    RegistrationService service(*f);
    const Snapshot before = f.snapshot();
    CHECK(service.checkInmate(u"WB-001"_s, Service::Visit).ok());
    CHECK(service.checkInmate(u"WB-999"_s, Service::Visit).error().code == ErrorCode::NotFound);
    CHECK(f.snapshot() == before);

    SECTION("weekly limit") {
        registered(f, single(u"WB-001"_s, 1));
        sameRefusal(f, service.checkInmate(u"WB-001"_s, Service::Visit), single(u"WB-001"_s, 2));
        CHECK(service.checkInmate(u"WB-001"_s, Service::Deposit).ok()); // drop-offs have no weekly limit
    }
    SECTION("visiting day of the block") {
        saveRules(f, [](Rules &r) { r.blockVisitingDays.insert(u"Blok C"_s, {2, 4}); });
        f.addInmates(1, u"Blok C"_s);
        sameRefusal(f, service.checkInmate(u"WB-007"_s, Service::Visit), single(u"WB-007"_s));
    }
    SECTION("inactive inmate") {
        REQUIRE(InmateStore(*f).setActive(u"WB-002"_s, false, u"admin"_s).ok());
        sameRefusal(f, service.checkInmate(u"WB-002"_s, Service::Visit), single(u"WB-002"_s));
    }
    SECTION("daily cap") {
        saveRules(f, [](Rules &r) { r.dailyCapPeople = 3; });
        registered(f, request(u"WB-001"_s, {{man(1), u"Budi Santoso"_s}}, 2));
        sameRefusal(f, service.checkInmate(u"WB-002"_s, Service::Visit), single(u"WB-002"_s, 2));
    }
    SECTION("sessions full") {
        saveRules(f, [](Rules &r) { r.sessions = {VisitSession{u"Pagi"_s, QTime(8, 0), QTime(15, 0), 2}}; });
        registered(f, request(u"WB-001"_s, {{man(1), u"Budi Santoso"_s}}, 1));
        sameRefusal(f, service.checkInmate(u"WB-002"_s, Service::Visit), single(u"WB-002"_s, 2));
    }
    SECTION("registration hours") {
        f.setLocal(Day, QTime(15, 0));
        sameRefusal(f, service.checkInmate(u"WB-001"_s, Service::Visit), single(u"WB-001"_s));
    }
}

TEST_CASE("A NIK is checked the moment it is complete, before the name", "[registration]") {
    TestFacility f;
    f.addInmates(1);
    RegistrationService service(*f);
    const QString reason = u"Penyelundupan narkoba 2024"_s;
    REQUIRE(BanStore(*f).add(woman(9), reason, u"admin"_s).ok());
    const Snapshot before = f.snapshot();

    auto lead = service.checkNik({}, 0, man(1));
    REQUIRE(lead.ok());
    CHECK(lead->category == Category::Man);
    CHECK(lead->name.isEmpty());
    auto minor = service.checkNik({*lead}, 0, girl17(3));
    REQUIRE(minor.ok());
    CHECK(minor->countsAsChild()); // the adult age, told at once

    CHECK(service.checkNik({}, 0, u"6471053113900003"_s).error().message ==
          Nik::parse(u"6471053113900003"_s, Day).error().message);
    auto twice = service.checkNik({*lead}, 0, man(1));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message == service.checkJoin({*lead}, 0, {man(1), u"Budi Lagi"_s}).error().message);

    auto banned = service.checkNik({*lead}, 0, woman(9));
    REQUIRE_FALSE(banned.ok());
    CHECK(banned.error().code == ErrorCode::SeeOfficer);
    CHECK_FALSE(banned.error().message.contains(u"narkoba"_s, Qt::CaseInsensitive));
    const Error final = refused(f, request(u"WB-001"_s, {{man(1), u"Budi Santoso"_s}, {woman(9), u"Siti Aminah"_s}}),
                                ErrorCode::SeeOfficer);
    CHECK(banned.error().message == final.message);
    CHECK(service.checkJoin({*lead}, 0, {woman(9), u"Siti Aminah"_s}).error().code == ErrorCode::SeeOfficer);

    const GroupMember second = *service.checkNik({*lead}, 0, woman(2));
    const GroupMember third = *service.checkNik({*lead, second}, 0, man(3));
    auto fourth = service.checkNik({*lead, second, third}, 0, man(4));
    REQUIRE_FALSE(fourth.ok());
    CHECK(fourth.error().code == ErrorCode::RuleRefused); // at most 3 adults
    CHECK(f.snapshot() == before);
}

TEST_CASE("A repeat visit from an earlier day's ticket", "[registration][repeat]") {
    TestFacility f;
    f.addInmates(2);
    const IssuedTicket first =
        registered(f, request(u"WB-001"_s, {{man(1), u"Budi Santoso"_s}, {woman(2), u"Siti Aminah"_s}}, 1));
    RegistrationService service(*f);

    auto sameDay = service.repeatOf(first.payload);
    REQUIRE_FALSE(sameDay.ok());
    CHECK(sameDay.error().code == ErrorCode::Conflict);
    CHECK(sameDay.error().message.contains(u"A-001"_s));

    f.setLocal(Day.addDays(7), QTime(9, 30)); // next Saturday
    const Snapshot before = f.snapshot();
    auto repeat = service.repeatOf(first.payload.toLower() + u"\n"_s);
    REQUIRE(repeat.ok());
    CHECK(repeat->inmate.number == u"WB-001"_s);
    CHECK(repeat->childrenWithoutNik == 1);
    REQUIRE(repeat->members.size() == 2);
    CHECK(repeat->members.at(0).name == u"Budi Santoso"_s); // as printed on the ticket
    CHECK(repeat->members.at(0).maskedNik == Nik::mask(man(1)));
    CHECK(repeat->members.at(1).name.isEmpty()); // not on the ticket: not shown to its holder
    CHECK(repeat->members.at(1).maskedNik.isEmpty());
    CHECK(repeat->members.at(1).category == Category::Woman);
    CHECK(service.checkRepeat(*repeat).ok());
    CHECK(f.snapshot() == before);

    auto today = service.registerRepeat(*repeat, 2, u"kiosk-1"_s);
    REQUIRE(today.ok());
    CHECK(today->visit.date == Day.addDays(7));
    CHECK(today->visit.men == 1);
    CHECK(today->visit.women == 1);
    CHECK(today->visit.children == 2);
    CHECK(today->visit.members.at(1).name == u"Siti Aminah"_s);
    CHECK(service.repeatOf(today->payload).error().code == ErrorCode::Conflict);

    SECTION("refused by the weekly limit, with the final check's message") {
        auto again = service.checkRepeat(*repeat);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message == service.registerRepeat(*repeat, 0, u"kiosk-1"_s).error().message);
    }
    SECTION("a visitor banned since") {
        f.setLocal(Day.addDays(14), QTime(9, 0));
        REQUIRE(BanStore(*f).add(woman(2), u"Membawa barang terlarang"_s, u"admin"_s).ok());
        auto banned = service.checkRepeat(*repeat);
        REQUIRE_FALSE(banned.ok());
        CHECK(banned.error().code == ErrorCode::SeeOfficer);
        CHECK_FALSE(banned.error().message.contains(u"terlarang"_s));
        CHECK(service.registerRepeat(*repeat, 0, u"kiosk-1"_s).error().code == ErrorCode::SeeOfficer);
    }
    SECTION("the inmate no longer active") {
        f.setLocal(Day.addDays(14), QTime(9, 0));
        REQUIRE(InmateStore(*f).setActive(u"WB-001"_s, false, u"admin"_s).ok());
        CHECK(service.checkRepeat(*repeat).error().code == ErrorCode::RuleRefused);
    }
    SECTION("anything but a queue ticket of this facility") {
        CHECK(service.repeatOf(u"NOT-A-TICKET"_s).error().code == ErrorCode::InvalidInput);
        QString forged = first.payload;
        forged[20] = forged[20] == u'A' ? u'B' : u'A';
        CHECK(service.repeatOf(forged).error().code == ErrorCode::InvalidInput);
    }
}
