// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FacilityFixture.h"
#include "db/InmateStore.h"
#include "db/Nik.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

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

// A freshly initialised facility in a TestDatabase (SQLite or PostgreSQL), with a clock that stands still at 09:00
// on the report day.
class TestFacility : public besuk::test::FacilityFixture {
public:
    explicit TestFacility(const QString &timeZoneId = QStringLiteral("Asia/Makassar"))
        : FacilityFixture(Setup{timeZoneId}) {}

    besuk::Facility &operator*() { return *facility; }
    besuk::Facility *operator->() { return facility.get(); }

    QString location() const { return db.location(); } // file path or postgresql:// URL
    QString keyPath() const { return db.keyPath(); }
    QString filePath(const QString &name) const { return db.filePath(name); }

    // Adds inmates "WB-001", "WB-002", ... (continuing after earlier calls), named "Warga Satu", ... in `block`.
    QList<besuk::Inmate> addInmates(int count, const QString &block = {});

    besuk::test::TestDatabase &database = db;

private:
    int m_inmates = 0;
};

// A valid NIK: region (6 digits), DD (+40 for women) MM YY, serial (4 digits).
QString makeNik(const QString &region, const QDate &birth, besuk::Sex sex, int serial);
// makeNik with region "647105" (Balikpapan).
QString makeNik(const QDate &birth, besuk::Sex sex, int serial);

// PostgreSQL: the SQL ("… $1 …") of each statement this connection holds prepared under a name of ours (sent as
// text, db/NamedStatements). The server keeps the whole message that prepared it, so each is cut out by its name.
QStringList statementsSentAsText(besuk::Database &db);
