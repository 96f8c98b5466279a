// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Clock.h"
#include "db/Facility.h"
#include "db/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace besuk::cli {

// The one table of exit codes (besuk-cli --help and the man page describe it).
enum ExitCode : int {
    Success = 0,
    Failure = 1,       // the input was read but not accepted, not found, or the storage, a file or a device failed
    Usage = 2,         // the command line: unknown command or option, missing argument, a value not of its kind
    Refused = 3,       // refused by a rule, a negative gate verdict, nothing to call
    PartialImport = 4, // an import with --partial stored the good rows and rejected some
};

// The system clock, unless --now fixed the time.
class CliClock final : public Clock {
public:
    [[nodiscard]] QDateTime now() const override;
    void fix(const QDateTime &moment) { m_fixed = moment; }

private:
    QDateTime m_fixed;
};

// What a command handler gets: its parsed options, the global options, and ways to answer.
class Context {
    Q_DECLARE_TR_FUNCTIONS(Context)
public:
    explicit Context(QCommandLineParser &parser);

    QCommandLineParser &args;
    QStringList positional; // after the command words

    QString databasePath() const;
    QString keyPath() const;

    // Opens the initialised facility and sets the clock from --now (interpreted in the facility's time zone when
    // it names no offset).
    Result<Facility *> facility();
    // For init: a new database, clock in the given zone.
    Result<Facility *> initialise(const QString &name, const QString &timeZoneId);

    int printJson(const QJsonObject &json, int code = Success);
    int fail(const Error &error);      // one line on stderr (the raw detail on a second with BESUK_DEBUG); code by kind
    int usage(const QString &message); // one line on stderr; Usage
    // A YYYY-MM-DD option's day: an invalid QDate when the option is not given; nullopt, with the usage message
    // printed, when its value is not a date.
    std::optional<QDate> dateOption(const QCommandLineOption &option);
    // For a problem that is neither an Error nor a usage error: one line on stderr; returns `code`.
    int report(const QString &message, int code);
    // Who the audit log names for this command: the officer when given, else "cli:<login>".
    QString actor() const;

    // --now's text as a moment: with an offset an instant, without one a wall-clock time in `zone`. Invalid if it
    // is neither.
    static QDateTime parseMoment(const QString &text, const QTimeZone &zone);

private:
    Result<void> setClock(const QTimeZone &zone);

    CliClock m_clock; // declared before the facility that refers to it
    std::unique_ptr<Facility> m_facility;
};

using Handler = int (*)(Context &);

struct Command {
    QStringList words; // "inmate", "add"
    QString arguments; // positional arguments as shown in help, e.g. "PAYLOAD"
    QString summary;
    QList<QCommandLineOption> options;
    int minPositional = 0;
    int maxPositional = 0;
    Handler handler = nullptr;
};

QList<Command> setupCommands();
QList<Command> rosterCommands();
QList<Command> gateCommands();
QList<Command> bookingCommands();
QList<Command> tallyCommands();
QList<Command> exportCommands();
QList<Command> callCommands();
QList<Command> userCommands();
QList<Command> retentionCommands();
QList<Command> visitCommands();
QList<Command> auditCommands();
QList<Command> printCommands();
QList<Command> ktpCommands();
QList<Command> stationCommands();

int run(const QStringList &arguments);

} // namespace besuk::cli
