// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/KioskSettings.h"

#include "platform/printer/PrinterUri.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk {

KioskSettings KioskSettings::load(QSettings &settings) {
    KioskSettings result;
    const auto seconds = [&](const QString &key, int fallbackMs) {
        const int value = settings.value(key, fallbackMs / 1000).toInt();
        return value > 0 ? value * 1000 : fallbackMs;
    };
    result.formIdleMs = seconds(u"kiosk/idleSeconds"_s, result.formIdleMs);
    result.ticketIdleMs = seconds(u"kiosk/ticketSeconds"_s, result.ticketIdleMs);
    result.idleWarningMs = seconds(u"kiosk/idleWarningSeconds"_s, result.idleWarningMs);
    result.station = settings.value(u"kiosk/station"_s, result.station).toString();
    result.language = settings.value(u"kiosk/language"_s, result.language).toString();
    result.voiceHelp = settings.value(u"kiosk/voiceHelp"_s, result.voiceHelp).toBool();
    const QString prefix = settings.value(u"kiosk/nikRegionPrefix"_s).toString().trimmed();
    if (isRegionPrefix(prefix))
        result.nikRegionPrefix = prefix;
    else
        qWarning("besuk: kiosk/nikRegionPrefix \"%s\" is not 4 or 6 digits: no region key", qPrintable(prefix));
    const QString kind = settings.value(u"printer/kind"_s, u"system"_s).toString();
    result.printer.kind = kind == u"pdf"      ? PrinterChoice::Kind::Pdf
                          : kind == u"escpos" ? PrinterChoice::Kind::EscPos
                                              : PrinterChoice::Kind::System;
    result.printer.systemPrinter = settings.value(u"printer/name"_s).toString();
    result.printer.paper =
        paperFromKey(settings.value(u"printer/paper"_s, u"58mm"_s).toString()).value_or(Paper::Thermal58);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    result.pdfFolder = settings.value(u"printer/pdfFolder"_s, QDir(documents).filePath(u"besuk-tickets"_s)).toString();
    result.printer.dotsPerLine = std::max(0, settings.value(u"printer/dotsPerLine"_s, 0).toInt());
    result.printer.nativeQr = settings.value(u"printer/nativeQr"_s, false).toBool();
    result.printer.askStatus = settings.value(u"printer/askStatus"_s, true).toBool();
    if (result.printer.kind == PrinterChoice::Kind::EscPos) {
        // A bad address leaves device and host empty: each print then fails with a message saying so.
        auto named =
            PrinterUri::parse(PrinterUri::withScheme(settings.value(u"printer/uri"_s).toString()), result.printer);
        if (named && named->kind == PrinterChoice::Kind::EscPos)
            result.printer = *named;
    }
    return result;
}

bool KioskSettings::isRegionPrefix(const QString &digits) {
    if (digits.size() != 0 && digits.size() != 4 && digits.size() != 6)
        return false;
    return std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

PrinterChoice KioskSettings::choiceFor(const QString &date, const QString &queueLabel) const {
    PrinterChoice choice = printer;
    if (choice.kind == PrinterChoice::Kind::Pdf)
        choice.pdfPath = QDir(pdfFolder).filePath(u"ticket-%1-%2.pdf"_s.arg(date, queueLabel));
    return choice;
}

} // namespace besuk
