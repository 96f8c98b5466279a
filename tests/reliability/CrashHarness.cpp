// SPDX-License-Identifier: GPL-3.0-or-later
// besuk_crash_harness: kills registering and admitting processes with SIGKILL at random moments and checks, after
// every kill, that nothing acknowledged was lost.
//
//   besuk_crash_harness --cli BESUK_CLI --sim BESUK_STATION_SIM [--cycles N] [--seed S] [--report FILE] [--sabotage]
//
// Each cycle starts, against one SQLite facility: three `besuk-cli register` processes, one `besuk-cli admit` of a
// ticket acknowledged earlier, and (when it is not running) one long-lived station process that registers in a loop.
// After a random delay it sends SIGKILL to every short process still running, and to the long-lived one in one cycle
// of three. The delay is uniform over a window that adapts so that about half the short processes are killed: the
// kills fall anywhere in a process's life (start-up, opening the database, inside the transaction, while printing). A
// ticket is acknowledged when its JSON (or the long-lived process's "LABEL PAYLOAD" line) reached the pipe; an admit
// when its JSON said "admitted". Then it checks:
//   - PRAGMA integrity_check is ok, and the audit chain is intact;
//   - every acknowledged ticket is stored with its queue number, and its payload verifies;
//   - queue numbers are unique and gap-free per day and service (the counter moved only with committed tickets);
//   - every acknowledged admit is stored as admitted, and no visit was admitted twice (one audit entry each).
// Exit 0 when every cycle passed; 1 with the first broken promise on stderr. --sabotage moves one acknowledged
// ticket to another number behind Besuk's back after the first cycle, to show that the checks catch a loss.
#include "db/AuditLog.h"
#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/InmateStore.h"
#include "db/TicketCodec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <csignal>
#include <cstdio>
#include <map>
#include <memory>
#include <random>
#include <set>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

constexpr int CycleDaysSpan = 100; // a new facility day every 100 cycles keeps queue numbers far below 65535
const QString TimeZoneId = u"Asia/Makassar"_s;

struct Options {
    QString cli;
    QString sim;
    int cycles = 200;
    unsigned seed = 20251227;
    QString report;
    bool sabotage = false;
};

struct Ticket {
    QString label;
    QString date;
    quint32 id = 0; // from the verified payload, once checked
};

struct Figures {
    int cycles = 0;
    int processesStarted = 0;
    int processesKilled = 0; // short processes killed (the rest finished by themselves)
    int longLivedKilled = 0;
    int ticketsAcknowledged = 0;
    int ticketsCommittedUnacknowledged = 0;
    int admitsAcknowledged = 0;
    qint64 longestCycleMs = 0;
    int finalWindowMs = 0;
};

[[noreturn]] void brokenPromise(int cycle, const QString &what) {
    std::fprintf(stderr, "besuk_crash_harness: cycle %d: %s\n", cycle, qUtf8Printable(what));
    std::exit(1);
}

QDateTime momentOfCycle(int cycle) {
    const QDate day = QDate(2025, 12, 27).addDays(cycle / CycleDaysSpan);
    return QDateTime(day, QTime(9, 0), QTimeZone(TimeZoneId.toUtf8()));
}

QString isoOf(const QDateTime &moment) {
    return moment.toOffsetFromUtc(moment.offsetFromUtc()).toString(Qt::ISODate);
}

// A valid NIK that no other registration of the run uses: district 647105, a birth day from the counter.
QString uniqueNik(int counter) {
    const QDate birth = QDate(1960, 1, 1).addDays(counter % 15000);
    return u"647105%1%2%3%4"_s.arg(birth.day(), 2, 10, QLatin1Char('0'))
        .arg(birth.month(), 2, 10, QLatin1Char('0'))
        .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
        .arg(counter / 15000 + 1, 4, 10, QLatin1Char('0'));
}

std::unique_ptr<Facility> openFacility(const QString &path, const Clock &clock, int cycle) {
    auto database = Database::open(path, Database::OpenMode::MustExist);
    if (!database)
        brokenPromise(cycle, u"the database does not open: "_s + database.error().message);
    auto facility = Facility::open(std::move(database).value(), clock, path + u".key"_s);
    if (!facility)
        brokenPromise(cycle, u"the facility does not open: "_s + facility.error().message);
    return std::move(facility).value();
}

