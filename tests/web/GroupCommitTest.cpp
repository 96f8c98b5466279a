// SPDX-License-Identifier: GPL-3.0-or-later
// Group commit on SQLite: bookings that queue while the writer commits are committed together, in one transaction,
// each in a nested write of its own, and answered only once that transaction committed.
#include "WebFixture.h"
#include "db/AuditLog.h"
#include "db/BookingService.h"

#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

namespace {

const QString InmateNumber = u"B.I-001/2025"_s;
const QString InmateName = u"Andi Wijaya"_s;
constexpr int Families = 24;
constexpr int Seats = 20;

// What the writer's group commits saw. The first one waits until every family has sent its confirmation, so that
// the others queue behind it (as they do behind a commit's fsync under load) and are taken together next.
struct CommitProbe {
    bool fail = false;
    std::mutex mutex;
    std::condition_variable sent;
    int families = 0;
    std::vector<std::size_t> batches;

    bool operator()(std::size_t changes) {
        std::unique_lock lock(mutex);
        if (batches.empty())
            sent.wait_for(lock, std::chrono::seconds(20), [this] { return families == Families; });
        batches.push_back(changes);
        return fail;
    }
    void familySent() {
        const std::lock_guard lock(mutex);
        ++families;
        sent.notify_all();
    }
};

struct Answer {
    int status = 0;
    std::string location;
    std::string body;
};

// Each family books one seat of tomorrow's 09:00 slot (one adult, a NIK of its own), all at once.
std::vector<Answer> bookTogether(WebFixture &web, CommitProbe &probe) {
    std::vector<Answer> answers(Families);
    std::vector<std::thread> families;
    for (int i = 0; i < Families; ++i) {
        families.emplace_back([&, i] {
            Browser browser(web.port());
            auto home = browser.get("/");
            const QString nik = u"647105450190%1"_s.arg(i + 1, 4, 10, QLatin1Char('0'));
            const auto fields = browser.journeyFields(InmateNumber, InmateName, web.tomorrow(), u"09:00"_s,
                                                      {{nik, u"Sri Wahyuni"_s}}, 0);
            probe.familySent(); // just before: the request is on its way when the writer is let go
            if (!home)
                return;
            auto confirmed = browser.post("/book/confirm", fields);
            if (!confirmed)
                return;
            Answer &answer = answers[std::size_t(i)];
            answer.status = confirmed->status;
            answer.location = confirmed->get_header_value("Location");
            answer.body = confirmed->body;
        });
    }
    for (std::thread &family : families)
        family.join();
    return answers;
}

void limitSeats(WebFixture &web) {
    Rules rules = web.fx.facility->rules();
    rules.visitsPerInmatePerWeek = 0;
    for (QList<BookingSlot> &daySlots : rules.bookingSlots) {
        for (BookingSlot &slot : daySlots)
            slot.capacity = Seats;
    }
    REQUIRE(web.fx.facility->saveRules(rules, u"test"_s).ok());
}

void checkAuditChain(WebFixture &web) {
    const auto check = AuditLog::verify(web.fx.facility->database());
    REQUIRE(check.ok());
    CHECK(check->intact);
}

} // namespace

TEST_CASE("Bookings arriving together are committed in fewer transactions, and a refused one undoes no other",
          "[web][groupcommit][sqlite-only]") {
    CommitProbe probe;
    WebFixture::Options options;
    options.groupCommitProbe = [&probe](std::size_t changes) { return probe(changes); };
    WebFixture web(options);
    limitSeats(web);

    const std::vector<Answer> answers = bookTogether(web, probe);
    QStringList acknowledged;
    static const QRegularExpression code(u"^/booking/([0-9A-Z]{8})\\?"_s);
    for (const Answer &answer : answers) {
        INFO(answer.body);
        CHECK((answer.status == 303 || answer.status == 422));
        if (answer.status == 303) {
            const auto match = code.match(QString::fromStdString(answer.location));
            REQUIRE(match.hasMatch());
            acknowledged.append(match.captured(1));
        }
    }
    CHECK(acknowledged.size() == Seats);
    CHECK(std::count_if(answers.begin(), answers.end(), [](const Answer &a) { return a.status == 422; }) ==
          Families - Seats);

    // Every acknowledged booking is stored, and nothing else: the refusals inside a batch took only themselves back.
    auto booked = BookingService(*web.fx.facility).ofDay(web.tomorrow());
    REQUIRE(booked.ok());
    QStringList stored;
    for (const Booking &booking : *booked)
        stored.append(booking.code);
    std::sort(acknowledged.begin(), acknowledged.end());
    std::sort(stored.begin(), stored.end());
    CHECK(stored == acknowledged);
    CHECK(web.fx.db.rows(u"SELECT count(*) FROM audit_log WHERE action = 'booking.book'"_s) ==
          QStringList{QString::number(Seats)});
    checkAuditChain(web);

    const std::lock_guard lock(probe.mutex);
    std::size_t jobs = 0;
    for (std::size_t batch : probe.batches)
        jobs += batch;
    INFO("batches: " << probe.batches.size());
    CHECK(jobs == std::size_t(Families)); // every confirmation went through a group commit
    CHECK(probe.batches.size() < std::size_t(Families) / 2);
    CHECK(*std::max_element(probe.batches.begin(), probe.batches.end()) > 1);
}

TEST_CASE("When a group commit fails, none of its bookings is acknowledged or stored",
          "[web][groupcommit][sqlite-only]") {
    CommitProbe probe;
    probe.fail = true;
    WebFixture::Options options;
    options.groupCommitProbe = [&probe](std::size_t changes) { return probe(changes); };
    WebFixture web(options);
    limitSeats(web);
    const Snapshot before = web.fx.snapshot();

    const std::vector<Answer> answers = bookTogether(web, probe);
    for (const Answer &answer : answers) {
        INFO(answer.body);
        CHECK(answer.status == 503);
        CHECK(answer.location.empty());
        CHECK(answer.body.find("Tidak ada yang diubah") != std::string::npos);
    }
    CHECK(web.fx.snapshot() == before);
    checkAuditChain(web);
    const QStringList log = web.log();
    CHECK(std::any_of(log.begin(), log.end(), [](const QString &line) { return line.contains(u"rolled back"_s); }));

    // The writer goes on: the next booking, whose commit succeeds, is stored and acknowledged.
    {
        const std::lock_guard lock(probe.mutex);
        probe.fail = false;
    }
    Browser browser(web.port());
    REQUIRE(browser.get("/"));
    auto confirmed =
        browser.post("/book/confirm", browser.journeyFields(InmateNumber, InmateName, web.tomorrow(), u"09:00"_s,
                                                            {{u"6471054501900003"_s, u"Sri Wahyuni"_s}}, 0));
    REQUIRE(confirmed);
    CHECK(confirmed->status == 303);
    auto booked = BookingService(*web.fx.facility).ofDay(web.tomorrow());
    REQUIRE(booked.ok());
    CHECK(booked->size() == 1);
    checkAuditChain(web);
}
