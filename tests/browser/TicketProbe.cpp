// SPDX-License-Identifier: GPL-3.0-or-later
// besuk_ticket_probe: what a gate's camera would read in a picture of a ticket (a browser screenshot, the site's QR
// or ticket PNG), checked against the facility: the QR's text, whether its signature is the facility's, and which
// booking it names. For the browser tests (tests/browser); prints one JSON object, exit 0 only when a QR was read.
#include "db/BookingService.h"
#include "db/Clock.h"
#include "db/Database.h"
#include "db/Facility.h"
#include "db/TicketCodec.h"
#include "platform/devices/FrameDecoder.h"

#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// The claims and the booking behind a payload; "problem" says why not, when it cannot be checked.
QJsonObject check(const QString &payload, const QString &databasePath, const QString &keyPath) {
    besuk::SystemClock clock;
    auto database = besuk::Database::open(databasePath, besuk::Database::OpenMode::MustExist);
    if (!database)
        return {{u"problem"_s, database.error().message}};
    auto facility = besuk::Facility::open(std::move(database).value(), clock, keyPath);
    if (!facility)
        return {{u"problem"_s, facility.error().message}};
    const besuk::FacilityProfile &profile = (*facility)->profile();
    auto claims = besuk::TicketCodec::decode(payload, profile.publicKey, profile.code);
    if (!claims)
        return {{u"signature_valid"_s, false}, {u"problem"_s, claims.error().message}};
    QJsonObject result{
        {u"signature_valid"_s, true}, {u"date"_s, claims->date.toString(Qt::ISODate)}, {u"booked"_s, claims->booked()}};
    if (claims->booked()) {
        auto booking = besuk::BookingService(**facility).load(claims->ticketId);
        if (booking)
            result.insert(u"booking_code"_s, booking->code);
        else
            result.insert(u"problem"_s, booking.error().message);
    }
    return result;
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (arguments.size() != 2 && arguments.size() != 4) {
        QTextStream(stderr) << "usage: besuk_ticket_probe IMAGE.png [DATABASE KEY]\n";
        return 2;
    }
    const QImage image(arguments[1]);
    if (image.isNull()) {
        QTextStream(stderr) << "besuk_ticket_probe: cannot read the image " << arguments[1] << '\n';
        return 2;
    }
    const auto payload = besuk::FrameDecoder::decodeImage(image);
    QJsonObject result{{u"found"_s, payload.has_value()}};
    if (payload) {
        result.insert(u"payload"_s, *payload);
        if (arguments.size() == 4) {
            const QJsonObject checked = check(*payload, arguments[2], arguments[3]);
            for (auto it = checked.begin(); it != checked.end(); ++it)
                result.insert(it.key(), it.value());
        }
    }
    out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return payload ? 0 : 1;
}
