// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ticket/TicketLayout.h"

#include "TicketTestSupport.h"
#include "platform/ticket/QrCode.h"

#include <QElapsedTimer>
#include <QGlyphRun>
#include <QRawFont>
#include <QTextLayout>

#include <catch2/catch.hpp>

#include <cmath>
#include <iostream>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

const Paper AllPapers[] = {Paper::Thermal58, Paper::Thermal80, Paper::A6};

using Layouts = std::vector<std::shared_ptr<const QTextLayout>>;

std::shared_ptr<const QTextLayout> layoutContaining(const Layouts &layouts, const QString &text) {
    for (const auto &layout : layouts) {
        if (layout->text().contains(text))
            return layout;
    }
    FAIL("the ticket draws no text containing " << text.toStdString());
    return {};
}

QString fontsOf(const QList<QGlyphRun> &runs) {
    QStringList names;
    for (const QGlyphRun &run : runs)
        names.append(run.rawFont().familyName() + u' ' + run.rawFont().styleName());
    return names.join(u", "_s);
}

// Each visible character of `layout` is drawn with a real glyph (index 0 is a font's empty box) of a font that
// maps it. (A space where a line breaks is not drawn.)
void checkNoGlyphMissing(const QTextLayout &layout) {
    const QString text = layout.text();
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isSpace())
            continue;
        const QList<QGlyphRun> runs = layout.glyphRuns(i, 1);
        INFO(u"U+%1 in \"%2\" drawn with %3"_s.arg(uint(text.at(i).unicode()), 4, 16, QChar(u'0'))
                 .arg(text, fontsOf(runs)));
        CHECK_FALSE(runs.isEmpty());
        for (const QGlyphRun &run : runs) {
            // From the ticket's own typefaces, not whatever the station's font configuration substitutes.
            CHECK(TicketLayout::fontFamilies().contains(run.rawFont().familyName()));
            CHECK(run.rawFont().supportsCharacter(text.at(i)));
            for (const quint32 glyph : run.glyphIndexes())
                CHECK(glyph != 0);
        }
    }
}

} // namespace

TEST_CASE("QR codes are crisp, have a quiet zone, use ECC level M and read back", "[ticket]") {
    const QString text = u"BESUK-TEST-PAYLOAD-0123456789"_s;
    const int modules = QrCode::modules(text);
    REQUIRE(modules >= 21);

    const QImage image = QrCode::image(text, 3);
    REQUIRE(image.format() == QImage::Format_Grayscale8);
    CHECK(image.width() == (modules + 8) * 3);
    CHECK(image.height() == image.width());
    // The quiet zone is white, the finder pattern's corner black, and every pixel is pure black or pure white.
    CHECK(image.pixelColor(4 * 3 - 1, 4 * 3 - 1) == QColor(Qt::white));
    CHECK(image.pixelColor(4 * 3, 4 * 3) == QColor(Qt::black));
    bool crisp = true;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int gray = qGray(image.pixel(x, y));
            crisp = crisp && (gray == 0 || gray == 255);
        }
    }
    CHECK(crisp);
    CHECK(QrCode::decode(image) == text);
    QImage transparent = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < transparent.height(); ++y) {
        for (int x = 0; x < transparent.width(); ++x) {
            if (transparent.pixelColor(x, y) == QColor(Qt::white))
                transparent.setPixelColor(x, y, Qt::transparent);
        }
    }
    CHECK(QrCode::decode(transparent) == text);

    // Alphanumeric capacity at level M is 122 characters in version 5 (37 modules) and 154 in version 6 (41);
    // levels L and Q would give other versions for 123 characters.
    CHECK(QrCode::modules(QString(122, u'A')) == 37);
    CHECK(QrCode::modules(QString(123, u'A')) == 41);

    const QString unicode = u"Đặng Thị Hoa · محمد · 王小明"_s;
    CHECK(QrCode::decode(QrCode::image(unicode, 2)) == unicode);
    CHECK(QrCode::image(QString(5000, u'x')).isNull());
    CHECK_FALSE(QrCode::decode(QImage()).has_value());
}

