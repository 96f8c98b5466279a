// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gate/GateWindow.h"

#include "db/offline/MirrorRefresh.h"
#include "ui/common/BusyShade.h"
#include "ui/common/MirrorSchedule.h"
#include "ui/common/SignInScreen.h"
#include "ui/gate/CallPanel.h"
#include "ui/gate/CameraView.h"
#include "ui/gate/CheckOutScreen.h"
#include "ui/gate/InspectionScreen.h"
#include "ui/gate/RoomBoard.h"
#include "ui/gate/ScanScreen.h"
#include "ui/gate/TicketListDialog.h"
#include "ui_GateWindow.h"

#include <QFile>
#include <QFileDialog>
#include <QImageReader>
#include <QLabel>
#include <QShortcut>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

constexpr int RefreshMs = 30000; // the side panel follows the change feed; this is only its safety net
constexpr int FeedPollMs = 200;
constexpr int CoalesceMs = 100;     // several changes committed together make one refresh
constexpr int ProbeMs = 1000;       // offline: how often to ask whether the server is back (back within 2 s)
constexpr int BackOnlineMs = 10000; // how long "the server is back" stays

GateCue cueOf(VerdictScreen::Tone tone) {
    switch (tone) {
    case VerdictScreen::Tone::Positive:
        return GateCue::Positive;
    case VerdictScreen::Tone::Warning:
        return GateCue::Warning;
    case VerdictScreen::Tone::Negative:
        break;
    }
    return GateCue::Negative;
}

} // namespace

