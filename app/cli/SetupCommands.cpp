// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "db/AdminPin.h"
#include "db/FileProblem.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace besuk::cli {

namespace {

const QCommandLineOption FacilityOption(u"facility"_s, u"The facility's name (default \"Besuk\")."_s, u"NAME"_s);
const QCommandLineOption
    TimeZoneOption(u"timezone"_s, u"IANA time zone of the facility (default Asia/Makassar, WITA)."_s, u"IANA_ZONE"_s);

int init(Context &context) {
    const QString name = context.args.isSet(FacilityOption) ? context.args.value(FacilityOption) : u"Besuk"_s;
    const QString zone = context.args.isSet(TimeZoneOption) ? context.args.value(TimeZoneOption) : u"Asia/Makassar"_s;
    auto facility = context.initialise(name, zone);
    if (!facility)
        return context.fail(facility.error());
    const FacilityProfile &profile = (*facility)->profile();
    return context.printJson(QJsonObject{{u"facility"_s, profile.name},
                                         {u"timezone"_s, profile.timeZoneId},
                                         {u"database"_s, (*facility)->database().location()},
                                         {u"key"_s, context.keyPath()},
                                         {u"public_key"_s, QString::fromLatin1(profile.publicKey.toHex())}});
}

int rulesShow(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    return context.printJson((*facility)->rules().toJson());
}

int rulesSet(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    QFile file(context.positional.first());
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(FileProblem::reading(file));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return context.fail(
            makeError(ErrorCode::InvalidInput, Context::tr("The file %1 is not a JSON object.").arg(file.fileName())));
    // Keys left out keep their current values.
    QJsonObject merged = (*facility)->rules().toJson();
    const QJsonObject changes = document.object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        merged.insert(it.key(), it.value());
    auto rules = Rules::fromJson(merged);
    if (!rules)
        return context.fail(rules.error());
    if (auto saved = (*facility)->saveRules(*rules, context.actor()); !saved)
        return context.fail(saved.error());
    return context.printJson((*facility)->rules().toJson());
}

int adminPinSet(Context &context) {
    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    if (auto set = AdminPin(**facility).set(context.positional.first(), context.actor()); !set)
        return context.fail(set.error());
    return context.printJson(QJsonObject{{u"admin_pin"_s, u"set"_s}});
}

} // namespace

QList<Command> setupCommands() {
    return {
        {{u"init"_s},
         {},
         u"Create the facility: database, rules with defaults, and a new signing key."_s,
         {FacilityOption, TimeZoneOption},
         0,
         0,
         init},
        {{u"rules"_s, u"show"_s}, {}, u"Show the visiting rules as JSON."_s, {}, 0, 0, rulesShow},
        {{u"rules"_s, u"set"_s},
         u"FILE.json"_s,
         u"Change visiting rules: the keys given in FILE.json replace the current values."_s,
         {},
         1,
         1,
         rulesSet},
        {{u"admin-pin"_s, u"set"_s},
         u"PIN"_s,
         u"Set the PIN (4-12 digits) that unlocks a kiosk: leaving full screen, quitting, settings."_s,
         {},
         1,
         1,
         adminPinSet},
    };
}

} // namespace besuk::cli
