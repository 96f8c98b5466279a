// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateTestSupport.h"
#include "ui/gate/CallPanel.h"
#include "ui/gate/CheckOutScreen.h"
#include "ui/gate/InspectionItemRow.h"
#include "ui/gate/InspectionScreen.h"
#include "ui/gate/RoomBoard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

// Types as a person does: slower than a scanner, so the scanner filter lets the keys through.
void typeSlowly(const QString &text) {
    QTest::keyClicks(GateFixture::focused(), text, Qt::NoModifier, 40);
}

VisitRecord visitOf(GateFixture &f, qint64 id) {
    auto visit = VisitRepository::load(f.facility->database(), id);
    REQUIRE(visit.ok());
    return std::move(visit).value();
}

} // namespace

TEST_CASE("A whole entry and exit with keyboard and scanner alone: inspect, admit, board, check out",
          "[gui][gate][flow]") {
    GateFixture f;
    const IssuedTicket ticket = f.registerGroup(u"B.I-001/2025"_s);
    GateWindow &window = f.open();
    f.signIn();
    REQUIRE(f.on(window.scanScreen()));

    GateFixture::scanBurst(ticket.payload);
    REQUIRE(waitUntil([&] { return f.on(window.verdictScreen()); }));
    REQUIRE(f.text(u"titleLabel"_s) == u"VALID"_s);
    f.shoot(u"valid"_s);
    GateFixture::press(Qt::Key_Return); // "Inspect belongings (Enter)"
    REQUIRE(f.on(window.inspectionScreen()));
    InspectionScreen *form = window.inspectionScreen();
    const QStringList prohibited = f.facility->rules().prohibitedItems;
    const auto checklist = form->findChildren<QCheckBox *>(u"prohibitedCheckBox"_s);
    REQUIRE(checklist.size() == prohibited.size());

    // The first prohibited item (a mobile phone) is found: ticking it adds it as confiscated; the guard deposits it.
    REQUIRE(GateFixture::focused() == checklist.first());
    GateFixture::press(Qt::Key_Space); // held for a moment by the scanner filter, as every printable key
    // A new row is shown by the layout a moment after it is added; until then Tab would skip its fields.
    REQUIRE(waitUntil([&] { return form->rows().size() == 1 && form->rows().first()->isVisible(); }));
    CHECK(form->rows().first()->item().description == prohibited.first());
    CHECK(form->rows().first()->item().disposition == Disposition::Confiscated);
    form->rows().first()->dispositionBox()->setFocus();
    GateFixture::press(Qt::Key_Up); // Deposited is just above Confiscated
    GateFixture::press(Qt::Key_Tab);
    REQUIRE(GateFixture::focused() == form->rows().first()->tagEdit());
    typeSlowly(u"L-12"_s);

    GateFixture::press(Qt::Key_1, Qt::AltModifier); // food, allowed in
    GateFixture::press(Qt::Key_6, Qt::AltModifier); // something else: typed
    REQUIRE(form->rows().size() == 3);
    REQUIRE(GateFixture::focused() == form->rows().last()->descriptionEdit());
    typeSlowly(u"Korek api"_s);
    GateFixture::press(Qt::Key_Tab);
    GateFixture::press(Qt::Key_Down);
    GateFixture::press(Qt::Key_Down); // Allowed -> Deposited -> Confiscated
    f.shoot(u"inspection"_s);

    // A scan in the middle of an inspection does not throw the form away.
    const IssuedTicket other = f.registerGroup(u"B.I-002/2025"_s, false, 0);
    GateFixture::scanBurst(other.payload);
    CHECK(f.on(window.inspectionScreen()));
    CHECK(f.text(u"messageLabel"_s).startsWith(u"Finish or cancel this group first"_s));
    REQUIRE(form->rows().size() == 3);

    GateFixture::press(Qt::Key_Return, Qt::ControlModifier); // Admit
    REQUIRE(f.on(window.verdictScreen()));
    CHECK(f.text(u"titleLabel"_s) == u"ADMITTED"_s);
    CHECK(f.tone() == u"positive"_s);
    f.shoot(u"admitted"_s);
    VisitRecord visit = visitOf(f, ticket.visit.id);
    CHECK(visit.status == VisitStatus::Admitted);
    CHECK(visit.admittedBy == GuardName);
    auto inspections = GateService(*f.facility).inspections(visit.id);
    REQUIRE(inspections.ok());
    REQUIRE(inspections->size() == 1);
    const InspectionRecord &entry = inspections->first();
    CHECK(entry.officer == GuardName);
    REQUIRE(entry.items.size() == 3);
    CHECK(entry.items[0].description == prohibited.first());
    CHECK(entry.items[0].disposition == Disposition::Deposited);
    CHECK(entry.items[0].tag == u"L-12"_s);
    CHECK(entry.items[1].description == u"Food"_s);
    CHECK(entry.items[1].disposition == Disposition::Allowed);
    CHECK(entry.items[2].description == u"Korek api"_s);
    CHECK(entry.items[2].disposition == Disposition::Confiscated);

    // The visiting room board: one group inside, highlighted once past the 30-minute limit.
    RoomBoard *board = window.roomBoard();
    REQUIRE(board->table()->rowCount() == 1);
    CHECK(board->table()->item(0, 0)->text() == ticket.visit.queueLabel());
    CHECK(board->overdueCount() == 0);
    f.clock.advanceSeconds(41 * 60);
    window.refreshSide();
    CHECK(board->overdueCount() == 1);
    CHECK(board->table()->item(0, 4)->text() == u"41 min"_s);
    GateFixture::press(Qt::Key_Escape);
    REQUIRE(f.on(window.scanScreen()));
    f.shoot(u"scan"_s);

    // The exit: the same ticket offers check-out; the deposited phone must be handed back first.
    GateFixture::scanBurst(ticket.payload);
    REQUIRE(waitUntil([&] { return f.on(window.verdictScreen()); }));
    CHECK(f.text(u"titleLabel"_s) == u"ALREADY ADMITTED"_s);
    CHECK(f.tone() == u"warning"_s);
    f.shoot(u"already-admitted"_s);
    GateFixture::press(Qt::Key_Return); // "Check out (Enter)"
    REQUIRE(f.on(window.checkOutScreen()));
    CHECK(f.text(u"durationLabel"_s).contains(u"41 minutes"_s));
    const auto boxes = window.checkOutScreen()->itemBoxes();
    REQUIRE(boxes.size() == 1);
    CHECK(boxes.first()->text().contains(u"L-12"_s));
    GateFixture::press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(f.on(window.checkOutScreen()));
    CHECK(f.text(u"messageLabel"_s) == u"Tick each deposited item as it is handed back."_s);
    CHECK(visitOf(f, visit.id).status == VisitStatus::Admitted);
    f.shoot(u"checkout"_s);
    boxes.first()->setFocus();
    GateFixture::press(Qt::Key_Space);
    REQUIRE(waitUntil([&] { return boxes.first()->isChecked(); }));
    GateFixture::press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(f.on(window.verdictScreen()));
    CHECK(f.text(u"titleLabel"_s) == u"CHECKED OUT"_s);
    CHECK(f.tone() == u"positive"_s);
    CHECK(f.text(u"reasonLabel"_s).contains(u"41 minute"_s));
    visit = visitOf(f, visit.id);
    CHECK(visit.status == VisitStatus::CheckedOut);
    CHECK(visit.checkedOutBy == GuardName);
    inspections = GateService(*f.facility).inspections(visit.id);
    REQUIRE(inspections->size() == 2);
    const InspectionRecord &exit = inspections->at(1);
    CHECK(exit.phase == InspectionPhase::Exit);
    REQUIRE(exit.items.size() == 1);
    CHECK(exit.items[0].disposition == Disposition::Returned);
    CHECK(exit.items[0].tag == u"L-12"_s);
    CHECK(board->table()->rowCount() == 0);
}

