// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/BanStore.h"
#include "db/Database.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"
#include "db/Result.h"
#include "db/Visit.h"
#include "db/offline/QueueBlocks.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace besuk {

// What a gate needs of the facility to judge tickets without the server.
struct MirrorProfile {
    quint32 code = 0;
    QByteArray publicKey;
    QString timeZoneId;
    bool requireClearedInspection = true;
    QDate facilityDate;    // the day the mirror was taken for
    QDateTime refreshedAt; // UTC
};

// One ticket as the server had it, with what the gate needs to judge it alone.
struct MirrorTicket {
    VisitRecord visit;
    qint64 bookingId = 0;            // the booking the group arrived as (a booked ticket carries this id), else 0
    bool entryCleared = false;       // the latest entry inspection was cleared
    QList<Ban> bans;                 // bans on its members in force when mirrored, or later
    QList<InspectionItem> deposited; // items deposited at its entry inspections, to hand back at the exit
    QString issuedOfflineBy;         // a kiosk's ticket from its reserved numbers, not on the server yet: the kiosk
};

// An inmate on the roster as a kiosk needs it offline: the search keys (InmateStore::searchKey) and the visits
// and open bookings that count against the weekly limit in the mirror's week.
struct MirrorInmate {
    Inmate inmate;
    QString numberKey;
    QString nameKey;
    int weekVisits = 0;
};

// A ban in force when mirrored (its NIK; invalid expiry: until lifted).
struct MirrorNikBan {
    QString nik;
    QDateTime expiresAt;
};

// What a kiosk needs to register groups without the server, besides its reserved numbers.
struct KioskMirror {
    QList<MirrorInmate> inmates;
    QList<MirrorNikBan> bans;
    int dayPeople = 0;                 // people in the day's visits and open bookings that can still come in
    QHash<QString, int> sessionPeople; // people in each of the day's sessions
};

struct MirrorSnapshot {
    MirrorProfile profile;
    QList<MirrorTicket> tickets;
    QList<ReservedNumber>
        offlineNumbers; // the day's numbers reserved for kiosks (a gate: every kiosk's; a kiosk: its own)
    std::optional<KioskMirror> kiosk;
};

enum class JournalKind { Admit, CheckOut, Inspect, Register };
QString journalKindKey(JournalKind kind); // "admit" / "checkout" / "inspect" / "register"
std::optional<JournalKind> journalKindFromKey(const QString &key);

// Something a station did while apart from the server, numbered in the order it happened.
struct JournalEntry {
    qint64 sequence = 0;
    JournalKind kind = JournalKind::Admit;
    qint64 visitId = 0;
    QDate facilityDate;
    QString officer;
    QDateTime at;                                    // UTC
    QDateTime uploadedAt;                            // invalid while waiting
    std::optional<InspectionRequest> inspection;     // Inspect: what was recorded (officer as `officer`)
    std::optional<OfflineRegistration> registration; // Register: the group, its number and visit id
};

// A station's own SQLite file beside its settings: a read-only mirror of the tickets it may have to judge, and the
// journal of what it did while the server could not be reached. WAL and synchronous=FULL like the facility's file:
// an entry is on disk when the write that adds it returns.
//
// The journal's id is drawn once, when the file is made: (journal id, sequence) names an entry for ever, even when
// a station loses its file and starts again at sequence 1.
class StationJournal {
    Q_DECLARE_TR_FUNCTIONS(StationJournal)
public:
    static Result<std::unique_ptr<StationJournal>> open(const QString &path, const QString &station);
    // The journal's file beside a station's settings file: the gate's, or (`kiosk`) the kiosk's.
    static QString pathBeside(const QString &settingsFile, bool kiosk = false);

    [[nodiscard]] QString station() const { return m_station; }
    [[nodiscard]] QString journalId() const { return m_journalId; }
    [[nodiscard]] Database &database() { return *m_database; }

    // Replaces the whole mirror in one transaction; the journal is untouched.
    Result<void> replaceMirror(const MirrorSnapshot &snapshot);
    // Nullopt before the first refresh.
    Result<std::optional<MirrorProfile>> profile();
    // A mirrored ticket as this station now knows it: the mirror with this station's journal applied on top.
    Result<std::optional<MirrorTicket>> ticket(qint64 visitId);
    Result<std::optional<MirrorTicket>> ticketOfBooking(qint64 bookingId);
    [[nodiscard]] int mirroredTickets() const;
    // Every mirrored visit as this station now knows it, in queue order (the visiting room while offline).
    Result<QList<VisitRecord>> visits();

    // A number reserved for a kiosk, by the visit id its ticket carries (nullopt: not reserved).
    Result<std::optional<ReservedNumber>> reservedNumber(qint64 visitId);

    // Adds an entry; inside the caller's write when there is one.
    Result<JournalEntry> append(JournalKind kind, const VisitRecord &visit, const QString &officer,
                                const QDateTime &at);
    // An inspection (checked: GateService::checkedInspection) as an entry.
    Result<JournalEntry> appendInspection(const VisitRecord &visit, const InspectionRequest &checked,
                                          const QDateTime &at);
    // A kiosk's registration while apart (`people`: the group as the rules count it), with what its rules count.
    Result<JournalEntry> appendRegistration(const OfflineRegistration &registration, qint64 inmateId, int people);
    // Entries not yet uploaded, in sequence order.
    Result<QList<JournalEntry>> pending();
    // Marks the entry sent; a registration's visitors (NIKs, names) are removed from this file then.
    Result<void> markUploaded(qint64 sequence, const QDateTime &at);

private:
    StationJournal(std::unique_ptr<Database> database, QString station, QString journalId);
    Result<std::optional<MirrorTicket>> ticketWhere(const QString &column, qint64 value);
    Result<void> applyJournal(MirrorTicket &ticket);
    Result<std::optional<MirrorTicket>> issuedOffline(qint64 visitId);
    Result<void> replaceKioskMirror(const KioskMirror &kiosk);
    static void applyInspection(MirrorTicket &ticket, const InspectionRequest &inspection, const QDateTime &at);

    std::unique_ptr<Database> m_database;
    QString m_station;
    QString m_journalId;
};

} // namespace besuk
