// SPDX-License-Identifier: GPL-3.0-or-later
// besuk_offline_kiosk_sim: a kiosk with an offline journal, as a process of its own, for the SIGKILL tests of
// issue 21 (tests/reliability/KioskKillTest.cpp). It goes through KioskFlow, as the kiosk's window does.
//
//   besuk_offline_kiosk_sim --db URL --key KEYPATH --journal FILE --station NAME --now ISO MODE [options]
//
// prepare: takes the mirror and reserves the kiosk's numbers; prints "ready N" (N numbers held).
// register --count N [--pause-ms M]: prints "waiting", reads one line from stdin (the test stops the server then),
//   and registers N groups (inmates P-0001 ...), one adult each; prints "LABEL VISITID" for each ticket once the
//   kiosk has it (the journal entry committed).
// upload [--pause-ms M]: sends the journal, printing "sent SEQUENCE" after each entry is marked sent (pausing M ms
//   after each), then "done STORED ALREADY".
// Any error goes to stderr and ends the process with exit code 1.

#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/offline/JournalUpload.h"
#include "db/offline/StationJournal.h"
#include "ui/kiosk/KioskFlow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

void printLine(FILE *stream, const QString &line) {
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int fail(const Error &error) {
    printLine(stderr, u"besuk_offline_kiosk_sim: "_s + error.message + u" / "_s + error.detail);
    return 1;
}

QString visitorNik(int index) {
    const QDate birth = QDate(1970, 1, 1).addDays(index);
    return u"647105%1%2%3%4"_s.arg(birth.day(), 2, 10, QLatin1Char('0'))
        .arg(birth.month(), 2, 10, QLatin1Char('0'))
        .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
        .arg(index % 9999 + 1, 4, 10, QLatin1Char('0'));
}

int registerGroups(KioskFlow &flow, int count, int pauseMs) {
    printLine(stdout, u"waiting"_s);
    std::string line;
    std::getline(std::cin, line); // the server is stopped meanwhile
    for (int i = 1; i <= count; ++i) {
        flow.reset();
        auto found = flow.searchInmates(u"P-%1"_s.arg(i, 4, 10, QLatin1Char('0')), 1);
        if (!found || found->isEmpty())
            return found ? fail(makeError(ErrorCode::NotFound, u"no inmate P-%1"_s.arg(i))) : fail(found.error());
        flow.setInmate(found->first());
        if (auto added = flow.addAdult(visitorNik(i), u"Siti Aminah"_s); !added)
            return fail(added.error());
        auto ticket = flow.submit();
        if (!ticket)
            return fail(ticket.error());
        printLine(stdout, u"%1 %2"_s.arg(ticket->visit.queueLabel()).arg(ticket->visit.id));
        QThread::msleep(pauseMs);
    }
    return 0;
}

int upload(Facility &facility, StationJournal &journal, int pauseMs) {
    auto report = JournalUpload::upload(facility, journal, [&](const JournalEntry &entry) {
        printLine(stdout, u"sent %1"_s.arg(entry.sequence));
        QThread::msleep(pauseMs);
    });
    if (!report)
        return fail(report.error());
    printLine(stdout, u"done %1 %2"_s.arg(report->stored).arg(report->alreadyStored));
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(u"db"_s, u"location"_s, u"location"_s), key(u"key"_s, u"key"_s, u"path"_s),
        journalPath(u"journal"_s, u"journal"_s, u"path"_s), station(u"station"_s, u"station"_s, u"name"_s),
        now(u"now"_s, u"now"_s, u"iso"_s), count(u"count"_s, u"count"_s, u"n"_s, u"10"_s),
        pause(u"pause-ms"_s, u"pause"_s, u"ms"_s, u"0"_s);
    parser.addOptions({db, key, journalPath, station, now, count, pause});
    parser.addPositionalArgument(u"mode"_s, u"prepare, register or upload"_s);
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const FixedClock clock(QDateTime::fromString(parser.value(now), Qt::ISODate));
    auto database = Database::open(parser.value(db), Database::OpenMode::MustExist);
    if (!database)
        return fail(database.error());
    auto facility = Facility::open(std::move(database).value(), clock, parser.value(key));
    if (!facility)
        return fail(facility.error());
    KioskFlow flow(**facility, parser.value(station));
    if (auto journal = flow.useJournal(parser.value(journalPath)); !journal)
        return fail(journal.error());
    if (mode == u"prepare") {
        auto held = flow.refreshMirror();
        if (!held)
            return fail(held.error());
        printLine(stdout, u"ready %1"_s.arg(*held));
        return 0;
    }
    if (mode == u"register")
        return registerGroups(flow, parser.value(count).toInt(), parser.value(pause).toInt());
    auto journal = StationJournal::open(parser.value(journalPath), parser.value(station));
    if (!journal)
        return fail(journal.error());
    return upload(**facility, **journal, parser.value(pause).toInt());
}
