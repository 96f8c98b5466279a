// SPDX-License-Identifier: GPL-3.0-or-later
// packaging/postgres/web-role.sql, for real: the booking site connected as that role books, shows, moves and
// cancels a booking (each step entered in the audit chain), while the role itself can read neither the roster, the
// visitors, the visits' members, the bans, the users nor the audit log's entries, and can change no rule. PostgreSQL
// only (packaging/with-postgres.sh; the test server's superuser plays the administrator and the schema's owner).
#include "WebFixture.h"
#include "db/AuditLog.h"
#include "db/BookingService.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

const QString Password = u"web-secret"_s;

struct Psql {
    int exitCode = -1;
    QString out;
    QString err;
};

Psql psql(const QString &location, const QStringList &arguments) {
    QProcess process;
    process.start(u"psql"_s,
                  QStringList{location, u"-X"_s, u"-q"_s, u"-tA"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s} + arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

// The test's database made ready as docs/deployment.md says: the script, then the role's password. Removes the
// role (which lives in the whole cluster) again at the end.
class WebRole {
public:
    explicit WebRole(const QString &location)
        : m_admin(location), m_name(u"besuk_web_%1"_s.arg(QRandomGenerator::global()->bounded(1000000000))) {
        const Psql made = psql(m_admin, {u"-v"_s, u"web_role="_s + m_name, u"-f"_s, QStringLiteral(WEB_ROLE_SQL),
                                         u"-c"_s, u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(m_name, Password)});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
        QUrl url(location);
        url.setUserName(m_name);
        url.setPassword(Password);
        m_location = url.toString();
    }
    ~WebRole() { psql(m_admin, {u"-c"_s, u"DROP OWNED BY %1"_s.arg(m_name), u"-c"_s, u"DROP ROLE %1"_s.arg(m_name)}); }
    WebRole(const WebRole &) = delete;
    WebRole &operator=(const WebRole &) = delete;

    [[nodiscard]] QString location() const { return m_location; }
    // Runs one statement as the web role: its exit code and what psql printed.
    [[nodiscard]] Psql run(const QString &sql) const { return psql(m_location, {u"-c"_s, sql}); }

private:
    QString m_admin;
    QString m_name;
    QString m_location;
};

// The booking site on a free loopback port, connected as the web role.
class RoleSite {
public:
    RoleSite(FacilityFixture &fx, const QString &location) {
        SiteConfig config;
        config.databaseLocation = location;
        config.keyPath = fx.db.keyPath();
        config.secretPath = fx.db.filePath(u"web.secret"_s);
        config.limits = RateLimiter::Limits{100000, 100000};
        config.threads = 8;
        auto site = Site::create(config, fx.clock, [this](const QString &line) {
            const std::lock_guard lock(m_logMutex);
            m_log.append(line);
        });
        REQUIRE(site.ok());
        m_site = std::move(site).value();
        auto port = m_site->bind(u"127.0.0.1"_s, 0);
        REQUIRE(port.ok());
        m_port = *port;
        m_thread = std::thread([this] { m_site->run(); });
        REQUIRE(m_site->waitUntilRunning(std::chrono::seconds(30)));
    }
    ~RoleSite() {
        m_site->stop();
        m_thread.join();
    }
    RoleSite(const RoleSite &) = delete;
    RoleSite &operator=(const RoleSite &) = delete;
    [[nodiscard]] int port() const { return m_port; }
    // What the site logged (a storage error names the statement the role was refused).
    [[nodiscard]] std::string log() const {
        const std::lock_guard lock(m_logMutex);
        return m_log.join(u'\n').toStdString();
    }

private:
    mutable std::mutex m_logMutex;
    QStringList m_log;
    std::unique_ptr<Site> m_site;
    std::thread m_thread;
    int m_port = 0;
};

} // namespace

TEST_CASE("The web role books, shows, moves and cancels through besuk-web and reads nothing else", "[web][pg-role]") {
    if (TestDatabase::selectedBackend() != Backend::Postgres) {
        WARN("PostgreSQL only: run through packaging/with-postgres.sh");
        return;
    }
    FacilityFixture fx;
    fx.importDemoRoster();
    Rules rules = fx.facility->rules();
    rules.bookingSlots = Rules::demoBookingSlots(rules.anyVisitingDays());
    REQUIRE(fx.facility->saveRules(rules, u"test"_s).ok());
    const QDate tomorrow = FacilityFixture::reportDay().addDays(1);
    const QList<std::pair<QString, QString>> adults{{u"6471054501900003"_s, u"Sri Wahyuni"_s}};
    WebRole role(fx.db.location());
    std::string code;
    {
        RoleSite site(fx, role.location());
        Browser browser(site.port());
        // A number with another name gets the answer of an unknown number; a differently spaced and cased name is
        // found.
        REQUIRE(browser.get("/")->status == 200);
        const std::string date = tomorrow.toString(Qt::ISODate).toStdString();
        auto unknown = browser.post(
            "/book/slot",
            {{"service", "visit"}, {"date", date}, {"inmate_number", "B.I-999/2025"}, {"inmate_name", "Andi Wijaya"}});
        auto wrongName = browser.post(
            "/book/slot",
            {{"service", "visit"}, {"date", date}, {"inmate_number", "B.I-001/2025"}, {"inmate_name", "Budi Wijaya"}});
        REQUIRE(unknown);
        REQUIRE(wrongName);
        CHECK(unknown->status == 422);
        CHECK(unknown->body == wrongName->body);
        REQUIRE(browser.review(u"B.I-001/2025"_s, u"andi  wijaya"_s, tomorrow, u"09:00"_s, adults, 1)->status == 200);
        auto confirmed = browser.post("/book/confirm", browser.journeyFields(u"B.I-001/2025"_s, u"andi  wijaya"_s,
                                                                             tomorrow, u"09:00"_s, adults, 1));
        REQUIRE(confirmed);
        INFO(site.log());
        REQUIRE(confirmed->status == 303);
        const std::string link = confirmed->get_header_value("Location");
        code = link.substr(9, 8);
        const std::string token = link.substr(link.find("?t=") + 3);
        auto shown = browser.get(link);
        REQUIRE(shown);
        CHECK(shown->status == 200);
        CHECK(shown->body.find("Andi Wijaya") != std::string::npos);
        auto moved = browser.post("/booking/" + code + "/change?t=" + token,
                                  {{"slot", date + "T10:00"}, {"nik", "6471054501900003"}});
        REQUIRE(moved);
        INFO(site.log());
        REQUIRE(moved->status == 303);
        auto cancelled = browser.post("/booking/" + code + "/cancel?t=" + token, {{"nik", "6471054501900003"}});
        REQUIRE(cancelled);
        CHECK(cancelled->status == 200);
    }
    // As the owner sees it: the booking, cancelled, and both steps in an intact audit chain.
    auto stored = BookingService(*fx.facility).findByCode(QString::fromStdString(code));
    REQUIRE(stored.ok());
    CHECK(stored->status == BookingStatus::Cancelled);
    CHECK(stored->inmate.name == u"Andi Wijaya"_s);
    CHECK(stored->slotStart == QTime(10, 0));
    CHECK(fx.db.rows(u"SELECT action FROM audit_log WHERE subject = '%1' ORDER BY id"_s.arg(QString::fromStdString(
              code))) == QStringList{u"booking.book"_s, u"booking.change"_s, u"booking.cancel"_s});
    auto chain = AuditLog::verify(fx.facility->database());
    REQUIRE(chain.ok());
    CHECK(chain->intact);

    // What the role itself may not do.
    for (const QString &sql :
         {u"SELECT * FROM inmates"_s, u"SELECT name FROM inmates"_s, u"SELECT * FROM visitors"_s,
          u"SELECT * FROM visits"_s, u"SELECT * FROM visit_members"_s, u"SELECT * FROM bans"_s,
          u"SELECT nik FROM bans"_s, u"SELECT * FROM users"_s, u"SELECT * FROM audit_log"_s,
          u"SELECT actor, detail FROM audit_log"_s, u"SELECT * FROM inspections"_s, u"DELETE FROM audit_log"_s,
          u"UPDATE audit_log SET actor = 'x'"_s, u"DELETE FROM bookings"_s, u"UPDATE bookings SET inmate_id = 1"_s,
          u"INSERT INTO settings (key, value) VALUES ('rules', '{}')"_s, u"INSERT INTO inmates (number) VALUES ('X')"_s,
          u"CREATE TABLE intruder (x INT)"_s}) {
        INFO(sql.toStdString());
        CHECK(role.run(sql).exitCode != 0);
    }
    // Settings: it reads the rules but changes none of them (row-level security leaves it the audit head only).
    CHECK(role.run(u"SELECT count(*) FROM settings"_s).exitCode == 0);
    const Psql changed =
        role.run(u"WITH u AS (UPDATE settings SET value = value WHERE key <> 'audit.head' RETURNING 1) "
                 u"SELECT count(*) FROM u"_s);
    CHECK(changed.exitCode == 0);
    CHECK(changed.out == u"0"_s);
    // The lookup answers a number with its exact name only; an unknown or misspelt name gives nothing.
    const Psql lookup = role.run(u"SELECT count(*) FROM besuk_web.find_inmate('', 'B.I-001/2025', 'budi wijaya')"_s);
    CHECK(lookup.exitCode == 0);
    CHECK(lookup.out == u"0"_s);
}
