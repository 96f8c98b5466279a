#pragma once

#include "Result.h"
#include "Visit.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace besuk {

class Facility;

struct Counts {
    int groups = 0;
    int men = 0;
    int women = 0;
    int children = 0;

    [[nodiscard]] int total() const { return men + women + children; }
    void add(int groupMen, int groupWomen, int groupChildren);
    bool operator==(const Counts &) const = default;
};

struct HourTally {
    int hour = 0; // facility time, 0-23
    Counts registered;
    Counts admitted;
    Counts refused;
};

struct ServiceTally {
    Counts registered;
    Counts admitted;
    Counts refused;
    Counts inside;
};

// One facility day. "registered" counts every ticket not cancelled; "admitted" every group let in (including
// those since checked out); "inside" those admitted and not yet checked out.
struct DayTally {
    QDate date;
    QString facility;
    Counts registered;
    Counts admitted;
    Counts refused;
    Counts inside;
    Counts checkedOut;
    Counts cancelled;
    QList<HourTally> byHour;         // every hour from the first to the last with any activity
    ServiceTally visit;              // queue A
    ServiceTally deposit;            // queue B
    QMap<QString, Counts> bySession; // registered face-to-face visits per session name
};

class TallyService {
public:
    explicit TallyService(Facility &facility) : m_facility(facility) {}
    Result<DayTally> day(const QDate &date);

private:
    Facility &m_facility;
};

// The machine-readable forms of a tally (besuk-cli tally, exports).
namespace TallyFormat {
QJsonObject toJson(const DayTally &tally);
// RFC 4180, UTF-8, CRLF: a header row, one row per hour, and a totals row.
QByteArray toCsv(const DayTally &tally);
} // namespace TallyFormat

} // namespace besuk
