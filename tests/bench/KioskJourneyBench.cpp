// SPDX-License-Identifier: GPL-3.0-or-later
// besuk_bench_journey: the kiosk driven like a visitor (issue #20's table), counting taps and screens.
//
//   besuk_bench_journey --work-dir DIR
//
// A real KioskWindow (offscreen) on a fresh facility with the demo roster, the clock at Saturday 09:00. Every tap is
// a mouse press on a widget (on-screen keypad and keyboard keys, list rows, buttons), counted by an event filter;
// a scan is the wedge scanner's keys into the focused widget, which is no tap. A screen is counted each time a new
// one shows, the first (welcome) included. A KTP is a card the suite draws (tests/support/KtpCards.h) shown to the
// scan screen as a camera's frames until it is read; it costs no tap. Time estimate: 0.6 s a tap + 3 s to read a
// screen + 3 s a card (holding it up and checking what was read). Prints a Markdown section on standard output.

#include "BenchFacility.h"
#include "KtpCards.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "ui/common/KioskSettings.h"
#include "ui/kiosk/KioskWindow.h"
#include "ui/kiosk/KtpScanScreen.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::bench;

namespace {

constexpr double SecondsPerTap = 0.6;
constexpr double SecondsPerScreen = 3.0;
constexpr double SecondsPerCard = 3.0;

// A camera frame (BGRX, as many webcams deliver) showing `image`.
QVideoFrame cameraFrame(const QImage &image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QVideoFrame frame(QVideoFrameFormat(rgb.size(), QVideoFrameFormat::Format_BGRX8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), rgb.constScanLine(y),
                    std::size_t(rgb.width()) * 4);
    frame.unmap();
    return frame;
}

// One visitor at one kiosk: taps, scans and the screens seen on the way.
class Visitor : public QObject {
public:
    explicit Visitor(KioskWindow &window) : m_window(window) {
        qApp->installEventFilter(this);
        seen();
    }
    ~Visitor() override { qApp->removeEventFilter(this); }

    int taps = 0;
    int cards = 0;
    QStringList screens;
    QString failure;

