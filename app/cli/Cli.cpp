// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include "db/Database.h"
#include "db/Locations.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>
#include <QTranslator>

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
const QCommandLineOption JsonOption(u"json"_s, u"Output JSON: always the case; accepted so that scripts may say so."_s);
// The gate's commands may also be written after this word: "besuk-cli gate scan PAYLOAD".
const QString GatePrefix = u"gate"_s;

QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err() {
    static QTextStream stream(stderr);
    return stream;
}

QList<Command> allCommands() {
    return setupCommands() + userCommands() + rosterCommands() + gateCommands() + bookingCommands() + visitCommands() +
           callCommands() + tallyCommands() + auditCommands() + stationCommands() + retentionCommands() +
           exportCommands() + printCommands() + ktpCommands();
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
    for (const auto &option : {DbOption, KeyOption, NowOption, JsonOption, HelpOption, VersionOption})
        text += u"  --%1%2\n      %3\n"_s.arg(option.names().last(),
                                              option.valueName().isEmpty() ? QString() : u' ' + option.valueName(),
                                              option.description());
    text += u"\nOutput: JSON on stdout; errors as one line on stderr, in the language of LC_ALL, LC_MESSAGES or LANG "
            u"(the first set; id_ID for Bahasa Indonesia, anything else English). BESUK_DEBUG=1 adds what the "
            u"database or system said on a second line.\n"
            u"\nExit status:\n"
            u"  0  success\n"
            u"  1  not accepted or failed: input that was read but is refused (a NIK, a name, a file's contents, an "
            u"import with a rejected row), not found, or the database, a file or a device failed; nothing was "
            u"changed\n"
            u"  2  usage error: unknown command or option, a missing argument, or an option value that is not of "
            u"its kind (a date or time, a whole number, one of the listed words); nothing was done\n"
            u"  3  refused by a rule, a negative gate verdict (its JSON is still printed), or nothing to call\n"
            u"  4  inmate import --partial stored the good rows and rejected others (the report lists them)\n"
            u"\nThe gate's commands (register, scan, lookup, inspect, admit, checkout) may also be written after "
            u"\"gate\": besuk-cli gate scan PAYLOAD.\n"
            u"\n\"besuk-cli COMMAND --help\" shows a command's options.\n"_s;
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

// Why the words are no command: unknown, or only the start of some ("inmate" needs "add", "import", ...).
QString unknownCommand(const QList<Command> &commands, const QStringList &words) {
    QStringList next;
    for (const Command &command : commands) {
        if (command.words.size() > words.size() && command.words.mid(0, words.size()) == words &&
            !next.contains(command.words.at(words.size())))
            next.append(command.words.at(words.size()));
    }
    if (next.isEmpty())
        return Context::tr("unknown command \"%1\".").arg(words.join(u' '));
    return Context::tr("\"%1\" needs one more word: %2.").arg(words.join(u' '), next.join(u", "_s));
}

// The parser's complaint in our words (its own text is English whatever the language).
QString parseProblem(const QCommandLineParser &parser) {
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty())
        return Context::tr("unknown option \"%1\".").arg(u"--"_s + unknown.first());
    static const QRegularExpression quoted(u"'([^']*)'"_s);
    const QString option = quoted.match(parser.errorText()).captured(1);
    if (parser.errorText().startsWith(u"Unexpected value"_s))
        return Context::tr("the option %1 takes no value.").arg(option);
    return Context::tr("the option %1 needs a value.").arg(option);
}

QString nowHint() {
    return Context::tr("--now needs a date and time like 2025-12-27T09:30 or 2025-12-27T09:30+08:00.");
}

// The language of messages: the first of LC_ALL, LC_MESSAGES and LANG that is set; Indonesian for id, else English.
QString messageLanguage() {
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value.startsWith(u"id"_s) ? u"id"_s : u"en"_s;
    }
    return u"en"_s;
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

