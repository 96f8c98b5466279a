// SPDX-License-Identifier: GPL-3.0-or-later
// A ticket booked ahead (besuk-web): the booking code stands where the queue number would, with the advice to show
// it at the kiosk or the gate; the QR still carries the signed payload.
#include "TicketTestSupport.h"
#include "platform/ticket/QrCode.h"
#include "platform/ticket/TicketLayout.h"

#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

QString allText(const TicketView &view, Paper paper) {
    QStringList texts;
    for (const auto &layout : TicketLayout::textLayouts(view, paper))
        texts.append(layout->text());
    return texts.join(u'\n').replace(QChar(0x00A0), u' ');
}

} // namespace

TEST_CASE("A booked ticket shows its booking code instead of a queue number and its QR reads back", "[ticket]") {
    TicketFacility facility;
    TicketView view = facility.issue();
    view.queueLabel.clear();
    view.bookingCode = u"K7QM-4ZPX"_s;
    view.sessionText = u"09:00\u201310:00"_s;
    view.issuedAtText.clear();
    for (Paper paper : {Paper::Thermal58, Paper::Thermal80, Paper::A6}) {
        INFO(paperKey(paper).toStdString());
        const QString text = allText(view, paper);
        CHECK(text.contains(u"Booking code"_s));
        CHECK(text.contains(u"K7QM-4ZPX"_s));
        CHECK(text.contains(u"Show this at the kiosk or the gate."_s));
        CHECK_FALSE(text.contains(u"Queue number"_s));
        CHECK(text.contains(u"09:00\u201310:00"_s));
        CHECK(QrCode::decode(TicketLayout::render(view, paper, 203)) == view.payload);
    }
    view.bookingCode.clear();
    view.queueLabel = u"A-001"_s;
    CHECK(allText(view, Paper::Thermal58).contains(u"Queue number"_s));
    CHECK_FALSE(allText(view, Paper::Thermal58).contains(u"K7QM-4ZPX"_s));
}
