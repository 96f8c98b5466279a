// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KtpScanScreen.h"

#include "db/Facility.h"
#include "platform/ktp/KtpReader.h"
#include "ui/kiosk/KioskFlow.h"
#include "ui/kiosk/KtpCameraView.h"
#include "ui/kiosk/MessageArea.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace besuk {

// The reader, made on the worker thread at its first read (loading the model takes a while) and kept.
class SharedKtpReader {
public:
    ktp::KtpReader &get() {
        std::call_once(m_once, [this] { m_reader = std::make_unique<ktp::KtpReader>(); });
        return *m_reader;
    }

private:
    std::once_flag m_once;
    std::unique_ptr<ktp::KtpReader> m_reader;
};

namespace {

// "3578014505900002" -> "3578 0145 0590 0002", easier to compare with the card.
QString grouped(const QString &nik) {
    QString out;
    for (qsizetype i = 0; i < nik.size(); i += 4)
        out += (out.isEmpty() ? QString() : u" "_s) + nik.mid(i, 4);
    return out;
}

QLabel *label(const QString &role, QWidget *parent) {
    auto *created = new QLabel(parent);
    created->setWordWrap(true);
    created->setProperty("role", role);
    return created;
}

} // namespace

KtpScanScreen::KtpScanScreen(KioskFlow &flow, QString camera, QWidget *parent)
    : KioskScreen(parent), m_flow(flow), m_cameraName(std::move(camera)),
      m_reader(std::make_shared<SharedKtpReader>()) {
    m_pool.setMaxThreadCount(1);
    buildLayout();
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, &KtpScanScreen::frameArrived);
    connect(&m_watcher, &QFutureWatcher<KtpScanResult>::finished, this, &KtpScanScreen::readFinished);
    // The camera's own message speaks of tickets and barcode scanners (the gate's words); here the way out is typing.
    connect(&m_camera, &CameraInput::problem, this,
            [this] { showProblem(tr("The camera is not available. Please type the NIK and the name instead.")); });
    connect(m_backButton, &QPushButton::clicked, this, &KtpScanScreen::back);
    connect(m_typeButton, &QPushButton::clicked, this, &KtpScanScreen::back);
    connect(m_nextButton, &QPushButton::clicked, this, &KtpScanScreen::nextRequested);
    connect(m_confirmButton, &QPushButton::clicked, this, [this] {
        const QString nik = m_nik;
        const QString name = m_name;
        wipe();
        Q_EMIT confirmed(nik, name);
    });
    retranslate();
    wipe();
}

KtpScanScreen::~KtpScanScreen() {
    m_camera.stop();
    m_pool.waitForDone();
}

void KtpScanScreen::buildLayout() {
    auto *layout = new QVBoxLayout(this);
    m_titleLabel = label(u"title"_s, this);
    m_hintLabel = label(u"lead"_s, this);
    m_hintLabel->setObjectName(u"ktpHintLabel"_s);
    m_pages = new QStackedWidget(this);
    m_view = new KtpCameraView(m_pages);
    m_view->setObjectName(u"ktpCameraView"_s);
    m_resultPage = new QFrame(m_pages);
    m_resultPage->setProperty("role", u"card"_s);
    auto *grid = new QGridLayout(m_resultPage);
    m_nikCaption = label(u"field"_s, m_resultPage);
    m_nikLabel = label(u"value"_s, m_resultPage);
    m_nikLabel->setObjectName(u"ktpNikLabel"_s);
    m_nameCaption = label(u"field"_s, m_resultPage);
    m_nameLabel = label(u"value"_s, m_resultPage);
    m_nameLabel->setObjectName(u"ktpNameLabel"_s);
    // Large enough to compare with the card at arm's length.
    m_nikLabel->setStyleSheet(u"font-size: 40px; font-weight: bold;"_s);
    m_nameLabel->setStyleSheet(u"font-size: 32px; font-weight: bold;"_s);
    grid->addWidget(m_nikCaption, 0, 0);
    grid->addWidget(m_nikLabel, 0, 1);
    grid->addWidget(m_nameCaption, 1, 0);
    grid->addWidget(m_nameLabel, 1, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_resultPage);
    m_statusLabel = label(u"hint"_s, this);
    m_statusLabel->setObjectName(u"ktpStatusLabel"_s);
    reserveMessageLines(m_statusLabel, 2);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    m_backButton = new QPushButton(this);
    m_backButton->setObjectName(u"backPushButton"_s);
    m_typeButton = new QPushButton(this);
    m_typeButton->setObjectName(u"typePushButton"_s);
    m_confirmButton = new QPushButton(this);
    m_confirmButton->setObjectName(u"confirmPushButton"_s);
    m_confirmButton->setProperty("role", u"primary"_s);
    m_nextButton = new QPushButton(this);
    m_nextButton->setObjectName(u"nextPushButton"_s);
    m_nextButton->setProperty("role", u"primary"_s);
    buttons->addWidget(m_backButton);
    buttons->addStretch(1);
    buttons->addWidget(m_typeButton);
    buttons->addWidget(m_confirmButton);
    buttons->addWidget(m_nextButton);

    layout->addWidget(m_titleLabel);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_statusLabel);
    layout->addLayout(buttons);
    makeEnterClickButtons();
}