TEST_CASE("A refused inspection needs a reason and refuses the visit", "[gui][gate][flow]") {
    GateFixture f;
    const IssuedTicket ticket = f.registerGroup();
    GateWindow &window = f.open();
    f.signIn();
    GateFixture::scanBurst(ticket.payload);
    REQUIRE(waitUntil([&] { return f.on(window.verdictScreen()); }));
    GateFixture::press(Qt::Key_Return);
    REQUIRE(f.on(window.inspectionScreen()));
    f.find<QRadioButton>(u"refusedRadioButton"_s)->setChecked(true);
    const Snapshot before = f.db.snapshot();
    GateFixture::press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(f.on(window.inspectionScreen()));
    CHECK(f.text(u"messageLabel"_s) == u"Please give the reason for refusing entry."_s);
    CHECK(f.db.snapshot() == before);
    REQUIRE(GateFixture::focused() == f.find<QLineEdit>(u"reasonLineEdit"_s));
    typeSlowly(u"Mabuk"_s);
    GateFixture::press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(f.on(window.verdictScreen()));
    CHECK(f.text(u"titleLabel"_s) == u"ENTRY REFUSED"_s);
    CHECK(f.tone() == u"negative"_s);
    CHECK(visitOf(f, ticket.visit.id).status == VisitStatus::Refused);
    CHECK(visitOf(f, ticket.visit.id).refusedReason == u"Mabuk"_s);
}

