// SPDX-License-Identifier: GPL-3.0-or-later
// besuk_station_sim: one station of a site, as a process of its own, for the concurrency tests.
//
//   besuk_station_sim --db LOCATION --key KEYPATH --now ISO --inmate-prefix P --count N [--station K]
//                     [--mode register|admit|call --payload X --officer NAME --gate NAME --service visit|deposit]
//
// register (default): N registrations through RegistrationService, one adult each with a NIK of its own (derived
// from the station number K and the loop index), for inmates P-0001 ... P-N; one queue label per line on stdout.
// admit: N admits of the ticket X by NAME through GateService; one verdict key per line on stdout.
// call: N "call next" of the service (default visit) at gate NAME by the officer through CallService; one queue label
// per line on stdout, or "none" when no one was waiting. With --print-payload, register prints "LABEL PAYLOAD" lines
// (the crash harness checks every ticket it saw acknowledged); --pause-ms paces it like a kiosk in use.
// With --shared-visitors each group brings two more adults, the same two people at every station, in one order on
// even turns and the other on odd ones (their NIKs sort among the stations' own); with --refusals-ok a registration the
// rules refuse prints "refused" and the station goes on; with --report-retries register ends with a line "retried N":
// how many times a transaction ran again because another station won a race (Database::conflictsRetried). Any error
// goes to stderr as it is and ends the process with exit code 1: nothing is caught, retried or hidden.

#include "db/CallService.h"
#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

