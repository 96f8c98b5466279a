// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketTestSupport.h"
#include "platform/printing/TicketPrinter.h"
#include "platform/ticket/QrCode.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

Result<void> printPdf(const TicketView &view, Paper paper, const QString &path) {
    PrinterChoice choice;
    choice.kind = PrinterChoice::Kind::Pdf;
    choice.pdfPath = path;
    choice.paper = paper;
    return TicketPrinter::print(view, choice);
}

} // namespace

TEST_CASE("A ticket printed to PDF reads back: QR, queue number, masked NIK, names", "[ticket]") {
    LocaleScope locale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    TicketFacility facility;
    const TicketView view = facility.issue();
    for (Paper paper : {Paper::Thermal58, Paper::Thermal80, Paper::A6}) {
        INFO(paperKey(paper).toStdString());
        const QString pdf = facility.path(u"tickets/ticket-%1.pdf"_s.arg(paperKey(paper)));
        const auto printed = printPdf(view, paper, pdf);
        INFO((printed ? QString() : printed.error().message).toStdString());
        REQUIRE(printed.ok());

        const QImage raster = rasterise(pdf);
        CHECK(QrCode::decode(raster) == view.payload);
        REQUIRE(raster.save(screenshotPath(u"ticket-%1-from-pdf.png"_s.arg(paperKey(paper)))));
        const QString sample = screenshotPath(u"ticket-%1.pdf"_s.arg(paperKey(paper)));
        QFile::remove(sample);
        REQUIRE(QFile::copy(pdf, sample));

        const QString text = pdfText(pdf);
        INFO(text.toStdString());
        CHECK(text.contains(u"A-001"_s));
        CHECK(text.contains(LeadMaskedNik));
        CHECK(text.contains(InmateName));
        CHECK(text.contains(u"Đặng Thị Hoa"_s));
        CHECK(withoutSpaces(text).contains(u"Saturday,27December2025"_s));
        CHECK_FALSE(withoutSpaces(text).contains(LeadNik));
        CHECK_FALSE(withoutSpaces(text).contains(SecondNik));
    }
}

TEST_CASE("A 100-character name is printed whole", "[ticket]") {
    TicketFacility facility;
    const QString name = hundredCharacterName();
    const TicketView view = facility.issue(name);
    for (Paper paper : {Paper::Thermal58, Paper::Thermal80, Paper::A6}) {
        INFO(paperKey(paper).toStdString());
        const QString pdf = facility.path(u"long-%1.pdf"_s.arg(paperKey(paper)));
        REQUIRE(printPdf(view, paper, pdf).ok());
        const QString text = pdfText(pdf);
        INFO(text.toStdString());
        CHECK(withoutSpaces(text).contains(withoutSpaces(name)));
        CHECK(QrCode::decode(rasterise(pdf)) == view.payload);
    }
}

TEST_CASE("Printing to a PDF that cannot be written fails with advice, not a crash", "[ticket]") {
    TicketFacility facility;
    const TicketView view = facility.issue();
    const auto printed = printPdf(view, Paper::Thermal58, u"/proc/nope/t.pdf"_s);
    REQUIRE_FALSE(printed.ok());
    CHECK(printed.error().code == ErrorCode::Storage);
    CHECK(TicketPrinter::visitorMessage(printed.error()).contains(u"take a photo of the QR code"_s));
    CHECK(TicketPrinter::staffDetail(printed.error()).contains(u"/proc/nope"_s));
    CHECK_FALSE(QFile::exists(u"/proc/nope/t.pdf"_s));

    const auto noPath = printPdf(view, Paper::Thermal58, QString());
    REQUIRE_FALSE(noPath.ok());
    CHECK_FALSE(TicketPrinter::staffDetail(noPath.error()).isEmpty());
}

TEST_CASE("A system printer that does not exist is reported as not available", "[ticket]") {
    TicketFacility facility;
    const TicketView view = facility.issue();
    PrinterChoice choice;
    choice.kind = PrinterChoice::Kind::System;
    choice.systemPrinter = u"Besuk-No-Such-Printer"_s;
    choice.paper = Paper::Thermal80;
    const auto printed = TicketPrinter::print(view, choice);
    REQUIRE_FALSE(printed.ok());
    CHECK(printed.error().code == ErrorCode::NotFound);
    CHECK(printed.error().message.contains(u"The printer \"Besuk-No-Such-Printer\" is not available."_s));
    CHECK(TicketPrinter::visitorMessage(printed.error()) ==
          u"The ticket could not be printed. Please take a photo of the QR code on the screen, or ask an officer."_s);
    CHECK(TicketPrinter::staffDetail(printed.error()) == u"The printer \"Besuk-No-Such-Printer\" is not available."_s);
    CHECK_FALSE(TicketPrinter::systemPrinters().contains(choice.systemPrinter));
}