QDateTime Context::parseMoment(const QString &input, const QTimeZone &zone) {
    const QString text = input.trimmed();
    // With an offset (Z, +08:00) the text names an instant. Without one it is a wall-clock time at the facility,
    // read without going through this computer's zone (where it might fall in a daylight-saving gap).
    static const QRegularExpression offset(u"(Z|[+-]\\d{2}(:?\\d{2})?)$"_s);
    if (offset.match(text).hasMatch())
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    const qsizetype separator = text.indexOf(u'T');
    const QDate date = QDate::fromString(text.left(separator), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(separator + 1), Qt::ISODateWithMs);
    if (separator > 0 && date.isValid() && time.isValid())
        return QDateTime(date, time, zone);
    return {};
}

Result<void> Context::setClock(const QTimeZone &zone) {
    if (!args.isSet(NowOption))
        return {};
    const QDateTime moment = parseMoment(args.value(NowOption), zone);
    if (!moment.isValid())
        return makeError(ErrorCode::InvalidInput, nowHint());
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
    if (!error.detail.isEmpty() && qEnvironmentVariableIntValue("BESUK_DEBUG") != 0)
        err() << u"besuk-cli: detail: "_s << error.detail.simplified() << u'\n';
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
    return report(tr("%1 (see besuk-cli --help)").arg(message), Usage);
}

std::optional<QDate> Context::dateOption(const QCommandLineOption &option) {
    if (!args.isSet(option))
        return QDate();
    const QDate date = QDate::fromString(args.value(option), Qt::ISODate);
    if (!date.isValid()) {
        usage(tr("--%1 needs a date like 2025-12-27.").arg(option.names().first()));
        return std::nullopt;
    }
    return date;
}

int Context::report(const QString &message, int code) {
    err() << u"besuk-cli: "_s << message.simplified() << u'\n';
    err().flush();
    return code;
}

QString Context::actor() const {
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = u"unknown"_s;
    return u"cli:"_s + login;
}

int run(const QStringList &arguments) {
    QTranslator translator;
    if (translator.load(u":/i18n/besuk_%1.qm"_s.arg(messageLanguage())))
        QCoreApplication::installTranslator(&translator);
    const QList<Command> commands = allCommands();
    // Global options may come before the command; skip them and their values when looking for command words.
    QStringList commandWords;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--db"_s || argument == u"--key"_s || argument == u"--now"_s) {
            ++i;
            continue;
        }
        if (QStringList{u"-h"_s, u"--help"_s, u"-help"_s, u"--version"_s, u"-version"_s, u"--json"_s, u"-json"_s}
                .contains(argument))
            continue;
        if (argument.startsWith(u'-'))
            break;
        commandWords.append(argument);
    }
    const Command *command = findCommand(commands, commandWords);
    qsizetype prefixWords = 0; // "gate" before a gate command
    if (!command && commandWords.size() > 1 && commandWords.first() == GatePrefix) {
        const QList<Command> gate = gateCommands();
        if (const Command *found = findCommand(gate, commandWords.mid(1))) {
            command = findCommand(commands, found->words); // the entry of `commands`, which lives on
            prefixWords = 1;
        }
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({DbOption, KeyOption, NowOption, JsonOption, HelpOption, VersionOption});
    if (command)
        parser.addOptions(command->options);
    Context context(parser);
    if (!parser.parse(QStringList{u"besuk-cli"_s} + arguments))
        return context.usage(parseProblem(parser));
    if (parser.isSet(VersionOption)) {
        out() << u"besuk-cli "_s << QCoreApplication::applicationVersion() << u'\n';
        return Success;
    }
    if (!command && commandWords.isEmpty()) {
        out() << globalHelp();
        return parser.isSet(HelpOption) ? Success : Usage;
    }
    if (!command)
        return context.usage(unknownCommand(commands, commandWords));
    if (parser.isSet(HelpOption)) {
        out() << commandHelp(*command);
        return Success;
    }
    if (parser.isSet(NowOption) && !Context::parseMoment(parser.value(NowOption), QTimeZone::utc()).isValid())
        return context.usage(nowHint());
    context.positional = parser.positionalArguments().mid(prefixWords + command->words.size());
    if (context.positional.size() < command->minPositional || context.positional.size() > command->maxPositional)
        return context.usage(Context::tr("usage: %1").arg(synopsis(*command)));
    return command->handler(context);
}

} // namespace besuk::cli
