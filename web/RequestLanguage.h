// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace besuk {

// The language of the request this thread is answering. Handlers set it first; every tr() on this thread (the
// site's and the domain's) then answers in it through RequestTranslator.
enum class Language { Indonesian, English };

class RequestLanguage {
public:
    static void set(Language language);
    [[nodiscard]] static Language current();
    [[nodiscard]] static QString code(); // "id" / "en"
    [[nodiscard]] static QLocale locale();
    // "en" -> English, anything else Indonesian.
    [[nodiscard]] static Language fromCode(const QString &code);
};

// Installed once for the whole program: forwards each lookup to the Indonesian or the English translation by the
// language of the calling thread's request.
class RequestTranslator final : public QTranslator {
public:
    // Loads :/i18n/besuk_id.qm and :/i18n/besuk_en.qm; false when either is missing.
    bool load();
    [[nodiscard]] QString translate(const char *context, const char *sourceText, const char *disambiguation,
                                    int n) const override;
    [[nodiscard]] bool isEmpty() const override { return false; }

private:
    QTranslator m_indonesian;
    QTranslator m_english;
};

} // namespace besuk
