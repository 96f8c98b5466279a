// besuk-cli print: a staff reprint, headless. The payload and the printer address are checked here; the ticket is
// rendered and sent by the besuk program (besuk --print-ticket), since besuk-cli links no Qt Gui.
#include "app/cli/Cli.h"
#include "app/cli/CliJson.h"
#include "db/GateService.h"
#include "platform/printer/PrinterUri.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

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

constexpr int PrintTimeoutMs = 60'000;
constexpr int NotPrintedExit = 3; // besuk --print-ticket: the printer failed

// The besuk program: beside besuk-cli (installed or built together), else on PATH.
QString guiProgram() {
    const QFileInfo beside(QDir(QCoreApplication::applicationDirPath()).filePath(u"besuk"_s));
    if (beside.isExecutable())
        return beside.filePath();
    return QStandardPaths::findExecutable(u"besuk"_s);
}

int print(Context &context) {
    const QString uri = context.args.value(PrinterOption).trimmed();
    if (uri.isEmpty())
        return context.usage(Context::tr("print needs --printer URI, e.g. --printer escpos-tcp://192.168.1.50:9100."));
    if (const auto printer = PrinterUri::parse(uri); !printer)
        return context.usage(printer.error().message);
    const QString paper = context.args.isSet(PaperOption) ? context.args.value(PaperOption).toLower() : u"58mm"_s;
    if (!paperFromKey(paper))
        return context.usage(Context::tr("--paper is 58mm, 80mm or a6."));

    auto facility = context.facility();
    if (!facility)
        return context.fail(facility.error());
    const QString payload = context.positional.first().trimmed();
    auto judged = GateService(**facility).scan(payload);
    if (!judged)
        return context.fail(judged.error());
    if (!judged->visit)
        return context.fail(makeError(ErrorCode::InvalidInput, judged->message));

    const QString program = guiProgram();
    if (program.isEmpty())
        return context.fail(makeError(ErrorCode::NotFound, Context::tr("The besuk program, which prints tickets, "
                                                                       "is neither beside besuk-cli nor on PATH.")));
    QStringList arguments{
        u"--print-ticket"_s,    payload,    u"--printer"_s,    uri,          u"--paper"_s,   paper, u"--db"_s,
        context.databasePath(), u"--key"_s, context.keyPath(), u"--actor"_s, context.actor()};
    for (const QCommandLineOption &option : {DotsOption, LangOption}) {
        if (context.args.isSet(option))
            arguments << u"--"_s + option.names().constFirst() << context.args.value(option);
    }
    if (context.args.isSet(NativeQrOption))
        arguments << u"--native-qr"_s;
    if (context.args.isSet(NoStatusOption))
        arguments << u"--no-status"_s;

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(PrintTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return context.fail(makeError(ErrorCode::Storage, Context::tr("%1 did not finish printing.").arg(program)));
    }
    // besuk's one line on stderr ("besuk: ..."), without its prefix.
    QString message = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    const QStringList lines = message.split(u'\n', Qt::SkipEmptyParts);
    message = lines.isEmpty() ? QString() : lines.constLast().trimmed();
    if (message.startsWith(u"besuk: "_s))
        message = message.mid(7);
    if (process.exitStatus() != QProcess::NormalExit)
        return context.fail(makeError(ErrorCode::Storage, Context::tr("%1 stopped while printing.").arg(program)));
    if (process.exitCode() == Usage)
        return context.usage(message);
    if (process.exitCode() != Success && process.exitCode() != NotPrintedExit)
        return context.fail(makeError(ErrorCode::Storage, message));

    QJsonObject json = visitJson(*judged->visit, **facility);
    json.insert(u"printed"_s, process.exitCode() == Success);
    json.insert(u"printer"_s, uri);
    json.insert(u"paper"_s, paper);
    if (process.exitCode() == Success)
        return context.printJson(json);
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
