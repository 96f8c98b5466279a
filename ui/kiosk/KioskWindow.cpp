// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskWindow.h"

#include "db/Facility.h"
#include "ui/common/BusyShade.h"
#include "ui/kiosk/AdultsScreen.h"
#include "ui/kiosk/BookingCodeScreen.h"
#include "ui/kiosk/BookingScreen.h"
#include "ui/kiosk/InmateScreen.h"
#include "ui/kiosk/KioskFlow.h"
#include "ui/kiosk/KtpScanScreen.h"
#include "ui/kiosk/OfflineBar.h"
#include "ui/kiosk/RepeatVisitScreen.h"
#include "ui/kiosk/ReviewScreen.h"
#include "ui/kiosk/StillHereOverlay.h"
#include "ui/kiosk/TicketScreen.h"
#include "ui/kiosk/VoiceGuide.h"
#include "ui/kiosk/WelcomeScreen.h"
#include "ui_KioskWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFile>
#include <QShortcut>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

constexpr int TapsToUnlock = 5;
constexpr qint64 TapWindowMs = 3000;

bool isUserInput(QEvent::Type type) {
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
        return true;
    default:
        return false;
    }
}

} // namespace

KioskWindow::KioskWindow(Facility &facility, KioskSettings settings, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::KioskWindow>()), m_facility(facility), m_settings(std::move(settings)),
      m_flow(std::make_unique<KioskFlow>(facility, m_settings.station)) {
    m_ui->setupUi(this);
    setObjectName(u"kioskWindow"_s);
    if (QFile style(u":/kiosk/kiosk.qss"_s); style.open(QIODevice::ReadOnly))
        setStyleSheet(QString::fromUtf8(style.readAll()));
    m_ui->facilityLabel->setText(m_facility.profile().name);
    m_ui->facilityLabel->installEventFilter(this);
    m_ui->demoLabel->hide();

    m_welcome = new WelcomeScreen(this);
    m_inmate = new InmateScreen(*m_flow, this);
    m_adults = new AdultsScreen(*m_flow, this);
    m_adults->setRegionPrefix(m_settings.nikRegionPrefix);
    m_review = new ReviewScreen(*m_flow, this);
    m_ticket = new TicketScreen(*m_flow, m_settings, this);
    m_bookingCode = new BookingCodeScreen(*m_flow, this);
    m_booking = new BookingScreen(*m_flow, this);
    m_repeat = new RepeatVisitScreen(*m_flow, this);
    m_ktpScan = new KtpScanScreen(*m_flow, {}, this); // the default camera
    const std::pair<KioskScreen *, QString> screens[] = {
        {m_welcome, u"welcomeScreen"_s}, {m_inmate, u"inmateScreen"_s},     {m_adults, u"adultsScreen"_s},
        {m_review, u"reviewScreen"_s},   {m_ticket, u"ticketScreen"_s},     {m_bookingCode, u"bookingCodeScreen"_s},
        {m_booking, u"bookingScreen"_s}, {m_repeat, u"repeatVisitScreen"_s}};
    for (const auto &[screen, name] : screens) {
        screen->setObjectName(name);
        m_ui->screensStackedWidget->addWidget(screen);
    }
    m_ktpScan->setObjectName(u"ktpScanScreen"_s);
    m_ui->screensStackedWidget->addWidget(m_ktpScan);

    connectScreens();

    m_busyShade = new BusyShade(m_flow->domain(), this); // before the first call to the domain
    if (!m_settings.journalPath.isEmpty())
        if (auto journal = m_flow->useJournal(m_settings.journalPath); !journal)
            qWarning("kiosk: no offline journal at %s: %s", qPrintable(m_settings.journalPath),
                     qPrintable(journal.error().message));
    m_offlineBar = new OfflineBar(*m_flow, m_facility, this);
    m_ui->mainLayout->insertWidget(1, m_offlineBar);

    connect(m_ui->indonesianPushButton, &QPushButton::clicked, this, [this] { setLanguage(u"id"_s); });
    connect(m_ui->englishPushButton, &QPushButton::clicked, this, [this] { setLanguage(u"en"_s); });
    addVoiceButton();

    m_stillHere = new StillHereOverlay(this);
    connect(m_stillHere, &StillHereOverlay::dismissed, this, &KioskWindow::restartIdle);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &KioskWindow::idleExpired);
    m_warningTimer.setSingleShot(true);
    connect(&m_warningTimer, &QTimer::timeout, this, &KioskWindow::showStillHere);
    m_countdownTimer.setInterval(250);
    connect(&m_countdownTimer, &QTimer::timeout, this, &KioskWindow::updateCountdown);
    qApp->installEventFilter(this);
    m_scanner.install();
    connect(&m_scanner, &ScannerInput::scanned, this, &KioskWindow::handleScan);

    const auto leave = [this] { requestUnlock(AdminPinDialog::Purpose::Quit); };
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_Q)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, leave);
    connect(new QShortcut(QKeySequence(Qt::Key_F11), this), &QShortcut::activated, this, [this] {
        if (isFullScreen())
            requestUnlock(AdminPinDialog::Purpose::LeaveFullScreen);
        else
            showFullScreen();
    });

    setLanguage(m_settings.language);
    showScreen(m_welcome);
}