TEST_CASE("A group on the visiting room board is checked out from the board", "[gui][gate][flow]") {
    GateFixture f;
    const IssuedTicket ticket = f.registerGroup();
    GateService gate(*f.facility);
    REQUIRE(
        gate.inspect(ticket.payload, {InspectionPhase::Entry, u"Test"_s, {}, InspectionOutcome::Cleared, {}, {}}).ok());
    REQUIRE(gate.admit(ticket.payload, u"Test"_s).ok());
    GateWindow &window = f.open();
    f.signIn();
    QTableWidget *table = window.roomBoard()->table();
    REQUIRE(table->rowCount() == 1);
    table->setFocus();
    table->selectRow(0);
    GateFixture::press(Qt::Key_Return);
    REQUIRE(f.on(window.verdictScreen()));
    CHECK(f.text(u"titleLabel"_s) == u"ALREADY ADMITTED"_s);
    GateFixture::press(Qt::Key_Return);
    REQUIRE(f.on(window.checkOutScreen()));
    CHECK(window.checkOutScreen()->itemBoxes().isEmpty());
    GateFixture::press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(f.text(u"titleLabel"_s) == u"CHECKED OUT"_s);
    CHECK(visitOf(f, ticket.visit.id).status == VisitStatus::CheckedOut);
}

TEST_CASE("Call next, recall and no-show from the keyboard", "[gui][gate][calls]") {
    GateFixture f;
    const IssuedTicket first = f.registerGroup(u"B.I-001/2025"_s);
    const IssuedTicket second = f.registerGroup(u"B.I-002/2025"_s, false, 0);
    f.settings.gateName = u"2"_s;
    f.open();
    f.signIn();
    auto *current = f.find<QLabel>(u"callCurrentLabel"_s);
    CHECK(f.text(u"callWaitingLabel"_s) == u"Waiting: 2"_s);

    GateFixture::press(Qt::Key_F5);
    CHECK(current->text() == first.visit.queueLabel());
    CHECK(f.text(u"callWaitingLabel"_s) == u"Waiting: 1"_s);
    CHECK(f.text(u"callMessageLabel"_s) == u"%1 called to gate 2."_s.arg(first.visit.queueLabel()));
    GateFixture::press(Qt::Key_F6);
    CHECK(current->text() == first.visit.queueLabel());
    auto latest = CallService(*f.facility).nowServing(1);
    REQUIRE(latest.ok());
    REQUIRE(latest->size() == 1);
    CHECK(latest->first().kind == CallKind::Recall);
    CHECK(latest->first().gate == u"2"_s);
    CHECK(latest->first().officer == GuardName);

    GateFixture::press(Qt::Key_F7);
    CHECK(f.text(u"callMessageLabel"_s) == u"%1 marked as no-show."_s.arg(first.visit.queueLabel()));
    GateFixture::press(Qt::Key_F5);
    CHECK(current->text() == second.visit.queueLabel());
    CHECK(f.text(u"callWaitingLabel"_s) == u"Waiting: 0"_s);
    GateFixture::press(Qt::Key_F5);
    CHECK(f.text(u"callMessageLabel"_s) == u"No one is waiting."_s);
    f.shoot(u"calls"_s);
}

TEST_CASE("Gate screenshots in Indonesian", "[gui][gate][screenshots]") {
    GateFixture f;
    f.settings.language = u"id"_s;
    const IssuedTicket ticket = f.registerGroup();
    GateWindow &window = f.open();
    CHECK(window.language().current() == u"id"_s);
    CHECK(f.text(u"titleLabel"_s) == u"Masuk ke pos pemeriksaan"_s);
    f.shoot(u"signin"_s);
    f.signIn();
    f.shoot(u"scan"_s);
    GateFixture::scanBurst(ticket.payload);
    REQUIRE(waitUntil([&] { return f.on(window.verdictScreen()); }));
    CHECK(f.text(u"titleLabel"_s) == u"SAH"_s);
    f.shoot(u"valid"_s);
    GateFixture::press(Qt::Key_Return);
    GateFixture::press(Qt::Key_1, Qt::AltModifier);
    CHECK(window.inspectionScreen()->rows().first()->item().description == u"Makanan"_s);
    f.shoot(u"inspection"_s);
    GateFixture::press(Qt::Key_Escape);
    QString forged = ticket.payload;
    forged[10] = forged[10] == u'A' ? u'B' : u'A';
    GateFixture::scanBurst(forged);
    REQUIRE(waitUntil([&] { return f.on(window.verdictScreen()); }));
    CHECK(f.text(u"titleLabel"_s) == u"TIKET TIDAK SAH"_s);
    f.shoot(u"invalid"_s);
}