GateWindow::GateWindow(Facility &facility, const GateSettings &settings, QWidget *parent)
    : QWidget(parent), m_facility(facility), m_settings(settings), m_desk(facility, settings.gateName),
      m_ui(std::make_unique<Ui::GateWindow>()), m_signIn(new SignInScreen), m_scan(new ScanScreen),
      m_verdict(new VerdictScreen), m_inspection(new InspectionScreen), m_checkOut(new CheckOutScreen),
      m_callPanel(new CallPanel), m_roomBoard(new RoomBoard), m_offlineBanner(new QLabel) {
    m_language.apply(settings.language);
    m_ui->setupUi(this);
    setObjectName(u"gateWindow"_s);
    m_ui->signInLayout->addWidget(m_signIn);
    for (QWidget *screen : {static_cast<QWidget *>(m_scan), static_cast<QWidget *>(m_verdict),
                            static_cast<QWidget *>(m_inspection), static_cast<QWidget *>(m_checkOut)})
        m_ui->screensStackedWidget->addWidget(screen);
    m_ui->sideLayout->addWidget(m_callPanel);
    m_ui->sideLayout->addWidget(m_roomBoard, 1);
    m_callPanel->setService(settings.callService);
    m_ui->facilityLabel->setText(facility.profile().name);
    m_offlineBanner->setObjectName(u"offlineBanner"_s);
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->hide();
    m_ui->mainLayout->insertWidget(1, m_offlineBanner);

    QFile style(u":/gate/gate.qss"_s);
    if (style.open(QIODevice::ReadOnly))
        setStyleSheet(QString::fromUtf8(style.readAll()));

    m_signIn->setAuthenticator([this](const QString &login, const QString &secret) -> Result<void> {
        auto user = m_desk.signIn(login, secret);
        if (!user)
            return user.error();
        return {};
    });
    connect(m_signIn, &SignInScreen::signedIn, this, [this] {
        showScan();
        refreshSide();
    });
    connect(m_ui->signOutPushButton, &QPushButton::clicked, this, [this] {
        setCamera(false);
        m_desk.signOut();
        showSignIn();
    });
    auto *signOut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(signOut, &QShortcut::activated, m_ui->signOutPushButton, &QPushButton::click);
    connect(m_ui->languagePushButton, &QPushButton::clicked, this,
            [this] { m_language.apply(m_language.current() == u"id" ? u"en"_s : u"id"_s); });
    connect(&m_desk, &GateDesk::officerChanged, this, &GateWindow::retranslate);

    connect(m_scan, &ScanScreen::queueNumberEntered, this, &GateWindow::findQueueNumber);
    connect(m_scan, &ScanScreen::listRequested, this, &GateWindow::pickFromList);
    connect(m_scan, &ScanScreen::imageRequested, this, &GateWindow::chooseImage);
    connect(m_scan, &ScanScreen::cameraToggled, this, &GateWindow::setCamera);
    connect(m_verdict, &VerdictScreen::inspectRequested, this, &GateWindow::startInspection);
    connect(m_verdict, &VerdictScreen::checkOutRequested, this, &GateWindow::startCheckOut);
    connect(m_verdict, &VerdictScreen::done, this, &GateWindow::showScan);
    connect(m_inspection, &InspectionScreen::submitted, this, &GateWindow::submitInspection);
    connect(m_inspection, &InspectionScreen::cancelled, this, &GateWindow::showScan);
    connect(m_checkOut, &CheckOutScreen::submitted, this, &GateWindow::submitCheckOut);
    connect(m_checkOut, &CheckOutScreen::cancelled, this, &GateWindow::showScan);
    connect(m_roomBoard, &RoomBoard::groupChosen, this, &GateWindow::pickGroup);
    connect(m_callPanel, &CallPanel::callNextRequested, this,
            [this](Service service) { showCall(m_desk.callNext(service)); });
    connect(m_callPanel, &CallPanel::recallRequested, this, [this] { showCall(m_desk.recall()); });
    connect(m_callPanel, &CallPanel::skipRequested, this, [this] { showCall(m_desk.skip()); });
    connect(m_callPanel, &CallPanel::serviceChanged, this, &GateWindow::refreshSide);

    m_scanner.setPrefix(m_settings.scannerPrefix);
    m_scanner.install();
    connect(&m_scanner, &ScannerInput::scanned, this, &GateWindow::handleScan);
    m_decoder.setVideoSink(&m_videoSink);
    connect(&m_decoder, &FrameDecoder::decoded, this, &GateWindow::handleScan);
    connect(&m_videoSink, &QVideoSink::videoFrameChanged, m_scan->cameraView(), &CameraView::showFrame);
    connect(&m_camera, &CameraInput::problem, m_scan, &ScanScreen::showError);

    connect(&m_clock, &QTimer::timeout, this, &GateWindow::tick);
    m_clock.start(1000);
    connect(&m_refresh, &QTimer::timeout, this, &GateWindow::refreshSide);
    m_refresh.start(RefreshMs);
    connect(&m_desk, &GateDesk::changed, this, &GateWindow::refreshSide);
    m_sideCoalesce.setSingleShot(true);
    m_sideCoalesce.setInterval(CoalesceMs);
    connect(&m_sideCoalesce, &QTimer::timeout, this, &GateWindow::refreshSide);
    m_feed = std::make_unique<ChangeFeedThread>(facility.database(), FeedPollMs);
    connect(m_feed.get(), &ChangeFeedThread::started, this, &GateWindow::refreshSide);
    connect(m_feed.get(), &ChangeFeedThread::changed, this, [this](const Change &change) {
        if (change.kind.startsWith(u"visit."_s) || change.kind.startsWith(u"queue."_s))
            m_sideCoalesce.start();
        if (m_mirror && MirrorRefresh::concernsGate(change.kind))
            m_mirror->changed(); // today's tickets copied again soon, not only at the next periodic copy
    });
    m_resultTimer.setSingleShot(true);
    connect(&m_resultTimer, &QTimer::timeout, this, [this] {
        if (currentScreen() == m_verdict)
            showScan();
    });

    m_busyShade = new BusyShade(m_desk.domain(), this); // before the first call to the domain
    if (!settings.journalPath.isEmpty()) {
        if (auto journal = m_desk.useJournal(settings.journalPath); !journal)
            qWarning("gate: no offline journal at %s: %s", qPrintable(settings.journalPath),
                     qPrintable(journal.error().message));
    }
    m_probe.setServer(facility.database().location());
    connect(&m_desk, &GateDesk::offlineChanged, this, &GateWindow::offlineChanged);
    connect(&m_probe, &ServerProbe::answered, this, &GateWindow::serverAnswered);
    connect(&m_probeTimer, &QTimer::timeout, this, [this] { m_probe.probe(); });
    if (m_desk.hasJournal()) {
        m_mirror = new MirrorSchedule(
            m_desk.domain(), [this] { (void)m_desk.refreshMirror(); }, this);
        m_mirror->setOnline(true);
    }
    m_bannerTimer.setSingleShot(true);
    connect(&m_bannerTimer, &QTimer::timeout, m_offlineBanner, &QLabel::hide);

    retranslate();
    tick();
    showSignIn();
}

void GateWindow::offlineChanged(bool offline) {
    if (offline) {
        m_uploaded = -1;
        m_bannerTimer.stop();
        if (m_mirror)
            m_mirror->setOnline(false);
        m_probeTimer.start(ProbeMs);
    } else {
        m_probeTimer.stop();
        if (m_mirror)
            m_mirror->setOnline(true, MirrorSchedule::Copied::Already); // the way back took a fresh copy
        m_bannerTimer.start(BackOnlineMs);
    }
    showOfflineBanner();
    refreshSide();
}

void GateWindow::serverAnswered(bool reachable) {
    if (!reachable || !m_desk.offline() || m_desk.domain().waiting())
        return;
    auto report = m_desk.reconnect();
    if (report) {
        m_uploaded = report->stored;
        showOfflineBanner();
    }
}