// Where each screen leads.
void KioskWindow::connectScreens() {
    connect(m_welcome, &WelcomeScreen::serviceChosen, this, [this](Service service) {
        m_welcome->clear();
        m_flow->setService(service);
        showScreen(m_inmate);
    });
    connect(m_welcome, &WelcomeScreen::bookedChosen, this, [this] {
        m_welcome->clear();
        showScreen(m_bookingCode);
    });
    connect(m_welcome, &WelcomeScreen::repeatChosen, this, [this] {
        m_welcome->clear();
        showScreen(m_repeat);
    });
    connect(m_repeat, &RepeatVisitScreen::back, this, [this] { backToWelcome({}); });
    connect(m_repeat, &RepeatVisitScreen::registered, this, [this] { showScreen(m_ticket); });
    connect(m_repeat, &RepeatVisitScreen::refused, this, &KioskWindow::backToWelcome);
    connect(m_bookingCode, &BookingCodeScreen::back, this, [this] { backToWelcome({}); });
    connect(m_bookingCode, &BookingCodeScreen::found, this, [this] { showBooking(m_bookingCode); });
    connect(m_bookingCode, &BookingCodeScreen::refused, this, &KioskWindow::backToWelcome);
    connect(m_booking, &BookingScreen::back, this, [this] {
        if (m_beforeBooking == m_bookingCode)
            showScreen(m_bookingCode);
        else
            backToWelcome({});
    });
    connect(m_booking, &BookingScreen::arrived, this, [this] { showScreen(m_ticket); });
    connect(m_booking, &BookingScreen::refused, this, &KioskWindow::backToWelcome);
    connect(m_inmate, &InmateScreen::back, this, [this] { showScreen(m_welcome); });
    connect(m_inmate, &InmateScreen::next, this, [this] { showScreen(m_adults); });
    connect(m_adults, &AdultsScreen::back, this, [this] { showScreen(m_inmate); });
    connect(m_adults, &AdultsScreen::next, this, [this] { showScreen(m_review); });
    connect(m_adults, &AdultsScreen::scanRequested, this, [this] { showScreen(m_ktpScan); });
    connect(m_ktpScan, &KtpScanScreen::back, this, [this] { showScreen(m_adults); });
    // A person read from a card and confirmed is added at once; the camera then waits for the next card. Back to the
    // typing when the name was not read or a rule refused the person (the adults screen says why), or the group is
    // full.
    connect(m_ktpScan, &KtpScanScreen::confirmed, this, [this](const QString &nik, const QString &name) {
        if (!m_adults->addFromCard(nik, name) || m_flow->adults().size() >= m_flow->maxAdults())
            showScreen(m_adults);
        else
            m_ktpScan->activate();
    });
    connect(m_ktpScan, &KtpScanScreen::nextRequested, this, [this] { m_adults->goNext(); });
    connect(m_review, &ReviewScreen::back, this, [this] { showScreen(m_adults); });
    connect(m_review, &ReviewScreen::registered, this, [this] { showScreen(m_ticket); });
    connect(m_ticket, &TicketScreen::done, this, &KioskWindow::resetToWelcome);
}

KioskWindow::~KioskWindow() {
    qApp->removeEventFilter(this);
}

void KioskWindow::setDemoPin(const QString &pin) {
    m_demoPin = pin;
    m_ui->demoLabel->setVisible(!pin.isEmpty());
    retranslate();
}

void KioskWindow::setLanguage(const QString &code) {
    if (!m_language.apply(code))
        qWarning("besuk: no translation for language %s", qPrintable(code));
    // Qt posts LanguageChange to each window; the visitor should not see a half-translated screen meanwhile.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    m_ui->indonesianPushButton->setChecked(m_language.current() == u"id");
    m_ui->englishPushButton->setChecked(m_language.current() == u"en");
    readAloud();
}

QWidget *KioskWindow::currentScreen() const {
    return m_ui->screensStackedWidget->currentWidget();
}

void KioskWindow::showScreen(KioskScreen *screen) {
    m_ui->screensStackedWidget->setCurrentWidget(screen);
    screen->activate();
    updateScanner();
    restartIdle();
    readAloud();
}

