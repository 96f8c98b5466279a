// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/DisplaySettings.h"

#include "ui/common/StationLanguage.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace besuk {

std::optional<QList<Announcer::Language>> DisplaySettings::speechFromKey(const QString &key) {
    using Language = Announcer::Language;
    const QString normalised = key.trimmed().toLower();
    if (normalised == u"off")
        return QList<Language>{};
    QList<Language> languages;
    for (const QString &part : normalised.split(u'+')) {
        const QString code = part.trimmed();
        if (code == u"id")
            languages.append(Language::Indonesian);
        else if (code == u"en")
            languages.append(Language::English);
        else
            return std::nullopt;
    }
    if (languages.size() > 2 || (languages.size() == 2 && languages.first() == languages.last()))
        return std::nullopt;
    return languages;
}

DisplaySettings DisplaySettings::load(QSettings &settings) {
    DisplaySettings result;
    const QString language = settings.value(u"display/language"_s, result.language).toString().trimmed();
    if (StationLanguage::isKnown(language))
        result.language = language;
    if (const auto speech = speechFromKey(settings.value(u"display/speech"_s, u"id"_s).toString()))
        result.speech = *speech;
    bool ok = false;
    const int recent = settings.value(u"display/recent"_s, result.recent).toInt(&ok);
    if (ok)
        result.recent = std::clamp(recent, 1, MaxRecent);
    return result;
}

} // namespace besuk