    // Taps the visible, enabled button of this name.
    bool tap(const QString &name) {
        QPushButton *button = nullptr;
        for (QPushButton *candidate : m_window.findChildren<QPushButton *>(name))
            if (candidate->isVisible() && candidate->isEnabled())
                button = candidate;
        if (!button)
            return fail(u"no button "_s + name + u" on "_s + screen());
        QTest::mouseClick(button, Qt::LeftButton);
        seen();
        return true;
    }
    // Types on the on-screen keypad (digits) or keyboard (letters, space) that is showing.
    bool tapKeys(const QString &text) {
        for (const QChar character : text) {
            const QString key = character == u' '     ? u"spacePushButton"_s
                                : character.isDigit() ? u"digit%1PushButton"_s.arg(character)
                                                      : u"key%1PushButton"_s.arg(character.toUpper());
            if (!tap(key))
                return false;
        }
        return true;
    }
    // Taps the row of the visible list that starts with `text`.
    bool tapRow(const QString &text) {
        for (QListWidget *list : m_window.findChildren<QListWidget *>())
            if (list->isVisible())
                for (int row = 0; row < list->count(); ++row)
                    if (list->item(row)->text().startsWith(text)) {
                        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                          list->visualItemRect(list->item(row)).center());
                        seen();
                        return true;
                    }
        return fail(u"no row "_s + text + u" on "_s + screen());
    }
    // A wedge scanner reading `text`: keys and Enter into whatever has the focus. No tap.
    void scan(const QString &text) {
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &m_window;
        QTest::keyClicks(focus, text);
        QTest::keyClick(focus, Qt::Key_Return);
        seen();
    }
    // A KTP held to the scan screen's camera until it offers a reading (a stream of frames; two must agree).
    bool showCard(const test::KtpCard &card, test::KtpCardGenerator &generator) {
        auto *scan = m_window.findChild<KtpScanScreen *>(u"ktpScanScreen"_s);
        if (!scan || !scan->isVisible())
            return fail(u"no card scan screen, on "_s + screen());
        const QImage photo = generator.photo(card, test::KtpBand::Easy).image;
        const QVideoFrame frames[] = {cameraFrame(photo), cameraFrame(photo)}; // the sink ignores a repeated frame
        int next = 0;
        ++cards;
        const bool read = QTest::qWaitFor(
            [&] {
                scan->videoSink()->setVideoFrame(frames[next++ % 2]);
                return !scan->shownNik().isEmpty();
            },
            60000);
        if (!read)
            return fail(u"the card of "_s + card.name + u" was not read"_s);
        return (scan->shownNik() == card.nik && scan->shownName() == card.name) ||
               fail(u"read "_s + scan->shownNik() + u" "_s + scan->shownName() + u" from the card of "_s + card.nik);
    }
    // The NIK field shows exactly these digits (what a region key typed, for the visitor to see).
    bool typed(const QString &digits) {
        for (QLineEdit *field : m_window.findChildren<QLineEdit *>(u"nikLineEdit"_s))
            if (field->isVisible())
                return field->text() == digits ||
                       fail(u"the NIK field shows "_s + field->text() + u", not "_s + digits);
        return fail(u"no NIK field on "_s + screen());
    }
    bool on(const QString &name) { return screen() == name || fail(u"expected "_s + name + u", on "_s + screen()); }
    QString screen() const { return m_window.currentScreen()->objectName(); }
    // The visible label's text.
    QString text(const QString &name) const {
        for (QLabel *label : m_window.findChildren<QLabel *>(name))
            if (label->isVisible())
                return label->text();
        return {};
    }
    // The same screen shown again with other content to read (the repeat-visit screen once the ticket is read).
    void readAgain(const QString &what) { screens.append(what); }
    double seconds() const {
        return taps * SecondsPerTap + double(screens.size()) * SecondsPerScreen + cards * SecondsPerCard;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::MouseButtonPress && watched->isWidgetType())
            ++taps;
        return false;
    }

private:
    void seen() {
        if (screens.isEmpty() || screens.last() != screen())
            screens.append(screen());
    }
    bool fail(const QString &why) {
        failure = why;
        return false;
    }
    KioskWindow &m_window;
};

struct Row {
    QString journey;
    QString target;
    int taps = -1; // -1: not measured
    int screens = 0;
    double seconds = 0;
    QString outcome;
};

// The kiosk at benchDay 09:00 in the facility, new for each journey (the idle wipe off the clock's way).
struct Kiosk {
    Kiosk(Facility &facility, const QString &tickets) {
        KioskSettings settings;
        settings.language = u"id"_s;
        settings.printer.kind = PrinterChoice::Kind::Pdf;
        settings.pdfFolder = tickets;
        settings.station = u"kiosk-journey"_s;
        settings.nikRegionPrefix = u"6471"_s; // Balikpapan, as the demo's kiosk
        window = std::make_unique<KioskWindow>(facility, settings);
        window->resize(1366, 768);
        window->show();
        QApplication::setActiveWindow(window.get());
        active = QTest::qWaitForWindowActive(window.get());
    }
    std::unique_ptr<KioskWindow> window;
    bool active = false;
};

Row makeRow(const QString &journey, const QString &target) {
    Row row;
    row.journey = journey;
    row.target = target;
    return row;
}

Row finish(Row row, const Visitor &visitor, const QString &outcome) {
    row.taps = visitor.taps;
    row.screens = int(visitor.screens.size());
    row.seconds = visitor.seconds();
    if (visitor.failure.isEmpty())
        row.outcome = outcome + u" (screens: "_s + visitor.screens.join(u" → "_s) + u")"_s;
    else
        row.outcome = u"FAILED: "_s + visitor.failure;
    return row;
}