void KioskWindow::resetToWelcome() {
    const auto dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs)
        dialog->reject();
    // A NIK or name copied by the last visitor must not be there for the next one to paste.
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
    m_flow->reset();
    voiceToggled(false); // the next visitor asks again
    m_voiceButton->setEnabled(true);
    retranslate(); // "Voice help" again after "Voice unavailable"
    for (KioskScreen *screen : {static_cast<KioskScreen *>(m_welcome), static_cast<KioskScreen *>(m_inmate),
                                static_cast<KioskScreen *>(m_adults), static_cast<KioskScreen *>(m_review),
                                static_cast<KioskScreen *>(m_ticket), static_cast<KioskScreen *>(m_bookingCode),
                                static_cast<KioskScreen *>(m_booking), static_cast<KioskScreen *>(m_repeat),
                                static_cast<KioskScreen *>(m_ktpScan)})
        screen->clear();
    if (m_language.current() != m_settings.language)
        setLanguage(m_settings.language);
    showScreen(m_welcome);
}

void KioskWindow::backToWelcome(const QString &message) {
    m_flow->reset();
    m_bookingCode->clear();
    m_booking->clear();
    m_repeat->clear();
    showScreen(m_welcome);
    m_welcome->showMessage(message);
    readAloud();
}

void KioskWindow::addVoiceButton() {
    m_voice = new VoiceGuide(this);
    m_voiceButton = new QPushButton(m_ui->headerFrame);
    m_voiceButton->setObjectName(u"voicePushButton"_s);
    m_voiceButton->setCheckable(true);
    m_voiceButton->setFocusPolicy(Qt::TabFocus);
    m_voiceButton->setProperty("role", u"language"_s);
    m_voiceButton->setVisible(m_settings.voiceHelp);
    m_ui->headerLayout->insertWidget(m_ui->headerLayout->indexOf(m_ui->indonesianPushButton), m_voiceButton);
    connect(m_voiceButton, &QPushButton::clicked, this, &KioskWindow::voiceToggled);
    connect(m_voice, &VoiceGuide::unavailable, this, [this] {
        m_voiceButton->setChecked(false);
        m_voiceButton->setEnabled(false); // until the next visitor: a voice that failed once is not offered again
        retranslate();
    });
}

void KioskWindow::voiceToggled(bool on) {
    m_voiceButton->setChecked(on);
    m_voice->setOn(on);
    readAloud();
}

void KioskWindow::readAloud() {
    if (!m_voice || !m_voice->isOn())
        return;
    const auto language =
        m_language.current() == u"en" ? Announcer::Language::English : Announcer::Language::Indonesian;
    m_voice->read(VoiceGuide::instructionsOn(currentScreen()), language);
}

void KioskWindow::showBooking(KioskScreen *from) {
    m_beforeBooking = from;
    m_welcome->clear();
    showScreen(m_booking);
}

bool KioskWindow::pinDialogOpen() const {
    return m_pinDialog && m_pinDialog->isVisible();
}

void KioskWindow::updateScanner() {
    const QWidget *screen = currentScreen();
    const bool pinOpen = pinDialogOpen();
    // Only while this window has the keyboard: a gate opened in the same process keeps its own scanner's keys.
    m_scanner.setEnabled(isActiveWindow() && !pinOpen &&
                         (screen == m_welcome || screen == m_bookingCode || (screen == m_repeat && !m_flow->repeat())));
}

// A booked ticket's QR (or a booking code) read by the scanner: straight to the booking, no touch needed. An earlier
// day's queue ticket on the welcome or repeat-visit screen: straight to the visit again.
void KioskWindow::handleScan(const QString &text) {
    QWidget *screen = currentScreen();
    if (screen == m_welcome || (screen == m_repeat && !m_flow->repeat())) {
        handleWelcomeScan(text);
        return;
    }
    if (screen != m_bookingCode)
        return;
    auto found = m_flow->findScannedBooking(text);
    if (found) {
        m_bookingCode->clear();
        showBooking(static_cast<KioskScreen *>(screen));
    } else if (screen == m_bookingCode && found.error().code != ErrorCode::RuleRefused) {
        m_bookingCode->showError(found.error().message);
    } else {
        backToWelcome(found.error().message);
    }
}

void KioskWindow::handleWelcomeScan(const QString &text) {
    QWidget *screen = currentScreen();
    auto found = m_flow->findScanned(text);
    if (!found) {
        if (screen == m_repeat && found.error().code == ErrorCode::InvalidInput)
            m_repeat->showError(found.error().message);
        else
            backToWelcome(found.error().message);
    } else if (*found == KioskFlow::Scanned::Booking) {
        showBooking(static_cast<KioskScreen *>(screen));
    } else {
        m_welcome->clear();
        showScreen(m_repeat);
    }
}

