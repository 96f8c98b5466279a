#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace besuk {

// besuk --print-ticket PAYLOAD --printer URI [--paper 58mm|80mm|a6] [--dots N] [--native-qr] [--no-status]
//        [--db LOCATION] [--key PATH] [--lang id|en] [--actor NAME]
// Prints a stored ticket headless (no window; the offscreen platform unless QT_QPA_PLATFORM says otherwise) for a
// staff reprint; besuk-cli print runs it, as besuk-cli itself links no Qt Gui. The payload must be a genuine ticket
// of this facility. Success and failure are logged (ticket.reprinted, printer.failed). Exit status: 0 printed,
// 1 not a ticket here or a database problem, 2 usage error, 3 the printer failed (one line on stderr, in the
// language of --lang or the kiosk's, for every failure).
class PrintCommand {
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)
public:
    static constexpr const char *Flag = "--print-ticket";
    static bool wanted(const QStringList &arguments) { return arguments.contains(QString::fromLatin1(Flag)); }
    static int main(int argc, char *argv[]);
};

} // namespace besuk
