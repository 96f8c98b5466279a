// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/display/DisplayModel.h"

#include "TestFacility.h"
#include "db/CallService.h"
#include "db/RegistrationService.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <catch2/catch.hpp>

#include <functional>

using namespace Qt::StringLiterals;
using namespace besuk;

namespace {

// Runs the event loop until `done` holds (returns at once when it does) or a generous deadline passes.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 20'000) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

const QString Officer = u"Pak Joko"_s;

struct Board {
    Board() {
        f.addInmates(1);
        Rules rules = f->rules();
        rules.visitsPerInmatePerWeek = 0;
        REQUIRE(f->saveRules(rules, u"test"_s).ok());
        for (int serial = 1; serial <= 4; ++serial)
            REQUIRE(RegistrationService(*f)
                        .registerGroup(
                            RegistrationRequest{u"WB-001"_s,
                                                {{makeNik(QDate(1985, 3, 14), Sex::Male, serial), u"Budi Santoso"_s}},
                                                0,
                                                Service::Visit,
                                                u"kiosk-1"_s})
                        .ok());
    }
    CallRecord next() {
        auto call = calls.callNext(Service::Visit, u"1"_s, Officer);
        REQUIRE(call.ok());
        return std::move(call).value();
    }
    static QStringList labels(const QList<CallRecord> &calls) {
        QStringList found;
        for (const CallRecord &call : calls)
            found.append(call.queueLabel());
        return found;
    }

    TestFacility f;
    CallService calls{*f};
};

} // namespace

TEST_CASE("DisplayModel: now serving, the calls before it, waiting counts and one announcement per call", "[display]") {
    Board b;
    b.next(); // before the board starts: shown, not announced
    DisplayModel model(*b.f, 2, false);
    QStringList announced;
    QObject::connect(&model, &DisplayModel::announce,
                     [&](const CallRecord &call) { announced.append(call.queueLabel()); });
    int boardChanges = 0;
    QObject::connect(&model, &DisplayModel::boardChanged, [&] { ++boardChanges; });
    REQUIRE(model.loaded());
    REQUIRE(model.current());
    CHECK(model.current()->queueLabel() == u"A-001"_s);
    CHECK(model.waiting(Service::Visit) == 3);
    CHECK(model.problemText().isEmpty());

    b.next();
    b.next();
    b.next();
    model.refresh();
    CHECK(announced == QStringList{u"A-002"_s, u"A-003"_s, u"A-004"_s});
    CHECK(model.current()->queueLabel() == u"A-004"_s);
    CHECK(Board::labels(model.recent()) == QStringList{u"A-003"_s, u"A-002"_s}); // at most 2
    CHECK(model.waiting(Service::Visit) == 0);
    CHECK(boardChanges == 1);

    REQUIRE(b.calls.skip(u"1"_s, Officer).ok()); // A-004 did not come
    model.refresh();
    CHECK(model.current()->queueLabel() == u"A-003"_s);
    CHECK(Board::labels(model.recent()) == QStringList{u"A-002"_s, u"A-001"_s});
    CHECK(announced.size() == 3); // a skip is not announced
    model.refresh();
    CHECK(boardChanges == 2); // nothing new: no signal
}

TEST_CASE("DisplayModel: a call from another station arrives through the change feed", "[display]") {
    Board b;
    DisplayModel model(*b.f, 3, true);
    CHECK_FALSE(model.current());
    QStringList announced;
    QObject::connect(&model, &DisplayModel::announce,
                     [&](const CallRecord &call) { announced.append(call.queueLabel()); });
    REQUIRE(spinUntil([&] { return model.feedRunning(); }));
    b.next(); // committed by "another" caller; the model is not told
    REQUIRE(spinUntil([&] { return !announced.isEmpty(); }));
    CHECK(announced == QStringList{u"A-001"_s});
    REQUIRE(model.current());
    CHECK(model.current()->queueLabel() == u"A-001"_s);
}
