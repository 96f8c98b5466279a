// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTranslator>

#include <memory>

namespace besuk {

// A station's language (a kiosk switches it per visitor): Bahasa Indonesia (the default) or English. Switching installs
// the compiled translation (:/i18n/besuk_<code>.qm) and the matching QLocale, so every widget gets a LanguageChange
// event.
class StationLanguage {
public:
    StationLanguage();
    ~StationLanguage();
    StationLanguage(const StationLanguage &) = delete;
    StationLanguage &operator=(const StationLanguage &) = delete;

    static bool isKnown(const QString &code); // "id", "en"
    [[nodiscard]] QString current() const { return m_current; }
    // Unknown codes fall back to Indonesian. False when the translation could not be loaded.
    bool apply(const QString &code);

private:
    std::unique_ptr<QTranslator> m_translator;
    QString m_current;
};

} // namespace besuk
