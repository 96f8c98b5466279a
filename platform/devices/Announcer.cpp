// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/devices/Announcer.h"

#include <QAudioSink>
#include <QMediaDevices>
#include <QMutex>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <espeak-ng/speak_lib.h>
#include <numbers>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// Speaking rate in words per minute: a little slower than espeak-ng's 175, for a noisy lobby.
constexpr int SpeechRate = 145;

const std::array<QString, 10> IndonesianDigits{u"nol"_s,  u"satu"_s, u"dua"_s,   u"tiga"_s,    u"empat"_s,
                                               u"lima"_s, u"enam"_s, u"tujuh"_s, u"delapan"_s, u"sembilan"_s};
const std::array<QString, 20> EnglishSmall{u"zero"_s,    u"one"_s,     u"two"_s,       u"three"_s,    u"four"_s,
                                           u"five"_s,    u"six"_s,     u"seven"_s,     u"eight"_s,    u"nine"_s,
                                           u"ten"_s,     u"eleven"_s,  u"twelve"_s,    u"thirteen"_s, u"fourteen"_s,
                                           u"fifteen"_s, u"sixteen"_s, u"seventeen"_s, u"eighteen"_s, u"nineteen"_s};
const std::array<QString, 10> EnglishTens{QString(),  QString(),  u"twenty"_s,  u"thirty"_s, u"forty"_s,
                                          u"fifty"_s, u"sixty"_s, u"seventy"_s, u"eighty"_s, u"ninety"_s};

