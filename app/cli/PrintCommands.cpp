// SPDX-License-Identifier: GPL-3.0-or-later
// besuk-cli print: a staff reprint, headless. The payload is checked against the facility, then the ticket is
// rendered and sent in this process (on the offscreen platform unless QT_QPA_PLATFORM says otherwise).
#include "app/cli/Cli.h"
#include "app/cli/CliJson.h"
#include "db/Facility.h"
#include "db/GateService.h"
#include "platform/printer/PrinterUri.h"
#include "platform/printing/TicketPrinter.h"
#include "platform/ticket/TicketView.h"

#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk::cli {

namespace {

const QCommandLineOption PrinterOption(u"printer"_s,
                                       u"Where to print: system:NAME, pdf:FILE, escpos:/dev/usb/lp0 or "
                                       u"escpos-tcp://HOST:9100 (required)."_s,
                                       u"URI"_s);
const QCommandLineOption PaperOption(u"paper"_s, u"58mm (default), 80mm or a6."_s, u"58mm|80mm|a6"_s);
const QCommandLineOption DotsOption(u"dots"_s, u"ESC/POS dots per line (default: 384 for 58mm, 576 for 80mm)."_s,
                                    u"N"_s);
const QCommandLineOption NativeQrOption(u"native-qr"_s, u"ESC/POS: the printer draws the QR code itself."_s);
const QCommandLineOption NoStatusOption(u"no-status"_s,
                                        u"ESC/POS: do not ask the printer for its status (printers that never "
                                        u"answer); then the ticket counts as printed once the printer took "
                                        u"every byte."_s);
const QCommandLineOption LangOption(u"lang"_s, u"The ticket's language: id or en (default: the kiosk's)."_s,
                                    u"id|en"_s);

const QStringList Schemes{u"system:"_s, u"pdf:"_s, u"escpos:"_s, u"escpos-tcp://"_s};

// The ticket's language: --lang, else the kiosk's (the besuk program's setting kiosk/language), else Indonesian.
// Its translation then also words the outcome, as the kiosk would.
void applyTicketLanguage(const QString &chosen, QTranslator &translator) {
    QString language = chosen;
    if (language.isEmpty())
        language = QSettings(u"Besuk"_s, u"besuk"_s).value(u"kiosk/language"_s, u"id"_s).toString();
    if (language != u"en"_s)
        language = u"id"_s;
    QLocale::setDefault(language == u"id"_s ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (translator.load(u":/i18n/besuk_%1.qm"_s.arg(language)))
        QCoreApplication::installTranslator(&translator);
}

// The printer from --printer and the paper options; a usage message when they name none.
Result<PrinterChoice> printerChoice(const Context &context, const QString &uri) {
    PrinterChoice base;
    const auto paper =
        paperFromKey(context.args.isSet(PaperOption) ? context.args.value(PaperOption).toLower() : u"58mm"_s);
    if (!paper)
        return makeError(ErrorCode::InvalidInput, Context::tr("--paper is 58mm, 80mm or a6."));
    base.paper = *paper;
    if (context.args.isSet(DotsOption)) {
        bool ok = false;
        base.dotsPerLine = context.args.value(DotsOption).toInt(&ok);
        if (!ok || base.dotsPerLine < 8 || base.dotsPerLine > 2048)
            return makeError(ErrorCode::InvalidInput, Context::tr("--dots needs a number of dots from 8 to 2048."));
    }
    base.nativeQr = context.args.isSet(NativeQrOption);
    base.askStatus = !context.args.isSet(NoStatusOption);
    return PrinterUri::parse(uri, base);
}

int print(Context &context) {
    const QString uri = context.args.value(PrinterOption).trimmed();
    if (uri.isEmpty())
        return context.usage(Context::tr("print needs --printer URI, e.g. --printer escpos-tcp://192.168.1.50:9100."));
    if (std::none_of(Schemes.begin(), Schemes.end(), [&](const QString &s) { return uri.startsWith(s); }))
        return context.usage(
            Context::tr("--printer is system:NAME, pdf:FILE, escpos:/dev/usb/lp0 or escpos-tcp://HOST:9100."));
    const QString language = context.args.value(LangOption).toLower();
    if (context.args.isSet(LangOption) && language != u"id"_s && language != u"en"_s)
        return context.usage(Context::tr("--lang is id or en."));
    auto choice = printerChoice(context, uri);
    if (!choice)
        return context.usage(choice.error().message);

    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    const QString payload = context.positional.first().trimmed();
    auto judged = GateService(**facility).scan(payload);
    if (!judged)
        return context.fail(judged.error());
    if (!judged->visit)
        return context.fail(makeError(ErrorCode::InvalidInput, judged->message));

    QTranslator translator;
    applyTicketLanguage(language, translator);
    const QString queue = judged->visit->queueLabel();
    const TicketView ticket = TicketView::from(*judged->visit, payload, **facility);
    auto printed = TicketPrinter::print(ticket, *choice);
    QJsonObject json = visitJson(*judged->visit, **facility);
    json.insert(u"printed"_s, printed.ok());
    json.insert(u"printer"_s, uri);
    json.insert(u"paper"_s, paperKey(choice->paper));
    if (printed) {
        if (auto logged =
                (*facility)->logEvent(context.actor(), u"ticket.reprinted"_s, queue, PrinterUri::format(*choice));
            !logged)
            return context.fail(logged.error());
        return context.printJson(json);
    }
    const QString detail = TicketPrinter::staffDetail(printed.error());
    [[maybe_unused]] auto logged = (*facility)->logEvent(context.actor(), u"printer.failed"_s, queue, detail);
    const QString message = Context::tr("Ticket %1 was not printed: %2").arg(queue, detail);
    json.insert(u"message"_s, message);
    context.printJson(json);
    return context.fail(makeError(ErrorCode::Storage, message));
}

} // namespace

QList<Command> printCommands() {
    return {
        {{u"print"_s},
         u"PAYLOAD"_s,
         u"Print a ticket again (staff reprint) on a printer, e.g. --printer escpos-tcp://192.168.1.50:9100; a "
         u"printer problem (connection refused, the printer stopped taking data or reset, no status answer within "
         u"2 s, paper out, cover open, offline) is exit 1 with \"printed\": false and the message."_s,
         {PrinterOption, PaperOption, DotsOption, NativeQrOption, NoStatusOption, LangOption},
         1,
         1,
         print},
    };
}

} // namespace besuk::cli