void KtpScanScreen::clear() {
    wipe();
}

void KtpScanScreen::activate() {
    wipe();
    m_nextButton->setVisible(!m_flow.adults().isEmpty());
    retranslate();
    m_camera.start(m_cameraName, &m_sink); // no camera: problem() says so; the visitor can still type
}

bool KtpScanScreen::hasFrame() const {
    return m_view->hasImage();
}

void KtpScanScreen::hideEvent(QHideEvent *event) {
    // Another screen is shown: nothing of the card stays in memory.
    wipe();
    KioskScreen::hideEvent(event);
}

void KtpScanScreen::wipe() {
    m_camera.stop();
    ++m_generation;
    m_view->clear();
    m_candidateNik.clear();
    m_nik.clear();
    m_name.clear();
    m_problem.clear();
    m_pages->setCurrentWidget(m_view);
    m_confirmButton->hide();
    m_nextButton->hide();
    m_statusLabel->clear();
}

void KtpScanScreen::frameArrived(const QVideoFrame &frame) {
    if (!isVisible() || !m_nik.isEmpty())
        return;
    QImage image = frame.toImage();
    if (image.isNull())
        return;
    m_view->showImage(image);
    if (m_busy)
        return; // dropped: one read at a time
    m_busy = true;
    const quint64 generation = m_generation;
    const QDate today = m_flow.facility().today();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [reader = m_reader, image = std::move(image), today, generation] {
        KtpScanResult result{generation, {}, {}, {}};
        ktp::KtpReader &ktp = reader->get();
        if (!ktp.setupProblem().isEmpty()) {
            result.problem = ktp.setupProblem();
            return result;
        }
        auto reading = ktp.read(image, today);
        if (reading) {
            result.nik = reading->nik;
            result.name = reading->name;
        } else {
            result.problem = reading.error().message;
        }
        return result;
    }));
}

void KtpScanScreen::readFinished() {
    m_busy = false;
    if (m_watcher.future().resultCount() == 0)
        return;
    // The worker's copy of the frame went with its task; only the text read is left.
    const KtpScanResult result = m_watcher.result();
    if (result.generation != m_generation || !isVisible() || !m_nik.isEmpty())
        return;
    if (result.nik.isEmpty()) {
        m_candidateNik.clear();
        m_problem = result.problem;
        retranslate();
        return;
    }
    if (!result.name.isEmpty())
        m_name = result.name;
    if (result.nik != m_candidateNik) {
        m_candidateNik = result.nik; // a second frame must agree before it is offered
        return;
    }
    m_nik = result.nik;
    showReading();
}

void KtpScanScreen::showReading() {
    m_camera.stop();
    m_view->clear();
    m_nikLabel->setText(grouped(m_nik));
    m_pages->setCurrentWidget(m_resultPage);
    m_nextButton->hide();
    m_confirmButton->show();
    m_confirmButton->setFocus(Qt::OtherFocusReason);
    retranslate();
}

void KtpScanScreen::showProblem(const QString &message) {
    m_problem = message;
    retranslate();
}

void KtpScanScreen::retranslate() {
    m_titleLabel->setText(tr("Scan ID card (KTP)"));
    m_backButton->setText(tr("Back"));
    m_typeButton->setText(tr("Type instead"));
    m_confirmButton->setText(tr("Correct, add"));
    m_nextButton->setText(tr("Next"));
    // One takes the other's place: the same width, so "Type instead" beside them does not move.
    const int width = std::max(m_confirmButton->sizeHint().width(), m_nextButton->sizeHint().width());
    m_confirmButton->setMinimumWidth(width);
    m_nextButton->setMinimumWidth(width);
    m_nikCaption->setText(tr("NIK"));
    m_nameCaption->setText(tr("Name"));
    if (!m_nik.isEmpty()) {
        m_hintLabel->setText(
            tr("Is this what your card says? Tap \"Correct, add\" to add this person, or type it yourself."));
        m_nameLabel->setText(m_name.isEmpty() ? tr("(not read: please type your name on the next screen)")
                                              : isolatedName(m_name));
        m_statusLabel->clear();
        return;
    }
    QStringList group;
    for (const AdultDraft &adult : m_flow.adults())
        group.append(isolatedName(adult.name));
    m_hintLabel->setText(
        group.isEmpty() ? tr("Hold your ID card flat inside the yellow frame, facing the camera, until it is read.")
                        : tr("In the group: %1. Hold the next adult's ID card inside the yellow frame, or tap Next.")
                              .arg(group.join(u", "_s)));
    m_statusLabel->setText(m_problem.isEmpty() && m_view->hasImage() ? tr("Reading the card...") : m_problem);
}

void KtpScanScreen::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    KioskScreen::changeEvent(event);
}

} // namespace besuk
