// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/devices/Announcer.h"

#include <QList>
#include <QSettings>
#include <QString>

#include <optional>

namespace besuk {

// How this lobby display behaves, from the station's QSettings (keys in DisplaySettings.cpp) or set by tests.
struct DisplaySettings {
    static constexpr int DefaultRecent = 5;
    static constexpr int MaxRecent = 10;

    QString language = QStringLiteral("id"); // the board's language: "id" or "en"
    // The languages each call is spoken in, in turn; empty: silent. From display/speech: "id", "en", "id+en", "off".
    QList<Announcer::Language> speech{Announcer::Language::Indonesian};
    int recent = DefaultRecent; // how many earlier calls are listed, 1 … MaxRecent

    static DisplaySettings load(QSettings &settings);
    // "id", "en", "id+en" (or "en+id"), "off"; nullopt for anything else.
    static std::optional<QList<Announcer::Language>> speechFromKey(const QString &key);
};

} // namespace besuk
