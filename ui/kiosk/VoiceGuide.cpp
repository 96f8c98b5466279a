// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/VoiceGuide.h"

#include <QAbstractButton>
#include <QLabel>
#include <QRegularExpression>
#include <QTextDocumentFragment>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// The roles (kiosk.qss) of what a visitor is told; "field" and "value" hold what was typed or found.
const QStringList SpokenLabelRoles{u"title"_s, u"lead"_s, u"subtitle"_s, u"hint"_s, u"error"_s, u"ok"_s};
const QStringList SpokenButtonRoles{u"service"_s, u"booked"_s, u"primary"_s};

struct Piece {
    QPoint at;
    QString text;
};

QString sentence(const QString &text) {
    const QString plain = VoiceGuide::speakable(text);
    if (plain.isEmpty() || plain.back().isPunct())
        return plain;
    return plain + u'.';
}

void collect(const QWidget *screen, QList<Piece> &pieces, const QWidget *widget, const QString &text,
             const QStringList &roles) {
    if (!widget->isVisibleTo(screen) || !roles.contains(widget->property("role").toString()))
        return;
    if (const QString said = sentence(text); !said.isEmpty())
        pieces.append({widget->mapTo(screen, QPoint(0, 0)), said});
}

} // namespace

VoiceGuide::VoiceGuide(QObject *parent) : QObject(parent), m_speech(u"besuk-voice-guide"_s) {
    connect(&m_speech, &SpeechQueue::notMade, this, &VoiceGuide::fail);
    connect(&m_speech, &SpeechQueue::playbackFailed, this, &VoiceGuide::fail);
}

void VoiceGuide::setOn(bool on) {
    m_on = on;
    if (!on)
        m_speech.stop();
}

void VoiceGuide::read(const QString &text, Announcer::Language language) {
    m_speech.stop();
    if (!m_on || text.trimmed().isEmpty())
        return;
    Q_EMIT reading(text);
    m_speech.enqueue([text, language] { return Announcer::speech(text, language); });
}

void VoiceGuide::fail(const QString &message) {
    qWarning("besuk: the voice help cannot speak: %s", qPrintable(message));
    setOn(false);
    Q_EMIT unavailable(message);
}

QString VoiceGuide::speakable(const QString &text) {
    static const QRegularExpression longNumber(u"\\d[\\d .-]{3,}\\d"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    QString plain = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    plain.remove(QChar(0x2068)).remove(QChar(0x2069)); // the isolates around a right-to-left name
    QRegularExpressionMatchIterator numbers = longNumber.globalMatch(plain);
    QList<std::pair<qsizetype, qsizetype>> cut;
    while (numbers.hasNext()) {
        const auto match = numbers.next();
        const QString number = match.captured();
        const qsizetype digits = std::count_if(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit(); });
        if (digits >= 5)
            cut.append({match.capturedStart(), match.capturedLength()});
    }
    for (auto it = cut.crbegin(); it != cut.crend(); ++it)
        plain.remove(it->first, it->second);
    return plain.replace(spaces, u" "_s).trimmed();
}

QString VoiceGuide::instructionsOn(const QWidget *screen) {
    QList<Piece> labels;
    for (const QLabel *label : screen->findChildren<QLabel *>())
        collect(screen, labels, label, label->text(), SpokenLabelRoles);
    QList<Piece> buttons;
    for (const QAbstractButton *button : screen->findChildren<QAbstractButton *>())
        collect(screen, buttons, button, button->text(), SpokenButtonRoles);
    const auto readingOrder = [](const Piece &a, const Piece &b) {
        return a.at.y() != b.at.y() ? a.at.y() < b.at.y() : a.at.x() < b.at.x();
    };
    std::stable_sort(labels.begin(), labels.end(), readingOrder);
    std::stable_sort(buttons.begin(), buttons.end(), readingOrder);
    QStringList said;
    for (const QList<Piece> &pieces : {labels, buttons})
        for (const Piece &piece : pieces)
            said << piece.text;
    said.removeDuplicates();
    return said.join(u' ');
}

} // namespace besuk
