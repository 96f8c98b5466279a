// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/devices/SpeechQueue.h"

#include <QObject>
#include <QString>

class QWidget;

namespace besuk {

// "Bantuan suara" (voice help): reads a kiosk screen's instructions aloud with the display's offline voice, for
// visitors who read with difficulty. Off until a visitor asks for it; while on, the window reads each screen it shows.
class VoiceGuide : public QObject {
    Q_OBJECT
public:
    explicit VoiceGuide(QObject *parent = nullptr);

    [[nodiscard]] bool isOn() const { return m_on; }
    // Off silences what is being read.
    void setOn(bool on);
    // Silences what is being read, then reads `text` when the guide is on and there is something to say.
    void read(const QString &text, Announcer::Language language);
    [[nodiscard]] SpeechQueue &speech() { return m_speech; }

    // What may be said aloud: plain text, without runs of five or more digits (a NIK, a telephone number).
    [[nodiscard]] static QString speakable(const QString &text);
    // What a visitor is asked on `screen`: its visible titles, hints and messages, then the labels of its main
    // buttons, top to bottom; never a field's value (names and NIKs stay on the screen).
    [[nodiscard]] static QString instructionsOn(const QWidget *screen);

Q_SIGNALS:
    // What is about to be read, as soon as it is asked for.
    void reading(const QString &text);
    // The voice could not be made or played; the guide has switched itself off.
    void unavailable(const QString &message);

private:
    void fail(const QString &message);

    SpeechQueue m_speech;
    bool m_on = false;
};

} // namespace besuk
