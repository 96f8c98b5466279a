// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/printer/PrinterUri.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

const QString SystemScheme = u"system:"_s;
const QString PdfScheme = u"pdf:"_s;
const QString DeviceScheme = u"escpos:"_s;
const QString TcpScheme = u"escpos-tcp://"_s;

Error invalid(const QString &uri) {
    return makeError(ErrorCode::InvalidInput,
                     PrinterUri::tr("\"%1\" does not name a printer. Use system:NAME, pdf:FILE, escpos:/dev/usb/lp0 or "
                                    "escpos-tcp://HOST:9100.")
                         .arg(uri));
}

} // namespace

Result<PrinterChoice> PrinterUri::parse(const QString &uri, const PrinterChoice &base) {
    const QString text = uri.trimmed();
    PrinterChoice choice = base;
    choice.systemPrinter.clear();
    choice.pdfPath.clear();
    choice.device.clear();
    choice.host.clear();
    choice.port = 9100;
    const auto rest = [&](const QString &scheme) { return text.mid(scheme.size()).trimmed(); };
    if (text.startsWith(TcpScheme, Qt::CaseInsensitive)) {
        // QUrl knows IPv6 brackets and ports; the scheme is swapped for one it parses as host-based.
        const QUrl url(u"tcp://"_s + rest(TcpScheme));
        if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() ||
            (!url.path().isEmpty() && url.path() != u"/") || url.hasQuery() || url.hasFragment())
            return invalid(text);
        const int port = url.port(9100);
        if (port < 1 || port > 65535)
            return invalid(text);
        choice.kind = PrinterChoice::Kind::EscPos;
        choice.host = url.host();
        choice.port = quint16(port);
        return choice;
    }
    if (text.startsWith(DeviceScheme, Qt::CaseInsensitive)) {
        choice.kind = PrinterChoice::Kind::EscPos;
        choice.device = rest(DeviceScheme);
        if (!choice.device.startsWith(u'/'))
            return invalid(text);
        return choice;
    }
    if (text.startsWith(PdfScheme, Qt::CaseInsensitive)) {
        choice.kind = PrinterChoice::Kind::Pdf;
        choice.pdfPath = rest(PdfScheme);
        if (choice.pdfPath.isEmpty())
            return invalid(text);
        return choice;
    }
    if (text.startsWith(SystemScheme, Qt::CaseInsensitive)) {
        choice.kind = PrinterChoice::Kind::System;
        choice.systemPrinter = rest(SystemScheme);
        return choice;
    }
    return invalid(text);
}

QString PrinterUri::withScheme(const QString &text) {
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u'/') ? DeviceScheme + trimmed : trimmed;
}

QString PrinterUri::format(const PrinterChoice &choice) {
    switch (choice.kind) {
    case PrinterChoice::Kind::System:
        return SystemScheme + choice.systemPrinter;
    case PrinterChoice::Kind::Pdf:
        return PdfScheme + choice.pdfPath;
    case PrinterChoice::Kind::EscPos:
        if (!choice.host.isEmpty()) {
            const QString host = choice.host.contains(u':') ? u"[%1]"_s.arg(choice.host) : choice.host;
            return TcpScheme + host + u':' + QString::number(choice.port);
        }
        return DeviceScheme + choice.device;
    }
    return {};
}

} // namespace besuk
