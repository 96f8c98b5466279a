#include "app/gui/PrintCommand.h"

#include "db/Database.h"
#include "db/Facility.h"
#include "db/GateService.h"
#include "db/Locations.h"
#include "platform/devices/TicketPrinter.h"
#include "platform/printer/PrinterUri.h"
#include "ui/common/KioskSettings.h"
#include "ui/common/StationLanguage.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QSettings>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

enum Exit : int { Printed = 0, Failed = 1, Usage = 2, NotPrinted = 3 };

int fail(const QString &message, int code = Failed) {
    std::fputs((u"besuk: "_s + message.simplified() + u'\n').toLocal8Bit().constData(), stderr);
    return code;
}

} // namespace

int PrintCommand::main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(u"Besuk"_s);
    QGuiApplication::setApplicationName(u"besuk"_s);

    QCommandLineParser parser;
    const QCommandLineOption payload(QString::fromLatin1(Flag).mid(2), tr("Print the ticket with this QR payload."),
                                     u"PAYLOAD"_s);
    const QCommandLineOption printer(u"printer"_s,
                                     tr("The printer: system:NAME, pdf:FILE, escpos:/dev/usb/lp0 or "
                                        "escpos-tcp://HOST:9100."),
                                     u"URI"_s);
    const QCommandLineOption paper(u"paper"_s, tr("The paper: 58mm (default), 80mm or a6."), u"58mm|80mm|a6"_s);
    const QCommandLineOption dots(u"dots"_s, tr("ESC/POS: dots per line (default: 384 for 58 mm, 576 for 80 mm)."),
                                  u"N"_s);
    const QCommandLineOption nativeQr(u"native-qr"_s, tr("ESC/POS: the printer draws the QR code itself."));
    const QCommandLineOption noStatus(u"no-status"_s, tr("ESC/POS: do not ask the printer for its status."));
    const QCommandLineOption db(u"db"_s, tr("The database (default: %1).").arg(defaultDatabasePath()), u"LOCATION"_s);
    const QCommandLineOption key(u"key"_s, tr("The facility's signing-key file (default: beside the database)."),
                                 u"PATH"_s);
    const QCommandLineOption language(u"lang"_s, tr("The ticket's language: id or en."), u"id|en"_s);
    const QCommandLineOption actor(u"actor"_s, tr("Who reprints, for the audit log."), u"NAME"_s);
    parser.addOptions({payload, printer, paper, dots, nativeQr, noStatus, db, key, language, actor});
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText(), Usage);
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()), Usage);
    if (!parser.isSet(printer))
        return fail(tr("--print-ticket needs --printer URI."), Usage);

    PrinterChoice base;
    const auto chosenPaper = paperFromKey(parser.value(paper).isEmpty() ? u"58mm"_s : parser.value(paper));
    if (!chosenPaper)
        return fail(tr("--paper is 58mm, 80mm or a6."), Usage);
    base.paper = *chosenPaper;
    if (parser.isSet(dots)) {
        bool ok = false;
        base.dotsPerLine = parser.value(dots).toInt(&ok);
        if (!ok || base.dotsPerLine < 8 || base.dotsPerLine > 2048)
            return fail(tr("--dots needs a number of dots from 8 to 2048."), Usage);
    }
    base.nativeQr = parser.isSet(nativeQr);
    base.askStatus = !parser.isSet(noStatus);
    auto choice = PrinterUri::parse(parser.value(printer), base);
    if (!choice)
        return fail(choice.error().message, Usage);

    QSettings stored;
    StationLanguage ticketLanguage;
    ticketLanguage.apply(parser.isSet(language) ? parser.value(language) : KioskSettings::load(stored).language);

    const SystemClock clock;
    const QString location = parser.isSet(db) ? parser.value(db) : defaultDatabasePath();
    auto database = Database::open(location, Database::OpenMode::MustExist);
    if (!database)
        return fail(database.error().message);
    auto facility = Facility::open(std::move(database).value(), clock,
                                   parser.isSet(key) ? parser.value(key) : defaultKeyPath(location));
    if (!facility)
        return fail(facility.error().message);
    auto judged = GateService(**facility).scan(parser.value(payload).trimmed());
    if (!judged)
        return fail(judged.error().message);
    if (!judged->visit)
        return fail(judged->message);

    const QString queue = judged->visit->queueLabel();
    const QString who =
        parser.isSet(actor) ? parser.value(actor) : u"besuk:"_s + qEnvironmentVariable("USER", u"unknown"_s);
    const TicketView ticket = TicketView::from(*judged->visit, parser.value(payload).trimmed(), **facility);
    auto printed = TicketPrinter::print(ticket, *choice);
    const QString uri = PrinterUri::format(*choice);
    if (!printed) {
        const QString detail = TicketPrinter::staffDetail(printed.error());
        [[maybe_unused]] auto logged = (*facility)->logEvent(who, u"printer.failed"_s, queue, detail);
        return fail(tr("Ticket %1 was not printed: %2").arg(queue, detail), NotPrinted);
    }
    [[maybe_unused]] auto logged = (*facility)->logEvent(who, u"ticket.reprinted"_s, queue, uri);
    std::fputs((tr("Ticket %1 printed on %2.").arg(queue, uri) + u'\n').toLocal8Bit().constData(), stdout);
    return Printed;
}

} // namespace besuk
