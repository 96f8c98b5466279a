// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/InmateStore.h"
#include "db/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace besuk {

class Database;

enum class Service { Visit, Deposit }; // queue A: face-to-face visit; queue B: item drop-off (penitipan barang)
enum class VisitStatus { Registered, Admitted, CheckedOut, Refused, Cancelled };
enum class Category { Man, Woman, Child };

QString serviceKey(Service service); // "visit" / "deposit"
std::optional<Service> serviceFromKey(const QString &key);
char queueLetter(Service service);               // 'A' / 'B'
QString queueLabel(Service service, int number); // "A-001"
QString statusKey(VisitStatus status);           // "registered", "admitted", ...
std::optional<VisitStatus> statusFromKey(const QString &key);
QString categoryKey(Category category); // "man" / "woman" / "child"
std::optional<Category> categoryFromKey(const QString &key);
// A date as the database stores it, "2025-12-27": QDate::toString(Qt::ISODate) without its formatting machinery
// (a registration writes several).
QString isoDate(const QDate &date);

struct Member {
    QString name;
    QString maskedNik; // empty for children counted without a NIK
    Category category = Category::Man;
};

// A ticket and everything that happened to it, as staff and guards see it (NIKs masked).
struct VisitRecord {
    qint64 id = 0;
    QDate date;
    Service service = Service::Visit;
    int queueNumber = 0;
    QString session;
    VisitStatus status = VisitStatus::Registered;
    Inmate inmate;
    QList<Member> members; // adults with a NIK, in the order entered; the first is the lead visitor
    int men = 0;
    int women = 0;
    int children = 0;
    QDateTime registeredAt;
    QDateTime admittedAt;
    QString admittedBy;
    QDateTime checkedOutAt;
    QString checkedOutBy;
    QDateTime refusedAt;
    QString refusedReason;
    QDateTime cancelledAt;
    QString cancelReason;

    [[nodiscard]] int people() const { return men + women + children; }
    [[nodiscard]] QString queueLabel() const { return besuk::queueLabel(service, queueNumber); }
    // Whole minutes since the admit (0 when not admitted, or `now` is invalid).
    [[nodiscard]] qint64 minutesInside(const QDateTime &now) const;
    // Inside for `visitMinutes` (the rules' visit time) or longer: the visiting room board highlights the group.
    [[nodiscard]] bool overstayed(const QDateTime &now, int visitMinutes) const;
};

class VisitRepository {
    Q_DECLARE_TR_FUNCTIONS(VisitRepository)
public:
    // NotFound when there is no visit with this id.
    static Result<VisitRecord> load(Database &database, qint64 id);
    // The same, with one more value computed by the same statement: `column` is an SQL expression that may use the
    // visit as `v`, `values` bind its placeholders; its value is put in `extra`.
    static Result<VisitRecord> load(Database &database, qint64 id, const QString &column, const QVariantList &values,
                                    QVariant &extra);
    // Today's ticket by its queue label ("A-042", "a42", "A 42"), for a guard typing it by hand.
    static Result<VisitRecord> findByQueueLabel(Database &database, const QDate &date, const QString &label);
    // A facility day's tickets in queue order (A before B), all or only those in `status`.
    static Result<QList<VisitRecord>> ofDay(Database &database, const QDate &date,
                                            std::optional<VisitStatus> status = std::nullopt);
};

} // namespace besuk