// Two adults typed on the keypad and keyboard as the screens ask, one child. The inmate's name is tapped (the tap
// chooses him); Budi's NIK starts with the kiosk's region key (6471…, kiosk/nikRegionPrefix, as the demo sets it) and
// Siti's with the key of the previous person's area (647105…), the rest typed digit by digit, both names in full;
// Budi is added with "Add this person", Siti on the way by "Next"; the child is counted on the review screen.
Row firstTimeTyped(KioskWindow &window) {
    Row row = makeRow(u"first-time group, 2 adults + 1 child, typed"_s, u"≤ 60 taps, ≤ 50 s"_s);
    Visitor v(window);
    const bool done = v.tap(u"visitPushButton"_s) && v.tapKeys(u"ANDI"_s) && v.tapRow(u"Andi Wijaya"_s) &&
                      v.on(u"adultsScreen"_s) && v.tap(u"regionPrefixPushButton"_s) && v.typed(u"6471"_s) &&
                      v.tapKeys(u"050501900003"_s) && v.tapKeys(u"BUDI SANTOSO"_s) && v.tap(u"addPushButton"_s) &&
                      v.tap(u"previousPrefixPushButton"_s) && v.typed(u"647105"_s) && v.tapKeys(u"5208010002"_s) &&
                      v.tapKeys(u"SITI AMINAH"_s) && v.tap(u"nextPushButton"_s) && v.on(u"reviewScreen"_s) &&
                      v.tap(u"plusPushButton"_s) && v.tap(u"confirmPushButton"_s) && v.on(u"ticketScreen"_s);
    return finish(row, v, done ? QString(u"ticket "_s + v.text(u"queueLabel"_s)) : QString());
}

// Two adults read from their KTPs by the kiosk's camera, one child. The inmate is found as in the typed journey
// (another one: Andi Wijaya has had this week's visit by then); "Scan ID card", each card confirmed with "Correct,
// add", then "Next" from the camera; the child is counted on the review screen.
Row firstTimeKtp(KioskWindow &window) {
    Row row = makeRow(u"first-time group, 2 adults + 1 child, KTP by camera"_s, u"≤ 20 taps, ≤ 35 s"_s);
    test::KtpCardGenerator generator(20);
    const test::KtpCard first = generator.randomCard(); // born 1950-2004: adults
    const test::KtpCard second = generator.randomCard();
    Visitor v(window);
    const bool done = v.tap(u"visitPushButton"_s) && v.tapKeys(u"SITI"_s) && v.tapRow(u"Siti Rahmawati"_s) &&
                      v.on(u"adultsScreen"_s) && v.tap(u"scanKtpPushButton"_s) && v.on(u"ktpScanScreen"_s) &&
                      v.showCard(first, generator) && v.tap(u"confirmPushButton"_s) && v.on(u"ktpScanScreen"_s) &&
                      v.showCard(second, generator) && v.tap(u"confirmPushButton"_s) && v.tap(u"nextPushButton"_s) &&
                      v.on(u"reviewScreen"_s) && v.tap(u"plusPushButton"_s) && v.tap(u"confirmPushButton"_s) &&
                      v.on(u"ticketScreen"_s);
    return finish(
        row, v, done ? QString(u"ticket "_s + v.text(u"queueLabel"_s) + u", %1 cards read"_s.arg(v.cards)) : QString());
}

// The last ticket's QR held to the scanner on the welcome screen, one tap on Confirm.
Row repeatVisit(KioskWindow &window, const QString &payload, bool viaButton) {
    Row row = makeRow(viaButton ? u"repeat visit, \"Kunjungan ulang\" tapped first"_s
                                : u"repeat visit from the last ticket"_s,
                      u"≤ 4 taps, ≤ 10 s"_s);
    Visitor v(window);
    const bool done = (!viaButton || v.tap(u"repeatPushButton"_s)) && (v.scan(payload), v.on(u"repeatVisitScreen"_s)) &&
                      (!viaButton || (v.readAgain(u"repeatVisitScreen (the visit)"_s), true)) &&
                      v.tap(u"confirmPushButton"_s) && v.on(u"ticketScreen"_s);
    return finish(row, v, done ? QString(u"ticket "_s + v.text(u"queueLabel"_s)) : QString());
}

