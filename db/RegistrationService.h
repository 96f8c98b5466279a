// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Nik.h"
#include "db/Result.h"
#include "db/Rules.h"
#include "db/Visit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace besuk {

class Facility;

struct AdultEntry {
    QString nik;
    QString name;
};

struct RegistrationRequest {
    QString inmateNumber;
    QList<AdultEntry> adults; // the first is the lead visitor
    int children = 0;         // children without a NIK, counted only
    Service service = Service::Visit;
    QString station; // who registered: "kiosk-1", "cli", ...
};

// One visitor with a NIK as the rules see them on the facility's day: age, and whom they count as.
struct GroupMember {
    QString nik; // the 16 digits
    QString name;
    Sex sex = Sex::Male;
    QDate birthDate;
    int age = 0;
    Category category = Category::Man; // Child when younger than the rules' adult age

    [[nodiscard]] bool countsAsChild() const { return category == Category::Child; }
};

// A group as the tally and the limits count it: members under the adult age are children.
struct GroupCount {
    int men = 0;
    int women = 0;
    int children = 0;

    [[nodiscard]] int adults() const { return men + women; }
    [[nodiscard]] int people() const { return men + women + children; }
    static GroupCount of(const QList<GroupMember> &members, int childrenWithoutNik);
};

// What the rules count for a group's inmate and day, read after the locks (a walk-in, a booking, an arrival).
struct RuleCounts {
    Inmate inmate;
    int bans = 0;       // bans in force for the group's NIKs
    int weekVisits = 0; // the inmate's face-to-face visits and open bookings in the day's week
    int dayPeople = 0;  // visitors in the day's visits and open bookings that can still come in
};

// A booked group arriving (BookingService::arrive): its own booking is not counted again, the visit goes into the
// booking's session whatever the sessions' capacity, and the booking is marked Arrived in the same transaction.
struct BookedArrival {
    qint64 bookingId = 0;
    QString code;
    QString session;
};

// A group a kiosk registered while the server could not be reached (db/offline/OfflineKiosk), as uploaded: the
// queue number and visit id come from the kiosk's reserved block (QueueBlocks), the ticket was signed with them.
struct OfflineRegistration {
    qint64 visitId = 0;
    QDate date;
    Service service = Service::Visit;
    int queueNumber = 0;
    QString session;
    QString inmateNumber;
    QList<AdultEntry> adults;
    int children = 0; // without a NIK
    QString station;
    QDateTime registeredAt; // UTC, the kiosk's clock
};

// What the server made of an uploaded offline registration.
struct OfflineStored {
    bool alreadyStored = false; // an earlier, interrupted upload stored it
    VisitRecord visit;
    QString brokenRule; // a rule only the server could see, in the rule's own words; empty when none was broken
};

struct IssuedTicket {
    VisitRecord visit;
    QString payload; // what the QR holds
};

// An earlier walk-in ticket shown again at the kiosk (RegistrationService::repeatOf): what that ticket already showed
// its holder, offered for today's visit. The NIKs stay in the domain: registerRepeat reads them again by visit id.
struct RepeatVisit {
    qint64 visitId = 0; // the earlier visit
    QDate date;         // its facility day
    Service service = Service::Visit;
    Inmate inmate;
    // One per visitor with a NIK, in order. As on that ticket: the lead visitor's name and masked NIK; the others
    // only as counted there (category), their names and NIKs left empty.
    QList<Member> members;
    int childrenWithoutNik = 0; // that day's children counted without a NIK
};

// A visitor group's self-registration: every rule checked, the queue number drawn and the ticket stored in one
// transaction, then signed. A refusal says in plain words what to do next and changes nothing.
class RegistrationService {
    Q_DECLARE_TR_FUNCTIONS(RegistrationService)
public:
    static constexpr int MaxChildren = 20;
    // The first queue number a kiosk may reserve for working offline (QueueBlocks); online numbering skips them.
    static constexpr int OfflineFirstNumber = 901;

    // Whether a ban is in force on any of the NIKs: SeeOfficer when one is. By default the facility's database is
    // asked; a kiosk working apart from the server asks its mirror (OfflineKiosk::checkBans).
    using BanCheck = std::function<Result<void>(const QStringList &niks)>;

    explicit RegistrationService(Facility &facility) : m_facility(facility) {}
    RegistrationService(Facility &facility, BanCheck banCheck)
        : m_facility(facility), m_banCheck(std::move(banCheck)) {}

