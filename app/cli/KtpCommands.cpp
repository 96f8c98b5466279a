// SPDX-License-Identifier: GPL-3.0-or-later
// besuk-cli ktp read: the kiosk's identity-card reader on photos, for staff checks and for tests on photos the suite
// did not make itself. One JSON object per image, one per line; the image is never stored or logged.
#include "app/cli/Cli.h"
#include "platform/ktp/KtpReader.h"

#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace besuk::cli {

namespace {

// Today for the NIK's birth-date check: --now when given, else the system clock.
QDate today(const Context &context) {
    const QString now = context.args.value(u"now"_s);
    if (!now.isEmpty()) {
        const QDateTime moment = Context::parseMoment(now, QTimeZone::systemTimeZone());
        if (moment.isValid())
            return moment.date();
    }
    return CliClock().now().date();
}

QJsonObject readOne(ktp::KtpReader &reader, const QString &file, const QDate &day) {
    QJsonObject json{{u"file"_s, file}};
    QImageReader imageReader(file);
    imageReader.setAutoTransform(true); // a phone's photo as it was held
    const QImage image = imageReader.read();
    if (image.isNull()) {
        json.insert(u"problem"_s, QFileInfo::exists(file) ? Context::tr("The file is not a picture that can be read.")
                                                          : Context::tr("There is no such file."));
        return json;
    }
    const auto reading = reader.read(image, day);
    if (!reading) {
        json.insert(u"problem"_s, reading.error().message);
        return json;
    }
    json.insert(u"nik"_s, reading->nik);
    json.insert(u"name"_s, reading->name);
    return json;
}

int ktpRead(Context &context) {
    ktp::KtpReader reader;
    if (!reader.setupProblem().isEmpty())
        return context.report(reader.setupProblem(), Failure);
    const QDate day = today(context);
    QTextStream out(stdout);
    bool allRead = true;
    for (const QString &file : context.positional) {
        const QJsonObject json = readOne(reader, file, day);
        allRead = allRead && !json.contains(u"problem"_s);
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << u'\n';
        out.flush();
    }
    return allRead ? Success : Failure;
}

} // namespace

QList<Command> ktpCommands() {
    return {
        {{u"ktp"_s, u"read"_s},
         u"IMAGE..."_s,
         u"Read the NIK and the name from photos of identity cards (KTP), as the kiosk does: one JSON line per "
         u"image, {\"file\", \"nik\", \"name\"} or {\"file\", \"problem\"}; exit 1 when any image was not read. "
         u"The NIK is checked (structure, region, date of birth); the name is empty when only the NIK was read."_s,
         {},
         1,
         1000,
         ktpRead},
    };
}

} // namespace besuk::cli
