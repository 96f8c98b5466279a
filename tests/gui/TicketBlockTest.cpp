// SPDX-License-Identifier: GPL-3.0-or-later
// The inmate's block on the printed ticket: named once, whether the roster writes "Blok A" (the demo roster) or "A".
#include "TicketTestSupport.h"
#include "platform/printing/TicketPrinter.h"

#include <QCoreApplication>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

// Installs the compiled translation of `language` (embedded as in the stations) for one test.
class TranslationScope {
public:
    explicit TranslationScope(const QString &language) {
        REQUIRE(m_translator.load(u":/i18n/besuk_%1.qm"_s.arg(language)));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~TranslationScope() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

// The text of the ticket printed to PDF on `paper`.
QString printedText(TicketFacility &facility, const TicketView &view, Paper paper) {
    PrinterChoice choice;
    choice.kind = PrinterChoice::Kind::Pdf;
    choice.pdfPath = facility.path(u"block-%1-%2.pdf"_s.arg(view.queueLabel, paperKey(paper)));
    choice.paper = paper;
    const auto printed = TicketPrinter::print(view, choice);
    INFO((printed ? QString() : printed.error().message).toStdString());
    REQUIRE(printed.ok());
    return pdfText(choice.pdfPath).simplified();
}

} // namespace

TEST_CASE("A block written \"Blok A\" or \"A\" prints as \"Blok A\", never \"Blok Blok A\"", "[ticket]") {
    TranslationScope indonesian(u"id"_s);
    LocaleScope locale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    TicketFacility facility;
    for (const QString &block : {u"Blok A"_s, u"A"_s, u"  blok A"_s}) {
        INFO("block in the roster: \"" << block << "\"");
        const TicketView view = facility.issue(u"Siti Aminah"_s, InmateName, block);
        CHECK(view.inmateBlock.compare(u"Blok A"_s, Qt::CaseInsensitive) == 0);
        for (Paper paper : {Paper::Thermal58, Paper::A6}) {
            const QString text = printedText(facility, view, paper);
            INFO(text.toStdString());
            CHECK(text.contains(u"Blok A"_s, Qt::CaseInsensitive));
            CHECK_FALSE(text.contains(u"Blok Blok"_s, Qt::CaseInsensitive));
        }
    }
}

TEST_CASE("In English a bare block is \"Block A\" and a named one is printed as the roster writes it", "[ticket]") {
    TranslationScope english(u"en"_s);
    TicketFacility facility;
    const QString bare = printedText(facility, facility.issue(u"Siti Aminah"_s, InmateName, u"A"_s), Paper::A6);
    INFO(bare.toStdString());
    CHECK(bare.contains(u"Block A"_s));
    const QString named = printedText(facility, facility.issue(u"Siti Aminah"_s, InmateName, u"Blok A"_s), Paper::A6);
    INFO(named.toStdString());
    CHECK(named.contains(u"Blok A"_s));
    CHECK_FALSE(named.contains(u"Block Blok"_s));
    CHECK(facility.issue(u"Siti Aminah"_s, InmateName, {}).inmateBlock.isEmpty());
}
