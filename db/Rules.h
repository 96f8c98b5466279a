// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>

namespace besuk {

// A part of the visiting day with its own capacity (people), e.g. "Pagi" 08:00-11:00.
struct VisitSession {
    QString name;
    QTime start;
    QTime end;
    int capacity = 0; // people; 0 = no limit

    bool operator==(const VisitSession &) const = default;
};

// A time slot families can book on a visiting day; capacity counts visitors (children included).
struct BookingSlot {
    QTime start;
    QTime end;
    int capacity = 0; // > 0

    bool operator==(const BookingSlot &) const = default;
};

// The facility's visiting rules. Staff change them; these defaults hold until they do.
struct Rules {
    Q_DECLARE_TR_FUNCTIONS(Rules)
public:
    QList<int> visitingDays{1, 2, 3, 4, 5, 6, 7}; // ISO weekdays, 1 = Monday
    QMap<QString, QList<int>> blockVisitingDays;  // cell block -> its own days, instead of visitingDays
    QTime opens{8, 0};
    QTime closes{15, 0};
    QList<VisitSession> sessions; // empty: one session from opens to closes, no capacity limit
    static constexpr int MaxItemLength = 80;
    static constexpr int MaxProhibitedItems = 40;

    int maxGroupSize = 4; // everyone in the group, children included
    int maxAdults = 3;
    int visitsPerInmatePerWeek = 1; // face-to-face visits, Monday-Sunday in facility time; 0 = no limit
    int dailyCapPeople = 0;         // face-to-face visitors per day; 0 = no cap
    int adultAge = 18;
    bool requireClearedInspection = true;
    int visitMinutes = 30; // the visiting room board highlights groups inside longer than this
    // What the gate's entry inspection checks for; the guard ticks each one found.
    QStringList prohibitedItems = defaultProhibitedItems();

    // Booking ahead (besuk-web). Off until staff give a visiting day its slots.
    static constexpr int MaxBookingHorizonDays = 60;
    static constexpr int MaxArrivalToleranceMinutes = 240;
    static constexpr int MaxOpenBookingsLimit = 50;
    static constexpr int MaxSlotCapacity = 10000;
    int bookingHorizonDays = 7;                 // how far ahead a day can be booked; 0 = online booking off
    QTime bookingClosesAt{18, 0};               // booking for a day closes at this time on the evening before
    QMap<int, QList<BookingSlot>> bookingSlots; // ISO weekday -> its slots; a visiting day with none: not bookable
    int arrivalToleranceMinutes = 30;           // a booked group this much before/after its slot: amber at the gate
    int maxOpenBookingsPerNik = 3;              // open (future, not cancelled) bookings one adult may lead or join

    static QStringList defaultProhibitedItems();
    // The demo facility's slots (besuk --demo, besuk-web --demo): 08-09, 09-10, 10-11 and 13-14, 40 visitors
    // each, on every one of `days`.
    static QMap<int, QList<BookingSlot>> demoBookingSlots(const QList<int> &days);

    // The sessions in force: `sessions`, or the single implicit one.
    [[nodiscard]] QList<VisitSession> effectiveSessions() const;
    [[nodiscard]] QList<int> daysForBlock(const QString &block) const;
    // The slots of `date`'s weekday, in order of their start (empty: not bookable that day).
    [[nodiscard]] QList<BookingSlot> slotsOn(const QDate &date) const;
    // Every ISO weekday on which some inmate may be visited (the default days and every block's).
    [[nodiscard]] QList<int> anyVisitingDays() const;

    [[nodiscard]] QJsonObject toJson() const;
    // Missing keys keep their defaults; wrong types or impossible values are an InvalidInput error.
    static Result<Rules> fromJson(const QJsonObject &json);
    [[nodiscard]] Result<void> validate() const;
    [[nodiscard]] Result<void> validateBooking() const; // the booking fields alone (validate() includes them)

    bool operator==(const Rules &) const = default;
};

} // namespace besuk