void printLine(FILE *stream, const QString &line) {
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

int fail(const QString &message) {
    std::fflush(stdout);
    printLine(stderr, u"besuk_station_sim: "_s + message);
    return 1;
}

// A valid NIK for visitor `index` of station `station`: district 6471SS, born on a different day per index.
QString stationNik(int station, int index) {
    const QDate birth = QDate(1970, 1, 1).addDays(index);
    return u"6471%1%2%3%4%5"_s.arg(station, 2, 10, QLatin1Char('0'))
        .arg(birth.day(), 2, 10, QLatin1Char('0'))
        .arg(birth.month(), 2, 10, QLatin1Char('0'))
        .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
        .arg(index % 9999 + 1, 4, 10, QLatin1Char('0'));
}

// The adults who come with every group of --shared-visitors: born 15 June 1980, so no station's own visitor has
// their NIKs, which sort between those of station 4's visitors.
const AdultEntry SharedOne{u"6471041506809998"_s, u"Pengunjung Bersama Satu"_s};
const AdultEntry SharedTwo{u"6471041506809999"_s, u"Pengunjung Bersama Dua"_s};

RegistrationRequest requestFor(const QString &inmate, int station, int index, bool sharedVisitors) {
    RegistrationRequest request{inmate,
                                {AdultEntry{stationNik(station, index), u"Pengunjung Stasiun"_s}},
                                0,
                                Service::Visit,
                                u"station-%1"_s.arg(station)};
    if (sharedVisitors)
        request.adults +=
            index % 2 == 0 ? QList<AdultEntry>{SharedOne, SharedTwo} : QList<AdultEntry>{SharedTwo, SharedOne};
    return request;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(u"db"_s, u"Database location."_s, u"LOCATION"_s);
    const QCommandLineOption key(u"key"_s, u"Facility key file."_s, u"KEYPATH"_s);
    const QCommandLineOption now(u"now"_s, u"The instant, with its offset."_s, u"ISO"_s);
    const QCommandLineOption prefix(u"inmate-prefix"_s, u"Inmates are PREFIX-0001 ..."_s, u"P"_s);
    const QCommandLineOption count(u"count"_s, u"How many registrations or admits."_s, u"N"_s);
    const QCommandLineOption station(u"station"_s, u"This station's number, 1-99 (default 1)."_s, u"K"_s);
    const QCommandLineOption mode(u"mode"_s, u"register (default), admit or call."_s, u"MODE"_s);
    const QCommandLineOption payload(u"payload"_s, u"The ticket to admit."_s, u"X"_s);
    const QCommandLineOption officer(u"officer"_s, u"The admitting or calling officer."_s, u"NAME"_s);
    const QCommandLineOption gateName(u"gate"_s, u"The calling gate."_s, u"NAME"_s);
    const QCommandLineOption service(u"service"_s, u"The queue to call: visit (default) or deposit."_s, u"S"_s);
    const QCommandLineOption printPayload(u"print-payload"_s, u"register: print each ticket's payload too."_s);
    const QCommandLineOption pause(u"pause-ms"_s, u"register: wait this long between registrations."_s, u"MS"_s);
    const QCommandLineOption shared(u"shared-visitors"_s, u"register: every group brings the same two adults."_s);
    const QCommandLineOption refusals(u"refusals-ok"_s, u"register: print \"refused\" for a refusal, go on."_s);
    const QCommandLineOption retries(u"report-retries"_s, u"register: end with the retried conflicts."_s);
    parser.addOptions({db, key, now, prefix, count, station, mode, payload, officer, gateName, service, printPayload,
                       pause, shared, refusals, retries});
    if (!parser.parse(app.arguments()))
        return fail(parser.errorText());
    if (!parser.isSet(db) || !parser.isSet(key) || !parser.isSet(now) || !parser.isSet(count))
        return fail(u"--db, --key, --now and --count are required."_s);

    const QDateTime moment = QDateTime::fromString(parser.value(now), Qt::ISODateWithMs);
    if (!moment.isValid() || moment.timeSpec() == Qt::LocalTime)
        return fail(u"--now needs an instant with its offset, e.g. 2025-12-27T09:00+08:00."_s);
    bool numeric = false;
    const int total = parser.value(count).toInt(&numeric);
    if (!numeric || total < 0)
        return fail(u"--count needs a whole number."_s);
    const int stationNumber = parser.isSet(station) ? parser.value(station).toInt(&numeric) : 1;
    if (!numeric || stationNumber < 1 || stationNumber > 99)
        return fail(u"--station needs a number from 1 to 99."_s);
    const QString modeName = parser.isSet(mode) ? parser.value(mode) : u"register"_s;
    if (modeName != u"register"_s && modeName != u"admit"_s && modeName != u"call"_s)
        return fail(u"--mode is register, admit or call."_s);
    if (modeName == u"register"_s && !parser.isSet(prefix))
        return fail(u"register needs --inmate-prefix."_s);
    if (modeName == u"admit"_s && (!parser.isSet(payload) || !parser.isSet(officer)))
        return fail(u"admit needs --payload and --officer."_s);
    if (modeName == u"call"_s && (!parser.isSet(gateName) || !parser.isSet(officer)))
        return fail(u"call needs --gate and --officer."_s);
    const auto queue = serviceFromKey(parser.isSet(service) ? parser.value(service) : u"visit"_s);
    if (!queue)
        return fail(u"--service is visit or deposit."_s);

    const FixedClock clock(moment);
    auto database = Database::open(parser.value(db), Database::OpenMode::MustExist);
    if (!database)
        return fail(database.error().message);
    auto facility = Facility::open(std::move(database).value(), clock, parser.value(key));
    if (!facility)
        return fail(facility.error().message);

    if (modeName == u"admit"_s) {
        GateService gate(**facility);
        for (int i = 0; i < total; ++i) {
            auto outcome = gate.admit(parser.value(payload), parser.value(officer));
            if (!outcome)
                return fail(outcome.error().message);
            printLine(stdout, verdictKey(outcome->verdict));
        }
        return 0;
    }

    if (modeName == u"call"_s) {
        CallService calls(**facility);
        for (int i = 0; i < total; ++i) {
            auto call = calls.callNext(*queue, parser.value(gateName), parser.value(officer));
            if (!call && call.error().code != ErrorCode::NotFound)
                return fail(call.error().message);
            printLine(stdout, call ? call->queueLabel() : u"none"_s);
        }
        return 0;
    }

    RegistrationService registration(**facility);
    for (int i = 0; i < total; ++i) {
        const QString inmate = u"%1-%2"_s.arg(parser.value(prefix)).arg(i + 1, 4, 10, QLatin1Char('0'));
        auto ticket = registration.registerGroup(requestFor(inmate, stationNumber, i, parser.isSet(shared)));
        if (!ticket && ticket.error().code == ErrorCode::RuleRefused && parser.isSet(refusals)) {
            printLine(stdout, u"refused"_s);
            continue;
        }
        if (!ticket)
            return fail(ticket.error().message + u" ["_s + ticket.error().detail + u"]"_s);
        printLine(stdout, parser.isSet(printPayload) ? ticket->visit.queueLabel() + u' ' + ticket->payload
                                                     : ticket->visit.queueLabel());
        std::fflush(stdout);
        if (parser.isSet(pause))
            QThread::msleep(parser.value(pause).toULong());
    }
    if (parser.isSet(retries))
        printLine(stdout, u"retried %1"_s.arg((*facility)->database().conflictsRetried()));
    return 0;
}