    // The group rules, asked while a group is entered (the kiosk) and by registerGroup: one copy of each.
    // A visitor with a NIK, checked against the facility's today and counted by the rules' adult age.
    [[nodiscard]] Result<GroupMember> checkPerson(const AdultEntry &entry) const;
    // Whom the holder of this NIK counts as today: a child under the adult age, else a man or a woman.
    [[nodiscard]] Category categoryOf(const NikInfo &nik) const;
    // One more visitor joining `members` (and `children` without a NIK): not in the group yet, and the group
    // afterwards within the adult and size limits.
    [[nodiscard]] Result<GroupMember> checkJoin(const QList<GroupMember> &members, int children,
                                                const AdultEntry &entry) const;
    // The same checks the moment a NIK is complete, before the name is typed: structure, age (whom it counts as),
    // not in the group yet, the adult and size limits, and bans (SeeOfficer, the final check's message, no reason).
    [[nodiscard]] Result<GroupMember> checkNik(const QList<GroupMember> &members, int children,
                                               const QString &nik) const;
    // Everything about the inmate and today that needs no group, asked as soon as the inmate is chosen: the
    // registration hours, active, the block's visiting day, the weekly limit, the daily cap and the sessions with
    // room for one more person. The same rules (and messages) registerGroup applies.
    [[nodiscard]] Result<void> checkInmate(const QString &inmateNumber, Service service) const;
    // The whole group: each person once, at least one adult, within the size and adult limits.
    [[nodiscard]] Result<GroupCount> checkGroup(const QList<GroupMember> &members, int children) const;
    // How many adults a group may have (the group size limits that too).
    [[nodiscard]] int adultLimit() const;
    // Children without a NIK that still fit beside `members` visitors with a NIK.
    [[nodiscard]] int childrenRoom(qsizetype members) const;

    Result<IssuedTicket> registerGroup(const RegistrationRequest &request);
    // registerGroup for a booked group on its day (see BookedArrival). Conflict if the booking is no longer Booked.
    Result<IssuedTicket> registerArrival(const RegistrationRequest &request, const BookedArrival &arrival);

    // The rules on a group's inmate and day, shared by walk-ins and bookings: inactive inmate, the block's visiting
    // days, bans (SeeOfficer, no reason), visits per inmate per week, the daily cap. `day` is today for a walk-in.
    [[nodiscard]] Result<void> judgeCounts(const RuleCounts &counts, Service service, int groupSize,
                                           const QDate &day) const;
    // Scalar subqueries over the inmate column `i.id` that count as the rules count. weekVisitsSql binds: Monday,
    // Sunday (twice each, visits then bookings), the first day still open for bookings (today), and a booking id
    // left out (0 for none). dayPeopleSql binds: the day, the day, and a booking id left out.
    static QString weekVisitsSql();
    static QString dayPeopleSql();
    // The visitor with a NIK as the rules count them on `day` (a booked day may be ahead of today).
    [[nodiscard]] Result<GroupMember> checkPersonOn(const AdultEntry &entry, const QDate &day) const;

    // An earlier day's walk-in ticket, by its payload as scanned (signature checked): its inmate and visitors, for a
    // visit today. InvalidInput for anything else (a booking's ticket included), Conflict for a ticket of today.
    Result<RepeatVisit> repeatOf(const QString &payload);
    // The early checks for a repeat visit: checkInmate and the visitors' bans.
    [[nodiscard]] Result<void> checkRepeat(const RepeatVisit &repeat) const;
    // Registers today's visit for the same inmate and visitors (NIKs read from the earlier visit), with `children`
    // children without a NIK: every rule of registerGroup.
    Result<IssuedTicket> registerRepeat(const RepeatVisit &repeat, int children, const QString &station);

    // The registration hours (RuleRefused outside them).
    [[nodiscard]] Result<void> checkHours(const QTime &localTime) const;
    // The first of `sessions` (today's, not yet over) with room for `groupSize` more people beside `people` booked in
    // each; RuleRefused when all are full.
    [[nodiscard]] static Result<QString> chooseSession(const QList<VisitSession> &sessions, const QList<int> &people,
                                                       int groupSize);

    // Stores a registration an offline kiosk made, with its reserved number and visit id, once (an upload repeated
    // after a cut finds it stored). Every rule is checked against what the server knows; a registration that breaks
    // one (the weekly limit through another kiosk, a ban added meanwhile) is stored all the same, since its ticket
    // was printed, and the rule's words are returned for staff.
    Result<OfflineStored> storeOffline(const OfflineRegistration &registration);

    // The payload of a stored ticket, signed again (Ed25519 is deterministic: the same QR as first printed).
    Result<QString> payloadFor(const VisitRecord &visit);

private:
    Result<IssuedTicket> registerGroup(const RegistrationRequest &request, const BookedArrival *arrival);
    [[nodiscard]] GroupMember memberOn(const NikInfo &nik, const QDate &day) const;
    [[nodiscard]] Result<GroupMember> joinRules(const QList<GroupMember> &members, int children,
                                                const GroupMember &person) const;
    [[nodiscard]] Result<void> checkBans(const QStringList &niks) const;
    [[nodiscard]] Result<GroupMember> checkPerson(const AdultEntry &entry, const QDate &today) const;
    [[nodiscard]] Category categoryOn(const NikInfo &nik, const QDate &day) const;
    [[nodiscard]] bool tooManyAdults(const GroupCount &count) const;
    [[nodiscard]] bool tooManyPeople(const GroupCount &count) const;

    Facility &m_facility;
    BanCheck m_banCheck;
};

} // namespace besuk
