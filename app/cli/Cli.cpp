#include "Cli.h"

#include "Database.h"
#include "Locations.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace besuk::cli {

namespace {

const QCommandLineOption
    DbOption(u"db"_s,
             u"SQLite database file (default: %1), or postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME."_s.arg(
                 defaultDatabasePath()),
             u"PATH"_s);
const QCommandLineOption KeyOption(
    u"key"_s,
    u"Facility signing-key file (default: the database path + .key; for PostgreSQL, DBNAME.key in the data folder)."_s,
    u"PATH"_s);
const QCommandLineOption NowOption(u"now"_s,
                                   u"The time to act at, ISO 8601 (e.g. 2025-12-27T09:30 in facility time, or with "
                                   u"Z / +08:00). For replaying paper records after an outage, and for tests."_s,
                                   u"ISO-8601"_s);
const QCommandLineOption HelpOption(QStringList{u"h"_s, u"help"_s}, u"Show help."_s);
const QCommandLineOption VersionOption(u"version"_s, u"Show the version."_s);

QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err() {
    static QTextStream stream(stderr);
    return stream;
}

QList<Command> allCommands() {
    return setupCommands() + userCommands() + rosterCommands() + gateCommands() + visitCommands() + callCommands() +
           tallyCommands() + auditCommands() + retentionCommands() + exportCommands() + printCommands();
}

QString synopsis(const Command &command) {
    QString text = u"besuk-cli "_s + command.words.join(u' ');
    if (!command.arguments.isEmpty())
        text += u' ' + command.arguments;
    return text;
}

QString globalHelp() {
    QString text = u"besuk-cli — Besuk's domain, headless: set up a facility, register visitors, run the gate, count "
                   u"the day.\n\nUsage: besuk-cli [GLOBAL OPTIONS] COMMAND [OPTIONS] [ARGUMENTS]\n\nCommands:\n"_s;
    for (const Command &command : allCommands())
        text += u"  %1\n      %2\n"_s.arg(synopsis(command), command.summary);
    text += u"\nGlobal options:\n"_s;
    for (const auto &option : {DbOption, KeyOption, NowOption, HelpOption, VersionOption})
        text += u"  --%1%2\n      %3\n"_s.arg(option.names().last(),
                                              option.valueName().isEmpty() ? QString() : u' ' + option.valueName(),
                                              option.description());
    text += u"\nOutput: JSON on stdout; errors as one line on stderr.\n"
            u"Exit status: 0 success; 1 error (bad input, not found, storage); 2 usage error; "
            u"3 refused by a rule, a negative gate verdict, or nothing to call (no one waiting, ticket no longer "
            u"waiting).\n"
            u"\"besuk-cli COMMAND --help\" shows a command's options.\n"_s;
    return text;
}

QString commandHelp(const Command &command) {
    QString text = u"Usage: %1 [OPTIONS]\n\n%2\n"_s.arg(synopsis(command), command.summary);
    if (!command.options.isEmpty()) {
        text += u"\nOptions:\n"_s;
        for (const QCommandLineOption &option : command.options)
            text += u"  --%1%2\n      %3\n"_s.arg(option.names().last(),
                                                  option.valueName().isEmpty() ? QString() : u' ' + option.valueName(),
                                                  option.description());
    }
    text += u"\nGlobal options: --db PATH, --key PATH, --now ISO-8601 (see besuk-cli --help).\n"_s;
    return text;
}

// The command whose words begin the arguments that are not options, longest match first.
const Command *findCommand(const QList<Command> &commands, const QStringList &words) {
    const Command *best = nullptr;
    for (const Command &command : commands) {
        if (words.mid(0, command.words.size()) == command.words && (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    return best;
}

} // namespace

Context::Context(QCommandLineParser &parser) : args(parser) {}

QString Context::databasePath() const {
    return args.isSet(DbOption) ? args.value(DbOption) : defaultDatabasePath();
}

QString Context::keyPath() const {
    return args.isSet(KeyOption) ? args.value(KeyOption) : defaultKeyPath(databasePath());
}

QDateTime CliClock::now() const {
    return m_fixed.isValid() ? m_fixed : QDateTime::currentDateTimeUtc();
}

Result<void> Context::setClock(const QTimeZone &zone) {
    if (!args.isSet(NowOption))
        return {};
    const QString text = args.value(NowOption).trimmed();
    const auto invalid = [] {
        return makeError(ErrorCode::InvalidInput,
                         tr("--now needs a date and time like 2025-12-27T09:30 or 2025-12-27T09:30+08:00."));
    };
    // With an offset (Z, +08:00) the text names an instant. Without one it is a wall-clock time at the facility,
    // read without going through this computer's zone (where it might fall in a daylight-saving gap).
    static const QRegularExpression offset(u"(Z|[+-]\\d{2}(:?\\d{2})?)$"_s);
    QDateTime moment;
    if (offset.match(text).hasMatch()) {
        moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    } else {
        const qsizetype separator = text.indexOf(u'T');
        const QDate date = QDate::fromString(text.left(separator), Qt::ISODate);
        const QTime time = QTime::fromString(text.mid(separator + 1), Qt::ISODateWithMs);
        if (separator > 0 && date.isValid() && time.isValid())
            moment = QDateTime(date, time, zone);
    }
    if (!moment.isValid())
        return invalid();
    m_clock.fix(moment.toUTC());
    return {};
}

Result<Facility *> Context::facility() {
    if (m_facility)
        return m_facility.get();
    auto database = Database::open(databasePath(), Database::OpenMode::MustExist);
    if (!database)
        return database.error();
    auto opened = Facility::open(std::move(database).value(), m_clock, keyPath());
    if (!opened)
        return opened.error();
    if (auto set = setClock(opened.value()->profile().timeZone); !set)
        return set.error();
    m_facility = std::move(opened).value();
    return m_facility.get();
}

Result<Facility *> Context::initialise(const QString &name, const QString &timeZoneId) {
    const QTimeZone zone(timeZoneId.toUtf8());
    if (auto set = setClock(zone.isValid() ? zone : QTimeZone::utc()); !set)
        return set.error();
    auto database = Database::open(databasePath(), Database::OpenMode::CreateIfMissing);
    if (!database)
        return database.error();
    auto created = Facility::initialise(std::move(database).value(), m_clock, name, timeZoneId, keyPath());
    if (!created)
        return created.error();
    m_facility = std::move(created).value();
    return m_facility.get();
}

int Context::printJson(const QJsonObject &json, int code) {
    out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out().flush();
    return code;
}

int Context::fail(const Error &error) {
    err() << u"besuk-cli: "_s << error.message.simplified() << u'\n';
    err().flush();
    switch (error.code) {
    case ErrorCode::RuleRefused:
    case ErrorCode::SeeOfficer:
        return Refused;
    default:
        return Failure;
    }
}

int Context::usage(const QString &message) {
    err() << u"besuk-cli: "_s << message << u" (see besuk-cli --help)\n"_s;
    err().flush();
    return Usage;
}

QString Context::actor() const {
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = u"unknown"_s;
    return u"cli:"_s + login;
}

int run(const QStringList &arguments) {
    const QList<Command> commands = allCommands();
    // Global options may come before the command; skip their values when looking for command words.
    QStringList commandWords;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--db"_s || argument == u"--key"_s || argument == u"--now"_s) {
            ++i;
            continue;
        }
        if (argument.startsWith(u'-'))
            break;
        commandWords.append(argument);
    }
    const Command *command = findCommand(commands, commandWords);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({DbOption, KeyOption, NowOption, HelpOption, VersionOption});
    if (command)
        parser.addOptions(command->options);
    Context context(parser);
    if (!parser.parse(QStringList{u"besuk-cli"_s} + arguments))
        return context.usage(parser.errorText());
    if (parser.isSet(VersionOption)) {
        out() << u"besuk-cli "_s << QCoreApplication::applicationVersion() << u'\n';
        return Success;
    }
    if (!command) {
        if (parser.isSet(HelpOption) || commandWords.isEmpty()) {
            out() << globalHelp();
            return commandWords.isEmpty() && !parser.isSet(HelpOption) ? Usage : Success;
        }
        return context.usage(u"unknown command \"%1\"."_s.arg(commandWords.join(u' ')));
    }
    if (parser.isSet(HelpOption)) {
        out() << commandHelp(*command);
        return Success;
    }
    context.positional = parser.positionalArguments().mid(command->words.size());
    if (context.positional.size() < command->minPositional || context.positional.size() > command->maxPositional)
        return context.usage(u"usage: %1"_s.arg(synopsis(*command)));
    return command->handler(context);
}

} // namespace besuk::cli