void KioskWindow::restartIdle() {
    const bool onTicket = currentScreen() == m_ticket;
    m_stillHere->hide();
    m_idleTimer.start(onTicket ? m_settings.ticketIdleMs : m_settings.formIdleMs);
    // A form warns before it is wiped; the welcome screen has nothing to lose and the ticket counts down itself.
    // A warning longer than half the idle time would cover the form more than it shows it.
    if (!onTicket && currentScreen() != m_welcome && m_settings.idleWarningMs > 0)
        m_warningTimer.start(m_settings.formIdleMs - std::min(m_settings.idleWarningMs, m_settings.formIdleMs / 2));
    else
        m_warningTimer.stop();
    if (onTicket)
        m_countdownTimer.start();
    else
        m_countdownTimer.stop();
    updateCountdown();
}

void KioskWindow::idleExpired() {
    m_stillHere->hide();
    if (pinDialogOpen())
        return; // staff are at the kiosk: the wipe waits until the dialog has closed (see requestUnlock)
    resetToWelcome();
}

void KioskWindow::showStillHere() {
    if (pinDialogOpen())
        return;
    m_stillHere->setGeometry(rect());
    m_stillHere->show();
    m_stillHere->raise();
    m_countdownTimer.start();
    updateCountdown();
}

void KioskWindow::updateCountdown() {
    const int remainingMs = m_idleTimer.remainingTime();
    const int seconds = remainingMs < 0 ? 0 : (remainingMs + 999) / 1000;
    if (currentScreen() == m_ticket)
        m_ticket->setSecondsLeft(seconds);
    else if (m_stillHere->isVisible())
        m_stillHere->setSecondsLeft(seconds);
}

void KioskWindow::requestUnlock(AdminPinDialog::Purpose purpose) {
    if (m_pinDialog && m_pinDialog->isVisible())
        return;
    m_pinDialog = new AdminPinDialog(m_flow->domain(), purpose, this);
    m_pinDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_pinDialog, &QDialog::accepted, this, [this, purpose] { unlocked(purpose); });
    connect(m_pinDialog, &QDialog::finished, this, [this] {
        m_scanner.setEnabled(false); // the dialog is still visible here: decide once it has gone
        QTimer::singleShot(0, this, [this] {
            updateScanner();
            restartIdle(); // a wipe held back while the dialog was open comes after a full idle time
        });
    });
    m_pinDialog->open();
    updateScanner();
}

void KioskWindow::unlocked(AdminPinDialog::Purpose purpose) {
    const bool quitting = purpose == AdminPinDialog::Purpose::Quit;
    if (auto logged = m_flow->domain().call([this, quitting](Facility &facility) {
            return facility.logEvent(m_settings.station, u"kiosk.unlock"_s,
                                     quitting ? u"quit"_s : u"leave-fullscreen"_s);
        });
        !logged)
        qWarning("besuk: could not log the kiosk unlock: %s", qPrintable(logged.error().message));
    if (quitting) {
        m_mayClose = true;
        close();
    } else {
        showNormal();
    }
}

void KioskWindow::closeEvent(QCloseEvent *event) {
    if (m_mayClose) {
        event->accept();
        return;
    }
    event->ignore();
    requestUnlock(AdminPinDialog::Purpose::Quit);
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event) {
    if (isUserInput(event->type()) && isVisible())
        restartIdle();
    // A hidden way out for staff on a screen without a keyboard: five quick taps on the facility name.
    if (watched == m_ui->facilityLabel && event->type() == QEvent::MouseButtonPress) {
        if (!m_firstTap.isValid() || m_firstTap.elapsed() > TapWindowMs) {
            m_firstTap.start();
            m_headerTaps = 0;
        }
        if (++m_headerTaps >= TapsToUnlock) {
            m_headerTaps = 0;
            m_firstTap.invalidate();
            requestUnlock(isFullScreen() ? AdminPinDialog::Purpose::LeaveFullScreen : AdminPinDialog::Purpose::Quit);
        }
    }
    return QWidget::eventFilter(watched, event);
}

QLabel *KioskWindow::offlineBanner() const {
    return m_offlineBar;
}

void KioskWindow::retranslate() {
    if (m_offlineBar)
        m_offlineBar->retranslate();
    if (m_busyShade)
        m_busyShade->retranslate();
    m_ui->demoLabel->setText(tr("DEMO · admin PIN %1").arg(m_demoPin));
    m_ui->indonesianPushButton->setAccessibleName(u"Bahasa Indonesia"_s);
    m_ui->englishPushButton->setAccessibleName(u"English"_s);
    if (m_voiceButton)
        m_voiceButton->setText(m_voiceButton->isEnabled() ? tr("Voice help") : tr("Voice unavailable"));
}

void KioskWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::ActivationChange) {
        updateScanner();
    }
    QWidget::changeEvent(event);
}

} // namespace besuk
