// SPDX-License-Identifier: GPL-3.0-or-later
// Locations: per-user defaults by hand, the system layout of the Debian package through its configuration file.
// BESUK_CONFIG stands in for /etc/besuk/besuk.conf (which applies only to the `besuk` system user), so these tests
// never read the real /etc.
#include "db/Locations.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <optional>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

// Sets (or with nullopt, unsets) an environment variable for one scope.
class ScopedEnv {
public:
    ScopedEnv(const char *name, const std::optional<QString> &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name)) {
        if (value)
            qputenv(m_name, value->toLocal8Bit());
        else
            qunsetenv(m_name);
    }
    ~ScopedEnv() {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

bool writeAll(const QString &path, const QByteArray &contents) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

} // namespace

TEST_CASE("By hand, the database and key live in the per-user data folder", "[locations]") {
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const ScopedEnv config("BESUK_CONFIG", std::nullopt);
    const ScopedEnv data("XDG_DATA_HOME", home.path() + u"/data"_s);
    if (!systemConfigPath().isEmpty())
        FAIL("these tests cannot run as the besuk system user");

    CHECK(defaultDatabasePath() == home.path() + u"/data/besuk/besuk.db"_s);
    CHECK(defaultKeyPath(defaultDatabasePath()) == home.path() + u"/data/besuk/besuk.db.key"_s);
    CHECK(defaultKeyPath(u"postgresql://station@server/besuk"_s) == home.path() + u"/data/besuk/besuk.key"_s);
}

TEST_CASE("The system layout without a configuration file is /var/lib/besuk", "[locations]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ScopedEnv config("BESUK_CONFIG", dir.path() + u"/absent.conf"_s);

    CHECK(systemConfigPath() == dir.path() + u"/absent.conf"_s);
    CHECK(defaultDatabasePath() == u"/var/lib/besuk/besuk.db"_s);
    CHECK(defaultKeyPath(u"/var/lib/besuk/besuk.db"_s) == u"/var/lib/besuk/besuk.key"_s);
    // Another database named by hand keeps its key beside it.
    CHECK(defaultKeyPath(u"/srv/other.db"_s) == u"/srv/other.db.key"_s);
}

TEST_CASE("The system configuration file names the database and the key", "[locations]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.path() + u"/besuk.conf"_s;
    REQUIRE(writeAll(path, "# a site on PostgreSQL\n[database]\n"
                           "location=postgresql://besuk_station@192.168.10.5/besuk\n"
                           "key=/etc/besuk/facility.key\n"));
    const ScopedEnv config("BESUK_CONFIG", path);

    CHECK(defaultDatabasePath() == u"postgresql://besuk_station@192.168.10.5/besuk"_s);
    CHECK(defaultKeyPath(defaultDatabasePath()) == u"/etc/besuk/facility.key"_s);
    CHECK(defaultKeyPath(u"postgresql://owner@192.168.10.5/other"_s) == u"/var/lib/besuk/other.key"_s);
}

TEST_CASE("A system configuration without a key keeps the built-in key beside its database", "[locations]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.path() + u"/besuk.conf"_s;
    REQUIRE(writeAll(path, "[database]\nlocation=/srv/besuk/site.db\n"));
    const ScopedEnv config("BESUK_CONFIG", path);

    CHECK(defaultDatabasePath() == u"/srv/besuk/site.db"_s);
    CHECK(defaultKeyPath(u"/srv/besuk/site.db"_s) == u"/srv/besuk/site.db.key"_s);
}