void createFacility(const QString &path) {
    const FixedClock clock(momentOfCycle(0));
    auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!database)
        brokenPromise(0, database.error().message);
    auto facility =
        Facility::initialise(std::move(database).value(), clock, u"Rutan Uji"_s, TimeZoneId, path + u".key"_s);
    if (!facility)
        brokenPromise(0, facility.error().message);
    Rules rules = (*facility)->rules();
    rules.visitsPerInmatePerWeek = 0;       // the same inmates are visited again and again
    rules.requireClearedInspection = false; // admits go straight in
    rules.closes = QTime(23, 59);
    if (auto saved = (*facility)->saveRules(rules, u"harness"_s); !saved)
        brokenPromise(0, saved.error().message);
    QByteArray roster = "number,name,block\n";
    for (int i = 1; i <= 200; ++i)
        roster += u"CH-%1,Warga Binaan,A\n"_s.arg(i, 4, 10, QLatin1Char('0')).toUtf8();
    for (int i = 1; i <= 2000; ++i)
        roster += u"LL-%1,Warga Binaan,B\n"_s.arg(i, 4, 10, QLatin1Char('0')).toUtf8();
    if (auto imported = InmateStore(**facility).importCsv(roster, u"harness"_s); !imported)
        brokenPromise(0, imported.error().message);
}

class Harness {
public:
    Harness(Options options, QString databasePath)
        : m_options(std::move(options)), m_path(std::move(databasePath)), m_random(m_options.seed) {}

    Figures run() {
        // Sabotage needs an acknowledged ticket to move; on a slow machine the first cycles may kill every process
        // before it acknowledges one, so the run goes on (a bounded number of cycles) until one has been moved.
        const int lastCycle = m_options.cycles + (m_options.sabotage ? MaxExtraSabotageCycles : 0);
        for (int cycle = 0; cycle < m_options.cycles || (cycle < lastCycle && !m_sabotaged); ++cycle) {
            QElapsedTimer timer;
            timer.start();
            runCycle(cycle);
            if (m_options.sabotage && !m_sabotaged && !m_tickets.empty()) {
                moveOneTicket(cycle);
                m_sabotaged = true;
            }
            check(cycle);
            m_figures.longestCycleMs = std::max(m_figures.longestCycleMs, timer.elapsed());
            m_figures.finalWindowMs = m_windowMs;
            ++m_figures.cycles;
        }
        stopLongLived(true);
        check(m_options.cycles);
        return m_figures;
    }

private:
    QStringList commonArguments(int cycle) const {
        return {u"--db"_s, m_path, u"--key"_s, m_path + u".key"_s, u"--now"_s, isoOf(momentOfCycle(cycle))};
    }

    std::unique_ptr<QProcess> start(const QString &program, const QStringList &arguments) {
        auto process = std::make_unique<QProcess>();
        process->setProgram(program);
        process->setArguments(arguments);
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start();
        process->closeWriteChannel();
        if (!process->waitForStarted(5000))
            brokenPromise(m_figures.cycles, u"cannot start "_s + program);
        ++m_figures.processesStarted;
        return process;
    }