TEST_CASE("An issued ticket's QR fits QR version 7 at ECC level M", "[ticket]") {
    TicketFacility facility;
    const TicketView view = facility.issue();
    REQUIRE(view.payload.size() == 125);
    // Version v has 17 + 4v modules a side: version 7 is 45. 125 alphanumeric characters need version 6.
    CHECK(QrCode::modules(view.payload) == 41);
    CHECK(QrCode::modules(view.payload) <= 17 + 4 * 7);
}

TEST_CASE("The ticket view is built from the stored visit in the visitor's language", "[ticket]") {
    TicketFacility facility;
    SECTION("English") {
        LocaleScope locale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const TicketView view = facility.issue();
        CHECK(view.facilityName == u"Rutan Kelas IIA Balikpapan"_s);
        CHECK(view.queueLabel == u"A-001"_s);
        CHECK(view.serviceText == u"Face-to-face visit"_s);
        CHECK(view.dateText == u"Saturday, 27 December 2025"_s);
        CHECK(view.sessionText == u"Session 1"_s);
        CHECK(view.issuedAtText == u"09:12 WITA"_s);
        CHECK(view.inmateName == InmateName);
        CHECK(view.inmateNumber == u"WB-001"_s);
        CHECK(view.inmateBlock == u"Block C"_s);
        CHECK(view.men == 1);
        CHECK(view.women == 1);
        CHECK(view.children == 2);
        CHECK(view.leadName == u"Đặng Thị Hoa"_s);
        CHECK(view.leadMaskedNik == LeadMaskedNik);
        CHECK_FALSE(view.payload.isEmpty());
    }
    SECTION("Indonesian date") {
        LocaleScope locale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        CHECK(facility.issue().dateText == u"Sabtu, 27 Desember 2025"_s);
    }
}

TEST_CASE("A zone without an abbreviation shows its UTC offset", "[ticket]") {
    // tzdata names Timor-Leste's time only "+09".
    TicketFacility facility(u"Asia/Dili"_s);
    CHECK(facility.issue().issuedAtText == u"09:12 UTC+09:00"_s);
}

TEST_CASE("Rendered tickets have the printer's width and their QR reads back", "[ticket]") {
    TicketFacility facility;
    const TicketView view = facility.issue();
    for (Paper paper : AllPapers) {
        INFO(paperKey(paper).toStdString());
        const QImage image = TicketLayout::render(view, paper, 203);
        const double expectedWidth = TicketLayout::printableWidthMm(paper) * 203 / 25.4;
        CHECK(std::abs(image.width() - expectedWidth) <= 1.0);
        const QSizeF page = TicketLayout::pageSizeMm(view, paper);
        CHECK(std::abs(image.height() - page.height() * 203 / 25.4) <= 1.0);
        CHECK(QrCode::decode(image) == view.payload);
        REQUIRE(image.save(screenshotPath(u"ticket-%1.png"_s.arg(paperKey(paper)))));
    }
    CHECK(TicketLayout::pageSizeMm(view, Paper::A6) == QSizeF(105, 148));
    CHECK(paperFromKey(u"80MM"_s) == Paper::Thermal80);
    CHECK_FALSE(paperFromKey(u"letter"_s).has_value());
}

TEST_CASE("Long names wrap: the ticket grows and nothing is cut", "[ticket]") {
    TicketFacility facility;
    const TicketView shortNames = facility.issue();
    const TicketView longNames = facility.issue(hundredCharacterName(), u"محمد عبد الله بن عبد الرحمن"_s);
    CHECK(TicketLayout::pageSizeMm(longNames, Paper::Thermal58).height() >
          TicketLayout::pageSizeMm(shortNames, Paper::Thermal58).height());
    CHECK(TicketLayout::pageSizeMm(longNames, Paper::Thermal80).height() >
          TicketLayout::pageSizeMm(shortNames, Paper::Thermal80).height());
    for (Paper paper : AllPapers) {
        INFO(paperKey(paper).toStdString());
        const QImage image = TicketLayout::render(longNames, paper);
        CHECK(QrCode::decode(image) == longNames.payload);
        REQUIRE(image.save(screenshotPath(u"ticket-%1-long-names.png"_s.arg(paperKey(paper)))));
    }
}