bool isAllDigits(const QString &text) {
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

// 0 … 9999; "sepuluh", "sebelas", "dua belas", "dua puluh satu", "seratus", "seribu".
QString indonesianNumber(int n) {
    const auto withRest = [](const QString &head, int rest) {
        return rest == 0 ? head : head + u' ' + indonesianNumber(rest);
    };
    if (n < 10)
        return IndonesianDigits[std::size_t(n)];
    if (n == 10)
        return u"sepuluh"_s;
    if (n == 11)
        return u"sebelas"_s;
    if (n < 20)
        return IndonesianDigits[std::size_t(n - 10)] + u" belas"_s;
    if (n < 100)
        return withRest(IndonesianDigits[std::size_t(n / 10)] + u" puluh"_s, n % 10);
    if (n < 1000)
        return withRest(n / 100 == 1 ? u"seratus"_s : IndonesianDigits[std::size_t(n / 100)] + u" ratus"_s, n % 100);
    return withRest(n / 1000 == 1 ? u"seribu"_s : IndonesianDigits[std::size_t(n / 1000)] + u" ribu"_s, n % 1000);
}

// 0 … 9999; "twenty-one", "one hundred and five", "two thousand".
QString englishNumber(int n) {
    if (n < 20)
        return EnglishSmall[std::size_t(n)];
    if (n < 100)
        return EnglishTens[std::size_t(n / 10)] + (n % 10 ? u'-' + EnglishSmall[std::size_t(n % 10)] : QString());
    if (n < 1000) {
        const QString head = EnglishSmall[std::size_t(n / 100)] + u" hundred"_s;
        return n % 100 ? head + u" and "_s + englishNumber(n % 100) : head;
    }
    const QString head = EnglishSmall[std::size_t(n / 1000)] + u" thousand"_s;
    if (n % 1000 == 0)
        return head;
    return head + (n % 1000 < 100 ? u" and "_s : u" "_s) + englishNumber(n % 1000);
}

QAudioFormat monoInt16(int sampleRate) {
    QAudioFormat format;
    format.setSampleRate(sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

// espeak-ng keeps global state: one synthesis at a time, process-wide. It is initialised on first use and kept.
QMutex espeakMutex;
QByteArray *espeakTarget = nullptr; // guarded by espeakMutex

int collectSamples(short *samples, int count, espeak_EVENT *) {
    if (samples && count > 0 && espeakTarget)
        espeakTarget->append(reinterpret_cast<const char *>(samples), qsizetype(count) * qsizetype(sizeof(short)));
    return 0; // go on
}

// The sample rate, or 0 if espeak-ng's data cannot be loaded. Call with espeakMutex held.
int espeakSampleRate() {
    static const int rate = [] {
        // DONT_EXIT: without it, espeak-ng ends the whole process when its data is missing.
        const int result = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
        if (result <= 0)
            return 0;
        espeak_SetSynthCallback(collectSamples);
        return result;
    }();
    return rate;
}

} // namespace

Announcer::Announcer(QObject *parent) : QObject(parent) {}

Announcer::~Announcer() {
    stop();
}

QString Announcer::digits(const QString &digitString, Language language) {
    QStringList words;
    for (const QChar c : digitString) {
        if (!c.isDigit())
            continue;
        const int digit = c.digitValue();
        words << (language == Language::Indonesian ? IndonesianDigits[std::size_t(digit)]
                                                   : EnglishSmall[std::size_t(digit)]);
    }
    return words.join(u' ');
}

QString Announcer::number(int value, Language language) {
    if (value < 0 || value > 9999)
        return digits(QString::number(std::abs(value)), language);
    return language == Language::Indonesian ? indonesianNumber(value) : englishNumber(value);
}

QString Announcer::callText(const QString &label, const QString &gate, Language language) {
    // "A-042" → service letters "A", number "042"; a label without the dash splits where the digits start.
    const QString trimmed = label.trimmed();
    qsizetype split = trimmed.indexOf(u'-');
    QString letters;
    QString numberPart;
    if (split >= 0) {
        letters = trimmed.left(split).trimmed();
        numberPart = trimmed.mid(split + 1).trimmed();
    } else {
        split = 0;
        while (split < trimmed.size() && trimmed.at(split).isLetter())
            ++split;
        letters = trimmed.left(split);
        numberPart = trimmed.mid(split);
    }
    QStringList spelled; // "AB" is read letter by letter
    for (const QChar c : letters)
        spelled << QString(c.toUpper());
    QStringList parts;
    if (!spelled.isEmpty())
        parts << spelled.join(u' ');
    if (!numberPart.isEmpty())
        parts << (isAllDigits(numberPart) ? digits(numberPart, language) : numberPart);

    const QString gateName = gate.trimmed();
    const QString spokenGate =
        isAllDigits(gateName) && gateName.size() <= 4 ? number(gateName.toInt(), language) : gateName;
    const QString number = parts.join(u", "_s);
    if (language == Language::Indonesian) {
        const QString where = u"silakan menuju pintu pemeriksaan"_s;
        return u"Nomor antrian "_s + number + u", "_s + (spokenGate.isEmpty() ? where : where + u' ' + spokenGate) +
               u'.';
    }
    const QString where = u"please go to inspection gate"_s;
    return u"Queue number "_s + number + u", "_s + (spokenGate.isEmpty() ? where : where + u' ' + spokenGate) + u'.';
}

AudioClip Announcer::chime(int sampleRate) {
    // "Ding-dong": E5 then C5, each a struck bell (fast attack, exponential decay, a little of the octave above).
    struct Note {
        double startS, frequency;
    };
    constexpr std::array<Note, 2> Notes{{{0.0, 659.25}, {0.42, 523.25}}};
    constexpr double Amplitude = 0.4 * 32767;
    constexpr double AttackS = 0.005;
    constexpr double DecayPerS = 4.0;
    const int count = int(qint64(sampleRate) * ChimeDurationMs / 1000);
    QByteArray pcm(qsizetype(count) * qsizetype(sizeof(qint16)), Qt::Uninitialized);
    auto *out = reinterpret_cast<qint16 *>(pcm.data());
    for (int i = 0; i < count; ++i) {
        const double t = double(i) / sampleRate;
        double value = 0;
        for (const Note &note : Notes) {
            const double local = t - note.startS;
            if (local < 0)
                continue;
            const double envelope = std::min(1.0, local / AttackS) * std::exp(-DecayPerS * local);
            const double phase = 2 * std::numbers::pi * note.frequency * local;
            value += envelope * (std::sin(phase) + 0.3 * std::sin(2 * phase));
        }
        const double fadeOut = std::min(1.0, double(count - 1 - i) / (0.02 * sampleRate)); // no click at the end
        out[i] = qint16(std::clamp(value * fadeOut * Amplitude / 1.3, -32767.0, 32767.0));
    }
    return {pcm, monoInt16(sampleRate)};
}

Result<AudioClip> Announcer::speech(const QString &text, Language language) {
    const QByteArray utf8 = text.toUtf8();
    QMutexLocker lock(&espeakMutex);
    const int rate = espeakSampleRate();
    if (rate <= 0)
        return makeError(ErrorCode::NotFound, tr("The speech data (espeak-ng-data) is not installed."));
    const char *voice = language == Language::Indonesian ? "id" : "en";
    if (espeak_SetVoiceByName(voice) != EE_OK)
        return makeError(ErrorCode::NotFound,
                         tr("The speech voice \"%1\" is not installed.").arg(QString::fromLatin1(voice)));
    espeak_SetParameter(espeakRATE, SpeechRate, 0);
    QByteArray pcm;
    espeakTarget = &pcm;
    const espeak_ERROR status = espeak_Synth(utf8.constData(), std::size_t(utf8.size()) + 1, 0, POS_CHARACTER, 0,
                                             espeakCHARS_UTF8, nullptr, nullptr);
    espeakTarget = nullptr;
    if (status != EE_OK || pcm.isEmpty())
        return makeError(ErrorCode::NotFound, tr("The announcement could not be spoken."));
    return AudioClip{pcm, monoInt16(rate)};
}

Result<AudioClip> Announcer::callAudio(const QString &label, const QString &gate, Language language) {
    auto spoken = speech(callText(label, gate, language), language);
    if (!spoken)
        return spoken.error();
    const int rate = spoken->format.sampleRate();
    AudioClip clip = chime(rate);
    clip.pcm.append(QByteArray(qsizetype(qint64(rate) * PauseAfterChimeMs / 1000) * qsizetype(sizeof(qint16)), '\0'));
    clip.pcm.append(spoken->pcm);
    return clip;
}

void Announcer::play(const AudioClip &clip) {
    if (clip.pcm.isEmpty() || !clip.format.isValid())
        return;
    m_queue.push_back(clip);
    if (!m_sink)
        playNext();
}

void Announcer::announce(const QString &label, const QString &gate, Language language) {
    auto clip = callAudio(label, gate, language);
    if (!clip) {
        Q_EMIT failed(clip.error().message);
        return;
    }
    play(*clip);
}

void Announcer::stop() {
    m_queue.clear();
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink.reset();
    }
    m_buffer.close();
}

void Announcer::playNext() {
    if (m_sink) { // the one before has played out; it is not deleted from inside its own signal
        m_sink->disconnect(this);
        m_sink.release()->deleteLater();
    }
    m_buffer.close();
    if (m_queue.empty()) {
        Q_EMIT finished();
        return;
    }
    const AudioClip clip = std::move(m_queue.front());
    m_queue.pop_front();
    m_buffer.setData(clip.pcm);
    m_buffer.open(QIODevice::ReadOnly);
    m_sink = std::make_unique<QAudioSink>(QMediaDevices::defaultAudioOutput(), clip.format);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState || (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError))
            playNext();
    });
    m_sink->start(&m_buffer);
}

} // namespace besuk
