// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Visit.h"

#include "db/Database.h"
#include "db/EnumKeys.h"
#include "db/Nik.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

QDateTime moment(const QVariant &value) {
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// The visit and its members in one statement: a row per member, the visit's columns repeated.
const QString VisitColumns =
    u"SELECT v.id, v.facility_date, v.service, v.queue_number, v.session, v.status, v.men, v.women, v.children, "
    u"v.registered_at, v.admitted_at, v.admitted_by, v.checked_out_at, v.checked_out_by, v.refused_at, "
    u"v.refused_reason, v.cancelled_at, v.cancel_reason, i.id, i.number, i.name, i.block, i.active, "
    u"m.name, p.nik, m.category"_s;
constexpr int VisitColumnCount = 26;
const QString FromVisits =
    u" FROM visits v JOIN inmates i ON i.id = v.inmate_id "
    u"LEFT JOIN visit_members m ON m.visit_id = v.id LEFT JOIN visitors p ON p.id = m.visitor_id "_s;
const QString SelectVisit = VisitColumns + FromVisits;

const KeyTable<Service, 2> ServiceKeys{{{Service::Visit, u"visit"_s}, {Service::Deposit, u"deposit"_s}}};
const KeyTable<VisitStatus, 5> StatusKeys{{{VisitStatus::Registered, u"registered"_s},
                                           {VisitStatus::Admitted, u"admitted"_s},
                                           {VisitStatus::CheckedOut, u"checked_out"_s},
                                           {VisitStatus::Refused, u"refused"_s},
                                           {VisitStatus::Cancelled, u"cancelled"_s}}};
const KeyTable<Category, 3> CategoryKeys{
    {{Category::Man, u"man"_s}, {Category::Woman, u"woman"_s}, {Category::Child, u"child"_s}}};

} // namespace

QString serviceKey(Service service) {
    return toKey(service, ServiceKeys);
}

std::optional<Service> serviceFromKey(const QString &key) {
    return fromKey(key, ServiceKeys);
}

char queueLetter(Service service) {
    return service == Service::Visit ? 'A' : 'B';
}

QString queueLabel(Service service, int number) {
    QString label = QString::number(number).rightJustified(3, u'0');
    label.prepend(u'-').prepend(QLatin1Char(queueLetter(service)));
    return label;
}

QString isoDate(const QDate &date) {
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    const auto digit = [](int value) { return char16_t(u'0' + value % 10); };
    const char16_t text[10] = {digit(year / 1000),
                               digit(year / 100),
                               digit(year / 10),
                               digit(year),
                               u'-',
                               digit(month / 10),
                               digit(month),
                               u'-',
                               digit(day / 10),
                               digit(day)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QString statusKey(VisitStatus status) {
    return toKey(status, StatusKeys);
}

std::optional<VisitStatus> statusFromKey(const QString &key) {
    return fromKey(key, StatusKeys);
}

QString categoryKey(Category category) {
    return toKey(category, CategoryKeys);
}

std::optional<Category> categoryFromKey(const QString &key) {
    return fromKey(key, CategoryKeys);
}

qint64 VisitRecord::minutesInside(const QDateTime &now) const {
    if (!admittedAt.isValid() || !now.isValid())
        return 0;
    return admittedAt.secsTo(now) / 60;
}

bool VisitRecord::overstayed(const QDateTime &now, int visitMinutes) const {
    return minutesInside(now) >= visitMinutes;
}

Result<VisitRecord> VisitRepository::load(Database &database, qint64 id) {
    QVariant unused;
    return load(database, id, {}, {}, unused);
}

Result<VisitRecord> VisitRepository::load(Database &database, qint64 id, const QString &column,
                                          const QVariantList &values, QVariant &extra) {
    SqlQuery query(database, VisitColumns + (column.isEmpty() ? QString() : u", "_s + column) + FromVisits +
                                 u"WHERE v.id = ? ORDER BY m.position"_s);
    for (const QVariant &value : values)
        query.bind(value);
    query.bind(id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("There is no ticket with this number."));

    VisitRecord visit;
    visit.id = query.value(0).toLongLong();
    visit.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    visit.service = serviceFromKey(query.value(2).toString()).value_or(Service::Visit);
    visit.queueNumber = query.value(3).toInt();
    visit.session = query.value(4).toString();
    visit.status = statusFromKey(query.value(5).toString()).value_or(VisitStatus::Registered);
    visit.men = query.value(6).toInt();
    visit.women = query.value(7).toInt();
    visit.children = query.value(8).toInt();
    visit.registeredAt = moment(query.value(9));
    visit.admittedAt = moment(query.value(10));
    visit.admittedBy = query.value(11).toString();
    visit.checkedOutAt = moment(query.value(12));
    visit.checkedOutBy = query.value(13).toString();
    visit.refusedAt = moment(query.value(14));
    visit.refusedReason = query.value(15).toString();
    visit.cancelledAt = moment(query.value(16));
    visit.cancelReason = query.value(17).toString();
    visit.inmate = Inmate{query.value(18).toLongLong(), query.value(19).toString(), query.value(20).toString(),
                          query.value(21).toString(), query.value(22).toInt() == 1};
    if (!column.isEmpty())
        extra = query.value(VisitColumnCount);
    do {
        if (query.value(23).isNull())
            break; // a visit without members
        visit.members.append(Member{query.value(23).toString(), Nik::mask(query.value(24).toString()),
                                    categoryFromKey(query.value(25).toString()).value_or(Category::Man)});
    } while (query.next());
    return visit;
}

Result<VisitRecord> VisitRepository::findByQueueLabel(Database &database, const QDate &date, const QString &label) {
    static const QRegularExpression pattern(u"^\\s*([AaBb])\\s*-?\\s*0*(\\d{1,5})\\s*$"_s);
    const auto match = pattern.match(label);
    if (!match.hasMatch())
        return makeError(ErrorCode::InvalidInput, tr("Type a queue number such as A-042."));
    const Service service = match.captured(1).toUpper() == u"A"_s ? Service::Visit : Service::Deposit;
    SqlQuery query(database, u"SELECT id FROM visits WHERE facility_date = ? AND service = ? AND queue_number = ?"_s);
    query.bind(isoDate(date)).bind(serviceKey(service)).bind(match.captured(2).toInt());
    auto id = query.scalar();
    if (!id)
        return id.error();
    if (id->isNull())
        return makeError(ErrorCode::NotFound,
                         tr("There is no ticket %1 today.").arg(queueLabel(service, match.captured(2).toInt())));
    return load(database, id->toLongLong());
}

Result<QList<VisitRecord>> VisitRepository::ofDay(Database &database, const QDate &date,
                                                  std::optional<VisitStatus> status) {
    SqlQuery query(database, u"SELECT id FROM visits WHERE facility_date = ? AND (CAST(? AS TEXT) = '' OR status = ?) "
                             u"ORDER BY service DESC, queue_number"_s);
    const QString wanted = status ? statusKey(*status) : QString(u""_s);
    query.bind(isoDate(date)).bind(wanted).bind(wanted);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QList<VisitRecord> visits;
    visits.reserve(ids.size());
    for (qint64 id : ids) {
        auto visit = load(database, id);
        if (!visit)
            return visit.error();
        visits.append(std::move(visit).value());
    }
    return visits;
}

} // namespace besuk