TEST_CASE("Chinese and Arabic names print with every glyph and Arabic reads right to left and joined", "[ticket]") {
    INFO("Fonts: fc-list :lang=zh and fc-list :lang=ar must list fonts (fonts-noto-cjk, fonts-noto-core)");
    TicketFacility facility;
    const QString chinese = u"李小龙"_s;
    const QString arabic = u"عبد الله"_s;
    const TicketView view = facility.issue(arabic, chinese);
    for (Paper paper : AllPapers) {
        INFO(paperKey(paper).toStdString());
        const Layouts layouts = TicketLayout::textLayouts(view, paper);
        for (const auto &layout : layouts)
            checkNoGlyphMissing(*layout);

        const auto inmate = layoutContaining(layouts, chinese);
        const auto lead = layoutContaining(layouts, arabic);
        REQUIRE(lead->lineCount() == 1);
        const QTextLine line = lead->lineAt(0);
        CHECK(line.cursorToX(0) > line.cursorToX(int(arabic.size()))); // the first letter is rightmost
        for (const QGlyphRun &run : lead->glyphRuns())
            CHECK(run.isRightToLeft());
        // عبد joined: initial, medial and final forms, none of the isolated letters the font maps the characters to.
        for (const QGlyphRun &run : lead->glyphRuns(0, 3)) {
            const QList<quint32> isolated = run.rawFont().glyphIndexesForString(arabic.left(3));
            INFO(fontsOf({run}));
            CHECK(run.glyphIndexes().size() == 3);
            for (const quint32 glyph : run.glyphIndexes())
                CHECK_FALSE(isolated.contains(glyph));
        }

        // The masked NIK under the Arabic name still reads left to right.
        const auto nik = layoutContaining(layouts, LeadMaskedNik);
        const int first = int(nik->text().indexOf(LeadMaskedNik));
        const QTextLine nikLine = nik->lineAt(0);
        CHECK(nikLine.cursorToX(first) < nikLine.cursorToX(first + int(LeadMaskedNik.size()) - 1));
        for (const QGlyphRun &run : nik->glyphRuns())
            CHECK_FALSE(run.isRightToLeft());
        CHECK(inmate->lineCount() == 1);

        const QImage image = TicketLayout::render(view, paper);
        CHECK(QrCode::decode(image) == view.payload);
        REQUIRE(image.save(screenshotPath(u"ticket-%1-chinese-arabic.png"_s.arg(paperKey(paper)))));
    }
}

TEST_CASE("The ticket paints onto any device size, keeping its proportions", "[ticket]") {
    TicketFacility facility;
    const TicketView view = facility.issue();
    // A screen preview: 96 dpi, a box wider than the ticket.
    QImage screen(900, 700, QImage::Format_RGB32);
    screen.fill(Qt::darkGray);
    QPainter painter(&screen);
    TicketLayout::paint(painter, QRectF(0, 0, 900, 700), view, Paper::Thermal80);
    painter.end();
    CHECK(screen.pixelColor(450, 350) != QColor(Qt::darkGray)); // drawn in the middle
    CHECK(screen.pixelColor(5, 350) == QColor(Qt::darkGray));   // centred, not stretched
    REQUIRE(screen.save(screenshotPath(u"ticket-80mm-preview.png"_s)));
}

TEST_CASE("Ticket timings", "[.][ticket][timing]") {
    TicketFacility facility;
    const TicketView view = facility.issue();
    for (Paper paper : AllPapers) {
        QElapsedTimer timer;
        timer.start();
        constexpr int Rounds = 20;
        for (int i = 0; i < Rounds; ++i)
            (void)TicketLayout::render(view, paper);
        const double renderMs = double(timer.nsecsElapsed()) / 1e6 / Rounds;
        const QImage image = TicketLayout::render(view, paper);
        timer.restart();
        for (int i = 0; i < Rounds; ++i)
            (void)QrCode::decode(image);
        const double decodeMs = double(timer.nsecsElapsed()) / 1e6 / Rounds;
        std::cout << paperKey(paper).toStdString() << ": render (layout + QR encode + paint) " << renderMs
                  << " ms, decode " << decodeMs << " ms\n";
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100; ++i)
        (void)QrCode::image(view.payload, 5);
    std::cout << "QR encode alone: " << double(timer.nsecsElapsed()) / 1e6 / 100 << " ms\n";
}
