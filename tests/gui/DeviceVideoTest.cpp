// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceTestSupport.h"
#include "GuiWait.h"
#include "platform/devices/FrameDecoder.h"

#include <QElapsedTimer>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QVideoSink>

#include <catch2/catch.hpp>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::test;

TEST_CASE("A ticket shown to the camera twice in a video reads once, exactly", "[devices][camera][video]") {
    ensureRuntimeDir();
    const SignedTicket ticket;
    QElapsedTimer timer;
    timer.start();
    const QString video = makeTicketVideo(ticket.payload, QStringLiteral(BESUK_DEVICE_MEDIA_DIR));
    const qint64 encodeMs = timer.restart();

    QMediaPlayer player;
    QVideoSink sink;
    player.setVideoSink(&sink);
    FrameDecoder decoder;
    decoder.setVideoSink(&sink);
    QSignalSpy decoded(&decoder, &FrameDecoder::decoded);
    player.setSource(QUrl::fromLocalFile(video));
    player.play();
    const bool ended = QTest::qWaitFor(
        [&] { return player.mediaStatus() == QMediaPlayer::EndOfMedia || player.error() != QMediaPlayer::NoError; },
        15000);
    INFO(player.errorString().toStdString());
    REQUIRE(player.error() == QMediaPlayer::NoError);
    REQUIRE(ended);
    REQUIRE(waitUntil([&] { return !decoder.isBusy(); }));
    const auto counters = decoder.counters();
    std::cout << "ticket video: encoded in " << encodeMs << " ms, played in " << timer.elapsed() << " ms; frames "
              << counters.frames << ", decoded " << counters.decodes << ", dropped " << counters.dropped
              << ", with the code " << counters.found << '\n';

    REQUIRE(decoded.count() == 1); // in view twice, 0.8 s apart: one scan
    CHECK(decoded.at(0).at(0).toString() == ticket.payload);
    CHECK(ticket.verifies(decoded.at(0).at(0).toString()));
    CHECK(counters.frames >= FrameCount / 2);
    CHECK(counters.found >= 2);
}
