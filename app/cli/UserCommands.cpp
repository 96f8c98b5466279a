// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "app/cli/CliJson.h"
#include "db/FileProblem.h"
#include "db/UserStore.h"

#include <QFile>
#include <QJsonArray>

#include <cstdio>
#include <optional>
#include <variant>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace besuk::cli {

namespace {

const QCommandLineOption NameOption(u"name"_s, u"The officer's full name, as the gate shows it."_s, u"NAME"_s);
const QCommandLineOption RoleOption(u"role"_s, u"guard, staff or admin."_s, u"ROLE"_s);
const QCommandLineOption PinFileOption(u"pin-file"_s,
                                       u"Read the PIN or password from the first line of FILE (default: the first "
                                       u"line of standard input). Never give it as an argument."_s,
                                       u"FILE"_s);

QJsonObject userJson(const User &user, const Facility &facility) {
    return QJsonObject{{u"login"_s, user.login},
                       {u"name"_s, user.displayName},
                       {u"role"_s, roleKey(user.role)},
                       {u"active"_s, user.active},
                       {u"created_at"_s, timeJson(user.createdAt, facility)}};
}

// The first line without its line ending; nullopt at end of input.
std::optional<QString> firstLine(QIODevice &device) {
    const QByteArray line = device.readLine();
    if (line.isEmpty())
        return std::nullopt;
    QByteArray text = line;
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    return QString::fromUtf8(text);
}

// Standard input's first line; on a terminal, asks for it on stderr without echoing what is typed.
std::optional<QString> secretFromStdin() {
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        std::fputs("PIN or password: ", stderr);
        std::fflush(stderr);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    auto secret = firstLine(input);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
        std::fflush(stderr);
    }
    return secret;
#else
    return firstLine(input);
#endif
}

// The secret from --pin-file or standard input; otherwise the exit code to return.
std::variant<QString, int> readSecret(Context &context) {
    if (context.args.isSet(PinFileOption)) {
        QFile file(context.args.value(PinFileOption));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(FileProblem::reading(file));
        if (auto secret = firstLine(file))
            return *secret;
        return context.fail(
            makeError(ErrorCode::InvalidInput, Context::tr("The file %1 is empty.").arg(file.fileName())));
    }
    if (auto secret = secretFromStdin())
        return *secret;
    return context.usage(
        Context::tr("give the PIN or password on the first line of standard input, or with --pin-file FILE."));
}

// Prints the user as it is now.
int printUser(Context &context, Facility &facility, const QString &login) {
    auto user = UserStore(facility).find(login);
    if (!user)
        return context.fail(user.error());
    return context.printJson(userJson(*user, facility));
}

int userAdd(Context &context) {
    if (!context.args.isSet(NameOption) || !context.args.isSet(RoleOption))
        return context.usage(Context::tr("user add needs --name and --role."));
    const auto role = roleFromKey(context.args.value(RoleOption));
    if (!role)
        return context.usage(Context::tr("--role is guard, staff or admin."));
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    const auto secret = readSecret(context);
    if (const int *code = std::get_if<int>(&secret))
        return *code;
    auto user = UserStore(**facility)
                    .create(context.positional.first(), context.args.value(NameOption), *role,
                            std::get<QString>(secret), context.actor());
    if (!user)
        return context.fail(user.error());
    return context.printJson(userJson(*user, **facility));
}

int userList(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    auto users = UserStore(**facility).list();
    if (!users)
        return context.fail(users.error());
    QJsonArray list;
    for (const User &user : *users)
        list.append(userJson(user, **facility));
    return context.printJson(QJsonObject{{u"users"_s, list}});
}

int userPasswd(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    UserStore store(**facility);
    // An unknown user is reported before anyone is asked for a secret.
    if (auto user = store.find(context.positional.first()); !user)
        return context.fail(user.error());
    const auto secret = readSecret(context);
    if (const int *code = std::get_if<int>(&secret))
        return *code;
    if (auto changed = store.changeSecret(context.positional.first(), std::get<QString>(secret), context.actor());
        !changed)
        return context.fail(changed.error());
    return printUser(context, **facility, context.positional.first());
}

int userRole(Context &context) {
    const auto role = roleFromKey(context.positional.at(1));
    if (!role)
        return context.usage(Context::tr("ROLE is guard, staff or admin."));
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    if (auto set = UserStore(**facility).setRole(context.positional.first(), *role, context.actor()); !set)
        return context.fail(set.error());
    return printUser(context, **facility, context.positional.first());
}

int setActive(Context &context, bool active) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    if (auto set = UserStore(**facility).setActive(context.positional.first(), active, context.actor()); !set)
        return context.fail(set.error());
    return printUser(context, **facility, context.positional.first());
}

int userDisable(Context &context) {
    return setActive(context, false);
}
int userEnable(Context &context) {
    return setActive(context, true);
}

} // namespace

QList<Command> userCommands() {
    return {
        {{u"user"_s, u"add"_s},
         u"LOGIN"_s,
         u"Add a staff account (LOGIN: 2-32 of a-z 0-9 . _ -). The PIN or password (4-128 characters) is read "
         u"from --pin-file or standard input."_s,
         {NameOption, RoleOption, PinFileOption},
         1,
         1,
         userAdd},
        {{u"user"_s, u"list"_s}, {}, u"List the staff accounts."_s, {}, 0, 0, userList},
        {{u"user"_s, u"passwd"_s},
         u"LOGIN"_s,
         u"Set a new PIN or password, read from standard input (or --pin-file); also lifts a lock-out."_s,
         {PinFileOption},
         1,
         1,
         userPasswd},
        {{u"user"_s, u"role"_s},
         u"LOGIN ROLE"_s,
         u"Change an account's role: guard, staff or admin. The last active admin stays admin."_s,
         {},
         2,
         2,
         userRole},
        {{u"user"_s, u"disable"_s},
         u"LOGIN"_s,
         u"Disable an account: it can no longer sign in. The last active admin cannot be disabled."_s,
         {},
         1,
         1,
         userDisable},
        {{u"user"_s, u"enable"_s}, u"LOGIN"_s, u"Enable a disabled account again."_s, {}, 1, 1, userEnable},
    };
}

} // namespace besuk::cli