    void runCycle(int cycle) {
        if (m_longLivedDay != cycle / CycleDaysSpan)
            stopLongLived(true); // a new day: the long-lived station starts again with the new date
        if (m_longLived && m_longLived->waitForFinished(0))
            stopLongLived(false); // it registered its whole count
        if (!m_longLived) {
            m_longLived = start(m_options.sim,
                                {u"--db"_s, m_path, u"--key"_s, m_path + u".key"_s, u"--now"_s,
                                 isoOf(momentOfCycle(cycle)), u"--inmate-prefix"_s, u"LL"_s, u"--count"_s, u"2000"_s,
                                 u"--station"_s, u"7"_s, u"--print-payload"_s, u"--pause-ms"_s, u"20"_s});
            m_longLivedDay = cycle / CycleDaysSpan;
        }

        std::vector<std::unique_ptr<QProcess>> registrations;
        for (int i = 0; i < 3; ++i) {
            ++m_registrationCounter;
            const QString inmate = u"CH-%1"_s.arg(m_registrationCounter % 200 + 1, 4, 10, QLatin1Char('0'));
            registrations.push_back(
                start(m_options.cli,
                      commonArguments(cycle) + QStringList{u"register"_s, u"--inmate"_s, inmate, u"--adult"_s,
                                                           uniqueNik(m_registrationCounter) + u":Pengunjung Uji"_s}));
        }
        std::unique_ptr<QProcess> admit;
        QString admitPayload = pickTicketToAdmit(cycle);
        if (!admitPayload.isEmpty())
            admit = start(m_options.cli,
                          commonArguments(cycle) + QStringList{u"admit"_s, admitPayload, u"--officer"_s, u"Joko"_s});

        QThread::msleep(std::uniform_int_distribution<int>(0, m_windowMs)(m_random));
        const int killedBefore = m_figures.processesKilled;
        for (auto &process : registrations)
            finish(*process);
        if (admit)
            finish(*admit);
        const int shortProcesses = int(registrations.size()) + (admit ? 1 : 0);
        const double killedShare = double(m_figures.processesKilled - killedBefore) / shortProcesses;
        if (killedShare > 0.7)
            m_windowMs = std::min(3000, m_windowMs * 5 / 4 + 1);
        else if (killedShare < 0.3)
            m_windowMs = std::max(20, m_windowMs * 4 / 5);

        for (auto &process : registrations)
            collectRegistration(*process, cycle);
        if (admit)
            collectAdmit(*admit, admitPayload);

        const bool killLongLived = std::uniform_int_distribution<int>(0, 2)(m_random) == 0;
        if (killLongLived)
            stopLongLived(true);
        else
            collectLongLived(false);
    }

    // SIGKILL when still running, then wait: what reached the pipe before the kill is what was acknowledged.
    void finish(QProcess &process) {
        // QProcess learns of an exit only when asked: waitForFinished(0) looks without waiting.
        if (!process.waitForFinished(0) && process.state() != QProcess::NotRunning) {
            ::kill(pid_t(process.processId()), SIGKILL);
            ++m_figures.processesKilled;
        }
        process.waitForFinished(10000);
    }

    void stopLongLived(bool kill) {
        if (!m_longLived)
            return;
        if (kill && !m_longLived->waitForFinished(0) && m_longLived->state() != QProcess::NotRunning) {
            ::kill(pid_t(m_longLived->processId()), SIGKILL);
            ++m_figures.longLivedKilled;
        }
        m_longLived->waitForFinished(10000);
        collectLongLived(true);
        m_longLived.reset();
    }

    void collectRegistration(QProcess &process, int cycle) {
        const QByteArray output = process.readAllStandardOutput();
        if (output.trimmed().isEmpty())
            return;
        const QJsonObject json = QJsonDocument::fromJson(output).object();
        if (json.isEmpty()) {
            if (process.exitStatus() == QProcess::NormalExit)
                brokenPromise(cycle, u"a finished registration printed no JSON: "_s + QString::fromUtf8(output));
            return; // killed in the middle of writing: not acknowledged
        }
        acknowledge(json.value(u"payload"_s).toString(), json.value(u"queue_number"_s).toString(),
                    json.value(u"date"_s).toString(), cycle);
    }

    void collectAdmit(QProcess &process, const QString &payload) {
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        const QString verdict = json.value(u"verdict"_s).toString();
        if (verdict == u"admitted"_s) {
            m_admitted.insert(payload);
            ++m_figures.admitsAcknowledged;
        } else if (verdict == u"already_admitted"_s) {
            m_admitted.insert(payload); // committed by a run that was killed before it could say so
        }
    }