void GateWindow::showOfflineBanner() {
    const bool offline = m_desk.offline();
    if (!offline && m_uploaded < 0) {
        m_offlineBanner->hide();
        return;
    }
    const QString text =
        offline
            ? tr("Server unreachable — offline mode") + u"\n"_s +
                  tr("Since %1. Scanned tickets are checked against this gate's copy of today's tickets; inspections, "
                     "admits and check-outs are kept here (%n waiting) and sent when the server is back.",
                     nullptr, m_desk.waitingEntries())
                      .arg(m_facility.toLocal(m_desk.offlineSince()).toString(u"HH:mm"_s))
            : tr("The server is reachable again: %n entries sent.", nullptr, m_uploaded);
    m_offlineBanner->setText(text);
    m_offlineBanner->setProperty("role", offline ? u"warning"_s : u"ok"_s);
    m_offlineBanner->style()->unpolish(m_offlineBanner);
    m_offlineBanner->style()->polish(m_offlineBanner);
    m_offlineBanner->show();
}

GateWindow::~GateWindow() {
    m_camera.stop();
    m_decoder.setVideoSink(nullptr);
}

QWidget *GateWindow::currentScreen() const {
    if (m_ui->pagesStackedWidget->currentWidget() == m_ui->signInPage)
        return m_signIn;
    return m_ui->screensStackedWidget->currentWidget();
}

void GateWindow::showScreen(QWidget *screen) {
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->workPage);
    m_ui->screensStackedWidget->setCurrentWidget(screen);
}

void GateWindow::showSignIn() {
    m_resultTimer.stop();
    auto users = m_desk.hasUsers();
    m_signIn->setNoAccountsHint(users && !*users
                                    ? tr("There are no staff accounts yet. An administrator creates them with: "
                                         "besuk-cli user add NAME --name \"FULL NAME\" --role guard")
                                    : QString());
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->signInPage);
    m_signIn->activate();
}

void GateWindow::showScan() {
    m_resultTimer.stop();
    m_desk.release();
    showScreen(m_scan);
    m_scan->activate();
    if (m_settings.cameraOn && !m_camera.isActive())
        setCamera(true);
}

bool GateWindow::busyWithGroup() const {
    const QWidget *screen = currentScreen();
    return screen == m_inspection || screen == m_checkOut;
}

void GateWindow::handleScan(const QString &text) {
    if (!m_desk.signedIn())
        return;
    if (busyWithGroup()) {
        const QString message = tr("Finish or cancel this group first (Esc), then scan the next ticket.");
        if (currentScreen() == m_inspection)
            m_inspection->showError(message);
        else
            m_checkOut->showError(message);
        playCue(GateCue::Warning);
        return;
    }
    present(m_desk.scan(text), VerdictScreen::Step::Scan);
}

void GateWindow::present(const Result<GateOutcome> &outcome, VerdictScreen::Step step) {
    if (!outcome) {
        showScreen(m_scan);
        m_scan->showError(outcome.error().message);
        playCue(GateCue::Negative);
        return;
    }
    m_verdict->showOutcome(*outcome, step);
    showScreen(m_verdict);
    const GateCue cue = cueOf(m_verdict->tone());
    playCue(cue);
    if (step == VerdictScreen::Step::Admit || step == VerdictScreen::Step::CheckOut)
        m_resultTimer.start(m_settings.resultSeconds * 1000);
    Q_EMIT verdictShown(*outcome, cue);
}

void GateWindow::playCue(GateCue cue) {
    if (m_settings.sounds)
        m_sound.play(gateCueClip(cue));
}

void GateWindow::findQueueNumber(const QString &label) {
    auto outcome = m_desk.findByQueueLabel(label);
    if (!outcome) {
        m_scan->showError(outcome.error().message);
        return;
    }
    present(outcome, VerdictScreen::Step::Scan);
}

void GateWindow::pickFromList() {
    auto tickets = m_desk.todaysTickets();
    if (!tickets) {
        m_scan->showError(tickets.error().message);
        return;
    }
    TicketListDialog dialog(*tickets, m_facility.profile().timeZone, this);
    const bool chosen = dialog.exec() == QDialog::Accepted && dialog.chosenVisitId() != 0;
    activateWindow(); // the keyboard comes back to the gate
    if (chosen)
        present(m_desk.pick(dialog.chosenVisitId()), VerdictScreen::Step::Scan);
}

void GateWindow::chooseImage() {
    const QString path = m_imageChooser ? m_imageChooser()
                                        : QFileDialog::getOpenFileName(this, tr("Open a photo of a ticket"), QString(),
                                                                       tr("Images (*.png *.jpg *.jpeg *.webp *.bmp)"));
    if (!path.isEmpty())
        openImage(path);
}