// A second family for Andi Wijaya, who has had this week's visit: refused when his name is tapped.
Row refusedWeekly(KioskWindow &window) {
    Row row = makeRow(u"refused by the weekly limit"_s, u"≤ 6 taps"_s);
    Visitor v(window);
    const bool done =
        v.tap(u"visitPushButton"_s) && v.tapKeys(u"ANDI"_s) && v.tapRow(u"Andi Wijaya"_s) && v.on(u"inmateScreen"_s);
    const QString message = v.text(u"messageLabel"_s);
    if (done && !message.contains(u"Andi Wijaya"_s))
        return finish(row, v, u"FAILED: no refusal shown"_s);
    return finish(row, v,
                  done ? QString(u"refused on the inmate screen: \u201C"_s + message + u"\u201D"_s) : QString());
}

void print(const QList<Row> &rows) {
    std::printf("| journey | taps | screens | estimate | target | outcome |\n|---|---|---|---|---|---|\n");
    for (const Row &row : rows)
        std::printf("| %s | %d | %d | %.1f s | %s | %s |\n", qPrintable(row.journey), row.taps, row.screens,
                    row.seconds, qPrintable(row.target), qPrintable(row.outcome));
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption workDir(u"work-dir"_s, u"Where the kiosk's database lives."_s, u"DIR"_s);
    parser.addOption(workDir);
    parser.addHelpOption();
    parser.process(app);
    const QString dir = QDir(parser.value(workDir).isEmpty() ? u"."_s : parser.value(workDir)).absolutePath();
    QDir().mkpath(dir);

    const QString path = dir + u"/kiosk-journey.db"_s;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".key"_s})
        QFile::remove(path + suffix);
    FixedClock clock(facilityTime(benchDay().addDays(-7), QTime(10, 0)));
    auto opened = openFacility(path, path + u".key"_s, clock, true);
    if (failed(opened, "journey facility"))
        return 1;
    Facility &facility = **opened;
    QFile roster(QStringLiteral(BESUK_DEMO_ROSTER));
    if (!roster.open(QIODevice::ReadOnly) ||
        failed(InmateStore(facility).importCsv(roster.readAll(), u"bench"_s), "roster"))
        return 1;
    // Last week's walk-ins, whose tickets come back today.
    QStringList lastTickets;
    for (const auto &[inmate, nik] :
         {std::pair{u"B.I-002/2025"_s, u"6471050202850005"_s}, std::pair{u"B.I-003/2025"_s, u"6471054303870006"_s}}) {
        auto last = RegistrationService(facility).registerGroup(
            {inmate, {{nik, u"Agus Salim"_s}}, 1, Service::Visit, u"kiosk-journey"_s});
        if (failed(last, "last week's ticket"))
            return 1;
        lastTickets.append(last->payload);
    }
    clock.set(facilityTime(benchDay(), QTime(9, 0)));

    const QString tickets = dir + u"/kiosk-journey-tickets"_s;
    QList<Row> rows;
    {
        Kiosk kiosk(facility, tickets);
        if (!kiosk.active) {
            std::fprintf(stderr, "the kiosk window never became active\n");
            return 1;
        }
        rows.append(firstTimeTyped(*kiosk.window));
    }
    {
        Kiosk kiosk(facility, tickets);
        rows.append(firstTimeKtp(*kiosk.window));
    }
    {
        Kiosk kiosk(facility, tickets);
        rows.append(repeatVisit(*kiosk.window, lastTickets.at(0), false));
    }
    {
        Kiosk kiosk(facility, tickets);
        rows.append(repeatVisit(*kiosk.window, lastTickets.at(1), true));
    }
    {
        Kiosk kiosk(facility, tickets);
        rows.append(refusedWeekly(*kiosk.window));
    }
    print(rows);
    for (const Row &row : rows)
        if (row.outcome.startsWith(u"FAILED"_s))
            return 1;
    return 0;
}