    // Complete lines only: a line cut by the kill was never acknowledged.
    void collectLongLived(bool finished) {
        if (!m_longLived)
            return;
        m_longLivedBuffer += m_longLived->readAllStandardOutput();
        qsizetype end = m_longLivedBuffer.lastIndexOf('\n');
        if (end < 0)
            return;
        const QList<QByteArray> lines = m_longLivedBuffer.left(end).split('\n');
        m_longLivedBuffer.remove(0, end + 1);
        const QString date = momentOfCycle(m_longLivedDay * CycleDaysSpan).date().toString(Qt::ISODate);
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.size() == 2)
                acknowledge(QString::fromUtf8(parts[1]), QString::fromUtf8(parts[0]), date, m_figures.cycles);
        }
        if (finished)
            m_longLivedBuffer.clear();
    }

    void acknowledge(const QString &payload, const QString &label, const QString &date, int cycle) {
        if (payload.isEmpty() || label.isEmpty())
            brokenPromise(cycle, u"an acknowledged ticket without payload or number"_s);
        if (!m_tickets.emplace(payload, Ticket{label, date}).second)
            brokenPromise(cycle, u"the same ticket was acknowledged twice: "_s + label);
        ++m_figures.ticketsAcknowledged;
    }

    QString pickTicketToAdmit(int cycle) {
        const QString today = momentOfCycle(cycle).date().toString(Qt::ISODate);
        std::vector<QString> candidates;
        for (const auto &[payload, ticket] : m_tickets)
            if (ticket.date == today && !m_admitted.contains(payload))
                candidates.push_back(payload);
        if (candidates.empty())
            return {};
        return candidates[std::uniform_int_distribution<std::size_t>(0, candidates.size() - 1)(m_random)];
    }

    void moveOneTicket(int cycle) {
        const FixedClock clock(momentOfCycle(cycle));
        auto facility = openFacility(m_path, clock, cycle);
        const FacilityProfile &profile = facility->profile();
        auto claims = TicketCodec::decode(m_tickets.begin()->first, profile.publicKey, profile.code);
        SqlQuery move(facility->database(), u"UPDATE visits SET queue_number = queue_number + 30000 WHERE id = ?"_s);
        move.bind(qint64(claims->ticketId));
        if (!move.exec())
            brokenPromise(cycle, u"sabotage failed"_s);
    }

    void check(int cycle) {
        const FixedClock clock(momentOfCycle(cycle));
        auto facility = openFacility(m_path, clock, cycle);
        Database &database = facility->database();

        SqlQuery integrity(database, u"PRAGMA integrity_check"_s);
        auto verdict = integrity.scalar();
        if (!verdict || verdict->toString() != u"ok"_s)
            brokenPromise(cycle, u"integrity_check: "_s + (verdict ? verdict->toString() : verdict.error().message));

        auto audit = AuditLog::verify(database);
        if (!audit || !audit->intact)
            brokenPromise(cycle, u"the audit chain is broken: "_s + (audit ? audit->problem : audit.error().message));

        // Payloads are checked once, when first seen; the stored rows are read in one pass every cycle.
        const FacilityProfile &profile = facility->profile();
        for (auto &[payload, ticket] : m_tickets) {
            if (ticket.id != 0)
                continue;
            auto claims = TicketCodec::decode(payload, profile.publicKey, profile.code);
            if (!claims)
                brokenPromise(cycle, u"an acknowledged ticket does not verify: "_s + ticket.label);
            ticket.id = claims->ticketId;
        }
        struct Stored {
            QString label;
            QString date;
            bool admitted = false;
        };
        std::map<qint64, Stored> rows;
        SqlQuery visits(database, u"SELECT id, service, queue_number, facility_date, admitted_at FROM visits"_s);
        if (!visits.exec())
            brokenPromise(cycle, u"cannot read the visits"_s);
        while (visits.next()) {
            const QString label = (visits.value(1).toString() == u"visit"_s ? u"A-"_s : u"B-"_s) +
                                  u"%1"_s.arg(visits.value(2).toInt(), 3, 10, QLatin1Char('0'));
            rows[visits.value(0).toLongLong()] = {label, visits.value(3).toString(), !visits.value(4).isNull()};
        }
        for (const auto &[payload, ticket] : m_tickets) {
            const auto stored = rows.find(ticket.id);
            if (stored == rows.end())
                brokenPromise(cycle, u"an acknowledged ticket is missing: "_s + ticket.label);
            if (stored->second.label != ticket.label || stored->second.date != ticket.date)
                brokenPromise(cycle, u"ticket %1 is stored as %2 on %3"_s.arg(ticket.label, stored->second.label,
                                                                              stored->second.date));
            if (m_admitted.contains(payload) && !stored->second.admitted)
                brokenPromise(cycle, u"an acknowledged admit was lost: "_s + ticket.label);
        }

        SqlQuery numbering(database, u"SELECT facility_date, service, COUNT(*), COUNT(DISTINCT queue_number), "
                                     u"MAX(queue_number) FROM visits GROUP BY facility_date, service"_s);
        if (!numbering.exec())
            brokenPromise(cycle, u"cannot read the queue numbers"_s);
        qint64 stored = 0;
        while (numbering.next()) {
            const int count = numbering.value(2).toInt();
            if (numbering.value(3).toInt() != count)
                brokenPromise(cycle, u"a queue number is duplicated on "_s + numbering.value(0).toString());
            if (numbering.value(4).toInt() != count)
                brokenPromise(cycle, u"queue numbers have a gap on "_s + numbering.value(0).toString());
            stored += count;
        }
        m_figures.ticketsCommittedUnacknowledged = int(stored - qint64(m_tickets.size()));

        // An admit's audit entry names the visit in its detail ("visit=ID"); its subject is the day's queue label.
        SqlQuery doubled(database, u"SELECT COUNT(*) FROM (SELECT detail FROM audit_log WHERE action = "
                                   u"'visit.admit' GROUP BY detail HAVING COUNT(*) > 1) AS twice"_s);
        auto twice = doubled.scalar();
        if (!twice || twice->toInt() != 0)
            brokenPromise(cycle, u"a visit was admitted twice"_s);
    }

    Options m_options;
    QString m_path;
    std::mt19937 m_random;
    Figures m_figures;
    int m_registrationCounter = 0;
    int m_windowMs = 200; // the kill delay's upper bound
    std::unique_ptr<QProcess> m_longLived;
    int m_longLivedDay = -1;
    QByteArray m_longLivedBuffer;
    std::map<QString, Ticket> m_tickets; // by payload
    std::set<QString> m_admitted;        // payloads whose admit was acknowledged
    bool m_sabotaged = false;
    static constexpr int MaxExtraSabotageCycles = 50;
};

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption cli(u"cli"_s, u"besuk-cli."_s, u"PATH"_s);
    const QCommandLineOption sim(u"sim"_s, u"besuk_station_sim."_s, u"PATH"_s);
    const QCommandLineOption cycles(u"cycles"_s, u"Kill cycles (default 200)."_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Random seed."_s, u"S"_s);
    const QCommandLineOption report(u"report"_s, u"Write the figures as JSON to FILE."_s, u"FILE"_s);
    const QCommandLineOption sabotage(u"sabotage"_s, u"Lose a ticket on purpose (checks the checks)."_s);
    parser.addOptions({cli, sim, cycles, seed, report, sabotage});
    parser.process(app);
    if (!parser.isSet(cli) || !parser.isSet(sim)) {
        std::fprintf(stderr, "usage: besuk_crash_harness --cli PATH --sim PATH [--cycles N] [--seed S]\n");
        return 2;
    }
    Options options;
    options.cli = parser.value(cli);
    options.sim = parser.value(sim);
    options.report = parser.value(report);
    options.sabotage = parser.isSet(sabotage);
    if (parser.isSet(cycles))
        options.cycles = parser.value(cycles).toInt();
    if (parser.isSet(seed))
        options.seed = parser.value(seed).toUInt();

    QTemporaryDir folder;
    const QString path = folder.filePath(u"crash.db"_s);
    createFacility(path);

    QElapsedTimer timer;
    timer.start();
    const Figures figures = Harness(options, path).run();
    const QJsonObject summary{
        {u"cycles"_s, figures.cycles},
        {u"seed"_s, qint64(options.seed)},
        {u"processes_started"_s, figures.processesStarted},
        {u"processes_killed"_s, figures.processesKilled},
        {u"long_lived_killed"_s, figures.longLivedKilled},
        {u"tickets_acknowledged"_s, figures.ticketsAcknowledged},
        {u"tickets_committed_unacknowledged"_s, figures.ticketsCommittedUnacknowledged},
        {u"admits_acknowledged"_s, figures.admitsAcknowledged},
        {u"longest_cycle_ms"_s, figures.longestCycleMs},
        {u"kill_window_ms"_s, figures.finalWindowMs},
        {u"seconds"_s, double(timer.elapsed()) / 1000.0},
        {u"result"_s, u"every acknowledged ticket and admit intact, integrity ok, audit chain intact"_s},
    };
    const QByteArray json = QJsonDocument(summary).toJson();
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    if (!options.report.isEmpty()) {
        QFile file(options.report);
        if (file.open(QIODevice::WriteOnly))
            file.write(json);
    }
    return 0;
}
