// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabase.h"
#include "db/Clock.h"
#include "db/Facility.h"
#include "db/InmateStore.h"
#include "db/Nik.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <memory>
#include <ostream>

// Readable values in Catch's failure output.
inline std::ostream &operator<<(std::ostream &os, const QString &s) {
    return os << s.toStdString();
}
inline std::ostream &operator<<(std::ostream &os, const QDate &d) {
    return os << d.toString(Qt::ISODate).toStdString();
}
inline std::ostream &operator<<(std::ostream &os, const QDateTime &t) {
    return os << t.toString(Qt::ISODateWithMs).toStdString();
}
namespace besuk {
inline std::ostream &operator<<(std::ostream &os, ErrorCode code) {
    return os << "ErrorCode(" << int(code) << ")";
}
} // namespace besuk

using Snapshot = besuk::test::Snapshot;

// A freshly initialised facility in a TestDatabase (SQLite or PostgreSQL), with a clock that stands still.
class TestFacility {
public:
    // Saturday 27 December 2025, the day of the news report.
    static QDate reportDay() { return {2025, 12, 27}; }

    explicit TestFacility(const QString &timeZoneId = QStringLiteral("Asia/Makassar"));

    besuk::Facility &operator*() { return *facility; }
    besuk::Facility *operator->() { return facility.get(); }

    QString location() const { return database.location(); } // file path or postgresql:// URL
    QString keyPath() const { return database.keyPath(); }
    QString filePath(const QString &name) const { return database.filePath(name); }

    // Sets the clock to a wall-clock time in the facility's zone.
    void setLocal(const QDate &date, const QTime &time);
    // Closes the database and opens the facility again from its location.
    void reopen();

    // Adds inmates "WB-001", "WB-002", ... (continuing after earlier calls), named "Warga Satu", ... in `block`.
    QList<besuk::Inmate> addInmates(int count, const QString &block = {});

    // Both read committed data through a connection of their own (TestDatabase).
    int rowCount(const QString &table) const;
    Snapshot snapshot() const { return database.snapshot(); }

    besuk::test::TestDatabase database; // declared first: dropped after the facility has closed
    besuk::FixedClock clock;
    std::unique_ptr<besuk::Facility> facility;

private:
    QString m_timeZoneId;
    int m_inmates = 0;
};

// A valid NIK: region (6 digits), DD (+40 for women) MM YY, serial (4 digits).
QString makeNik(const QString &region, const QDate &birth, besuk::Sex sex, int serial);
// makeNik with region "647105" (Balikpapan).
QString makeNik(const QDate &birth, besuk::Sex sex, int serial);