void GateWindow::openImage(const QString &path) {
    QImageReader reader(path);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QImage image = reader.read();
    if (image.isNull()) {
        m_scan->showError(tr("This file cannot be opened as an image: %1").arg(reader.errorString()));
        return;
    }
    const auto text = FrameDecoder::decodeImage(image);
    if (!text) {
        m_scan->showError(tr("No QR code was found in this image. Try a sharper photo, or type the queue number."));
        return;
    }
    handleScan(*text);
}

void GateWindow::pickGroup(qint64 visitId) {
    if (busyWithGroup())
        return;
    present(m_desk.pick(visitId), VerdictScreen::Step::Scan);
}

void GateWindow::startInspection() {
    const auto &visit = m_verdict->outcome().visit;
    if (!visit)
        return;
    m_inspection->begin(*visit, m_desk.prohibitedItems());
    showScreen(m_inspection);
}

void GateWindow::submitInspection() {
    auto inspected = m_desk.inspect(m_inspection->request());
    if (!inspected) {
        m_inspection->showError(inspected.error().message);
        return;
    }
    if (m_inspection->refusing()) {
        present(inspected, VerdictScreen::Step::Refuse);
        return;
    }
    if (inspected->verdict != Verdict::Valid) { // another gate got there first, or a ban came in
        present(inspected, VerdictScreen::Step::Scan);
        return;
    }
    present(m_desk.admit(), VerdictScreen::Step::Admit);
}

void GateWindow::startCheckOut() {
    const auto &visit = m_verdict->outcome().visit;
    if (!visit)
        return;
    auto deposited = m_desk.depositedItems(visit->id);
    if (!deposited) {
        m_scan->showError(deposited.error().message);
        showScreen(m_scan);
        return;
    }
    m_checkOut->begin(*visit, *deposited, m_facility.now());
    showScreen(m_checkOut);
}

void GateWindow::submitCheckOut() {
    if (!m_checkOut->allReturned()) {
        m_checkOut->showError(tr("Tick each deposited item as it is handed back."));
        return;
    }
    auto inspected = m_desk.inspect(m_checkOut->request());
    if (!inspected) {
        m_checkOut->showError(inspected.error().message);
        return;
    }
    if (inspected->verdict != Verdict::AlreadyAdmitted) {
        present(inspected, VerdictScreen::Step::Scan);
        return;
    }
    present(m_desk.checkOut(), VerdictScreen::Step::CheckOut);
}

void GateWindow::setCamera(bool on) {
    if (on && !m_camera.start(m_settings.camera, &m_videoSink))
        on = false;
    if (!on)
        m_camera.stop();
    m_scan->setCameraOn(on);
}

void GateWindow::showCall(const Result<CallRecord> &call) {
    if (!call) {
        m_callPanel->showMessage(call.error().message);
        return;
    }
    const QString text = call->kind == CallKind::Skip ? tr("%1 marked as no-show.").arg(call->queueLabel())
                                                      : tr("%1 called to gate %2.").arg(call->queueLabel(), call->gate);
    m_callPanel->showMessage(text);
    refreshSide();
}

void GateWindow::refreshSide() {
    if (m_desk.domain().waiting())
        return; // a timer during a screen's call: the call's own change refreshes it
    if (m_desk.offline())
        showOfflineBanner(); // the entries waiting
    if (!m_desk.signedIn())
        return;
    if (auto inside = m_desk.insideNow())
        m_roomBoard->setGroups(*inside, m_desk.visitMinutes());
    m_roomBoard->setNow(m_facility.toLocal(m_facility.now()));
    if (m_desk.offline())
        return; // calling numbers needs the server
    if (auto current = m_desk.currentCall())
        m_callPanel->setCurrent(*current);
    if (auto waiting = m_desk.waiting(m_callPanel->service()))
        m_callPanel->setWaiting(*waiting);
}

void GateWindow::tick() {
    const QDateTime now = m_facility.toLocal(m_facility.now());
    m_ui->clockLabel->setText(now.toString(u"HH:mm"_s));
    if (m_desk.signedIn())
        m_roomBoard->setNow(now);
}

void GateWindow::retranslate() {
    m_signIn->setTitle(tr("Sign in to the gate"));
    m_ui->gateLabel->setText(tr("Gate %1").arg(m_settings.gateName));
    m_ui->officerLabel->setText(m_desk.officer() ? tr("Officer: %1").arg(m_desk.officer()->displayName) : QString());
    m_ui->signOutPushButton->setVisible(m_desk.signedIn());
    m_ui->languagePushButton->setText(m_language.current() == u"id" ? u"English"_s : u"Bahasa Indonesia"_s);
    if (!m_offlineBanner->isHidden())
        showOfflineBanner();
    m_busyShade->retranslate();
}

void GateWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace besuk
